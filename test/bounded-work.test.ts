import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { binPath, runCli, type RunResult } from './support/cli.js';
import { badInputRow } from './support/table.js';
import { seed } from './support/fixtures.js';
import { scratchDir } from './support/repo.js';

/**
 * Issue #20, "nothing stalls": input under the size limit finishes, without an internal error, and what is not a
 * file (a device, a named pipe) is refused before it is read. A test that must not hang runs the CLI with a
 * deadline far above what the work needs, so that only a stall reaches it.
 */

const WORDS = ['data', 'uppgifter', 'lagras', 'sparas', 'delas', 'tjänsten', 'kunden', 'avtalet', 'perioden', 'systemet'];

/** `count` sentences, each with a number, in one chapter; `salt` rewrites every one of them, words and numbers. */
function numberedSentences(count: number, salt: number): string {
  const sentence = (i: number) => `Regel ${i} gäller ${WORDS[(i + salt) % 10]} och ${WORDS[(i * 7 + salt) % 10]} i ${i * 3 + salt} dagar.`;
  return `Policy\n\nKapitel\n\n${Array.from({ length: count }, (_, i) => sentence(i)).join(' ')}\n`;
}

describe('work bounded by the input’s size', () => {
  it('diffs and classifies a rewrite of 20,000 sentences with numbers (each pairing looked up, not searched for)', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), numberedSentences(20_000, 0));
    writeFileSync(join(dir, 'new.txt'), numberedSentences(20_000, 1));
    // Quadratic pairing took minutes here; linear takes seconds. The output is megabytes: only its end is kept.
    const result = runBash('exec "$0" "$1" diff old.txt new.txt > out.txt', dir, 90_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('\n    + Regel 19999 gäller ');
  }, 120_000);

  it('diffs Markdown with 130,000 headings', () => {
    const dir = scratchDir();
    const headings = (changed: number) => `# Policy\n\n${Array.from({ length: 130_000 }, (_, i) => `## Rubrik ${i}\n\nText ${i}${i === changed ? ' ändrad' : ''}.\n`).join('\n')}`;
    writeFileSync(join(dir, 'old.md'), headings(-1));
    writeFileSync(join(dir, 'new.md'), headings(77));
    const result = runCli(['diff', 'old.md', 'new.md'], { cwd: dir, timeoutMs: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('~ Rubrik 77  [modified]');
  }, 150_000);

  it('diffs an 8 MB Markdown file that is one line, changed throughout', () => {
    const dir = scratchDir();
    let state = 1;
    const word = () => WORDS[(state = (state * 48271) % 2147483647) % 10];
    const line = Array.from({ length: 900_000 }, word).join(' ');
    writeFileSync(join(dir, 'old.md'), line);
    writeFileSync(join(dir, 'new.md'), Array.from({ length: 900_000 }, word).join(' '));
    const result = runBash('exec "$0" "$1" diff old.md new.md --format json > out.json', dir, 120_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1,[\s\S]*\}\n$/);
  }, 150_000);

  it('renders the HTML report of a 200 KB Markdown sentence of emphasis marks, shown as typed', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.md'), '# Policy\n\n## Kapitel\n\nText.\n');
    writeFileSync(join(dir, 'new.md'), `# Policy\n\n## Kapitel\n\nText ${'*a'.repeat(100_000)}\n`);
    // marked's inline emphasis took 54 s on 160 KB of this; the report shows so long a run as the characters typed.
    const result = runBash('exec "$0" "$1" diff old.md new.md --format html > report.html', dir, 60_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain(`Text ${'*a'.repeat(50)}`);
  }, 90_000);
});

describe('input that is not a file', () => {
  it('refuses a device such as /dev/zero at once', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), seed('001'));
    const result = runCli(['diff', 'old.txt', '/dev/zero', '--max-size', '1'], { cwd: dir, timeoutMs: 20_000 });
    badInputRow('`diff old.txt /dev/zero` (a device)', result, dir);
    expect(result.stderr).toBe('policydiff: "/dev/zero" is a device, not a file: give the policy file\n');
    expect(result.status).toBe(ExitCode.input);
  });

  it('refuses a named pipe instead of waiting for a writer', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), seed('001'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    const result = runCli(['diff', 'old.txt', 'fifo.txt'], { cwd: dir, timeoutMs: 20_000 });
    badInputRow('`diff old.txt fifo.txt` (a named pipe)', result, dir);
    expect(result.stderr).toBe('policydiff: "fifo.txt" is a named pipe, not a file: give the policy file\n');
    expect(result.status).toBe(ExitCode.input);
  });

  it('reads a pipe the shell passes (<(…)) but stops at --max-size as the bytes arrive', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), seed('001'));
    const script = `exec "$0" "$1" diff old.txt <(yes "${seed('001').split('\n')[0]}" | head -c 3000000) --max-size 1`;
    const result = runBash(script, dir);
    badInputRow('`diff old.txt <(a 3 MB stream) --max-size 1`', result, dir);
    expect(result.stderr).toMatch(/^policydiff: "\/dev\/fd\/\d+" is over the 1 MB limit: raise it with --max-size if this really is a policy\n$/);
    expect(result.status).toBe(ExitCode.input);
    const small = runBash(`exec "$0" "$1" diff old.txt <(cat old.txt)`, dir);
    expect(small.stderr).toBe('');
    expect(small.status).toBe(0);
  });

  it('output to a full disk (> /dev/full) ends with one line and exit code 9, not a stack trace', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), seed('001'));
    writeFileSync(join(dir, 'new.txt'), seed('001').replace('tillfälligt', 'i 30 dagar'));
    const result = runBash('exec "$0" "$1" diff old.txt new.txt > /dev/full', dir);
    badInputRow('`policydiff diff old.txt new.txt > /dev/full`', result, dir);
    expect(result.stderr).toBe('policydiff: cannot write the output: the disk is full: free some space or write elsewhere\n');
    expect(result.status).toBe(ExitCode.write);
  });
});

/** A bash script run with "$0" the node binary and "$1" policydiff's, as a user's shell would run it. */
function runBash(script: string, cwd: string, timeoutMs = 20_000): RunResult {
  const result = spawnSync('bash', ['-c', script, process.execPath, binPath], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: timeoutMs, killSignal: 'SIGKILL' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
