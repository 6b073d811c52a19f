import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { runCli, tempDir } from './support/cli.js';
import { seed } from './support/fixtures.js';
import { makeRepo } from './support/repo.js';

/** Significance through the built binary: the notice on top of the output, the JSON field, --fail-on for CI. */

const idun = seed('001');
const significant = idun.replace('Ip-adressen lagras endast tillfälligt.', 'Ip-adressen lagras i tolv månader.');
const typo = idun.replace('Alla lösenord krypteras för bättre säkerhet.', 'Alla lösenord krypteras för bätre säkerhet.');

function files(newText: string): [string, string] {
  const dir = tempDir();
  writeFileSync(join(dir, 'old.txt'), idun);
  writeFileSync(join(dir, 'new.txt'), newText);
  return [join(dir, 'old.txt'), join(dir, 'new.txt')];
}

describe('policydiff diff: significance', () => {
  it('opens text output with the notice and its reasons when the change is significant', () => {
    const result = runCli(['diff', ...files(significant)]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toMatch(/^SIGNIFICANT CHANGE: .*prominent notice/);
    const notice = lines.slice(2, lines.findIndex((line) => /sections? changed/.test(line)));
    expect(notice).toContain('  ! Lagringstiden blir längre: tillfälligt → tolv månader.  (Information som vi samlar in › Av tekniska orsaker)');
  });

  it('opens Markdown with a GitHub warning block, and says the level in one line otherwise', () => {
    const md = runCli(['diff', ...files(significant), '--format', 'md']).stdout;
    expect(md).toContain('> [!WARNING]\n> **Significant change:**');
    const quiet = runCli(['diff', ...files(typo), '--format', 'md']).stdout;
    expect(quiet).not.toContain('[!WARNING]');
    expect(quiet).toContain('**Significance:** editorial');
  });

  it('carries the classification in the JSON, with messages in the policy language and in English', () => {
    const json = JSON.parse(runCli(['diff', ...files(significant), '--format', 'json']).stdout);
    expect(json.significance.level).toBe('significant');
    expect(json.significance.reasons[0]).toMatchObject({
      category: expect.any(String),
      level: 'significant',
      path: ['Information som vi samlar in', 'Av tekniska orsaker'],
      old: 'Ip-adressen lagras endast tillfälligt.',
      new: 'Ip-adressen lagras i tolv månader.',
      triggers: expect.any(Array),
      message: expect.any(String),
      messageEn: expect.any(String),
    });
  });

  it.each([
    ['significant', 'significant', ExitCode.threshold],
    ['significant', 'minor', ExitCode.threshold],
    ['editorial', 'minor', ExitCode.ok],
    ['editorial', 'editorial', ExitCode.threshold],
  ] as const)('a %s change with --fail-on %s exits %i, after printing the diff', (level, failOn, code) => {
    const result = runCli(['diff', ...files(level === 'significant' ? significant : typo), '--fail-on', failOn]);
    expect(result.status).toBe(code);
    expect(result.stdout).toContain('[modified]');
    expect(result.stderr).toBe(code === 0 ? '' : `policydiff: the change is ${level}, which reaches --fail-on ${failOn}\n`);
  });

  it('rejects an unknown --fail-on level as a usage error', () => {
    const result = runCli(['diff', ...files(typo), '--fail-on', 'major']);
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toMatch(/--fail-on.*significant, minor, editorial/);
  });
});

describe('significance terms from the config', () => {
  const policy = (processor: string) => `Integritetspolicy\n\nMottagare\n\nVi använder Firebase för lagring.${processor}\n`;

  it('adds a user\'s terms: a processor only the config names makes the change significant', () => {
    const repo = makeRepo([
      { message: 'first', date: '2024-01-01T10:00:00Z', files: { 'privacy.txt': policy('') } },
      { message: 'second', date: '2024-02-01T10:00:00Z', files: { 'privacy.txt': policy(' Vi använder Acme Insights för statistik.') } },
    ]);
    const level = () => JSON.parse(runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', 'privacy.txt'], { cwd: repo.dir }).stdout).files[0].significance.level;
    expect(level()).toBe('minor');
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ significance: { sv: { categories: { recipients: { terms: ['Acme Insights'] } } } } }));
    expect(level()).toBe('significant');
  });

  it('names a wrong key in the config (exit code 8)', () => {
    const repo = makeRepo([{ message: 'first', date: '2024-01-01T10:00:00Z', files: { 'privacy.txt': policy('') } }]);
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ significance: { sv: { categories: { recipient: { terms: ['x'] } } } } }));
    const result = runCli(['diff', 'HEAD', '--', 'privacy.txt'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.config);
    expect(result.stderr).toMatch(/^policydiff: "significance\.sv\.categories\.recipient" in policydiff\.config\.json is not a category; use one of .*recipients/);
  });
});
