// policydiff diff on 10 KB, 100 KB and 1 MB policies with 1%, 10% and 100% of the sentences changed, timed against
// `git diff --no-index --word-diff=porcelain` on the same pair in the same run (issue #8: 1 MB with 10% changed
// within 3× of git, every case under 5 s). Ratios are of CPU time (user + system): on a machine others share, wall
// time swings two- to threefold from run to run, CPU time much less.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editPolicy, policyOfSize } from './corpus.mjs';

const { diffPolicies } = await import(new URL('../dist/index.js', import.meta.url).href);

const bin = fileURLToPath(new URL('../bin/policydiff.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * Calls of diffPolicies per case. The first calls in a process run before V8 has optimised the code (what the
 * CLI, one call per process, always pays); BENCH_LIBRARY_RUNS=20 shows the library in a long-running process.
 */
const LIBRARY_RUNS = Number(process.env.BENCH_LIBRARY_RUNS ?? RUNS);
/** git takes 5–20 ms of CPU here, and /usr/bin/time counts in 10 ms: its CPU time is taken over this many runs. */
const GIT_CPU_RUNS = 20;
const TARGET_RATIO = 3;
const TARGET_MS = 5000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** /usr/bin/time's user + system seconds and peak RSS of a command (for a loop in sh: of all its runs). */
function cpuOf(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`);
  const [user, system, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, peakKb: kb };
}

/** Each run's wall time (median and slowest), median CPU time and peak memory. */
function time(command, args) {
  const runs = Array.from({ length: RUNS }, () => cpuOf(command, args));
  const walls = runs.map((run) => run.wallMs);
  return {
    ms: median(walls),
    slowestMs: Math.max(...walls),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakMb: Math.max(...runs.map((run) => run.peakKb)) / 1024,
  };
}

/** git's CPU time per run, over GIT_CPU_RUNS runs in one shell loop (its output to /dev/null; ours goes to a pipe). */
function gitCpuMs(args) {
  const loop = `i=0; while [ $i -lt ${GIT_CPU_RUNS} ]; do git "$@" >/dev/null; i=$((i+1)); done`;
  return cpuOf('sh', ['-c', loop, 'sh', ...args]).cpuMs / GIT_CPU_RUNS;
}

/** The library alone (parse, align, diff; no significance): median CPU time of LIBRARY_RUNS calls in this process. */
function libraryCpuMs(base, edited, fileName) {
  return median(
    Array.from({ length: LIBRARY_RUNS }, () => {
      const start = process.cpuUsage();
      diffPolicies(base, edited, { fileName });
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    }),
  );
}

/** The documents the bench diffs, each pair as old and edited text. */
export function benchPairs() {
  const pairs = [];
  for (const size of [10_000, 100_000, 1_000_000]) {
    const base = policyOfSize(size);
    for (const fraction of [0.01, 0.1, 1]) pairs.push({ document: `${size / 1000} KB`, changed: `${fraction * 100}%`, base, edited: editPolicy(base, fraction) });
  }
  // The worst case of test/hardening: every word of 5+ letters and every heading changed, so every section is a
  // rename candidate of every other.
  const base = policyOfSize(1_000_000);
  pairs.push({ document: '1000 KB', changed: '100%, every heading', base, edited: base.replace(/\p{L}{5,}/gu, (word) => `${word.slice(1)}${word[0]}`) });
  return pairs;
}

/** `BENCH_DUMP=<dir>`: writes the pairs as old-<n>.txt / new-<n>.txt there instead of timing (to profile them). */
function dumpPairs(dir) {
  mkdirSync(dir, { recursive: true });
  benchPairs().forEach(({ document, changed, base, edited }, index) => {
    writeFileSync(join(dir, `old-${index}.txt`), base);
    writeFileSync(join(dir, `new-${index}.txt`), edited);
    console.log(`${index}: ${document}, ${changed} changed`);
  });
}

export function benchDiffSizes() {
  const dir = mkdtempSync(join(tmpdir(), 'policydiff-bench-'));
  const rows = [];
  try {
    benchPairs().forEach(({ document, changed, base, edited }, index) => {
      const oldPath = join(dir, `old-${index}.txt`);
      const newPath = join(dir, `new-${index}.txt`);
      writeFileSync(oldPath, base);
      writeFileSync(newPath, edited);
      const library = libraryCpuMs(base, edited, newPath);
      const ours = time(process.execPath, [bin, 'diff', oldPath, newPath, '--format', 'json']);
      const gitArgs = ['diff', '--no-index', '--word-diff=porcelain', oldPath, newPath];
      const git = time('git', gitArgs);
      const gitCpu = gitCpuMs(gitArgs);
      rows.push({
        document,
        changed,
        'CLI ms': Math.round(ours.ms),
        'CLI CPU ms': Math.round(ours.cpuMs),
        'git ms': Math.round(git.ms),
        'git CPU ms': +gitCpu.toFixed(1),
        'library CPU ms': Math.round(library),
        'library ratio': +(library / gitCpu).toFixed(1),
        'CLI ratio': +(ours.cpuMs / gitCpu).toFixed(1),
        'peak MB': Math.round(ours.peakMb),
        'slowest CLI ms': Math.round(ours.slowestMs),
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.BENCH_DUMP) {
  dumpPairs(process.env.BENCH_DUMP);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    `policydiff diff --format json vs git diff --no-index --word-diff=porcelain: wall and CPU ms the median of ${RUNS} runs, git's CPU the mean of ${GIT_CPU_RUNS}, the library's the median of ${LIBRARY_RUNS} calls; ratios of CPU time`,
  );
  const rows = benchDiffSizes();
  console.table(rows);
  const target = rows.find((row) => row.document === '1000 KB' && row.changed === '10%');
  const verdict = (ratio) => `${ratio}× git: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`;
  console.log(`1 MB with 10% changed, target ≤ ${TARGET_RATIO}× git's CPU time: library (diffPolicies) ${verdict(target['library ratio'])}; CLI ${verdict(target['CLI ratio'])}`);
  const slowest = rows.reduce((worst, row) => (row['slowest CLI ms'] > worst['slowest CLI ms'] ? row : worst));
  const under = rows.every((row) => row['slowest CLI ms'] < TARGET_MS);
  console.log(
    `slowest case through the CLI: ${slowest.document} with ${slowest.changed} changed, ${slowest['slowest CLI ms']} ms wall at worst (${slowest['CLI CPU ms']} ms CPU); every run of every case under ${TARGET_MS / 1000} s: ${under ? 'yes' : 'NO'}`,
  );
}
