import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepository } from '../src/history/git.js';
import { COMMENT_MARKER } from '../src/render/comment.js';
import { runCli, runCliAsync, tempDir, type RunResult } from './support/cli.js';
import { FakeGitHub } from './support/github.js';
import { makeRepo, policy, type TestRepo } from './support/repo.js';
import { FIRST_COMMIT } from './support/translations.js';

/**
 * A policy file deleted in the range is no longer tracked, yet its removal is the change to report: discovery
 * (no files named after `--`) must still find it in `since`, `log`, `diff <rev> <rev>`, `comment` and `check`.
 */

const DATA = 'Vi samlar in namn, e-postadress och telefonnummer när du skapar ett konto.';

/** v1: privacy.md and a README; then the data chapter edited; then `git rm privacy.md` (tag v2). */
function removedPolicy(): TestRepo {
  return makeRepo([
    { message: 'Add privacy policy', date: '2021-01-05T10:00:00+01:00', files: { 'privacy.md': policy(), 'README.md': '# App\n' }, tag: 'v1' },
    { message: 'Collect phone numbers', date: '2021-02-05T10:00:00+01:00', files: { 'privacy.md': policy({ data: DATA }) } },
    { message: 'Drop the privacy policy', date: '2021-03-05T10:00:00+01:00', files: { 'privacy.md': null }, tag: 'v2' },
  ]);
}

interface JsonChange {
  entry: string | null;
  file: string;
  date: string;
  sections: { status: string; level: number }[];
  significance: { level: string; reasons: { rule: string }[] };
}

