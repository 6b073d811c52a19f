import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './support/cli.js';
import { makeRepo, policy, type TestRepo } from './support/repo.js';

/**
 * Policy files whose names git quotes in its plain output (`"integritetspolicy-\303\245.md"` while core.quotePath
 * is on, the default), with spaces, with a line break, or in Latin-1 bytes, through discovery, log, since and
 * diff <rev> -- <path> on real repositories.
 */

const CONTACT = 'Skriv till dpo@example.invalid, vi svarar inom en månad.';

function repoWith(names: string[], quotePath: boolean): TestRepo {
  const repo = makeRepo();
  repo.git(['config', 'core.quotePath', String(quotePath)]);
  repo.commit({ message: 'Policies', date: '2021-03-01T10:00:00+01:00', files: Object.fromEntries(names.map((name) => [name, policy()])), tag: 'v1' });
  repo.commit({ message: 'Contact', date: '2021-11-18T10:00:00+01:00', files: Object.fromEntries(names.map((name) => [name, policy({ contact: CONTACT })])) });
  return repo;
}

function json(result: RunResult): { changes?: { file: string; entry: string }[]; files?: { file: string; entry: string }[] } {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

function expectOneLineError(result: RunResult, exitCode: number, message: string): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`${message}\n`);
  expect(result.status).toBe(exitCode);
}

describe('odd file names', () => {
  it.each([true, false])('finds, logs and diffs "integritetspolicy-å.md" and "privacy policy.md" (core.quotePath %s)', (quotePath) => {
    const names = ['integritetspolicy-å.md', 'privacy policy.md'];
    const repo = repoWith(names, quotePath);
    const since = json(runCli(['since', 'v1', '--format', 'json'], { cwd: repo.dir }));
    expect(since.changes!.map((change) => [change.file, change.entry])).toEqual(names.map((name) => [name, '18.11.2021 Uppdaterade kapitel: Kontakt.']));
    const log = json(runCli(['log', '--format', 'json', '--', 'integritetspolicy-å.md'], { cwd: repo.dir }));
    expect(log.changes!.map((change) => change.entry)).toEqual(['18.11.2021 Uppdaterade kapitel: Kontakt.', '1.3.2021 Första versionen.']);
    for (const name of names) {
      const diff = json(runCli(['diff', 'v1', 'HEAD', '--format', 'json', '--', name], { cwd: repo.dir }));
      expect(diff.files!.map((file) => file.file)).toEqual([name]);
    }
    const text = runCli(['since', 'v1', '--', 'privacy policy.md'], { cwd: repo.dir });
    expect(text.stdout).toContain('\n2021-11-18  privacy policy.md\n');
  });

  it('a policy renamed to a name with "å" keeps its history', () => {
    const repo = repoWith(['integritet.md'], true);
    repo.commit({ message: 'Rename', date: '2021-12-01T10:00:00+01:00', move: ['integritet.md', 'integritetspolicy-å.md'] });
    const log = json(runCli(['log', '--format', 'json', '--per-commit', '--', 'integritetspolicy-å.md'], { cwd: repo.dir }));
    expect(log.changes!.map((change) => change.file)).toEqual(['integritetspolicy-å.md', 'integritet.md', 'integritet.md']);
  });

  it('a tracked policy whose name holds a line break is refused in one line that names it escaped', () => {
    const repo = repoWith(['privacy\npolicy.md', 'privacy.md'], true);
    const message = 'policydiff: the file name "privacy\\npolicy.md" holds a line break or control character, which policydiff cannot show in its output: rename it (git mv), or name the policy files after --';
    expectOneLineError(runCli(['since', 'v1'], { cwd: repo.dir }), 3, message);
    expectOneLineError(runCli(['diff', 'v1', 'HEAD'], { cwd: repo.dir }), 3, message);
    expect(json(runCli(['since', 'v1', '--format', 'json', '--', 'privacy.md'], { cwd: repo.dir })).changes).toHaveLength(1);
  });

  it('a tracked policy whose name is not UTF-8 (Latin-1 bytes) is refused in one line, not read as unchanged', () => {
    const repo = makeRepo();
    const latin1 = Buffer.concat([Buffer.from(join(repo.dir, 'integritet-')), Buffer.from([0xe5]), Buffer.from('.md')]);
    writeFileSync(latin1, policy());
    repo.git(['add', '-A']);
    repo.commit({ message: 'Policy', date: '2021-03-01T10:00:00+01:00', tag: 'v1' });
    writeFileSync(latin1, policy({ contact: CONTACT }));
    repo.git(['add', '-A']);
    repo.commit({ message: 'Contact', date: '2021-11-18T10:00:00+01:00' });
    const message = 'policydiff: the file name "integritet-\ufffd.md" is not UTF-8 (git keeps the bytes of another encoding), so policydiff cannot name it to git: rename it to a UTF-8 name (git mv), or name the policy files after --';
    expectOneLineError(runCli(['since', 'v1'], { cwd: repo.dir }), 3, message);
    expectOneLineError(runCli(['log'], { cwd: repo.dir }), 3, message);
    expectOneLineError(runCli(['diff', 'v1', 'HEAD'], { cwd: repo.dir }), 3, message);
  });
});
