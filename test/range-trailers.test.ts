import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/errors.js';
import { runCli, tempDir } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { makeRepo, policy, type TestRepo } from './support/repo.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `diff <rev> <rev>` and `comment` read the trailers of the commits between the two revisions that touched each
 * file, as `since` reads a change's: Policy-Note, Policy-Significance and Policy-Date (issues #5 and #6).
 */

const FILE = 'privacy.md';
/** The classifier calls this significant: new recipients, a transfer to the USA. */
const SIGNIFICANT = 'Vi samlar in namn och e-postadress. Vi delar dina uppgifter med Google Analytics och Facebook, som lagrar dem i USA.';

/** v1 with the policy, then one commit (with `message`) that shares the data with Google, tagged v2. */
function rangeRepo(message: string, dates: { date?: string; committerDate?: string } = {}): TestRepo {
  const repo = makeRepo([{ message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { [FILE]: policy(), 'README.md': '# Site\n' }, tag: 'v1' }]);
  repo.commit({ message, date: dates.date ?? '2024-02-20T10:00:00+01:00', ...(dates.committerDate === undefined ? {} : { committerDate: dates.committerDate }), files: { [FILE]: policy({ data: SIGNIFICANT }) }, tag: 'v2' });
  return repo;
}

const json = (stdout: string) => JSON.parse(stdout) as { files: { file: string; entry: string | null; levelSetByCommit?: string; significance: { level: string } }[] };