function ok(result: RunResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const chapterStatuses = (change: { sections: { status: string; level: number }[] }) => change.sections.filter((section) => section.level > 0).map((section) => section.status);

describe('a policy file deleted in the range, found without naming it', () => {
  it('is in `since` and `log` with its own entry line, every chapter removed, significant', () => {
    const repo = removedPolicy();
    expect(ok(runCli(['since', 'v1'], { cwd: repo.dir })).split('\n')[0]).toBe('5.3.2021 Policyn togs bort.');
    const since = JSON.parse(ok(runCli(['since', 'v1', '--format', 'json'], { cwd: repo.dir }))) as { changes: JsonChange[] };
    expect(since.changes.map((change) => `${change.date} ${change.file}`)).toEqual(['2021-03-05 privacy.md', '2021-02-05 privacy.md']);
    const [removal] = since.changes;
    expect(removal!.entry).toBe('5.3.2021 Policyn togs bort.');
    expect(chapterStatuses(removal!)).toEqual(['removed', 'removed', 'removed']);
    expect(removal!.significance.level).toBe('significant');
    expect(removal!.significance.reasons.map((reason) => reason.rule)).toContain('policy-removed');

    const log = ok(runCli(['log'], { cwd: repo.dir }));
    expect(log.split('\n').filter((line) => /^\d+\.\d+\.\d{4} /.test(line))).toEqual([
      '5.3.2021 Policyn togs bort.',
      expect.stringMatching(/^5\.2\.2021 Uppdaterade kapitel: Vilka uppgifter vi samlar in/),
      '5.1.2021 Första versionen.',
    ]);
  });

  it('is in `diff v1 v2`, and `diff v1` against the working tree', () => {
    const repo = removedPolicy();
    const between = ok(runCli(['diff', 'v1', 'v2'], { cwd: repo.dir }));
    expect(between.split('\n')[0]).toBe('5.3.2021 Policyn togs bort.');
    expect(between).toContain('privacy.md: v1 → v2');
    expect(between).toContain('SIGNIFICANT CHANGE');
    expect(between).toContain('! Hela policyn togs bort: läsarna får inte längre veta det den beskrev.');
    const json = JSON.parse(ok(runCli(['diff', 'v1', 'v2', '--format', 'json'], { cwd: repo.dir }))) as { files: (JsonChange & { file: string })[] };
    expect(json.files.map((file) => file.file)).toEqual(['privacy.md']);
    expect(chapterStatuses(json.files[0]!)).toEqual(['removed', 'removed', 'removed']);
    expect(ok(runCli(['diff', 'v1'], { cwd: repo.dir }))).toContain('privacy.md: v1 → working tree');
  });

  it('is in `diff HEAD` when `git rm` took it out of the index and nothing is committed yet', async () => {
    const repo = makeRepo([{ message: 'Add privacy policy', date: '2021-01-05T10:00:00+01:00', files: { 'privacy.md': policy(), 'terms.md': '# Villkor\n\nDu får använda tjänsten.\n' } }]);
    repo.git(['rm', '--quiet', 'privacy.md']);
    const text = ok(runCli(['diff', 'HEAD'], { cwd: repo.dir }));
    expect(text.split('\n')[0]).toMatch(/^\d+\.\d+\.\d{4} Policyn togs bort\.$/);
    expect(text).toContain('privacy.md: HEAD → working tree');
    expect(text).toContain('SIGNIFICANT CHANGE');
    // A staged move is not a deletion: the file is diffed against its old name.
    repo.git(['mv', 'terms.md', 'villkor.md']);
    const git = await GitRepository.open(repo.dir);
    const staged = await git.stagedChanges('HEAD');
    expect(staged.deleted).toEqual(['privacy.md']);
    expect([...staged.renamed]).toEqual([['villkor.md', 'terms.md']]);
    writeFileSync(join(repo.dir, 'villkor.md'), '# Villkor\n\nDu får använda tjänsten. Vi får stänga av den som bryter mot villkoren.\n');
    const moved = JSON.parse(ok(runCli(['diff', 'HEAD', '--lang', 'sv', '--format', 'json', '--', 'villkor.md'], { cwd: repo.dir }))) as { files: { file: string; previousFile?: string; sections: { status: string }[] }[] };
    expect(moved.files.map((file) => [file.file, file.previousFile])).toEqual([['villkor.md', 'terms.md']]);
    expect(moved.files[0]!.sections.map((section) => section.status)).not.toContain('added');
  });

  it('a file deleted before the range is not brought back', () => {
    const repo = removedPolicy();
    repo.commit({ message: 'Terms', date: '2021-04-05T10:00:00+02:00', files: { 'terms.md': '# Villkor\n\nDu får använda tjänsten.\n' }, tag: 'v3' });
    const json = JSON.parse(ok(runCli(['diff', 'v2', 'v3', '--lang', 'sv', '--format', 'json'], { cwd: repo.dir }))) as { files: { file: string }[] };
    expect(json.files.map((file) => file.file)).toEqual(['terms.md']);
  });

  it('deletedFiles lists, with one git log, what the range deleted and not what it moved', async () => {
    const repo = removedPolicy();
    repo.commit({ message: 'Move the README', date: '2021-04-05T10:00:00+02:00', move: ['README.md', 'LÄSMIG.md'] });
    const git = await GitRepository.open(repo.dir);
    expect(await git.deletedFiles('HEAD')).toEqual(['privacy.md']);
    expect(await git.deletedFiles('HEAD', 'v2')).toEqual([]);
    expect(await git.deletedFiles('v2', 'v1')).toEqual(['privacy.md']);
  });
});

describe('changelog after a policy was deleted', () => {
  it('--write lists the removal; --in-policy skips the deleted file, which has no change list left, and exits 0', () => {
    const repo = removedPolicy();
    repo.commit({ message: 'Terms', date: '2021-04-05T10:00:00+02:00', files: { 'terms.md': '# Villkor\n\nDu får använda tjänsten om du följer dessa villkor och våra regler för innehåll.\n\n## Ändringar\n\n- 5.4.2021 Första versionen.\n' } });
    const write = runCli(['changelog', 'v1', '--lang', 'sv', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    expect(write.status).toBe(0);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toContain('5.3.2021 privacy.md: Policyn togs bort.');
    const inPolicy = runCli(['changelog', 'v1', '--lang', 'sv', '--in-policy', '--dry-run'], { cwd: repo.dir });
    expect(inPolicy.status).toBe(0);
    expect(inPolicy.stderr).toContain('policydiff: privacy.md was deleted: it has no change list to add to.');
    expect(existsSync(join(repo.dir, 'privacy.md'))).toBe(false);
  });
});

describe('comment on a pull request that deletes the policy', () => {
  it('prints a comment whose headline says the policy was removed', () => {
    const repo = removedPolicy();
    const result = runCli(['comment', '--base', 'v1', '--head', 'v2', '--no-checks'], { cwd: repo.dir });
    const body = ok(result);
    expect(body.startsWith(`${COMMENT_MARKER}\n## Policy change: significant — policy removed`)).toBe(true);
    expect(body).toContain('### privacy.md');
    expect(body).toContain('5.3.2021 Policyn togs bort.');
    expect(body).toContain('| removed | Vilka uppgifter vi samlar in |');
  });

  it('posts it (--post, --files as the action gives it) to a GitHub-like server', async () => {
    const repo = removedPolicy();
    const token = 'ghs_deletedPolicyToken1234567890';
    const server = new FakeGitHub('owner/site', token);
    await server.start();
    try {
      const dir = tempDir();
      const eventPath = join(dir, 'event.json');
      const base = repo.git(['rev-parse', 'v1']).trim();
      writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 3, pull_request: { number: 3, base: { sha: base }, head: { sha: 'x', repo: { fork: false } } } }));
      const env = { GITHUB_API_URL: server.url, GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'owner/site', GITHUB_EVENT_PATH: eventPath, GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
      const result = await runCliAsync(['comment', '--post', '--files', '*.md'], { cwd: repo.dir, env });
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/created the pull request comment/);
      expect(server.writes()).toEqual(['POST /repos/owner/site/issues/3/comments']);
      const [comment] = server.comments;
      expect(comment!.body).toContain('## Policy change: significant — policy removed');
      expect(comment!.body).toContain('5.3.2021 Policyn togs bort.');
    } finally {
      await server.close();
    }
  });
});

describe('check on a translation set where one translation was deleted', () => {
  it('does not crash, and reports the removed translation as drift', () => {
    const repo = makeRepo([FIRST_COMMIT]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Drop the Finnish', date: '2024-03-10T10:00:00+02:00', files: { 'privacy.fi.md': null } });
    const result = runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(result.stderr).toMatch(/the check found 1 error/);
    const report = JSON.parse(result.stdout) as { translationSets: string[][]; findings: { check: string; severity: string; file: string; message: string }[] };
    expect(report.translationSets).toEqual([['privacy.en.md', 'privacy.fi.md', 'privacy.sv.md']]);
    expect(report.findings.map((finding) => `${finding.severity} ${finding.check} ${finding.file}`)).toEqual(['error translation-drift privacy.fi.md']);
    expect(report.findings[0]!.message).toMatch(/removed/);
  });
});
