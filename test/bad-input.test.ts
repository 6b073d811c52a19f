import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { runCli, type RunAs, type RunResult } from './support/cli.js';
import { badInputRow } from './support/table.js';
import { seed } from './support/fixtures.js';
import { makeRepo, policy, scratchDir, TestRepo } from './support/repo.js';

/**
 * The audit of issue #8: every bad input it names, tried through the real CLI on real files and repositories.
 * Each must give one line on stderr with the problem and the fix, its own exit code, nothing on stdout, no stack
 * trace, and no file written. `BAD_INPUT_TABLE=1` prints each case as a row of the table in docs/bad-input.md (real text of this run).
 */

interface Case {
  name: string;
  /** Builds the input in `dir` (a fresh folder, or a repository's work tree) and returns the arguments. */
  run: (dir: string) => RunResult;
  exitCode: number;
  /** The whole line after `policydiff: `, with the folder written as `<dir>`. */
  message: string;
}

const printTable = process.env.BAD_INPUT_TABLE === '1';
const OUTSIDE_TEXT = 'Hemlig text utanför förrådet.';
const NUL_MESSAGE = 'is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): save the policy as UTF-8 text';

function check(testCase: Case, dir: string, result: RunResult): void {
  const shown = result.stderr.split(dir).join('<dir>').trimEnd();
  badInputRow(testCase.name, result, dir);
  expect(result.stdout).toBe('');
  expect(shown).toBe(`policydiff: ${testCase.message}`);
  expect(result.status).toBe(testCase.exitCode);
  // Nothing half-written: no temp file, and no stray file from a shell or a git option.
  if (existsSync(join(dir, 'outside.md'))) expect(readFileSync(join(dir, 'outside.md'), 'utf8')).toBe(policy({ rights: OUTSIDE_TEXT }));
  for (const folder of [dir, join(dir, 'repo')].filter((path) => existsSync(path))) {
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp') || name === 'pwned' || name === 'x')).toEqual([]);
  }
}

/** Two versions of a real policy in a plain folder. */
function files(dir: string): { old: string; new: string } {
  writeFileSync(join(dir, 'old.txt'), seed('001'));
  writeFileSync(join(dir, 'new.txt'), seed('001').replace('tillfälligt', 'i högst 30 dagar'));
  return { old: 'old.txt', new: 'new.txt' };
}

function cli(dir: string, args: string[]): RunResult {
  return runCli(args, { cwd: dir });
}

