// Input built to stall a diff (issue #20): each must finish in seconds through the CLI, whatever its shape, within
// the 20 MB size limit. Timed against `git diff --no-index --word-diff=porcelain` on the same pair in the same run.
// The target: the 20,000-sentence rewrite under 5 s (it took minutes when sentence pairing was quadratic).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/policydiff.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 5000;
const WORDS = ['data', 'uppgifter', 'lagras', 'sparas', 'delas', 'tjänsten', 'kunden', 'avtalet', 'perioden', 'systemet'];

/** `count` sentences with numbers in one chapter; `salt` rewrites every one, words and numbers (as test/bounded-work). */
function numberedSentences(count, salt) {
  const sentence = (i) => `Regel ${i} gäller ${WORDS[(i + salt) % 10]} och ${WORDS[(i * 7 + salt) % 10]} i ${i * 3 + salt} dagar.`;
  return `Policy\n\nKapitel\n\n${Array.from({ length: count }, (_, i) => sentence(i)).join(' ')}\n`;
}

function headings(count, changed) {
  return `# Policy\n\n${Array.from({ length: count }, (_, i) => `## Rubrik ${i}\n\nText ${i}${i === changed ? ' ändrad' : ''}.\n`).join('\n')}`;
}

function oneLine(words, seed) {
  let state = seed;
  return Array.from({ length: words }, () => WORDS[(state = (state * 48271) % 2147483647) % 10]).join(' ');
}

const CASES = [
  { name: '20,000 numbered sentences rewritten', ext: 'txt', old: () => numberedSentences(20_000, 0), new: () => numberedSentences(20_000, 1), target: true },
  { name: '130,000 Markdown headings, one changed', ext: 'md', old: () => headings(130_000, -1), new: () => headings(130_000, 77) },
  { name: '8 MB Markdown on one line, rewritten', ext: 'md', old: () => oneLine(900_000, 1), new: () => oneLine(900_000, 2), runs: 1 },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall and CPU time (user + system, the shell's children included) and peak RSS of a shell command, output discarded. */
function run(script, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'sh', '-c', `${script} > /dev/null`, 'sh', ...args], { encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${script} failed: ${result.stderr}`);
  const [user, system, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, peakMb: kb / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), 'policydiff-bench-hostile-'));
const rows = [];
try {
  for (const testCase of CASES) {
    const oldPath = join(dir, `old.${testCase.ext}`);
    const newPath = join(dir, `new.${testCase.ext}`);
    writeFileSync(oldPath, testCase.old());
    writeFileSync(newPath, testCase.new());
    const runs = Array.from({ length: testCase.runs ?? RUNS }, () => run('"$1" "$2" diff "$3" "$4" --format json', [process.execPath, bin, oldPath, newPath]));
    const git = run('git diff --no-index --word-diff=porcelain "$1" "$2"', [oldPath, newPath]);
    const cpuMs = median(runs.map((each) => each.cpuMs));
    rows.push({
      input: testCase.name,
      MB: +(statSync(newPath).size / 1024 / 1024).toFixed(1),
      runs: runs.length,
      'CLI ms': Math.round(median(runs.map((each) => each.wallMs))),
      'slowest CLI ms': Math.round(Math.max(...runs.map((each) => each.wallMs))),
      'CLI CPU ms': Math.round(cpuMs),
      'git CPU ms': Math.round(git.cpuMs),
      'CPU ratio': +(cpuMs / Math.max(git.cpuMs, 10)).toFixed(1),
      'peak MB': Math.round(Math.max(...runs.map((each) => each.peakMb))),
      target: testCase.target ? `< ${TARGET_MS / 1000} s` : '',
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`policydiff diff --format json on input built to stall it, vs git diff --no-index --word-diff=porcelain (median of ${RUNS} runs unless said)`);
console.table(rows);
const target = rows.find((row) => row.target !== '');
// Wall time counts the other processes of a shared machine too; CPU time is the run's own.
const load = loadavg()[0].toFixed(1);
console.log(
  `${target.input}: ${target['CLI CPU ms']} ms of CPU, ${target['slowest CLI ms']} ms wall at worst (load average ${load} on ${availableParallelism()} cores); under ${TARGET_MS / 1000} s of CPU: ${target['CLI CPU ms'] < TARGET_MS ? 'yes' : 'NO'}, of wall time: ${target['slowest CLI ms'] < TARGET_MS ? 'yes' : 'NO'}`,
);
