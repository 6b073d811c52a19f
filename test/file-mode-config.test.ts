import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/cli.js';
import { makeRepo } from './support/repo.js';

/**
 * `diff a b` on files takes the config of the repository it runs in (or of `-C <dir>`), as `diff <rev> <rev> -- file`
 * does: its `languages` and `significance`, not only its `headings`, so one policy change is judged alike in both modes.
 */

const policy = (extra: string) => `Integritetspolicy\n\nMottagare\n\nVi använder Firebase för lagring.${extra}\n`;
const before = policy('');
const after = policy(' Vi använder Acme Insights för statistik.');
const acmeIsRecipient = (language: string) => ({ [language]: { categories: { recipients: { terms: ['Acme Insights'] } } } });

interface JsonDiff {
  language: string;
  significance: { level: string; reasons: { message: string }[] };
}

/** A repository whose history holds the change, and whose working tree has both versions as files under legal/. */
function repoWith(config: object | undefined) {
  const repo = makeRepo([
    { message: 'first', date: '2024-01-01T10:00:00Z', files: { 'legal/privacy.txt': before } },
    { message: 'second', date: '2024-02-01T10:00:00Z', files: { 'legal/privacy.txt': after } },
  ]);
  repo.write('legal/old.txt', before);
  repo.write('legal/new.txt', after);
  if (config !== undefined) writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify(config));
  return repo;
}

const fileDiff = (cwd: string, args: string[]): JsonDiff => {
  const result = runCli(['diff', ...args, '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonDiff;
};

const revisionLevel = (cwd: string, file: string): string => {
  const result = runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', file], { cwd });
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { files: { file: string; significance: { level: string } }[] }).files.find((entry) => entry.file === file)!.significance.level;
};

describe('diff of two files: the config of the repository it runs in', () => {
  it('makes a change significant with an extra term of "significance", as the same change in revision mode', () => {
    const plain = repoWith(undefined);
    expect(fileDiff(plain.dir, ['legal/old.txt', 'legal/new.txt']).significance.level).toBe('minor');
    const repo = repoWith({ significance: acmeIsRecipient('sv') });
    const files = fileDiff(repo.dir, ['legal/old.txt', 'legal/new.txt']);
    expect(files.significance.level).toBe('significant');
    expect(files.significance.reasons.map((reason) => reason.message)).toContain('Nya mottagare av personuppgifter: “Acme Insights”.');
    expect(revisionLevel(repo.dir, 'legal/privacy.txt')).toBe(files.significance.level);
  });

  it('reads the file in the language "languages" gives its path from the top folder, with the notice in it', () => {
    const config = { languages: { 'legal/new.txt': 'en', 'legal/privacy.txt': 'en' }, significance: acmeIsRecipient('*') };
    const repo = repoWith(config);
    const files = fileDiff(repo.dir, ['legal/old.txt', 'legal/new.txt']);
    expect(files.language).toBe('en');
    expect(files.significance.reasons.map((reason) => reason.message)).toContain('New recipients of personal data: “Acme Insights”.');
    const text = runCli(['diff', 'legal/old.txt', 'legal/new.txt'], { cwd: repo.dir }).stdout;
    expect(text).toContain('! New recipients of personal data: “Acme Insights”.');
    const revisions = runCli(['diff', 'HEAD~1', 'HEAD', '--', 'legal/privacy.txt'], { cwd: repo.dir }).stdout;
    expect(revisions).toContain('! New recipients of personal data: “Acme Insights”.');
  });

  it('matches the globs against the path from the top folder, from a subfolder and with -C', () => {
    const repo = repoWith({ languages: { 'legal/*.txt': 'en' }, significance: acmeIsRecipient('*') });
    expect(fileDiff(join(repo.dir, 'legal'), ['old.txt', 'new.txt']).language).toBe('en');
    const elsewhere = tempDir();
    expect(fileDiff(elsewhere, ['-C', join(repo.dir, 'legal'), 'old.txt', 'new.txt']).language).toBe('en');
    // A glob for another folder does not apply: the language is detected from the text.
    const other = repoWith({ languages: { '*.txt': 'en' } });
    expect(fileDiff(other.dir, ['legal/old.txt', 'legal/new.txt']).language).toBe('sv');
  });

  it('lets --lang win over "languages"', () => {
    const repo = repoWith({ languages: { 'legal/*.txt': 'en' } });
    expect(fileDiff(repo.dir, ['legal/old.txt', 'legal/new.txt', '--lang', 'fi']).language).toBe('fi');
  });

  it('reads no config outside a repository', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'legal'));
    writeFileSync(join(dir, 'policydiff.config.json'), JSON.stringify({ languages: { '**': 'en' }, significance: acmeIsRecipient('*') }));
    writeFileSync(join(dir, 'legal/old.txt'), before);
    writeFileSync(join(dir, 'legal/new.txt'), after);
    const diff = fileDiff(dir, ['legal/old.txt', 'legal/new.txt']);
    expect(diff.language).toBe('sv');
    expect(diff.significance.level).toBe('minor');
  });
});
