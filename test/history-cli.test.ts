import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/errors.js';
import { runCli, type RunResult } from './support/cli.js';
import { makeRepo, policy, scratchDir, TestRepo } from './support/repo.js';

interface JsonChange {
  file: string;
  previousFile?: string;
  date: string;
  commits: { hash: string; author: string; date: string; subject: string }[];
  formattingOnly: boolean;
  language: string;
  sections: { status: string; heading: string; level: number }[];
  stats: Record<string, number>;
}

function json(result: RunResult): { schemaVersion: number; changes: JsonChange[] } {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

/** Chapters whose status is not `unchanged`, as `status heading`. */
const changed = (change: JsonChange) => change.sections.filter((s) => s.level > 0 && s.status !== 'unchanged').map((s) => `${s.status} ${s.heading}`);

const DATA = 'Vi samlar in namn, e-postadress och telefonnummer när du skapar ett konto.';
const RIGHTS = 'Du har rätt att begära radering av dina uppgifter.';

/** v1 (tag) → data edited → rights edited (tag v2) → contact edited, one month apart. */
function threeEdits(): TestRepo {
  return makeRepo([
    { message: 'Add privacy policy', date: '2021-01-05T10:00:00+01:00', files: { 'privacy.md': policy(), 'README.md': '# App\n' }, tag: 'v1' },
    { message: 'Collect phone numbers', date: '2021-02-05T10:00:00+01:00', files: { 'privacy.md': policy({ data: DATA }) } },
    { message: 'Right to erasure', date: '2021-03-05T10:00:00+01:00', files: { 'privacy.md': policy({ data: DATA, rights: RIGHTS }) }, tag: 'v2' },
    { message: 'New contact address', date: '2021-04-05T10:00:00+02:00', files: { 'privacy.md': policy({ data: DATA, rights: RIGHTS, contact: 'Skriv till dpo@example.invalid.' }) } },
  ]);
}

function expectOneLineError(result: RunResult, exitCode: number, message: RegExp): void {
  expect(result.status).toBe(exitCode);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^policydiff: /);
  expect(result.stderr.trimEnd()).toMatch(message);
}