const fileCases: Case[] = [
  { name: 'a file that does not exist', run: (d) => cli(d, ['diff', files(d).old, 'nope.txt']), exitCode: ExitCode.input, message: '"nope.txt" does not exist: check the path' },
  { name: 'a folder given as a file', run: (d) => (mkdirSync(join(d, 'policies')), cli(d, ['diff', files(d).old, 'policies'])), exitCode: ExitCode.input, message: '"policies" is a directory: give the policy file inside it' },
  { name: 'an empty file', run: (d) => (writeFileSync(join(d, 'empty.txt'), ''), cli(d, ['diff', files(d).old, 'empty.txt'])), exitCode: ExitCode.input, message: '"empty.txt" is empty: give a file with the policy\'s text' },
  { name: 'only white space, NBSP and zero-width characters', run: (d) => (writeFileSync(join(d, 'blank.txt'), ' \u00a0\r\n\u200b\n'), cli(d, ['diff', files(d).old, 'blank.txt'])), exitCode: ExitCode.input, message: '"blank.txt" is empty: give a file with the policy\'s text' },
  { name: 'a binary file (NUL bytes)', run: (d) => (writeFileSync(join(d, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), cli(d, ['diff', files(d).old, 'logo.png'])), exitCode: ExitCode.input, message: `"logo.png" ${NUL_MESSAGE}` },
  {
    name: 'UTF-16 without a byte-order mark',
    run: (d) => (writeFileSync(join(d, 'utf16.txt'), Buffer.from(seed('001'), 'utf16le')), cli(d, ['diff', files(d).old, 'utf16.txt'])),
    exitCode: ExitCode.input,
    message: `"utf16.txt" ${NUL_MESSAGE}`,
  },
  {
    name: 'a 100 MB file',
    run: (d) => (writeFileSync(join(d, 'huge.txt'), ''), truncateSync(join(d, 'huge.txt'), 100 * 1024 * 1024), cli(d, ['diff', files(d).old, 'huge.txt'])),
    exitCode: ExitCode.input,
    message: '"huge.txt" is 100 MB, over the 20 MB limit: raise it with --max-size if this really is a policy',
  },
  { name: '`--max-size` that is not a number', run: (d) => cli(d, ['diff', files(d).old, files(d).new, '--max-size', 'lots']), exitCode: ExitCode.usage, message: '--max-size takes a number of megabytes, not "lots": e.g. --max-size 50' },
  { name: '`--html` into a folder that does not exist', run: (d) => cli(d, ['diff', files(d).old, files(d).new, '--html', 'reports/r.html']), exitCode: ExitCode.write, message: 'cannot write "reports/r.html": the folder "reports" does not exist: create it first' },
  { name: '`--html` naming a folder', run: (d) => (mkdirSync(join(d, 'r.html')), cli(d, ['diff', files(d).old, files(d).new, '--html', 'r.html'])), exitCode: ExitCode.write, message: 'cannot write "r.html": it is a folder: give a file path' },
  { name: '`--html` under a file', run: (d) => cli(d, ['diff', files(d).old, files(d).new, '--html', 'old.txt/r.html']), exitCode: ExitCode.write, message: 'cannot write "old.txt/r.html": a part of the path is a file, not a folder: check the path' },
  { name: '`--html` onto a compared file', run: (d) => cli(d, ['diff', files(d).old, files(d).new, '--html', 'new.txt']), exitCode: ExitCode.usage, message: '--html "new.txt" is one of the files being compared: write the report to another file, e.g. --html report.html' },
];

/** A repository with two commits of `privacy.md` (tags v1, v2) and a file outside it, `../outside.md`. */
function repository(dir: string): string {
  const repo = makeRepo(
    [
      { message: 'v1', files: { 'privacy.md': policy() }, date: '2024-01-10T10:00:00Z', tag: 'v1' },
      { message: 'v2', files: { 'privacy.md': policy({ data: 'Vi samlar in namn, e-post och plats.' }) }, date: '2024-02-10T10:00:00Z', tag: 'v2' },
    ],
    join(dir, 'repo'),
  );
  writeFileSync(join(dir, 'outside.md'), policy({ rights: OUTSIDE_TEXT }));
  return repo.dir;
}

function inRepo(dir: string, args: string[]): RunResult {
  return runCli(args, { cwd: repository(dir) });
}

const repositoryCases: Case[] = [
  { name: 'a path with `..` out of the repository', run: (d) => inRepo(d, ['diff', 'v1', 'v2', '--', '../outside.md']), exitCode: ExitCode.usage, message: '"../outside.md" is outside the repository at "<dir>/repo": give a file inside it' },
  { name: 'an absolute path out of the repository', run: (d) => inRepo(d, ['log', '--', join(d, 'outside.md')]), exitCode: ExitCode.usage, message: '"<dir>/outside.md" is outside the repository at "<dir>/repo": give a file inside it' },
  { name: 'a path with a line break', run: (d) => inRepo(d, ['diff', 'v1', '--', 'privacy\n.md']), exitCode: ExitCode.usage, message: 'the path "privacy .md" contains a control character or line break: give the policy file\'s path' },
  { name: 'a path with shell metacharacters', run: (d) => inRepo(d, ['log', '--', '$(touch pwned);`touch pwned`.md']), exitCode: ExitCode.untrackedFile, message: '"$(touch pwned);`touch pwned`.md" has never been committed to this repository: check the path, or git add and commit it first' },
  { name: 'a path that starts with `-`', run: (d) => inRepo(d, ['log', '--', '--output=x']), exitCode: ExitCode.untrackedFile, message: '"--output=x" has never been committed to this repository: check the path, or git add and commit it first' },
  { name: 'a revision that starts with `-`', run: (d) => inRepo(d, ['since', '--', '--output=x']), exitCode: ExitCode.usage, message: 'the revision "--output=x" starts with "-": give one tag, branch, commit or date (YYYY-MM-DD)' },
  { name: 'a revision with a line break', run: (d) => inRepo(d, ['since', 'v1\nv2']), exitCode: ExitCode.usage, message: 'the revision "v1 v2" contains a control character or line break: give one tag, branch, commit or date (YYYY-MM-DD)' },
  { name: 'a revision with shell metacharacters', run: (d) => inRepo(d, ['diff', 'v1;touch pwned', 'v2', '--', 'privacy.md']), exitCode: ExitCode.unknownRevision, message: 'unknown revision "v1;touch pwned": give a tag, branch or commit (git tag --list shows the tags) or a date as YYYY-MM-DD' },
  { name: 'a revision that names a tree, not a commit', run: (d) => inRepo(d, ['since', 'HEAD^{tree}']), exitCode: ExitCode.unknownRevision, message: 'the revision "HEAD^{tree}" is a tree, not a commit: give a tag, branch or commit (git log --oneline lists the commits) or a date as YYYY-MM-DD' },
  { name: 'a range as a revision', run: (d) => inRepo(d, ['diff', 'v1..v2', '--', 'privacy.md']), exitCode: ExitCode.usage, message: 'the revision "v1..v2" is a range: give one tag, branch, commit or date (YYYY-MM-DD)' },
  { name: 'an unknown revision beside a known one (`diff v9 HEAD`)', run: (d) => inRepo(d, ['diff', 'v9', 'HEAD']), exitCode: ExitCode.unknownRevision, message: 'unknown revision "v9": give a tag, branch or commit (git tag --list shows the tags) or a date as YYYY-MM-DD' },
  { name: 'a date before the first commit where a version is needed (`diff`)', run: (d) => inRepo(d, ['diff', '2020-01-01', 'HEAD']), exitCode: ExitCode.unknownRevision, message: 'no commit before 2020-01-01: the history starts on or after that day, so give a later date (policydiff log shows the whole history)' },
  { name: 'a range given backwards (`since HEAD --to v1`)', run: (d) => inRepo(d, ['since', 'HEAD', '--to', 'v1']), exitCode: ExitCode.usage, message: 'the range is reversed: --to "v1" comes before "HEAD", where it starts: give the earlier one first' },
  { name: 'a `--format` the command does not list (`notes --format html`)', run: (d) => inRepo(d, ['notes', 'v1', '--store', 'play', '--format', 'html']), exitCode: ExitCode.usage, message: "option '-f, --format <format>' argument 'html' is invalid. Allowed choices are text, json. (see policydiff --help)" },
  { name: '`changelog --write` a folder', run: (d) => inRepo(d, ['changelog', 'v1', '--write', d]), exitCode: ExitCode.write, message: '"<dir>" is a folder: give --write a file, e.g. --write <dir>/CHANGELOG.md' },
  {
    name: 'the policy in the working tree is a symbolic link out of the repository (`diff HEAD`)',
    run: (d) => {
      const root = repository(d);
      const link = join(root, 'privacy.md');
      rmSync(link);
      symlinkSync(join(d, 'outside.md'), link);
      return runCli(['diff', 'HEAD'], { cwd: root });
    },
    exitCode: ExitCode.input,
    message: '"privacy.md" is a symbolic link out of the repository: give the policy file itself',
  },
  {
    name: 'a committed symbolic link as the policy (`diff <rev> <rev>`)',
    run: (d) => {
      const root = repository(d);
      symlinkSync('../outside.md', join(root, 'terms.md'));
      const repo = new TestRepo(root);
      repo.git(['add', 'terms.md']);
      repo.git(['commit', '--quiet', '-m', 'link']);
      lastCommit = repo.git(['rev-parse', 'HEAD']).trim().slice(0, 12);
      return runCli(['diff', 'v2', 'HEAD', '--', 'terms.md'], { cwd: root });
    },
    exitCode: ExitCode.input,
    message: '"terms.md" is a symbolic link at <commit>: give the policy file itself',
  },
  {
    name: '`changelog --write CHANGELOG.md` where CHANGELOG.md is a symbolic link out of the repository',
    run: (d) => {
      const root = repository(d);
      symlinkSync('../outside.md', join(root, 'CHANGELOG.md'));
      return runCli(['changelog', '--write', 'CHANGELOG.md'], { cwd: root });
    },
    exitCode: ExitCode.input,
    message: '"CHANGELOG.md" is a symbolic link out of the repository: replace the link with the file, or give --write the path the link leads to',
  },
  {
    name: '`changelog --in-policy` where the policy in the working tree is a symbolic link out of the repository',
    run: (d) => {
      const root = repository(d);
      rmSync(join(root, 'privacy.md'));
      symlinkSync(join(d, 'outside.md'), join(root, 'privacy.md'));
      return runCli(['changelog', '--in-policy'], { cwd: root });
    },
    exitCode: ExitCode.input,
    message: '"privacy.md" is a symbolic link out of the repository: give the policy file itself',
  },
  { name: 'not a git repository', run: (d) => cli(d, ['log']), exitCode: ExitCode.notARepository, message: '"<dir>" is not inside a git repository (or is a bare one): run policydiff in your policy\'s repository or pass -C <folder>' },
];

// The commit a case made, for messages that name it.
let lastCommit = '';

describe('bad input through the real CLI: one line, the fix, its own exit code, nothing written', () => {
  for (const testCase of [...fileCases, ...repositoryCases]) {
    it(testCase.name, () => {
      const dir = scratchDir();
      lastCommit = '';
      const result = testCase.run(dir);
      check({ ...testCase, message: testCase.message.replace('<commit>', lastCommit) }, dir, result);
    });
  }
});

/**
 * Root writes into a read-only folder regardless, so this case runs as a user without root's rights: the one
 * running the tests, or, when that is root (as in CI), `nobody` — if `nobody` can run the built CLI from where
 * this checkout is (a checkout in root's home cannot be).
 */
const NOBODY: RunAs = { uid: 65534, gid: 65534 };
const runningAsRoot = process.getuid?.() === 0;
const nobodyCanRunCli = runningAsRoot && runCli(['--version'], { as: NOBODY }).status === 0;

describe.skipIf(runningAsRoot && !nobodyCanRunCli)('bad input that only a user without root can try', () => {
  it('`--html` into a read-only folder', () => {
    const dir = scratchDir();
    const as = runningAsRoot ? NOBODY : undefined;
    files(dir);
    mkdirSync(join(dir, 'locked'));
    // The scratch folder is the test runner's own; the user the CLI runs as must be able to read it.
    if (as !== undefined) chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o555);
    const testCase: Case = {
      name: '`--html` into a read-only folder',
      run: (d) => runCli(['diff', files(d).old, files(d).new, '--html', 'locked/r.html'], { cwd: d, ...(as === undefined ? {} : { as }) }),
      exitCode: ExitCode.write,
      message: 'cannot write "locked/r.html": no permission: check the permissions of the file and its folder',
    };
    check(testCase, dir, testCase.run(dir));
    expect(existsSync(join(dir, 'locked', 'r.html'))).toBe(false);
    chmodSync(join(dir, 'locked'), 0o755);
  });
});

