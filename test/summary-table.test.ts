import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { binPath, runCli } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { taggedHistoryRepo } from './support/history.js';
import type { TestRepo } from './support/repo.js';

/**
 * `log --summary` and `since … --summary`: the history as one table row per change, each row one line of the
 * terminal's width, so a long history fits on a screen; and `check`'s findings as a table on a terminal.
 */

const FILE = 'integritet.txt';

/** history-001 tagged v0, v1, v2, and a second commit on v2's day: one change of two commits. */
function idunRepo(): TestRepo {
  const repo = taggedHistoryRepo('history-001');
  repo.commit({ message: 'Twilio, rättelse', date: '2021-11-18T16:00:00+02:00', files: { [FILE]: fixture('history-001/v2.txt').replace('inloggningen.', 'inloggningen. ') } });
  return repo;
}

interface JsonChange {
  date: string;
  commits: unknown[];
  entry: string | null;
  significance?: { level: string };
  stats: Record<string, number>;
}

const changesOf = (repo: TestRepo, args: string[]) => (JSON.parse(runCli([...args, '--format', 'json'], { cwd: repo.dir }).stdout) as { changes: JsonChange[] }).changes;

/** The table's rows: the lines between its borders that start with a date. */
const rows = (table: string) => table.split('\n').filter((line) => /^│ \d{4}-\d{2}-\d{2} /.test(line)).map((line) => line.split('│').slice(1, -1).map((cell) => cell.trim()));

describe('log --summary', () => {
  it('one row per change with its date, commits, significance, sections added/changed/removed and entry line', () => {
    const repo = idunRepo();
    const result = runCli(['log', '--summary'], { cwd: repo.dir, env: { COLUMNS: '200' } });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const header = result.stdout.split('\n')[1]!.split('│').slice(1, -1).map((cell) => cell.trim());
    expect(header).toEqual(['Date', 'Commits', 'Significance', 'Added', 'Changed', 'Removed', 'Entry']);
    const changes = changesOf(repo, ['log']);
    const table = rows(result.stdout);
    expect(table).toHaveLength(changes.length);
    table.forEach((row, index) => {
      const change = changes[index]!;
      const changed = (change.stats.modified ?? 0) + (change.stats.renamed ?? 0) + (change.stats.moved ?? 0);
      expect(row.slice(0, 6)).toEqual([change.date, String(change.commits.length), change.significance?.level ?? 'none', String(change.stats.added ?? 0), String(changed), String(change.stats.removed ?? 0)]);
      const entry = row[6]!;
      if (entry.endsWith('…')) expect(change.entry!.startsWith(entry.slice(0, -1))).toBe(true);
      else expect(entry).toBe(change.entry?.split('\n')[0] ?? '');
    });
    expect(table[0]![1]).toBe('2');
  });

  it('each row is one line no wider than the terminal: the entry line is cut to fit', () => {
    const repo = idunRepo();
    for (const columns of [80, 100, 160]) {
      const result = runCli(['log', '--summary'], { cwd: repo.dir, env: { COLUMNS: String(columns) } });
      const lines = result.stdout.trimEnd().split('\n');
      // Top border, header, a line per change, bottom border.
      expect(lines).toHaveLength(2 + 3 + 1);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
      expect(rows(result.stdout).some((row) => row[6]!.endsWith('…'))).toBe(true);
    }
  });

  it('since <start> --summary: the changes of the range; an empty one says so', () => {
    const repo = idunRepo();
    const result = runCli(['since', 'v1', '--summary'], { cwd: repo.dir, env: { COLUMNS: '120' } });
    expect(rows(result.stdout).map((row) => row[0])).toEqual(['2021-11-18']);
    expect(runCli(['since', 'HEAD', '--summary'], { cwd: repo.dir })).toEqual({ status: 0, stdout: `No changes to ${FILE} since HEAD.\n`, stderr: '' });
  });

  it('is a terminal table: with another --format it is refused (exit 2)', () => {
    const repo = idunRepo();
    const result = runCli(['log', '--summary', '--format', 'json'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toMatch(/^policydiff: --summary .*--format/);
  });
});

/** The CLI run on a pseudo-terminal (util-linux `script`), as a person at a terminal runs it. */
function runOnTerminal(args: string[], cwd: string): string {
  const command = [process.execPath, binPath, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', `stty cols 120; ${command}`, '/dev/null'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return result.stdout.replace(/\r\n/g, '\n');
}

describe('check on a terminal', () => {
  it('prints its findings as a table; piped, the lines CI logs keep', () => {
    const repo = idunRepo();
    const terminal = runOnTerminal(['check', '--base', 'v1'], repo.dir);
    expect(terminal).toMatch(/^┌/m);
    expect(terminal).toMatch(/│ error\s+│ significant-without-notice\s+│ integritet\.txt/);
    const piped = runCli(['check', '--base', 'v1'], { cwd: repo.dir });
    expect(piped.stdout).not.toContain('┌');
    expect(piped.stdout).toContain('error   significant-without-notice  integritet.txt');
  });
});