describe('policydiff since / log', () => {
  it('since a tag: one change per commit, newest first, naming exactly the chapters each changed', () => {
    const repo = threeEdits();
    const { schemaVersion, changes } = json(runCli(['since', 'v1', '--format', 'json'], { cwd: repo.dir }));
    expect(schemaVersion).toBe(1);
    expect(changes.map((c) => [c.date, c.file, c.commits.map((k) => k.subject), changed(c)])).toEqual([
      ['2021-04-05', 'privacy.md', ['New contact address'], ['modified Kontakt']],
      ['2021-03-05', 'privacy.md', ['Right to erasure'], ['modified Dina rättigheter']],
      ['2021-02-05', 'privacy.md', ['Collect phone numbers'], ['modified Vilka uppgifter vi samlar in']],
    ]);
    expect(changes[0]!.commits[0]).toEqual({ hash: repo.git(['rev-parse', 'HEAD']).trim(), author: 'Test Owner', date: '2021-04-05', subject: 'New contact address' });
    expect(changes[0]).toMatchObject({ language: 'sv', formattingOnly: false, stats: { modified: 1, unchanged: 2 } });
  });

  it('since a date, a closed range with --to, and the whole log with the file added first', () => {
    const repo = threeEdits();
    const byDate = json(runCli(['since', '2021-03-01', '--format', 'json'], { cwd: repo.dir }));
    expect(byDate.changes.map((c) => c.date)).toEqual(['2021-04-05', '2021-03-05']);
    const closed = json(runCli(['since', 'v1', '--to', 'v2', '--format', 'json'], { cwd: repo.dir }));
    expect(closed.changes.map((c) => c.date)).toEqual(['2021-03-05', '2021-02-05']);
    const log = json(runCli(['log', '--format', 'json'], { cwd: repo.dir }));
    expect(log.changes).toHaveLength(4);
    expect(log.changes.at(-1)!.stats).toMatchObject({ added: 3, unchanged: 0 });
    const early = json(runCli(['since', '2020-01-01', '--format', 'json'], { cwd: repo.dir }));
    expect(early.changes).toHaveLength(4);
  });

  it('prints "No changes" for an empty range (exit 0), and an empty list in JSON', () => {
    const repo = threeEdits();
    const text = runCli(['since', 'HEAD'], { cwd: repo.dir });
    expect(text).toEqual({ status: 0, stdout: 'No changes to privacy.md since HEAD.\n', stderr: '' });
    expect(json(runCli(['since', '2030-01-01', '--format', 'json'], { cwd: repo.dir })).changes).toEqual([]);
  });

  it('follows renames, counts a merge once, marks formatting-only commits, ends a deleted file with sections removed', () => {
    const repo = makeRepo([
      { message: 'add', date: '2021-01-01T10:00:00Z', files: { 'privacy.md': policy() } },
      { message: 'move into docs', date: '2021-02-01T10:00:00Z', move: ['privacy.md', 'policy.md'] },
      { message: 'reflow', date: '2021-03-01T10:00:00Z', files: { 'policy.md': policy().replace('Vi värnar om', 'Vi  värnar\u00a0om') } },
    ]);
    repo.git(['checkout', '--quiet', '-b', 'legal-review']);
    repo.commit({ message: 'phone numbers', date: '2021-04-01T10:00:00Z', files: { 'policy.md': policy({ data: DATA }) } });
    repo.commit({ message: 'erasure', date: '2021-04-02T10:00:00Z', files: { 'policy.md': policy({ data: DATA, rights: RIGHTS }) } });
    repo.git(['checkout', '--quiet', 'main']);
    repo.commit({ message: 'readme', date: '2021-04-03T10:00:00Z', files: { 'README.md': 'x' } });
    repo.git(['merge', '--quiet', '--no-ff', '-m', 'Merge legal review', 'legal-review'], { GIT_AUTHOR_DATE: '2021-04-04T10:00:00Z', GIT_COMMITTER_DATE: '2021-04-04T10:00:00Z' });
    const { changes } = json(runCli(['log', '--format', 'json', 'policy.md'], { cwd: repo.dir }));
    expect(changes.map((c) => [c.date, c.file, c.previousFile, c.commits.map((k) => k.subject), c.formattingOnly, changed(c)])).toEqual([
      ['2021-04-04', 'policy.md', undefined, ['Merge legal review'], false, ['modified Vilka uppgifter vi samlar in', 'modified Dina rättigheter']],
      ['2021-03-01', 'policy.md', undefined, ['reflow'], true, []],
      ['2021-02-01', 'policy.md', 'privacy.md', ['move into docs'], true, []],
      ['2021-01-01', 'privacy.md', undefined, ['add'], false, ['added Vilka uppgifter vi samlar in', 'added Dina rättigheter', 'added Kontakt']],
    ]);
    repo.commit({ message: 'retire', date: '2021-05-01T10:00:00Z', files: { 'policy.md': null } });
    const [retired] = json(runCli(['since', 'HEAD~1', '--format', 'json', '--', 'policy.md'], { cwd: repo.dir })).changes;
    expect(retired).toMatchObject({ file: 'policy.md', stats: { removed: 3, added: 0 } });
  });

  it('merges one day into one change unless --per-commit; --date committer and Policy-Date trailers date them', () => {
    const repo = makeRepo([
      { message: 'add', date: '2021-01-01T10:00:00Z', files: { 'privacy.md': policy() } },
      { message: 'morning', date: '2021-02-01T09:00:00Z', committerDate: '2021-02-03T09:00:00Z', files: { 'privacy.md': policy({ data: DATA }) } },
      { message: 'evening', date: '2021-02-01T18:00:00Z', committerDate: '2021-02-04T09:00:00Z', files: { 'privacy.md': policy({ data: DATA, rights: RIGHTS }) } },
      { message: 'contact\n\nPolicy-Date: 2021-11-18', date: '2021-03-01T10:00:00Z', files: { 'privacy.md': policy({ data: DATA, rights: RIGHTS, contact: 'Ring oss.' }) } },
    ]);
    const grouped = json(runCli(['since', '2021-01-02', '--format', 'json'], { cwd: repo.dir })).changes;
    expect(grouped.map((c) => [c.date, c.commits.map((k) => k.subject), changed(c).length])).toEqual([
      ['2021-11-18', ['contact'], 1],
      ['2021-02-01', ['morning', 'evening'], 2],
    ]);
    const perCommit = json(runCli(['since', '2021-01-02', '--per-commit', '--format', 'json'], { cwd: repo.dir })).changes;
    expect(perCommit.map((c) => c.commits[0]!.subject)).toEqual(['contact', 'evening', 'morning']);
    const committer = json(runCli(['log', '--date', 'committer', '--format', 'json'], { cwd: repo.dir })).changes;
    expect(committer.map((c) => c.date)).toEqual(['2021-11-18', '2021-02-04', '2021-02-03', '2021-01-01']);
  });

  it('finds the policy files itself, or takes them from the config, and reads Windows-1252 text', () => {
    const latin1 = Buffer.from('Integritetspolicy\n\nVi sparar åäö ÅÄÖ.\n', 'latin1');
    const repo = makeRepo([
      { message: 'add', date: '2021-01-01T10:00:00Z', files: { 'README.md': '# x\n', 'legal/villkor.txt': policy(), 'sekretess.txt': latin1 } },
      { message: 'edit', date: '2021-02-01T10:00:00Z', files: { 'README.md': '# y\n', 'legal/villkor.txt': policy({ data: DATA }), 'sekretess.txt': Buffer.concat([latin1, Buffer.from('Ny rad här.\n', 'latin1')]) } },
    ]);
    const discovered = runCli(['since', 'HEAD~1', '--format', 'json'], { cwd: join(repo.dir, 'legal') });
    // Two lines of text are too few to tell their language: no entry line for it, and stderr says how to get one.
    // And it is read as Windows-1252, which stderr says once for the file.
    expect(discovered.stderr).toMatch(/^policydiff: cannot tell the language of sekretess\.txt .*: use --lang en .*\npolicydiff: "sekretess\.txt" at [0-9a-f]{7} is not UTF-8: read as Windows-1252 .*\n$/);
    const found = (JSON.parse(discovered.stdout) as { changes: JsonChange[] }).changes;
    expect(found.map((c) => c.file).sort()).toEqual(['legal/villkor.txt', 'sekretess.txt']);
    const text = runCli(['log', 'sekretess.txt'], { cwd: repo.dir });
    expect(text.stdout).toContain('Vi sparar åäö ÅÄÖ.');
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ files: ['legal/*.txt'], languages: { 'legal/*': 'da' }, dateFormat: 'DD.MM.YYYY' }));
    const configured = json(runCli(['since', 'HEAD~1', '--format', 'json'], { cwd: repo.dir })).changes;
    expect(configured.map((c) => [c.file, c.language, c.date])).toEqual([['legal/villkor.txt', 'da', '2021-02-01']]);
    // The edit starts collecting phone numbers: significant, so the entry line is followed by its notice, a paragraph
    // of its own in English: Danish has entry templates but no significance messages (the Swedish terms are found by
    // reading it with all lexicons), and no line mixes the two languages.
    expect(runCli(['since', 'HEAD~1'], { cwd: repo.dir }).stdout).toMatch(
      /^01\.02\.2021 Opdateret afsnit: Indledning\.\n\nCollects new kinds of personal data: “telefonnummer”\.\n\n01\.02\.2021 {2}legal\/villkor\.txt\n/,
    );
  });

  it('renders Markdown with the commit subjects escaped', () => {
    const repo = threeEdits();
    repo.commit({ message: '<b>@team</b> please review', date: '2021-05-05T10:00:00Z', files: { 'privacy.md': policy({ intro: 'Ny inledning.' }) } });
    const md = runCli(['since', 'v2', '--format', 'md', '-C', repo.dir]);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('## 2021-05-05 — privacy.md');
    expect(md.stdout).toContain('&lt;b&gt;@\u200bteam&lt;/b&gt; please review (Test Owner)');
  });
});

