import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { runCli, type RunResult } from './support/cli.js';
import { taggedHistoryRepo } from './support/history.js';
import { scratchDir, type TestRepo } from './support/repo.js';

/**
 * One behaviour everywhere: every command that takes revisions takes dates too and reports an unknown one with
 * exit 5; -C works before or after the command's name; a reversed range says so; every --format a command lists
 * is honoured and any other is refused; errors on paths name the path as the user gave it.
 */

const FILE = 'integritet.txt';

/** history-001 as a repository: v0 (2021-03-01), v1 (2021-09-03), v2 (2021-11-18), each tagged. */
const idunRepo = (): TestRepo => taggedHistoryRepo('history-001');

function expectOneLineError(result: RunResult, exitCode: number, message: RegExp): void {
  expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: exitCode });
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^policydiff: /);
  expect(result.stderr.trimEnd()).toMatch(message);
}

/** Every command that takes a revision, with the revision in each place it can stand. */
const REVISION_USES: [name: string, args: (revision: string) => string[]][] = [
  ['diff <old> HEAD', (revision) => ['diff', revision, 'HEAD']],
  ['diff HEAD <new>', (revision) => ['diff', 'HEAD', revision]],
  ['diff <old> (working tree)', (revision) => ['diff', revision, '--', FILE]],
  ['since <start>', (revision) => ['since', revision]],
  ['since v0 --to <end>', (revision) => ['since', 'v0', '--to', revision]],
  ['log --to <end>', (revision) => ['log', '--to', revision]],
  ['changelog <start>', (revision) => ['changelog', revision, '--write', 'CHANGELOG.md', '--dry-run']],
  ['changelog --to <end>', (revision) => ['changelog', 'v0', '--to', revision, '--write', 'CHANGELOG.md', '--dry-run']],
  ['notes <ref>', (revision) => ['notes', revision, '--store', 'play']],
  ['notes --to <end>', (revision) => ['notes', 'v0', '--to', revision, '--store', 'play']],
  ['check --base <base>', (revision) => ['check', '--base', revision]],
  ['comment --base <base>', (revision) => ['comment', '--base', revision]],
  ['comment --head <head>', (revision) => ['comment', '--base', 'v0', '--head', revision]],
];

describe('revisions: an unknown one is exit 5 in every command', () => {
  it.each(REVISION_USES)('%s', (_name, args) => {
    const repo = idunRepo();
    expectOneLineError(runCli(args('v9'), { cwd: repo.dir }), ExitCode.unknownRevision, /unknown revision "v9"/);
  });
});

describe('diff: a name written like a file stays a file beside a revision', () => {
  it('diff missing.md HEAD is a missing file (3); diff HEAD missing.md a file never committed (6)', () => {
    const repo = idunRepo();
    expectOneLineError(runCli(['diff', 'missing.md', 'HEAD'], { cwd: repo.dir }), ExitCode.input, /"missing\.md" does not exist/);
    expectOneLineError(runCli(['diff', 'HEAD', 'missing.md'], { cwd: repo.dir }), ExitCode.untrackedFile, /"missing\.md" has never been committed/);
  });
});

describe('revisions: every command that takes one takes a date too', () => {
  it.each(REVISION_USES)('%s', (_name, args) => {
    const repo = idunRepo();
    const result = runCli(args('2021-10-01'), { cwd: repo.dir });
    // check and comment --fail-on-checks may find something to report (exit 1); neither is a refusal of the date.
    expect(result.stderr).not.toMatch(/unknown revision|does not exist|neither a file nor a revision/);
    expect([0, 1]).toContain(result.status);
  });

  it('diff <date> <date> is the same comparison as diff of the commits those days name', () => {
    const repo = idunRepo();
    // 2021-06-01 starts before v1 (the day's changes included); 2021-12-01 ends after v2.
    const byDate = runCli(['diff', '2021-06-01', '2021-12-01', '--format', 'json'], { cwd: repo.dir });
    const byTag = runCli(['diff', 'v0', 'v2', '--format', 'json'], { cwd: repo.dir });
    expect(byDate.status).toBe(0);
    const sections = (result: RunResult) => (JSON.parse(result.stdout) as { files: { diff: unknown }[] }).files.map((file) => file.diff);
    expect(sections(byDate)).toEqual(sections(byTag));
  });

  it('a date as the end of a range includes that day, as the start of one starts on it', () => {
    const repo = idunRepo();
    const dates = (args: string[]) => (JSON.parse(runCli([...args, '--format', 'json'], { cwd: repo.dir }).stdout) as { changes: { date: string }[] }).changes.map((change) => change.date);
    expect(dates(['log', '--to', '2021-09-03'])).toEqual(['2021-09-03', '2021-03-01']);
    expect(dates(['log', '--to', '2021-09-02'])).toEqual(['2021-03-01']);
    expect(dates(['since', '2021-09-03', '--to', '2021-11-18'])).toEqual(['2021-11-18', '2021-09-03']);
  });
});