/** Hostile-looking input that is still a policy: read, compared, exit 0. */
describe('odd but readable input through the real CLI', () => {
  function expectDiff(result: RunResult, row: string): void {
    if (printTable) console.log(`| ${row} | the diff | ${result.status} |`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(ExitCode.ok);
    expect(result.stdout).toMatch(/sections? changed/);
  }

  it('compares files whose names start with "-" when they come after --', () => {
    const dir = scratchDir();
    files(dir);
    writeFileSync(join(dir, '-old.txt'), seed('001'));
    expectDiff(runCli(['diff', '--', '-old.txt', 'new.txt'], { cwd: dir }), '`diff -- -old.txt new.txt` (a file name starting with `-`)');
  });

  it('follows a symbolic link the user names in file mode (there is no repository to escape)', () => {
    const dir = scratchDir();
    files(dir);
    symlinkSync(join(dir, 'new.txt'), join(dir, 'link.txt'));
    expectDiff(runCli(['diff', 'old.txt', 'link.txt'], { cwd: dir }), 'a symbolic link given to `diff <old> <new>`');
  });

  it('reads a file over the limit once --max-size raises it', () => {
    const dir = scratchDir();
    files(dir);
    const big = Array.from({ length: Math.ceil(1_100_000 / seed('001').length) }, (_, i) => seed('001').replace(/^(\p{Lu}[^.\n]{2,60})$/gmu, `$1 ${i}`)).join('\n');
    writeFileSync(join(dir, 'big.txt'), big);
    const refused = runCli(['diff', 'old.txt', 'big.txt', '--max-size', '1'], { cwd: dir });
    expect(refused.status).toBe(ExitCode.input);
    expect(refused.stderr).toBe('policydiff: "big.txt" is 2 MB, over the 1 MB limit: raise it with --max-size if this really is a policy\n');
    expectDiff(runCli(['diff', 'old.txt', 'big.txt', '--max-size', '2'], { cwd: dir }), 'a 1.1 MB file with `--max-size 2`');
  });

  it('compares a 1 MB line of one word, and Markdown nested 100,000 levels deep', () => {
    const dir = scratchDir();
    files(dir);
    writeFileSync(join(dir, 'line.txt'), `${'a'.repeat(1_000_000)}\n`);
    expectDiff(runCli(['diff', 'old.txt', 'line.txt'], { cwd: dir }), 'a 1 MB single line');
    writeFileSync(join(dir, 'old.md'), policy());
    writeFileSync(join(dir, 'deep.md'), `${policy()}\n${'- '.repeat(100_000)}lista\n\n${'> '.repeat(100_000)}citat\n`);
    expectDiff(runCli(['diff', 'old.md', 'deep.md'], { cwd: dir }), 'Markdown lists and quotes nested 100,000 levels');
  });
});
