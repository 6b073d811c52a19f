import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/errors.js';
import { binPath } from './support/cli.js';
import { makeRepo, scratchDir } from './support/repo.js';

/**
 * `log` and `since` on long histories: the output is written change by change as it is computed (stdout begins
 * long before the history ends; JSON is still one valid document), and memory does not grow with the number of
 * versions.
 */

const FILE = 'privacy.md';

/** A Markdown policy of `chapters` chapters, each of `paragraphs` paragraphs of distinct sentences (~250 bytes each). */
function bigPolicy(chapters: number, paragraphs: number, edits: Map<number, string> = new Map()): string {
  const parts = ['# Privacy Policy', '', 'This policy says how we process personal data.', ''];
  for (let chapter = 0; chapter < chapters; chapter += 1) {
    parts.push(`## Chapter ${chapter + 1} on processing`, '');
    for (let paragraph = 0; paragraph < paragraphs; paragraph += 1) {
      const word = edits.get(chapter * paragraphs + paragraph) ?? 'customers';
      parts.push(
        `We process the ${word} data of paragraph ${paragraph + 1} in chapter ${chapter + 1} for the service we provide. ` +
          `The data of paragraph ${paragraph + 1} is kept for ${paragraph + 2} months and then deleted. ` +
          `You may ask us what we keep about you under paragraph ${paragraph + 1} of chapter ${chapter + 1}.`,
        '',
      );
    }
  }
  return parts.join('\n');
}

/**
 * A repository of `versions` commits of one big policy, one day apart, written with one `git fast-import`. Each
 * commit changes one word of one paragraph (the output per change is small, the text of each version large), or
 * with `rewrite` one word in every paragraph of a chapter (each change is work of its own).
 */
function longHistory(versions: number, size: { chapters: number; paragraphs: number }, rewrite = false): string {
  const dir = scratchDir();
  const edits = new Map<number, string>();
  const chunks: Buffer[] = [];
  const start = Date.UTC(2020, 0, 1) / 1000;
  const total = size.chapters * size.paragraphs;
  for (let version = 0; version < versions; version += 1) {
    if (version > 0 && rewrite) {
      const chapter = version % size.chapters;
      for (let paragraph = 0; paragraph < size.paragraphs; paragraph += 1) edits.set(chapter * size.paragraphs + paragraph, `members${version}`);
    } else if (version > 0) edits.set((version * 37) % total, `members${version}`);
    const data = Buffer.from(bigPolicy(size.chapters, size.paragraphs, edits));
    const when = `${start + version * 86_400} +0000`;
    const message = `Version ${version + 1}\n`;
    chunks.push(
      Buffer.from(`commit refs/heads/main\nauthor Owner <owner@example.invalid> ${when}\ncommitter Owner <owner@example.invalid> ${when}\n`),
      Buffer.from(`data ${Buffer.byteLength(message)}\n${message}M 100644 inline ${FILE}\ndata ${data.length}\n`),
      data,
      Buffer.from('\n'),
    );
  }
  const git = (args: string[], input?: Buffer) => {
    const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git(['init', '--quiet', '--initial-branch=main']);
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  git(['reset', '--quiet', '--hard', 'main']);
  return dir;
}

interface Streamed {
  /** What had arrived on stdout when its first chunk was read. */
  first: string;
  /** When that was, and when the process ended, in ms from its start. */
  firstMs: number;
  endMs: number;
  stdout: string;
  stderr: string;
  status: number | null;
  /**
   * The most memory the CLI held at once, in MB: JavaScript objects and buffers still reachable after a full
   * garbage collection, sampled every 100 ms by a preloaded probe. Peak RSS would also count garbage not yet
   * collected, which V8 lets grow with how much work a run does.
   */
  liveMb: number;
}

const PROBE = `
let live = 0;
const sample = () => { globalThis.gc(); const { heapUsed, external } = process.memoryUsage(); live = Math.max(live, heapUsed + external); };
setInterval(sample, 100).unref();
process.on('exit', () => { sample(); process.stderr.write('\\nlive ' + live + '\\n'); });
`;

/**
 * Runs the CLI, reading its stdout as it comes, with a preloaded probe that reports the memory it held, and a
 * temporary folder of its own (`TMPDIR`), which it must leave empty.
 */
function streamCli(args: string[], cwd: string): Promise<Streamed & { tmpdir: string }> {
  const tmpdir = join(cwd, '.tmp');
  mkdirSync(tmpdir, { recursive: true });
  const probe = join(cwd, '.memory-probe.mjs');
  writeFileSync(probe, PROBE);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', probe, binPath, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', TMPDIR: tmpdir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = performance.now();
    let first: string | undefined;
    let firstMs = NaN;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (first === undefined) {
        first = chunk;
        firstMs = performance.now() - started;
      }
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const live = Number(/live (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ tmpdir, first: first ?? '', firstMs, endMs: performance.now() - started, stdout, stderr: stderr.replace(/\n?live \d+\n$/, ''), status, liveMb: live / 1024 / 1024 });
    });
  });
}