describe('diff <rev> <rev>: the trailers of the range', () => {
  it('a Policy-Note replaces the generated sentence, in text and JSON', () => {
    const plain = rangeRepo('Share with Google');
    const generated = runCli(['diff', 'v1', 'v2', '--', FILE], { cwd: plain.dir });
    expect(generated.status).toBe(0);
    expect(generated.stdout.split('\n')[0]).toMatch(/^20\.2\.2024 Uppdaterade kapitel: Vilka uppgifter vi samlar in\./);

    const repo = rangeRepo('Share with Google\n\nPolicy-Note: Vi delar nu uppgifter med Google och Facebook.');
    const text = runCli(['diff', 'v1', 'v2', '--', FILE], { cwd: repo.dir });
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('20.2.2024 Vi delar nu uppgifter med Google och Facebook.');
    expect(text.stdout).not.toContain('Uppdaterade kapitel');
    const out = runCli(['diff', 'v1', 'v2', '--format', 'json', '--', FILE], { cwd: repo.dir });
    expect(json(out.stdout).files[0]!.entry).toBe('20.2.2024 Vi delar nu uppgifter med Google och Facebook.');
    expect(json(out.stdout).files[0]!.levelSetByCommit).toBeUndefined();
  });

  it('Policy-Significance sets the level --fail-on uses, and the output says the commit set it', () => {
    const plain = rangeRepo('Share with Google');
    const classified = runCli(['diff', 'v1', 'v2', '--fail-on', 'significant', '--', FILE], { cwd: plain.dir });
    expect(classified.status).toBe(ExitCode.threshold);
    expect(classified.stdout).not.toContain('set by the commit');

    const repo = rangeRepo('Share with Google\n\nPolicy-Significance: minor');
    const text = runCli(['diff', 'v1', 'v2', '--fail-on', 'significant', '--', FILE], { cwd: repo.dir });
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Level set by the commit: minor (Policy-Significance trailer; the text alone reads as significant)');
    const minor = runCli(['diff', 'v1', 'v2', '--fail-on', 'minor', '--', FILE], { cwd: repo.dir });
    expect(minor.status).toBe(ExitCode.threshold);
    expect(minor.stderr).toBe('policydiff: the change is minor, which reaches --fail-on minor\n');
    const md = runCli(['diff', 'v1', 'v2', '--format', 'md', '--', FILE], { cwd: repo.dir });
    expect(md.stdout).toContain('**Level set by the commit:** minor (Policy-Significance trailer; the text alone reads as significant)');
    const html = runCli(['diff', 'v1', 'v2', '--format', 'html', '--', FILE], { cwd: repo.dir });
    expect(html.stdout).toContain('— Level set by the commit: minor (Policy-Significance trailer; the text alone reads as significant)');
    const file = json(runCli(['diff', 'v1', 'v2', '--format', 'json', '--', FILE], { cwd: repo.dir }).stdout).files[0]!;
    expect(file.levelSetByCommit).toBe('minor');
    // What the text shows stays in `significance`: the commit overrules it, it does not rewrite it.
    expect(file.significance.level).toBe('significant');
  });

  it("one commit's lower Policy-Significance does not hide another commit's significant edit that says no level", () => {
    const repo = makeRepo([{ message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { [FILE]: policy() }, tag: 'v1' }]);
    repo.commit({ message: 'Name the contact\n\nPolicy-Significance: minor', date: '2024-02-19T10:00:00+01:00', files: { [FILE]: policy({ contact: 'Skriv till privacy@example.invalid.' }) } });
    repo.commit({ message: 'Share with Google', date: '2024-02-20T10:00:00+01:00', files: { [FILE]: policy({ data: SIGNIFICANT, contact: 'Skriv till privacy@example.invalid.' }) }, tag: 'v2' });
    const result = runCli(['diff', 'v1', 'v2', '--fail-on', 'significant', '--', FILE], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.threshold);
    expect(result.stdout).not.toContain('Level set by the commit');
    expect(result.stderr).toMatch(/^policydiff: privacy\.md: "Policy-Significance: minor" was not applied: commit [0-9a-f]{7} of the same change says no level, so it stays significant/);
  });

  it('Policy-Significance: none leaves the change without an entry line and below any --fail-on', () => {
    const repo = rangeRepo('Share with Google\n\nPolicy-Significance: none');
    const result = runCli(['diff', 'v1', 'v2', '--fail-on', 'editorial', '--format', 'json', '--', FILE], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(json(result.stdout).files[0]).toMatchObject({ entry: null, levelSetByCommit: 'none' });
  });

  it('dates the entry by the newest Policy-Date of the commits that touched the file, else by the newer commit', () => {
    const repo = rangeRepo('Share with Google\n\nPolicy-Date: 2024-03-01');
    repo.commit({ message: 'Name the contact\n\nPolicy-Date: 2024-04-01', date: '2024-02-21T10:00:00+01:00', files: { [FILE]: policy({ data: SIGNIFICANT, contact: 'Skriv till privacy@example.invalid.' }) } });
    // Touches only the README: its Policy-Date says nothing about the policy.
    repo.commit({ message: 'Readme\n\nPolicy-Date: 2030-01-01', date: '2024-02-22T10:00:00+01:00', files: { 'README.md': '# Site!\n' }, tag: 'v3' });
    expect(runCli(['diff', 'v1', 'v2', '--', FILE], { cwd: repo.dir }).stdout).toMatch(/^1\.3\.2024 /);
    expect(runCli(['diff', 'v1', 'v3', '--', FILE], { cwd: repo.dir }).stdout).toMatch(/^1\.4\.2024 /);
    expect(runCli(['diff', 'v2', 'v3', '--', FILE], { cwd: repo.dir }).stdout).toMatch(/^1\.4\.2024 /);

    const undated = rangeRepo('Share with Google', { date: '2024-02-20T10:00:00+01:00', committerDate: '2024-02-25T10:00:00+01:00' });
    expect(runCli(['diff', 'v1', 'v2', '--', FILE], { cwd: undated.dir }).stdout).toMatch(/^20\.2\.2024 /);
    expect(runCli(['diff', 'v1', 'v2', '--date', 'committer', '--', FILE], { cwd: undated.dir }).stdout).toMatch(/^25\.2\.2024 /);
    expect(runCli(['diff', 'v1', 'v2', '--date', 'author', '--', FILE], { cwd: undated.dir }).stdout).toMatch(/^20\.2\.2024 /);
  });

  it('the working tree has no commits: HEAD\'s trailers are not applied to uncommitted edits', () => {
    const repo = rangeRepo('Share with Google\n\nPolicy-Note: Vi delar nu uppgifter med Google.\nPolicy-Significance: editorial');
    writeFileSync(join(repo.dir, FILE), policy({ data: SIGNIFICANT, rights: 'Du har rätt att begära radering av dina uppgifter.' }));
    const result = runCli(['diff', 'HEAD', '--fail-on', 'significant', '--', FILE], { cwd: repo.dir });
    expect(result.stdout).not.toContain('Vi delar nu');
    expect(result.stdout).not.toContain('set by the commit');
    expect(result.stdout.split('\n')[0]).toMatch(/Uppdaterade kapitel: Dina rättigheter\./);
  });

  it('--date is refused with a value other than author or committer', () => {
    const repo = rangeRepo('Share with Google');
    const result = runCli(['diff', 'v1', 'v2', '--date', 'tomorrow', '--', FILE], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toContain("option '--date <kind>' argument 'tomorrow' is invalid");
  });
});

describe('comment: the trailers of the pull request commits', () => {
  const comment = (repo: TestRepo, args: string[]) =>
    runCli(['comment', '--base', 'v1', '--head', 'v2', '--no-checks', ...args, '--', FILE], { cwd: repo.dir, env: { GITHUB_EVENT_PATH: '', GITHUB_OUTPUT: '' } });

  it('Policy-Significance sets the level line, the JSON level and the --fail-on gate, shown as set by the commit', () => {
    const plain = rangeRepo('Share with Google');
    expect(comment(plain, []).stdout).toContain('\n## Policy change: significant — people need a notice\n');
    expect(comment(plain, ['--fail-on', 'significant']).status).toBe(ExitCode.threshold);

    const repo = rangeRepo('Share with Google\n\nPolicy-Significance: minor\nPolicy-Note: Vi delar nu uppgifter med Google och Facebook.');
    const md = comment(repo, []);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('\n## Policy change: minor (set by a commit’s Policy-Significance trailer)\n');
    expect(md.stdout).toContain('**Level set by the commit:** minor (Policy-Significance trailer; the text alone reads as significant)');
    expect(md.stdout).toContain('```text\n20.2.2024 Vi delar nu uppgifter med Google och Facebook.\n```');
    const out = comment(repo, ['--format', 'json']);
    const parsed = JSON.parse(out.stdout) as { level: string; entries: string[]; files: { levelSetByCommit?: string }[] };
    expect(parsed.level).toBe('minor');
    expect(parsed.entries).toEqual(['20.2.2024 Vi delar nu uppgifter med Google och Facebook.']);
    expect(parsed.files[0]!.levelSetByCommit).toBe('minor');
    expect(comment(repo, ['--fail-on', 'significant']).status).toBe(0);
    const minor = comment(repo, ['--fail-on', 'minor']);
    expect(minor.status).toBe(ExitCode.threshold);
    expect(minor.stderr).toBe('policydiff: the change is minor, which reaches --fail-on minor\n');
  });

  it('writes the overridden level to GITHUB_OUTPUT', () => {
    const repo = rangeRepo('Share with Google\n\nPolicy-Significance: editorial');
    const dir = tempDir();
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const result = runCli(['comment', '--base', 'v1', '--head', 'v2', '--no-checks', '--', FILE], { cwd: repo.dir, env: { GITHUB_EVENT_PATH: '', GITHUB_OUTPUT: output } });
    expect(result.status).toBe(0);
    expect(readLevel(output)).toBe('editorial');
  });
});

function readLevel(path: string): string | undefined {
  return /^level<<(.+)\n(.*)\n\1$/m.exec(readFileSync(path, 'utf8'))?.[2];
}

describe('docs/changelog.md', () => {
  it('shows what diff <rev> <rev> really prints for the fixture commit with trailers', () => {
    const readme = readFileSync(new URL('../docs/changelog.md', import.meta.url), 'utf8');
    const block = /\n {2}\$ (policydiff diff v0 v1 --fail-on significant -- integritet\.txt)\n([\s\S]*?)\n {2}…\n/.exec(readme);
    expect(block).not.toBeNull();
    const repo = makeRepo([{ message: 'Första versionen av sekretesspolicyn', date: '2021-03-01T10:00:00+02:00', files: { 'integritet.txt': fixture('history-001/v0.txt') }, tag: 'v0' }]);
    const message = 'Uppdatering av information som tjänsten samlar in\n\nPolicy-Significance: minor\nPolicy-Date: 2021-09-15\nPolicy-Note: Uppdaterade kapitel: Information som vi samlar in (appens språk och användarens avdelningar).';
    repo.commit({ message, date: '2021-09-03T10:00:00+03:00', files: { 'integritet.txt': fixture('history-001/v1.txt') }, tag: 'v1' });
    const result = runCli(block![1]!.split(' ').slice(1), { cwd: repo.dir });
    expect(result.status).toBe(0);
    const shown = block![2]!.replace(/^ {2}/gm, '');
    expect(result.stdout.startsWith(`${shown}\n`)).toBe(true);
  });
});