describe('policydiff diff with revisions', () => {
  it('compares two revisions of a file, across a rename, and the working tree against HEAD', () => {
    const repo = threeEdits();
    repo.commit({ message: 'move', date: '2021-06-01T10:00:00Z', move: ['privacy.md', 'integritet.md'] });
    const result = json(runCli(['diff', '--format', 'json', 'v1', 'v2', '--', 'privacy.md'], { cwd: repo.dir }) as RunResult) as unknown as {
      from: string;
      to: string;
      files: JsonChange[];
    };
    expect(result).toMatchObject({ schemaVersion: 1, from: 'v1', to: 'v2' });
    expect(result.files.map(changed)).toEqual([['modified Vilka uppgifter vi samlar in', 'modified Dina rättigheter']]);
    const renamed = JSON.parse(runCli(['diff', 'v1', 'HEAD', 'integritet.md', '-f', 'json'], { cwd: repo.dir }).stdout);
    expect(renamed.files[0]).toMatchObject({ file: 'integritet.md', previousFile: 'privacy.md' });

    expect(runCli(['diff', 'HEAD'], { cwd: repo.dir })).toEqual({ status: 0, stdout: 'No changes in integritet.md (HEAD → working tree).\n', stderr: '' });
    repo.write('integritet.md', policy({ data: DATA, rights: RIGHTS, contact: 'Ring oss.' }));
    const working = runCli(['diff', 'HEAD'], { cwd: repo.dir });
    expect(working.status).toBe(0);
    // The entry line first, dated today (the working tree's day), then the file's diff.
    const now = new Date();
    expect(working.stdout.startsWith(`${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()} Uppdaterade kapitel: Kontakt.\n\nintegritet.md: HEAD → working tree\n`)).toBe(true);
    expect(working.stdout).toContain('Kontakt  [modified]');
  });
});