const changesIn = (text: string) => text.match(/^\d{4}-\d{2}-\d{2} {2}privacy\.md$/gm)?.length ?? 0;

describe('long histories', () => {
  it('log prints its first changes while the history is still being read, as text', { timeout: 120_000 }, async () => {
    const dir = longHistory(120, { chapters: 20, paragraphs: 40 });
    const result = await streamCli(['log', FILE], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(changesIn(result.stdout)).toBe(120);
    // Written at the end, the whole output (~30 KB, less than a pipe holds) would arrive in one read.
    expect(changesIn(result.first)).toBeGreaterThan(0);
    expect(changesIn(result.first)).toBeLessThan(100);
  });

  it('log --format json streams one valid JSON document, change by change', { timeout: 120_000 }, async () => {
    const dir = longHistory(120, { chapters: 10, paragraphs: 30 }, true);
    const result = await streamCli(['log', '--format', 'json', FILE], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as { schemaVersion: number; changes: { commits: { subject: string }[] }[] };
    expect(document.changes.map((change) => change.commits[0]!.subject)).toEqual(Array.from({ length: 120 }, (_, index) => `Version ${120 - index}`));
    // The document opens long before it ends (written at the end, its first byte comes when nearly all the time is
    // spent; each change here costs about the same).
    expect(result.first.startsWith('{')).toBe(true);
    expect(() => JSON.parse(result.first)).toThrow();
    expect(result.firstMs).toBeLessThan(result.endMs / 2);
    // git wrote the versions into a temporary file, which is gone.
    expect(readdirSync(result.tmpdir)).toEqual([]);
  });

  it('memory does not grow with the number of versions', { timeout: 240_000 }, async () => {
    // ~250 KB a version: 40 versions are 10 MB of text, 400 versions 100 MB (held as bytes, they were 80 MB more).
    const size = { chapters: 25, paragraphs: 40 };
    const few = await streamCli(['log', '--format', 'json', FILE], longHistory(40, size));
    const many = await streamCli(['log', '--format', 'json', FILE], longHistory(400, size));
    expect([few.stderr, many.stderr]).toEqual(['', '']);
    expect([few.status, many.status]).toEqual([0, 0]);
    expect(many.liveMb - few.liveMb).toBeLessThan(25);
  });

  it('a version that is not text fails the command before any change is printed', { timeout: 60_000 }, async () => {
    const text = bigPolicy(4, 10);
    const repo = makeRepo([
      { message: 'First', date: '2021-01-01T10:00:00Z', files: { [FILE]: text } },
      { message: 'Saved as binary', date: '2021-02-01T10:00:00Z', files: { [FILE]: Buffer.concat([Buffer.from(text), Buffer.from([0])]) } },
      ...Array.from({ length: 20 }, (_, index) => ({ message: `Edit ${index}`, date: `2021-03-${String(index + 1).padStart(2, '0')}T10:00:00Z`, files: { [FILE]: text.replace('customers', `members${index}`) } })),
    ]);
    const binary = repo.git(['rev-list', '--max-count=1', '--skip=20', 'HEAD']).trim();
    for (const format of ['text', 'json']) {
      const result = await streamCli(['log', '--format', format, FILE], repo.dir);
      expect(result.stdout).toBe('');
      expect(result.status).toBe(ExitCode.input);
      expect(readdirSync(result.tmpdir)).toEqual([]);
      expect(result.stderr).toBe(`policydiff: "${FILE}" at ${binary.slice(0, 12)} is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): save the policy as UTF-8 text\n`);
    }
  });
});
