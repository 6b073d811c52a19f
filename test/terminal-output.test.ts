import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { makeRepo, policy, scratchDir } from './support/repo.js';
import { english } from './support/translations.js';

/**
 * Issue #20: what policydiff prints to a terminal from text it did not write. Control characters in a policy or
 * a commit message (ESC sequences, C1 controls, backspace, carriage return) are shown as visible escapes in text
 * and Markdown output, so that a hostile branch cannot clear the screen or overwrite a line; JSON keeps them as
 * they are. File names in the fix commands `check` suggests are quoted for the shell.
 */

/** ESC [2J (clear the screen), backspaces, CSI as one C1 character, DEL. (A lone CR in a policy is a line break.) */
const HOSTILE = 'Vi delar inga uppgifter.\u001b[2JInga ändringar\b\b\b\u009b1A\u007f.';
/** Any control character but line feed and tab. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters in terminal output', () => {
  it('diff shows them as visible escapes in text and Markdown, and keeps them in JSON', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.md'), policy());
    writeFileSync(join(dir, 'new.md'), policy({ data: HOSTILE }));
    const text = runCli(['diff', 'old.md', 'new.md'], { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(CONTROL);
    expect(text.stdout).toContain('+ Vi delar inga uppgifter.\\u001b[2JInga ändringar\\u0008\\u0008\\u0008\\u009b1A\\u007f.\n');
    // Markdown escapes the backslash of each escape, so that it shows.
    const markdown = runCli(['diff', 'old.md', 'new.md', '--format', 'md'], { cwd: dir });
    expect(markdown.stdout).not.toMatch(CONTROL);
    expect(markdown.stdout).toContain('Vi delar inga uppgifter.\\\\u001b\\[2JInga ändringar\\\\u0008');
    const json = runCli(['diff', 'old.md', 'new.md', '--format', 'json'], { cwd: dir });
    expect(json.stdout).toContain('Vi delar inga uppgifter.\\u001b[2JInga ändringar\\b\\b\\b\u009b1A\u007f.');
  });

  it('with colour forced, only policydiff’s own colour codes reach the terminal', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.md'), policy());
    writeFileSync(join(dir, 'new.md'), policy({ data: HOSTILE }));
    const result = runCli(['diff', 'old.md', 'new.md'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(result.stdout).toContain('\u001b[32m');
    expect(result.stdout.replace(/\u001b\[(?:0|1|2|31|32|33|36)m/g, '')).not.toMatch(CONTROL);
  });

  it('log and since show a commit subject’s control characters as escapes', () => {
    const repo = makeRepo([
      { message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { 'privacy.md': policy() }, tag: 'v1' },
      { message: 'Typo\u001b[1A\u001b[2K\rSIGNIFICANT: none', date: '2024-02-10T10:00:00+01:00', files: { 'privacy.md': policy({ data: 'Vi samlar in namn och e-post.' }) } },
    ]);
    for (const args of [['log'], ['since', 'v1']]) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(CONTROL);
      expect(result.stdout).toContain('Typo\\u001b[1A\\u001b[2K\\u000dSIGNIFICANT: none');
    }
  });

  it('check shows a policy line’s control characters as escapes', () => {
    const repo = makeRepo([{ message: 'Policy', date: '2024-01-15T10:00:00+01:00', files: { 'privacy.md': english({ updated: '15 January 2024\u001b[2J' }) } }]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Sentry', date: '2024-03-10T10:00:00+01:00', files: { 'privacy.md': english({ updated: '15 January 2024\u001b[2J', rights: 'We share your data with Sentry in the United States.' }) } });
    const result = runCli(['check', '--base', 'main'], { cwd: repo.dir });
    expect(result.stdout).toContain('\\u001b[2J');
    expect(result.stdout).not.toMatch(CONTROL);
  });
});

describe('check’s fix commands', () => {
  it('quote a file name for the shell: run as printed, the command gets the name as one argument and runs nothing', () => {
    const file = `privacy "$(touch pwned)" 'it'.md`;
    const repo = makeRepo([{ message: 'Policy', date: '2024-01-15T10:00:00+01:00', files: { [file]: english() } }]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Sentry', date: '2024-03-10T10:00:00+01:00', files: { [file]: english({ rights: 'We share your data with Sentry in the United States.' }) } });
    const result = runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir });
    const fixes = (JSON.parse(result.stdout) as { findings: { fix: string }[] }).findings.map((finding) => finding.fix);
    const command = fixes.map((fix) => /run (policydiff .*), or add the line by hand\.$/.exec(fix)?.[1]).find((found) => found !== undefined);
    expect(command).toBeDefined();
    // A stand-in for policydiff that prints the arguments it gets, one a line.
    const shell = spawnSync('bash', ['-c', `policydiff() { printf '%s\\n' "$@"; }; ${command!}`], { cwd: repo.dir, encoding: 'utf8' });
    expect(shell.stdout.trimEnd().split('\n')).toEqual(['changelog', 'main', '--in-policy', '--', file]);
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
  });
});