describe('errors: one line, the fix, a distinct exit code', () => {
  it('not a repository (4)', () => {
    expectOneLineError(runCli(['log'], { cwd: scratchDir() }), ExitCode.notARepository, /is not inside a git repository .*: run policydiff in your policy's repository or pass -C <folder>$/);
  });

  it('unknown revision (5), and a date or ref that is refused before git sees it (2)', () => {
    const repo = threeEdits();
    expectOneLineError(runCli(['since', 'v7'], { cwd: repo.dir }), ExitCode.unknownRevision, /unknown revision "v7": give a tag/);
    expectOneLineError(runCli(['since', 'v1', '--to', 'nope'], { cwd: repo.dir }), ExitCode.unknownRevision, /unknown revision "nope"/);
    expectOneLineError(runCli(['since', '--', '--output=x'], { cwd: repo.dir }), ExitCode.usage, /the revision "--output=x" starts with "-"/);
    expectOneLineError(runCli(['since', 'v1\nHEAD'], { cwd: repo.dir }), ExitCode.usage, /the revision "v1 HEAD" contains a control character or line break/);
    expectOneLineError(runCli(['since', 'v1..v2'], { cwd: repo.dir }), ExitCode.usage, /is a range: give one tag/);
    expectOneLineError(runCli(['since', '2021-02-30'], { cwd: repo.dir }), ExitCode.usage, /is not a calendar date/);
  });

  it('a file never tracked (6), or outside the repository (2)', () => {
    const repo = threeEdits();
    repo.write('draft.md', policy());
    expectOneLineError(runCli(['log', 'draft.md'], { cwd: repo.dir }), ExitCode.untrackedFile, /"draft.md" has never been committed to this repository: check the path, or git add and commit it first$/);
    expectOneLineError(runCli(['log', '../x.md'], { cwd: repo.dir }), ExitCode.usage, /is outside the repository/);
  });

  it('a shallow clone whose history does not reach the revision (7)', () => {
    const origin = threeEdits();
    const clone = new TestRepo(join(scratchDir(), 'clone'));
    origin.git(['clone', '--quiet', '--depth', '1', `file://${origin.dir}`, clone.dir]);
    expectOneLineError(runCli(['since', 'v1'], { cwd: clone.dir }), ExitCode.shallowHistory, /this clone is shallow and its history does not reach "v1": fetch the full history \(actions\/checkout with fetch-depth: 0, or git fetch --unshallow --tags\)$/);
    expectOneLineError(runCli(['log'], { cwd: clone.dir }), ExitCode.shallowHistory, /fetch-depth: 0/);
    // With the tag fetched (fetch-tags: true) its commit is there, but nothing joins it to HEAD.
    clone.git(['fetch', '--quiet', '--depth', '1', 'origin', 'tag', 'v1']);
    expectOneLineError(runCli(['since', 'v1'], { cwd: clone.dir }), ExitCode.shallowHistory, /does not reach "v1"/);
  });

  it('an invalid config (8), naming the key', () => {
    const repo = threeEdits();
    writeFileSync(join(repo.dir, '.policydiffrc.json'), JSON.stringify({ file: ['privacy.md'] }));
    expectOneLineError(runCli(['log'], { cwd: repo.dir }), ExitCode.config, /"file" in \.policydiffrc\.json is not a setting: use files, languages, dateFormat, headings, significance, translations, noise, truncation$/);
  });

  it('a binary file at some revision (3), naming the revision', () => {
    const repo = threeEdits();
    const hash = repo.commit({ message: 'oops', date: '2021-06-01T10:00:00Z', files: { 'privacy.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) } });
    expectOneLineError(runCli(['log'], { cwd: repo.dir }), ExitCode.input, new RegExp(`"privacy.md" at ${hash.slice(0, 12)} is not text \\(it holds NUL bytes`));
  });
});