describe('-C <dir> before or after the command name', () => {
  const COMMANDS: string[][] = [
    ['log'],
    ['since', 'v1'],
    ['diff', 'v1', 'v2'],
    ['sections', FILE],
    ['changelog', 'v1', '--write', 'CHANGELOG.md', '--dry-run'],
    ['notes', 'v0', '--store', 'play'],
    ['check', '--base', 'v1'],
    ['comment', '--base', 'v1'],
  ];

  it.each(COMMANDS.map((args) => [args.join(' '), args]))('%s', (_name, args) => {
    const repo = idunRepo();
    const elsewhere = scratchDir();
    const [command, ...rest] = args as string[];
    const after = runCli([command!, '-C', repo.dir, ...rest], { cwd: elsewhere });
    expect(after.stderr).not.toMatch(/unknown option|not inside a git repository/);
    for (const before of [['-C', repo.dir], ['--cwd', repo.dir], [`--cwd=${repo.dir}`]]) {
      expect(runCli([...before, command!, ...rest], { cwd: elsewhere })).toEqual(after);
    }
  });

  it('lists -C in the main help', () => {
    expect(runCli(['--help']).stdout).toMatch(/^  -C, --cwd <dir> /m);
  });
});

describe('a range reversed or empty because of its order says so, with a non-zero exit', () => {
  it.each([
    ['since HEAD --to v1', ['since', 'HEAD', '--to', 'v1']],
    ['since v2 --to v0', ['since', 'v2', '--to', 'v0']],
    ['since <later day> --to <earlier day>', ['since', '2021-12-01', '--to', '2021-06-01']],
    ['changelog v2 --to v1', ['changelog', 'v2', '--to', 'v1', '--write', 'CHANGELOG.md', '--dry-run']],
    ['notes v2 --to v1', ['notes', 'v2', '--to', 'v1', '--store', 'play']],
  ])('%s', (_name, args) => {
    const repo = idunRepo();
    expectOneLineError(runCli(args, { cwd: repo.dir }), ExitCode.usage, /reversed/);
  });

  it('an empty range in the right order is no error', () => {
    const repo = idunRepo();
    expect(runCli(['since', 'v2'], { cwd: repo.dir })).toEqual({ status: 0, stdout: `No changes to ${FILE} since v2.\n`, stderr: '' });
  });
});

