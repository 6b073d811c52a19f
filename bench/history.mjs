// `policydiff log --format json` on a repository of 1,000 commits of a ~50 KB policy, kept as plain text and as
// Markdown, timed against `git log -p --word-diff=porcelain` on the same file in the same run (issue: policies
// from git history).
// Target: ratio ≤ 2, peak memory < 300 MB. The repository is written with one `git fast-import`.
// A second table breaks the plain-text history down by phase in this process, with the CLI's start-up: the first
// pass, as a CLI run has it, and a 4th, once V8 has optimised the code; each as a ratio to git's time.
// BENCH_KEEP=1 keeps the repository and prints its path (for `node --cpu-prof bin/policydiff.js log` in it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asMarkdown, policyOfSize, random } from './corpus.mjs';
import { HAVE_TIME, median, run } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/policydiff.js', import.meta.url));
const rssProbe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 1000);
const FILE = 'privacy.txt';
const MARKDOWN_FILE = 'privacy.md';
const FILES = [FILE, MARKDOWN_FILE];
const KEEP = process.env.BENCH_KEEP === '1';
/** The pass over the history in one process whose phases show the code optimised. */
const WARM_PASS = 4;
const dist = (module) => import(new URL(`../dist/${module}`, import.meta.url).href);

const WORDS = ['uppgifter', 'tjänsten', 'personuppgifter', 'information', 'leverantörer', 'samtycke', 'ändamål', 'rättigheter'];

/**
 * A small edit, as policy owners make them: a word swapped in one to three sentences, now and then a sentence
 * added or dropped. The size stays about the same over a thousand commits.
 */
function edit(text, next) {
  const lines = text.split('\n');
  const candidates = lines.map((line, index) => (line.length > 60 ? index : -1)).filter((index) => index >= 0);
  const edits = 1 + Math.floor(next() * 3);
  for (let count = 0; count < edits; count += 1) {
    const at = candidates[Math.floor(next() * candidates.length)];
    const roll = next();
    const line = lines[at];
    if (roll < 0.8) {
      const words = line.split(' ');
      const word = Math.floor(next() * words.length);
      words[word] = WORDS[Math.floor(next() * WORDS.length)];
      lines[at] = words.join(' ');
    } else if (roll < 0.9) {
      lines[at] = `${line} Vi sparar uppgifterna i högst ${Math.floor(next() * 36) + 1} månader.`;
    } else {
      lines[at] = line.replace(/^[^.!?]+[.!?]\s*/, '') || line;
    }
  }
  return lines.join('\n');
}

/**
 * A history of COMMITS versions of one file: the plain-text policy, or the same policy written as Markdown. Each
 * format has a repository of its own, so that git's time is that of a repository holding the one file.
 */
async function fastImportStream(file, commits) {
  const next = random(42);
  const plain = policyOfSize(50_000);
  let text = file === MARKDOWN_FILE ? asMarkdown(plain, (await dist('index.js')).parsePolicy) : plain;
  const chunks = [];
  const start = Date.UTC(2019, 0, 1) / 1000;
  for (let index = 0; index < commits; index += 1) {
    if (index > 0) text = edit(text, next);
    const data = Buffer.from(text);
    const message = `Policy update ${index + 1}\n`;
    const when = `${start + index * 86_400} +0000`;
    chunks.push(
      Buffer.from(
        `commit refs/heads/main\nauthor Bench <bench@example.invalid> ${when}\ncommitter Bench <bench@example.invalid> ${when}\n` +
          `data ${Buffer.byteLength(message)}\n${message}` +
          `M 100644 inline ${file}\ndata ${data.length}\n`,
      ),
      data,
      Buffer.from('\n'),
    );
  }
  return { stream: Buffer.concat(chunks), size: Buffer.byteLength(text) };
}

/**
 * Wall time of one run, its peak RSS in MB (from /usr/bin/time, or for node from the probe) and, with
 * /usr/bin/time, its CPU time (user + system), which says more than wall time on a machine others are using too.
 */
