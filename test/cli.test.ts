import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { spawnSync } from 'node:child_process';
import { binPath, runCli, tempDir } from './support/cli.js';
import { fixturesDir, seed } from './support/fixtures.js';

const idun = seed('001');
const idunFile = join(fixturesDir, '001-idun', 'v1.txt');

function pair(dir: string, oldText: string, newText: string, extension = 'txt'): [string, string] {
  const oldPath = join(dir, `old.${extension}`);
  const newPath = join(dir, `new.${extension}`);
  writeFileSync(oldPath, oldText);
  writeFileSync(newPath, newText);
  return [oldPath, newPath];
}

describe('policydiff diff (files)', () => {
  it('prints the JSON contract', () => {
    const dir = tempDir();
    const [oldPath, newPath] = pair(dir, idun, idun.replace('Ta kontakt', 'Kontakta oss').replace('för bättre säkerhet', 'för säkerhet'));
    const result = runCli(['diff', oldPath, newPath, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, language: 'sv', stats: { renamed: 1, modified: 1 } });
    const changed = json.sections.filter((s: { status: string }) => s.status !== 'unchanged');
    expect(changed).toEqual([
      expect.objectContaining({ status: 'modified', heading: 'Säkerhet', path: ['Säkerhet'], level: 1 }),
      expect.objectContaining({ status: 'renamed', heading: 'Kontakta oss', oldHeading: 'Ta kontakt', changes: [] }),
    ]);
    expect(changed[0].changes[0]).toMatchObject({ type: 'changed', old: expect.stringContaining('bättre'), new: expect.any(String) });
    expect(changed[0]).not.toHaveProperty('parts');
  });

  it('prints text without colour when NO_COLOR is set, with colour when forced', () => {
    const dir = tempDir();
    const [oldPath, newPath] = pair(dir, idun, idun.replace('för bättre säkerhet', 'för säkerhet'));
    const plain = runCli(['diff', oldPath, newPath]);
    expect(plain.stdout).toContain('~ Säkerhet  [modified]');
    expect(plain.stdout).toContain('för [-bättre -]säkerhet');
    expect(plain.stdout).not.toContain('\u001b[');
    const colored = runCli(['diff', oldPath, newPath], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\u001b[31m');
  });

  it('prints GitHub Markdown with the policy text escaped', () => {
    const dir = tempDir();
    const [oldPath, newPath] = pair(dir, idun, idun.replace('Samtycke\n\nGenom', 'Samtycke\n\n<script>alert(1)</script> @team [x](http://e.vil) Genom'));
    const result = runCli(['diff', oldPath, newPath, '-f', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('| modified | Samtycke |');
    expect(result.stdout).not.toContain('<script>');
    expect(result.stdout).toContain('&lt;script&gt;');
    expect(result.stdout).not.toMatch(/@team/);
    expect(result.stdout).not.toContain('](http');
  });

  it('reads Windows-1252 and UTF-16 files so that å ä ö survive', () => {
    const dir = tempDir();
    const oldPath = join(dir, 'latin.txt');
    const newPath = join(dir, 'utf16.txt');
    writeFileSync(oldPath, Buffer.from(idun.replace(/\u2013/g, '-').replace(/[\u00a0]/g, ' '), 'latin1'));
    writeFileSync(newPath, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(idun.replace(/\u2013/g, '-'), 'utf16le')]));
    const result = runCli(['diff', oldPath, newPath, '-f', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.sections.filter((s: { status: string }) => s.status !== 'unchanged')).toEqual([]);
    expect(json.sections.map((s: { heading: string }) => s.heading)).toContain('Användaren har full kontroll över sin information');
  });
});

describe('policydiff sections', () => {
  it('prints the tree as JSON', () => {
    const result = runCli(['sections', idunFile, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.title).toBe('SEKRETESSPOLICY');
    const use = json.sections.find((s: { heading: string }) => s.heading === 'Hur informationen används');
    expect(use.children.map((c: { heading: string }) => c.heading)).toEqual(['Firebase', 'Twilio']);
    expect(use).toMatchObject({ level: 1, text: expect.stringContaining('Den insamlade informationen') });
  });

  it('prints an indented outline as text', () => {
    const result = runCli(['sections', idunFile]);
    expect(result.stdout).toMatch(/^ {2}Hur informationen används {2}\(line \d+, 1 block\)$/m);
    expect(result.stdout).toMatch(/^ {4}Twilio /m);
  });
});

describe('help and version', () => {
  it('stops quietly when the reader closes the pipe early (policydiff … | head)', () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    // Far more output than a pipe buffers, so the writer is still writing when head has gone.
    writeFileSync(big, Array.from({ length: 40 }, (_, i) => idun.replace(/^(\p{Lu}[^.\n]{2,60})$/gmu, `$1 ${i}`)).join('\n'));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" sections "${big}" --format json | head -c 20`], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^\{/);
    expect(result.stderr).toBe('');
  });

  it('shows examples and exit codes in --help', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('policydiff diff old.txt new.txt');
    expect(result.stdout).toContain('Exit codes');
    expect(runCli(['diff', '--help']).stdout).toContain('Examples:');
  });

  it('lists every command in --help, and finds each one when only its own module is loaded', () => {
    const commands = ['diff', 'sections', 'since', 'log', 'changelog', 'notes', 'comment', 'check'];
    const listed = [...runCli(['--help']).stdout.matchAll(/^ {2}(\w+) /gm)].map((match) => match[1]);
    expect(listed).toEqual([...commands, 'help']);
    for (const command of commands) expect(runCli([command, '--help']).stdout).toContain(`Usage: policydiff ${command} `);
    expect(runCli(['help', 'log']).stdout).toContain('Usage: policydiff log ');
    const typo = runCli(['dif']);
    expect(typo.status).toBe(ExitCode.usage);
    expect(typo.stderr).toContain('(Did you mean diff?)');
  });

  it('prints the package version', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
});

describe('bad input: one line, a distinct exit code, no stack trace', () => {
  const cases: [string, (dir: string) => string[], number, RegExp][] = [
    ['a missing file', (dir) => ['diff', join(dir, 'nope.txt'), idunFile], ExitCode.input, /does not exist: check the path/],
    ['a directory', (dir) => ['diff', dir, idunFile], ExitCode.input, /is a directory/],
    ['a binary file', (dir) => { writeFileSync(join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1])); return ['diff', join(dir, 'b.txt'), idunFile]; }, ExitCode.input, /binary file/],
    ['an empty document', (dir) => { writeFileSync(join(dir, 'e.txt'), '\u00a0\n \n'); return ['diff', idunFile, join(dir, 'e.txt')]; }, ExitCode.input, /is empty/],
    ['a file over the size limit', () => ['diff', idunFile, idunFile, '--max-size', '0.001'], ExitCode.input, /over the 0 MB limit: raise it with --max-size/],
    ['a bad --max-size', () => ['diff', idunFile, idunFile, '--max-size', 'lots'], ExitCode.usage, /--max-size takes a number/],
    ['an unknown option', () => ['diff', idunFile, idunFile, '--colour'], ExitCode.usage, /unknown option '--colour'/],
    ['an unknown format', () => ['diff', idunFile, idunFile, '--format', 'pdf'], ExitCode.usage, /Allowed choices are text, md, json/],
    ['a missing argument', () => ['diff', idunFile], ExitCode.usage, /missing required argument 'new'/],
    ['an unknown command', () => ['difff'], ExitCode.usage, /unknown command 'difff'/],
  ];
  for (const [name, args, code, message] of cases) {
    it(`refuses ${name}`, () => {
      const dir = tempDir();
      const result = runCli(args(dir));
      expect(result.status).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^policydiff: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
    });
  }
});
