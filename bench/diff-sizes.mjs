// policydiff diff on 10 KB, 100 KB and 1 MB policies with 1%, 10% and 100% of the sentences changed, timed against
// `git diff --no-index --word-diff=porcelain` on the same pair in the same run (issue: never hangs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editPolicy, policyOfSize } from './corpus.mjs';

const { diffPolicies } = await import(new URL('../dist/index.js', import.meta.url).href);

const bin = fileURLToPath(new URL('../bin/policydiff.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(command, args) {
  const samples = [];
  let peakKb = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`);
    peakKb = Math.max(peakKb, Number(result.stderr.trim().split('\n').at(-1)));
  }
  return { ms: median(samples), peakMb: peakKb / 1024 };
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
      // The library alone, without Node's start-up and module loading (~120 ms) that the CLI pays once.
      const library = median(
        Array.from({ length: RUNS }, () => {
          const start = performance.now();
          diffPolicies(base, edited, { fileName: newPath });
          return performance.now() - start;
        }),
      );
      const ours = time(process.execPath, [bin, 'diff', oldPath, newPath, '--format', 'json']);
      const git = time('git', ['diff', '--no-index', '--word-diff=porcelain', oldPath, newPath]);
      rows.push({
        document,
        changed,
        'policydiff ms': Math.round(ours.ms),
        'git ms': Math.round(git.ms),
        'CLI ratio': +(ours.ms / git.ms).toFixed(1),
        'library ms': Math.round(library),
        'library ratio': +(library / git.ms).toFixed(1),
        'peak MB': Math.round(ours.peakMb),
        'under 5 s': ours.ms < 5000 ? 'yes' : 'NO',
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
  console.log('policydiff diff vs git diff --no-index --word-diff=porcelain (median of', RUNS, 'runs)');
  const rows = benchDiffSizes();
  console.table(rows);
  const target = rows.find((row) => row.document === '1000 KB' && row.changed === '10%');
  console.log(`1 MB with 10% changed: library ${target['library ratio']}× git, CLI ${target['CLI ratio']}× git (target 3×: ${target['library ratio'] <= 3 ? 'met' : 'not met'} in the library)`);
  console.log(`every case under 5 s through the CLI: ${rows.every((row) => row['under 5 s'] === 'yes') ? 'yes' : 'NO'}`);
}
