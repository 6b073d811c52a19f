// `policydiff log` in every output format on a history shaped like a real web-captured policy (bench/capture-
// corpus.mjs: ~500 daily captures growing from ~30 KB to ~300 KB, whole chapters rewritten, capture noise),
// side by side with `git log -p --word-diff=porcelain` on the same file in the same run. Each command runs
// BENCH_RUNS times, taking turns, and gives the median wall time, time to its first byte on stdout, CPU time, the
// highest peak memory and the size of its output. Targets (issue: long real histories): every format ≤ 3× git's
// wall time and ≤ 200 MB, the first change printed within 1 s, the HTML report under 10 MB.
// A second table shows where the time goes (library phases in this process, as in bench/history.mjs).
// Needs the corpus of real histories (BENCH_CORPUS=<folder>, else `shared/corpus` beside the checkout).
// BENCH_KEEP=1 keeps the repository and prints its path.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCaptureRepo, CAPTURE_FILE } from './capture-corpus.mjs';
import { historyBreakdown } from './history.mjs';
import { measure, median, run } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/policydiff.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KEEP = process.env.BENCH_KEEP === '1';
const FORMATS = ['text', 'md', 'json', 'html'];
const TARGET = { ratio: 3, peakMb: 200, firstByteMs: 1000, htmlMb: 10 };

const commands = [
  { name: 'git log -p --word-diff=porcelain', command: 'git', args: ['log', '-p', '--word-diff=porcelain', '--', CAPTURE_FILE] },
  ...FORMATS.map((format) => ({ name: `policydiff log --format ${format}`, format, command: process.execPath, args: [bin, 'log', '--format', format, CAPTURE_FILE] })),
];

const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(2);

/** The output is what the format promises: one valid JSON document with a change per commit, a whole HTML page. */
function check(format, stdout, commits) {
  if (format === 'json') {
    const { changes } = JSON.parse(stdout.toString());
    if (changes.length !== commits) throw new Error(`json: expected ${commits} changes, got ${changes.length}`);
  }
  if (format === 'html' && !stdout.toString().trimEnd().endsWith('</html>')) throw new Error('html: the page is not whole');
}

async function benchCommands(dir) {
  const commits = Number(run('git', ['rev-list', '--count', 'main', '--', CAPTURE_FILE], { cwd: dir, encoding: 'utf8' }).stdout);
  const samples = new Map(commands.map(({ name }) => [name, []]));
  for (let index = 0; index < RUNS; index += 1) {
    for (const { name, format, command, args } of commands) {
      const sample = await measure(command, args, dir, { keep: index === 0 && format !== undefined });
      if (sample.stdout !== undefined) check(format, sample.stdout, commits);
      samples.get(name).push(sample);
    }
  }
  const summary = (name) => {
    const runs = samples.get(name);
    return {
      ms: median(runs.map((sample) => sample.ms)),
      firstByteMs: median(runs.map((sample) => sample.firstByteMs)),
      cpuMs: median(runs.map((sample) => sample.cpuMs)),
      peakMb: Math.max(...runs.map((sample) => sample.peakMb)),
      bytes: runs[0].bytes,
    };
  };
  const git = summary(commands[0].name);
  return commands.map(({ name, format }) => {
    const row = summary(name);
    const ratio = row.ms / git.ms;
    const met =
      format === undefined ? ''
      : ratio <= TARGET.ratio && row.peakMb <= TARGET.peakMb && row.firstByteMs <= TARGET.firstByteMs && (format !== 'html' || mb(row.bytes) < TARGET.htmlMb) ? 'met'
      : 'MISSED';
    return {
      command: name,
      'wall ms': Math.round(row.ms),
      '× git': +ratio.toFixed(2),
      'CPU ms': Math.round(row.cpuMs),
      'peak MB': Math.round(row.peakMb),
      'output MB': mb(row.bytes),
      'first byte ms': Math.round(row.firstByteMs),
      target: met,
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'policydiff-bench-capture-'));
try {
  const shape = buildCaptureRepo(dir);
  if (shape === undefined) {
    console.log('skipped: no corpus of real histories found (set BENCH_CORPUS to the folder of its bundles)');
  } else {
    if (KEEP) console.log(`repository kept at ${dir}`);
    const rewrites = shape.rewrites.map((rewrite) => `capture ${rewrite.capture} (${rewrite.from} → ${rewrite.to})`).join(', ');
    console.log(
      `A replayed capture history: ${shape.versions} versions of ${CAPTURE_FILE}, ${Math.round(shape.firstBytes / 1024)} KB → ` +
        `${Math.round(shape.lastBytes / 1024)} KB (largest ${Math.round(shape.maxBytes / 1024)} KB), whole chapters rewritten at ${rewrites}`,
    );
    console.log(`policydiff log in every format vs git log -p --word-diff=porcelain (median of ${RUNS} runs; target ≤ ${TARGET.ratio}× git, ≤ ${TARGET.peakMb} MB, first byte ≤ ${TARGET.firstByteMs} ms, HTML < ${TARGET.htmlMb} MB)`);
    const rows = await benchCommands(dir);
    console.table(rows);
    console.log(`Where the time goes in ${CAPTURE_FILE} (library phases in one process, first pass, as a CLI run has it)`);
    const phases = await historyBreakdown(dir, CAPTURE_FILE, FORMATS);
    console.table([Object.fromEntries(Object.entries(phases).map(([name, ms]) => [`${name} ms`, Math.round(ms)]))]);
  }
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