function timed(command, args, cwd) {
  const start = process.hrtime.bigint();
  const wrapped = HAVE_TIME ? ['/usr/bin/time', ['-f', '%M %U %S', command, ...args]] : [command, args];
  const result = run(wrapped[0], wrapped[1], { cwd, encoding: 'buffer' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = result.stderr.toString();
  const [kb, user, system] = HAVE_TIME ? stderr.trim().split('\n').at(-1).split(' ').map(Number) : [Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN)];
  return { ms, cpuMs: HAVE_TIME ? (user + system) * 1000 : NaN, peakMb: kb / 1024, stdout: result.stdout };
}

/** Writes the benchmark's repository of `file` into `dir` (an empty folder); returns the policy's final size in bytes. */
export async function buildHistoryRepo(dir, file = FILE, commits = COMMITS) {
  const { stream, size } = await fastImportStream(file, commits);
  run('git', ['init', '--quiet', '--initial-branch=main', dir]);
  run('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
  run('git', ['reset', '--quiet', '--hard', 'main'], { cwd: dir });
  return size;
}

/**
 * Where the time goes: the phases `policydiff log` goes through for each change, each summed over the history in
 * this process, one version after another as the CLI does (one run, so only a guide). `formats`: the output
 * formats whose rendering is timed, each its own phase (`html`: the one page of all changes, built at the end).
 */
export async function historyBreakdown(dir, file = FILE, formats = ['json']) {
  const { GitRepository } = await dist('history/git.js');
  const { PolicyParser, formatOfName } = await dist('document/parse.js');
  const { diffDocuments } = await dist('compare/diff.js');
  const { detectLanguage } = await dist('document/language.js');
  const { withSignificance } = await dist('significance/classify.js');
  const { renderChange } = await dist('render/changes.js');
  const { changeEntry, renderReportHtml } = await dist('render/index.js');
  const { BlobLines } = await dist('history/blob-lines.js');
  const { EntryWriter, entryDatePattern } = await dist('cli/commands/entry-options.js');
  const totals = { 'git log + cat-file': 0, decode: 0, parse: 0, 'align + diff': 0, significance: 0, 'entry line': 0 };
  for (const format of formats) totals[`render ${format}`] = 0;
  let start = performance.now();
  const lap = (name) => {
    const now = performance.now();
    totals[name] += now - start;
    start = now;
  };
  const repo = await GitRepository.open(dir);
  const [history] = await repo.readHistories([file], { to: 'HEAD' });
  lap('git log + cat-file');
  const { versions } = history;
  const language = detectLanguage(versions.at(-1).text);
  const parser = new PolicyParser();
  const blobLines = new BlobLines();
  const plain = formatOfName(file) === 'text';
  const writer = new EntryWriter({ pattern: entryDatePattern(undefined) });
  // As the history reads a version: the lines that differ from the version before are decoded.
  const read = (version) => {
    const read = blobLines.read(version.bytes);
    lap('decode');
    const document = read === undefined ? parser.parse(version.text, { fileName: file }) : parser.parseLines(read, plain ? 'text' : 'markdown');
    lap('parse');
    return document;
  };
  const pageEntries = [];
  let newer = read(versions.at(-1));
  for (let index = versions.length - 2; index >= 0; index -= 1) {
    const older = read(versions[index]);
    const diff = diffDocuments(older, newer, { language });
    lap('align + diff');
    const classified = withSignificance(diff);
    lap('significance');
    const change = { file, date: '2019-01-01', commits: [], formattingOnly: false, diff: classified };
    writer.forChange(change);
    lap('entry line');
    for (const format of formats) {
      if (format === 'html') pageEntries.push(changeEntry(change));
      else renderChange(change, format, { color: false });
      lap(`render ${format}`);
    }
    newer = older;
  }
  if (formats.includes('html')) {
    renderReportHtml(pageEntries, { title: file, emptyText: '' });
    lap('render html');
  }
  return totals;
}

/** The CLI's start-up alone (median of RUNS): `log --help` loads what `log` loads (only its command's module) and stops. */
function startupMs(dir) {
  return median(Array.from({ length: RUNS }, () => timed(process.execPath, [bin, 'log', '--help'], dir).ms));
}

/**
 * The breakdown of the history's first pass in this process, as a CLI run has it, and of a later pass, once V8 has
 * optimised the code (which no CLI run has): with start-up, each as a ratio to git's time on the same history.
 */
async function breakdownRows(dir, gitMs) {
  const startup = startupMs(dir);
  const passes = [];
  for (let pass = 1; pass <= WARM_PASS; pass += 1) passes.push(await historyBreakdown(dir));
  return [
    ['first (as a CLI run)', passes[0]],
    [`${WARM_PASS}th (code optimised)`, passes[WARM_PASS - 1]],
  ].map(([pass, totals]) => {
    const total = startup + Object.values(totals).reduce((sum, ms) => sum + ms, 0);
    const phases = Object.fromEntries(Object.entries(totals).map(([name, ms]) => [`${name} ms`, Math.round(ms)]));
    return { pass, 'CLI start-up ms': Math.round(startup), ...phases, 'total ms': Math.round(total), '× git': +(total / gitMs).toFixed(2) };
  });
}

/** `policydiff log --format json FILE` against `git log -p --word-diff=porcelain -- FILE` in `dir`: one table row. */
function benchFile(dir, file, size) {
  // Without /usr/bin/time, the probe reports node's own peak RSS from inside the child.
  const ours = HAVE_TIME ? [process.execPath, [bin, 'log', '--format', 'json', file]] : [process.execPath, [rssProbe, bin, 'log', '--format', 'json', file]];
  const theirs = ['git', ['log', '-p', '--word-diff=porcelain', '--', file]];
  const samples = { ours: [], git: [], oursCpu: [], gitCpu: [], peakMb: 0 };
  for (let index = 0; index < RUNS; index += 1) {
    const mine = timed(ours[0], ours[1], dir);
    samples.ours.push(mine.ms);
    samples.oursCpu.push(mine.cpuMs);
    samples.peakMb = Math.max(samples.peakMb, mine.peakMb);
    const git = timed(theirs[0], theirs[1], dir);
    samples.git.push(git.ms);
    samples.gitCpu.push(git.cpuMs);
    if (index === 0) {
      // One change per commit that touched the file (an edit can swap a word for itself and touch nothing).
      const touched = Number(run('git', ['rev-list', '--count', 'main', '--', file], { cwd: dir, encoding: 'utf8' }).stdout);
      const { changes } = JSON.parse(mine.stdout.toString());
      if (changes.length !== touched) throw new Error(`${file}: expected ${touched} changes, got ${changes.length}`);
    }
  }
  const oursMs = median(samples.ours);
  const gitMs = median(samples.git);
  return {
    file,
    commits: COMMITS,
    'policy KB': Math.round(size / 1024),
    'policydiff log ms': Math.round(oursMs),
    'git log -p --word-diff ms': Math.round(gitMs),
    ratio: +(oursMs / gitMs).toFixed(2),
    'CPU ms (ours / git)': `${Math.round(median(samples.oursCpu))} / ${Math.round(median(samples.gitCpu))}`,
    'CPU ratio': +(median(samples.oursCpu) / median(samples.gitCpu)).toFixed(2),
    'peak MB': Math.round(samples.peakMb),
    'target (≤ 2×, < 300 MB)': oursMs / gitMs <= 2 && samples.peakMb < 300 ? 'met' : 'MISSED',
  };
}

/** A row for each format of the policy; the plain-text repository is kept for the breakdown (the caller removes it). */
export async function benchHistory() {
  const rows = [];
  const dirs = {};
  try {
    for (const file of FILES) {
      const dir = mkdtempSync(join(tmpdir(), 'policydiff-bench-history-'));
      dirs[file] = dir;
      const size = await buildHistoryRepo(dir, file);
      if (KEEP) console.log(`${file}: repository kept at ${dir}`);
      rows.push(benchFile(dir, file, size));
    }
  } catch (error) {
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const [file, dir] of Object.entries(dirs)) if (file !== FILE && !KEEP) rmSync(dir, { recursive: true, force: true });
  return { dir: dirs[FILE], rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`policydiff log --format json vs git log -p --word-diff=porcelain (median of ${RUNS} runs)`);
  const { dir, rows } = await benchHistory();
  try {
    console.table(rows);
    console.log(`Where the time goes in ${FILE} (library phases in one process; start-up: median of the CLI runs)`);
    console.table(await breakdownRows(dir, rows.find((row) => row.file === FILE)['git log -p --word-diff ms']));
  } finally {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
