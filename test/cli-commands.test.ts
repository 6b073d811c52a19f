import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

/**
 * The CLI loads only the module of the command it runs (none for --version, every one for help and unknown
 * names): each command must read and answer the same as with all of them loaded.
 */

const COMMANDS = ['diff', 'sections', 'since', 'log', 'changelog', 'notes', 'comment', 'check'];

describe('commands loaded on demand', () => {
  it('lists every command in the help, and suggests one for a misspelt name', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const typo = runCli(['lgo']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("(Did you mean log?)");
  });

  it('gives each command the help it has among all the others', () => {
    for (const command of COMMANDS) {
      const alone = runCli([command, '--help']);
      const amongAll = runCli(['help', command]);
      expect(alone.status).toBe(0);
      expect(alone.stdout).toContain(`Usage: policydiff ${command} `);
      expect(alone.stdout).toBe(amongAll.stdout);
    }
  });

  it('prints the version without any command', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(runCli([flag])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});
