import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { taggedHistoryRepo } from './support/history.js';

/**
 * README.md is the front door: short, with the two set-up commands, and every `$ policydiff` session in it what
 * policydiff really prints on the fixture repository it names. A session is a ```console block: each `$ ` line a
 * command, the lines after it its output (stdout, then stderr); a last line `…` means the output goes on.
 */

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Session {
  command: string;
  expected: string[];
  /** The README cut the output short with `…`. */
  partial: boolean;
}

function consoleBlocks(markdown: string): Session[][] {
  return [...markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)].map((match) => {
    const sessions: Session[] = [];
    for (const line of match[1]!.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('$ ')) sessions.push({ command: line.slice(2), expected: [], partial: false });
      else if (line === '…') sessions.at(-1)!.partial = true;
      else sessions.at(-1)!.expected.push(line);
    }
    return sessions;
  });
}

describe('README', () => {
  it('is a front door of at most 250 lines, with the two set-up commands', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    expect(readme).toContain('\nnpm ci && npm run demo\n');
    expect(readme).toContain('\nnpm ci && npm test\n');
  });

  it('links only to docs that exist', () => {
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) expect(existsSync(new URL(`../${target}`, import.meta.url)), target).toBe(true);
  });

  it('shows the workflow docs/github-action.md gives, pinned the same', () => {
    const workflow = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(workflow).toBeDefined();
    expect(readFileSync(new URL('../docs/github-action.md', import.meta.url), 'utf8')).toContain(workflow);
  });

  const blocks = consoleBlocks(readme);

  it('has policydiff sessions to check', () => {
    expect(blocks.flat().length).toBeGreaterThanOrEqual(8);
    for (const session of blocks.flat()) expect(session.command).toMatch(/^policydiff /);
  });

  it.each(blocks.map((sessions) => [sessions.map((session) => session.command).join('; '), sessions] as const))('prints what it shows: %s', (_name, sessions) => {
    const repo = taggedHistoryRepo('history-001');
    for (const session of sessions) {
      const result = runCli(session.command.split(' ').slice(1), { cwd: repo.dir, env: { COLUMNS: '100' } });
      const printed = `${result.stdout}${result.stderr}`.replace(/\n$/, '');
      const shown = session.expected.join('\n');
      if (session.partial) expect(printed.startsWith(`${shown}\n`), `${session.command} printed:\n${printed}`).toBe(true);
      else expect(printed, session.command).toBe(shown);
    }
  });
});