/** The formats `--help` lists for a command: its `(choices: …)` of --format, none when it has no --format. */
function listedFormats(command: string): string[] {
  const help = runCli([command, '--help']).stdout.replace(/\s+/g, ' ');
  const choices = /--format <format> [^(]*\(choices: ([^)]*?)(?:, default: [^)]*)?\)/.exec(help)?.[1];
  return choices === undefined ? [] : [...choices.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

describe('--format: every format a command lists is honoured, any other refused with exit 2', () => {
  const RUNS: [command: string, args: string[]][] = [
    ['diff', ['diff', 'v1', 'v2']],
    ['sections', ['sections', FILE]],
    ['since', ['since', 'v0']],
    ['log', ['log']],
    ['notes', ['notes', 'v0', '--store', 'play']],
    ['comment', ['comment', '--base', 'v1']],
    ['check', ['check', '--base', 'v0']],
  ];

  it.each(RUNS)('%s', (command, args) => {
    const repo = idunRepo();
    const formats = listedFormats(command);
    expect(formats.length).toBeGreaterThan(0);
    const outputs = new Map(formats.map((format) => [format, runCli([...args, '--format', format], { cwd: repo.dir })]));
    for (const [format, result] of outputs) {
      expect([0, 1], `${command} --format ${format}: ${result.stderr}`).toContain(result.status);
      if (format === 'json') expect(() => JSON.parse(result.stdout)).not.toThrow();
      if (format === 'html') expect(result.stdout).toMatch(/^<!doctype html>/i);
    }
    // Accepted and ignored would print the same thing for two formats.
    expect(new Set([...outputs.values()].map((result) => result.stdout)).size).toBe(formats.length);
    const unlisted = ['text', 'md', 'json', 'html', 'yaml'].filter((format) => !formats.includes(format));
    for (const format of unlisted) {
      expectOneLineError(runCli([...args, '--format', format], { cwd: repo.dir }), ExitCode.usage, /--format/);
    }
  });

  it('changelog writes files and lists no --format: one given is refused', () => {
    const repo = idunRepo();
    expect(listedFormats('changelog')).toEqual([]);
    expectOneLineError(runCli(['changelog', 'v0', '--write', 'CHANGELOG.md', '--format', 'json'], { cwd: repo.dir }), ExitCode.usage, /--format/);
  });

  it('notes --format json: the notes per store and language, with their length against the limit', () => {
    const repo = idunRepo();
    const text = runCli(['notes', 'v0', '--store', 'play'], { cwd: repo.dir });
    const result = runCli(['notes', 'v0', '--store', 'play', '--format', 'json'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { store: string; limit: number; notes: { language: string; text: string; length: number }[] };
    expect(report).toMatchObject({ store: 'play', limit: 500 });
    expect(report.notes).toHaveLength(1);
    const [note] = report.notes;
    expect(note).toMatchObject({ language: 'sv', text: text.stdout.trimEnd() });
    // Counted as the limit is (UTF-16 units, never fewer than the characters the stores count).
    expect(note!.length).toBe(note!.text.length);
    expect(note!.length).toBeLessThanOrEqual(500);
  });
});

describe('errors on paths name the path the user gave', () => {
  it('changelog --write <a folder> names that folder, not a path relative to the current one', () => {
    const repo = idunRepo();
    const folder = scratchDir();
    const result = runCli(['changelog', 'v0', '--write', folder], { cwd: repo.dir });
    expectOneLineError(result, ExitCode.write, new RegExp(`"${folder}" is a folder`));
    expect(result.stderr).not.toContain('".."');
  });

  it('with -C, a path is named as given (relative to -C), in errors and in what was written', () => {
    const repo = idunRepo();
    const elsewhere = scratchDir();
    mkdirSync(join(repo.dir, 'docs'));
    const folder = runCli(['changelog', '-C', repo.dir, 'v0', '--write', 'docs'], { cwd: elsewhere });
    expectOneLineError(folder, ExitCode.write, /^policydiff: "docs" is a folder/);
    const written = runCli(['changelog', '-C', repo.dir, 'v0', '--write', 'docs/CHANGELOG.md'], { cwd: elsewhere });
    expect(written).toMatchObject({ status: 0, stderr: 'policydiff: added 2 entries to docs/CHANGELOG.md.\n' });
    expect(readFileSync(join(repo.dir, 'docs/CHANGELOG.md'), 'utf8')).toContain('18.11.2021');
  });

  it('notes --out <absolute folder> reports the files under the folder as given', () => {
    const repo = idunRepo();
    const out = join(scratchDir(), 'fastlane');
    const result = runCli(['notes', 'v0', '--store', 'appstore', '--out', out], { cwd: repo.dir });
    expect(result).toMatchObject({ status: 0, stderr: `policydiff: wrote ${out}/metadata/sv/release_notes.txt\n` });
  });
});
