import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './support/fixtures.js';
import { runCli } from './support/cli.js';
import { makeRepo } from './support/repo.js';
import { historyRepo } from './support/history.js';

/** `since`/`log` entry lines, `changelog`, `notes`: end to end through the built binary on real temp repositories. */

/** The notice paragraph after the entry line that starts with `date`. */
const noticeAfter = (stdout: string, date: string) => {
  const lines = stdout.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${date} `));
  return lines[index + 1] === '' ? lines[index + 2] : undefined;
};

/** The lines of text output that start with a date, as entry lines do. */
const entryLines = (stdout: string) => stdout.split('\n').filter((line) => /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}) (?! )/.test(line));

describe('entry lines in since and log', () => {
  it('sv: since v0 prints the owners’ own entry lines (seed 001)', () => {
    const { repo, file } = historyRepo('history-001');
    const result = runCli(['since', 'v0', '--', file], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(entryLines(result.stdout)).toEqual([
      '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.',
      '3.9.2021 Uppdaterade kapitel: Information som vi samlar in.',
    ]);
    // Both changes are significant: each entry line is followed by its notice, a paragraph of its own.
    expect(noticeAfter(result.stdout, '18.11.2021')).toBe('Nya mottagare av personuppgifter: “Twilio”. Rättighet som lagts till eller förtydligats: “när som helst”, “redogörelse”, “raderas”. Säkerhetsåtgärd som lagts till: “tvåstegsverifieringen”.');
    expect(noticeAfter(result.stdout, '3.9.2021')).toBe('Ny punkt i en lista över vad som samlas in, används eller delas: “språket som personen använder appen på”, “avdelningar”, “taggar”.');
    // Each change's output starts with its entry line.
    expect(result.stdout.startsWith('18.11.2021 Uppdaterade kapitel:')).toBe(true);
  });

  it('sv: since --format json has an entry per change; --date-format changes how it is dated', () => {
    const { repo, file } = historyRepo('history-001');
    const result = runCli(['since', 'v0', '--format', 'json', '--date-format', 'iso', '--', file], { cwd: repo.dir });
    expect(result.status).toBe(0);
    const changes = (JSON.parse(result.stdout) as { changes: { entry: string | null }[] }).changes;
    expect(changes.map((change) => change.entry)).toEqual([
      '2021-11-18 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.\n\nNya mottagare av personuppgifter: “Twilio”. Rättighet som lagts till eller förtydligats: “när som helst”, “redogörelse”, “raderas”. Säkerhetsåtgärd som lagts till: “tvåstegsverifieringen”.',
      '2021-09-03 Uppdaterade kapitel: Information som vi samlar in.\n\nNy punkt i en lista över vad som samlas in, används eller delas: “språket som personen använder appen på”, “avdelningar”, “taggar”.',
    ]);
  });

  it('en: since v0 prints English entry lines', () => {
    const { repo, file } = historyRepo('history-en');
    const result = runCli(['since', 'v0', '--', file], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(entryLines(result.stdout)).toEqual([
      '10.6.2024 Updated section: Sharing information; new section: Data retention; removed section: Cookies.',
      '1.3.2024 Updated section: Information we collect.',
    ]);
    expect(noticeAfter(result.stdout, '10.6.2024')).toBe('New recipients of personal data: “Sentry”. New transfer to a third country: “United States”, “outside the EU”. A promise not to do something was removed: “cookies”, “tracking”. Tracking technology no longer mentioned: “cookie”. Security measure added: “backups”. And 1 more.');
  });

  it('md output starts each change with its entry line; DD.MM.YYYY pads', () => {
    const { repo, file } = historyRepo('history-001');
    const result = runCli(['since', 'v0', '--format', 'md', '--date-format', 'DD.MM.YYYY', '--', file], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^18\\?\.11\\?\.2021 Uppdaterade kapitel/);
    expect(result.stdout).toMatch(/03\\?\.09\\?\.2021 Uppdaterade kapitel: Information som vi samlar in\\?\./);
  });

  it('--lang en writes a Swedish policy’s entries with English templates', () => {
    const { repo, file } = historyRepo('history-001');
    const result = runCli(['since', 'v0', '--lang', 'en', '--', file], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(entryLines(result.stdout)[1]).toBe('3.9.2021 Updated section: Information som vi samlar in.');
  });

  it('a bad --date-format is a one-line usage error with the fix, exit 2', () => {
    const { repo, file } = historyRepo('history-001');
    const result = runCli(['since', 'v0', '--date-format', 'D.Q.YYYY', '--', file], { cwd: repo.dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('D.M.YYYY');
  });
});

describe('policydiff changelog --write', () => {
  const KEEP_A_CHANGELOG = '# Changelog\r\n\r\nAll notable changes to our privacy policy.\r\n\r\n## [Unreleased]\r\n\r\n## [2021-03-01]\r\n\r\n- Första versionen.\r\n';

  it('adds the entries not yet in the file under a heading per date, newest first; a second run adds nothing', () => {
    const { repo, file } = historyRepo('history-001');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), KEEP_A_CHANGELOG);
    const first = runCli(['changelog', 'v0', '--write', 'CHANGELOG.md', '--', file], { cwd: repo.dir });
    expect(first.stderr).toBe('policydiff: added 2 entries to CHANGELOG.md.\n');
    expect(first.status).toBe(0);
    const written = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(written).toBe(
      [
        '# Changelog',
        '',
        'All notable changes to our privacy policy.',
        '',
        '## [Unreleased]',
        '',
        '## [2021-11-18]',
        '',
        '- 18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.',
        '  Nya mottagare av personuppgifter: “Twilio”. Rättighet som lagts till eller förtydligats: “när som helst”, “redogörelse”, “raderas”. Säkerhetsåtgärd som lagts till: “tvåstegsverifieringen”.',
        '',
        '## [2021-09-03]',
        '',
        '- 3.9.2021 Uppdaterade kapitel: Information som vi samlar in.',
        '  Ny punkt i en lista över vad som samlas in, används eller delas: “språket som personen använder appen på”, “avdelningar”, “taggar”.',
        '',
        '## [2021-03-01]',
        '',
        '- Första versionen.',
        '',
      ].join('\r\n'),
    );
    const second = runCli(['changelog', 'v0', '--write', 'CHANGELOG.md', '--', file], { cwd: repo.dir });
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('policydiff: CHANGELOG.md is up to date: no new entries.\n');
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'))).toEqual(Buffer.from(written));
  });

  it('creates a missing file with one title, ending in a line break', () => {
    const { repo, file } = historyRepo('history-en');
    expect(runCli(['changelog', 'v0', '--write', 'CHANGELOG.md', '--', file], { cwd: repo.dir }).status).toBe(0);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(
      `# Changelog\n\n## 2024-06-10\n\n- 10.6.2024 Updated section: Sharing information; new section: Data retention; removed section: Cookies.\n  New recipients of personal data: “Sentry”. New transfer to a third country: “United States”, “outside the EU”. A promise not to do something was removed: “cookies”, “tracking”. Tracking technology no longer mentioned: “cookie”. Security measure added: “backups”. And 1 more.\n\n## 2024-03-01\n\n- 1.3.2024 Updated section: Information we collect.\n  New item in a list of what is collected, used or shared: “crash reports and diagnostic data when the app stops unexpectedly”.\n`,
    );
  });

  it('--dry-run prints the patch and writes nothing', () => {
    const { repo, file } = historyRepo('history-001');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), KEEP_A_CHANGELOG);
    const result = runCli(['changelog', 'v0', '--write', 'CHANGELOG.md', '--dry-run', '--', file], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('+- 3.9.2021 Uppdaterade kapitel: Information som vi samlar in.');
    expect(result.stdout).toContain('+## [2021-11-18]');
    expect(result.stderr).toBe('policydiff: would add 2 entries to CHANGELOG.md (dry run: nothing written).\n');
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(KEEP_A_CHANGELOG);
  });

  it('user errors: no target (2), conflict markers in the file (9, refused write), each one line with the fix', () => {
    const { repo, file } = historyRepo('history-001');
    const none = runCli(['changelog', 'v0', '--', file], { cwd: repo.dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('policydiff: changelog needs a target: --write CHANGELOG.md, --in-policy, or both\n');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), '# Changelog\n<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> other\n');
    const conflict = runCli(['changelog', 'v0', '--write', 'CHANGELOG.md', '--', file], { cwd: repo.dir });
    expect(conflict.stderr.trim().split('\n')).toHaveLength(1);
    expect(conflict.status).toBe(9);
    expect(conflict.stderr).toContain("resolve it");
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toContain('<<<<<<< HEAD');
  });
});

describe('policydiff changelog --in-policy', () => {
  const OWN_LIST_END = '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.';

  it('appends the new entry line to the policy’s own change list in its style; since does not report that edit as a section change', () => {
    const v2 = fixture('history-001/v2.txt');
    const edited = v2.replace('krypterad anslutning (HTTPS)', 'krypterad anslutning (HTTPS, TLS 1.3)');
    expect(edited).not.toBe(v2);
    const repo = makeRepo([
      { message: 'Sekretesspolicyn 18.11.2021', date: '2021-11-18T10:00:00+02:00', files: { 'integritet.txt': v2 }, tag: 'v0' },
      { message: 'TLS 1.3', date: '2022-05-02T10:00:00+02:00', files: { 'integritet.txt': edited } },
    ]);
    const result = runCli(['changelog', 'v0', '--in-policy'], { cwd: repo.dir });
    expect(result.stderr).toBe('policydiff: added 1 entry to integritet.txt.\n');
    expect(result.status).toBe(0);
    const updated = readFileSync(join(repo.dir, 'integritet.txt'), 'utf8');
    expect(updated).toBe(edited.replace(OWN_LIST_END, `${OWN_LIST_END}\n2.5.2022 Uppdaterade kapitel: Säkerhet.`));

    // Idempotent: a second run adds nothing.
    const again = runCli(['changelog', 'v0', '--in-policy'], { cwd: repo.dir });
    expect(again.stderr).toBe('policydiff: integritet.txt is up to date: no new entries.\n');
    expect(readFileSync(join(repo.dir, 'integritet.txt'), 'utf8')).toBe(updated);

    // Committed, the edit is the change list's own line: no changed section, no entry line.
    repo.commit({ message: 'Ändringslistan', date: '2022-05-03T10:00:00+02:00', files: { 'integritet.txt': updated } });
    const since = runCli(['since', 'HEAD~1', '--format', 'json'], { cwd: repo.dir });
    expect(since.status).toBe(0);
    const changes = (JSON.parse(since.stdout) as { changes: { entry: string | null; sections: { status: string }[] }[] }).changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]!.entry).toBeNull();
    expect(changes[0]!.sections.filter((section) => section.status !== 'unchanged')).toEqual([]);
    expect(entryLines(runCli(['since', 'HEAD~1'], { cwd: repo.dir }).stdout)).toEqual([]);
    // …and the next run has nothing to add for it.
    expect(runCli(['changelog', 'v0', '--in-policy'], { cwd: repo.dir }).stderr).toBe('policydiff: integritet.txt is up to date: no new entries.\n');
  });

  it('a policy without a change list: one line naming the fix, exit 3, nothing written', () => {
    const repo = makeRepo([
      { message: 'v1', date: '2024-01-01T10:00:00Z', files: { 'privacy.md': '# Privacy\n\n## Data\n\nWe collect e-mail.\n' }, tag: 'v0' },
      { message: 'v2', date: '2024-02-01T10:00:00Z', files: { 'privacy.md': '# Privacy\n\n## Data\n\nWe collect e-mail and phone numbers.\n' } },
    ]);
    // Too short for language detection: --lang names it (without it, the error names --lang en).
    expect(runCli(['changelog', 'v0', '--in-policy'], { cwd: repo.dir }).stderr).toMatch(/^policydiff: cannot tell the language of privacy\.md .*: use --lang en /);
    const result = runCli(['changelog', 'v0', '--in-policy', '--lang', 'en'], { cwd: repo.dir });
    expect(result.status).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--change-list-heading');
    expect(readFileSync(join(repo.dir, 'privacy.md'), 'utf8')).toBe('# Privacy\n\n## Data\n\nWe collect e-mail and phone numbers.\n');
  });
});

describe('policydiff notes', () => {
  /** An English policy of twelve chapters with long headings, each changed on its own day after v0. */
  function longHistory() {
    const headings = Array.from({ length: 12 }, (_, index) => `How we handle the personal information in area number ${index + 1} of the service`);
    const policy = (changed: number) =>
      `# Privacy Policy\n\nThis policy explains how the Larkspur app handles your personal information.\n\n${headings
        .map((heading, index) => `## ${heading}\n\nWe keep the information of area ${index + 1} for ${index < changed ? 'thirty' : 'ninety'} days and then delete it.\n`)
        .join('\n')}`;
    const repo = makeRepo([
      { message: 'First version', date: '2024-01-01T10:00:00Z', files: { 'privacy.md': policy(0) }, tag: 'v0' },
      ...headings.map((_, index) => ({
        message: `Shorter retention in area ${index + 1}`,
        date: `2024-02-${String(index + 1).padStart(2, '0')}T10:00:00Z`,
        files: { 'privacy.md': policy(index + 1) },
      })),
    ]);
    return { repo, headings };
  }
  const INTRO = 'We have updated our privacy policy.';

  it('--store play keeps to 500 characters with whole sentences and says there is more; --store appstore says it all', () => {
    const { repo, headings } = longHistory();
    // Newest change first; one sentence for all of them, each chapter named once.
    const newestFirst = [...headings].reverse();
    const updated = (names: readonly string[]) => `Updated ${names.length === 1 ? 'section' : 'sections'}: ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}.`;
    const play = runCli(['notes', 'v0', '--store', 'play'], { cwd: repo.dir });
    expect(play.stderr).toBe('');
    expect(play.status).toBe(0);
    const playText = play.stdout.replace(/\n$/, '');
    expect(playText.length).toBeLessThanOrEqual(500);
    // All twelve do not fit: the list keeps as many of the newest as fit, as a whole sentence, and the last one
    // says there is more.
    const MORE = 'More changes: see the privacy policy.';
    const shown = newestFirst.filter((_, index) => [INTRO, updated(newestFirst.slice(0, index + 1)), MORE].join(' ').length <= 500);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThan(headings.length);
    expect(playText).toBe([INTRO, updated(shown), MORE].join(' '));

    const appstore = runCli(['notes', 'v0', '--store', 'appstore'], { cwd: repo.dir });
    expect(appstore.status).toBe(0);
    expect(appstore.stdout).toBe(`${INTRO} ${updated(newestFirst)}\n`);
    expect(appstore.stdout.length).toBeGreaterThan(500);
    expect(appstore.stdout.length).toBeLessThanOrEqual(4000);
  });

  it('--out fastlane writes supply’s and deliver’s files, keeping the other paragraphs; a rerun changes nothing', () => {
    const { repo } = historyRepo('history-001');
    const play = runCli(['notes', 'v0', '--store', 'play', '--out', 'fastlane', '--version-code', '42'], { cwd: repo.dir });
    expect(play.stderr).toBe('policydiff: wrote fastlane/metadata/android/sv-SE/changelogs/42.txt\n');
    expect(play.status).toBe(0);
    // Both changes are significant: their notices come first, then the chapters of both changes in one sentence;
    // the new chapter is past Google Play's limit. The file ends with a line break.
    const notices =
      'Vi har uppdaterat vår sekretesspolicy. Nya mottagare av personuppgifter: “Twilio”. Rättighet som lagts till eller förtydligats: “när som helst”, “redogörelse”, “raderas”. Säkerhetsåtgärd som lagts till: “tvåstegsverifieringen”. Ny punkt i en lista över vad som samlas in, används eller delas: “språket som personen använder appen på”, “avdelningar”, “taggar”. Uppdaterade kapitel: Hur informationen används, Säkerhet och Information som vi samlar in.';
    const playNotes = readFileSync(join(repo.dir, 'fastlane/metadata/android/sv-SE/changelogs/42.txt'), 'utf8');
    expect(playNotes).toBe(`${notices} Fler ändringar: se sekretesspolicyn.\n`);
    expect(playNotes.length).toBeLessThanOrEqual(500);
    const expected = `${notices} Nya kapitel: Användaren har full kontroll över sin information.`;

    mkdirSync(join(repo.dir, 'fastlane/metadata/sv'), { recursive: true });
    writeFileSync(join(repo.dir, 'fastlane/metadata/sv/release_notes.txt'), 'Snabbare start av appen.\n');
    const appstore = runCli(['notes', 'v0', '--store', 'appstore', '--out', 'fastlane'], { cwd: repo.dir });
    expect(appstore.stderr).toBe('policydiff: wrote fastlane/metadata/sv/release_notes.txt\n');
    const notes = readFileSync(join(repo.dir, 'fastlane/metadata/sv/release_notes.txt'), 'utf8');
    expect(notes).toBe(`${expected}\n\nSnabbare start av appen.\n`);
    const again = runCli(['notes', 'v0', '--store', 'appstore', '--out', 'fastlane'], { cwd: repo.dir });
    expect(again.stderr).toBe('policydiff: the release notes are up to date.\n');
    expect(readFileSync(join(repo.dir, 'fastlane/metadata/sv/release_notes.txt'), 'utf8')).toBe(notes);
  });

  it('only editorial changes: says so, writes nothing, exit 0', () => {
    const { repo, file } = historyRepo('history-en');
    const text = readFileSync(join(repo.dir, file), 'utf8');
    repo.commit({ message: 'Fix a typo\n\nPolicy-Significance: editorial', date: '2024-07-01T10:00:00Z', files: { [file]: text.replace('Write to', 'Please write to') } });
    repo.commit({ message: 'Reflow', date: '2024-07-02T10:00:00Z', files: { [file]: text.replace('Write to', 'Please write to').replaceAll('\n\n', '\n\n\n') } });
    const result = runCli(['notes', 'HEAD~2', '--store', 'play', '--out', 'fastlane', '--version-code', '7'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policydiff: no policy changes for the release notes since HEAD~2 (editorial changes only, or none): nothing written.\n');
    expect(existsSync(join(repo.dir, 'fastlane'))).toBe(false);
  });

  it('user errors: --store missing or unknown, --version-code missing (exit 2, one line)', () => {
    const { repo } = historyRepo('history-001');
    for (const args of [['notes', 'v0'], ['notes', 'v0', '--store', 'itunes'], ['notes', 'v0', '--store', 'play', '--out', 'fastlane']]) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(runCli(['notes', 'v0', '--store', 'play', '--out', 'fastlane'], { cwd: repo.dir }).stderr).toContain('--version-code');
    expect(existsSync(join(repo.dir, 'fastlane'))).toBe(false);
  });
});

describe('commit trailers', () => {
  it('Policy-Note replaces the generated sentence in since and in CHANGELOG.md; the trailers show in JSON', () => {
    const { repo, file } = historyRepo('history-en');
    const text = readFileSync(join(repo.dir, file), 'utf8');
    repo.commit({
      message: 'Name the e-mail address\n\nPolicy-Note: We now name the address to write to.',
      date: '2024-07-01T10:00:00Z',
      files: { [file]: text.replace('Write to privacy@larkspur.example', 'Write to our data protection officer at privacy@larkspur.example') },
    });
    const since = runCli(['since', 'HEAD~1', '--format', 'json'], { cwd: repo.dir });
    const change = (JSON.parse(since.stdout) as { changes: { entry: string; commits: { trailers?: Record<string, string[]> }[] }[] }).changes[0]!;
    expect(change.entry).toBe('1.7.2024 We now name the address to write to.');
    expect(change.commits[0]!.trailers).toEqual({ 'Policy-Note': ['We now name the address to write to.'] });
    expect(runCli(['changelog', 'HEAD~1', '--write', 'CHANGELOG.md'], { cwd: repo.dir }).status).toBe(0);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe('# Changelog\n\n## 2024-07-01\n\n- 1.7.2024 We now name the address to write to.\n');
  });
});

/** Today as entry lines date the working tree: the local day, D.M.YYYY. */
const today = () => {
  const now = new Date();
  return `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`;
};

describe('entry lines in diff <rev> [<rev>]', () => {
  const NOVEMBER = '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.';

  it('text and md start each changed file with its entry line and notice, dated by the newer commit', () => {
    const { repo, file } = historyRepo('history-001');
    const text = runCli(['diff', 'HEAD~1', 'HEAD', '--', file], { cwd: repo.dir });
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    const [first, blank, title] = text.stdout.split('\n');
    expect(first).toBe(NOVEMBER);
    expect(blank).toBe('');
    expect(title).toBe('Nya mottagare av personuppgifter: “Twilio”. Rättighet som lagts till eller förtydligats: “när som helst”, “redogörelse”, “raderas”. Säkerhetsåtgärd som lagts till: “tvåstegsverifieringen”.');
    expect(text.stdout.split('\n')[4]).toBe(`${file}: HEAD~1 → HEAD`);
    // The whole range is one version step: chapters of both changes, dated by the newer one.
    const range = runCli(['diff', 'v0', 'HEAD', '--date-format', 'iso', '--format', 'md', '--', file], { cwd: repo.dir });
    expect(range.status).toBe(0);
    expect(range.stdout.split('\n')[0]).toMatch(
      /^2021-11-18 Uppdaterade kapitel: Information som vi samlar in, Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information\\?\. /,
    );
  });

  it('the HTML report shows the entry line above each file', () => {
    const { repo, file } = historyRepo('history-001');
    const html = runCli(['diff', 'HEAD~2', 'HEAD~1', '--format', 'html', '--', file], { cwd: repo.dir });
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<p class="entry-summary">3.9.2021 Uppdaterade kapitel: Information som vi samlar in.</p><p class="entry-notice">Ny punkt i en lista');
  });

  it('json has an entry per file; the working tree is dated today; --lang en switches the templates', () => {
    const { repo, file } = historyRepo('history-001');
    const json = runCli(['diff', 'HEAD~2', 'HEAD~1', '--format', 'json', '--', file], { cwd: repo.dir });
    expect(json.status).toBe(0);
    const files = (JSON.parse(json.stdout) as { files: { file: string; entry: string | null }[] }).files;
    expect(files.map(({ file: name, entry }) => ({ name, entry: entry?.split('\n')[0] }))).toEqual([
      { name: file, entry: '3.9.2021 Uppdaterade kapitel: Information som vi samlar in.' },
    ]);

    const current = readFileSync(join(repo.dir, file), 'utf8');
    writeFileSync(join(repo.dir, file), current.replace('Alla lösenord krypteras', 'Alla lösenord krypteras alltid'));
    const working = runCli(['diff', 'HEAD', '--lang', 'en', '--', file], { cwd: repo.dir });
    expect(working.status).toBe(0);
    expect(working.stdout.split('\n')[0]).toBe(`${today()} Updated section: Säkerhet.`);
  });

  it('a file the change added says "first version", one it deleted says so too', () => {
    const repo = makeRepo([
      { message: 'Integritet', date: '2022-01-10T10:00:00+01:00', files: { 'integritet.txt': fixture('history-001/v0.txt') }, tag: 'v0' },
      { message: 'Privacy', date: '2022-02-10T10:00:00+01:00', files: { 'privacy.md': fixture('history-en/v0.md') } },
      { message: 'Bort', date: '2022-03-10T10:00:00+01:00', files: { 'integritet.txt': null } },
    ]);
    const added = runCli(['diff', 'v0', 'HEAD~1', '--', 'privacy.md'], { cwd: repo.dir });
    expect(added.status).toBe(0);
    expect(added.stdout.split('\n')[0]).toBe('10.2.2022 First version.');
    const deleted = runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', 'integritet.txt'], { cwd: repo.dir });
    expect(deleted.status).toBe(0);
    expect((JSON.parse(deleted.stdout) as { files: { entry: string }[] }).files[0]!.entry).toBe('10.3.2022 Policyn togs bort.');
  });
});

describe('first version and deletion in since and log', () => {
  it('log names the first version as such in sv and en, without a chapter list', () => {
    const sv = historyRepo('history-001');
    expect(entryLines(runCli(['log', '--', sv.file], { cwd: sv.repo.dir }).stdout).at(-1)).toBe('1.3.2021 Första versionen.');
    const en = historyRepo('history-en');
    const log = runCli(['log', '--format', 'json', '--', en.file], { cwd: en.repo.dir });
    expect(log.status).toBe(0);
    const entries = (JSON.parse(log.stdout) as { changes: { entry: string | null }[] }).changes.map((change) => change.entry);
    expect(entries).toHaveLength(3);
    expect(entries[2]).toBe('15.1.2024 First version.');
  });

  it('a deleted policy gets its own line', () => {
    const { repo, file } = historyRepo('history-en');
    repo.commit({ message: 'Remove the policy', date: '2024-09-01T10:00:00Z', files: { [file]: null } });
    const since = runCli(['since', 'HEAD~1', '--', file], { cwd: repo.dir });
    expect(since.status).toBe(0);
    expect(entryLines(since.stdout)).toEqual(['1.9.2024 Policy removed.']);
  });
});

describe('changelog --write with several policy files', () => {
  it('names the file on each line, and a second run adds nothing', () => {
    const repo = makeRepo([
      { message: 'Both', date: '2021-03-01T10:00:00+02:00', files: { 'integritet.txt': fixture('history-001/v0.txt'), 'privacy.md': fixture('history-en/v0.md') }, tag: 'v0' },
      { message: 'Sv', date: '2021-09-03T10:00:00+03:00', files: { 'integritet.txt': fixture('history-001/v1.txt') } },
      { message: 'En', date: '2021-09-03T12:00:00+03:00', files: { 'privacy.md': fixture('history-en/v1.md') } },
    ]);
    const first = runCli(['changelog', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    expect(first.stderr).toBe('policydiff: added 4 entries to CHANGELOG.md.\n');
    expect(first.status).toBe(0);
    const written = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(written).toBe(
      [
        '# Changelog',
        '',
        '## 2021-09-03',
        '',
        '- 3.9.2021 integritet.txt: Uppdaterade kapitel: Information som vi samlar in.',
        '  Ny punkt i en lista över vad som samlas in, används eller delas: “språket som personen använder appen på”, “avdelningar”, “taggar”.',
        '- 3.9.2021 privacy.md: Updated section: Information we collect.',
        '  New item in a list of what is collected, used or shared: “crash reports and diagnostic data when the app stops unexpectedly”.',
        '',
        '## 2021-03-01',
        '',
        '- 1.3.2021 integritet.txt: Första versionen.',
        '- 1.3.2021 privacy.md: First version.',
        '',
      ].join('\n'),
    );
    const second = runCli(['changelog', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    expect(second.stderr).toBe('policydiff: CHANGELOG.md is up to date: no new entries.\n');
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(written);
  });
});

describe('--fail-on in since, log and diff <rev>', () => {
  it('exits 1 after printing when a change in the range reaches the level; a Policy-Significance trailer counts', () => {
    const { repo, file } = historyRepo('history-en');
    for (const command of [['since', 'v0'], ['log'], ['diff', 'v0', 'HEAD']]) {
      const result = runCli([...command, '--fail-on', 'significant', '--', file], { cwd: repo.dir });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('Data retention');
      expect(result.stderr).toBe('policydiff: the change is significant, which reaches --fail-on significant\n');
    }
    const text = readFileSync(join(repo.dir, file), 'utf8');
    repo.commit({ message: 'Wording\n\nPolicy-Significance: editorial', date: '2024-07-01T10:00:00Z', files: { [file]: text.replace('Write to', 'Please write to') } });
    const editorial = runCli(['since', 'HEAD~1', '--fail-on', 'minor', '--', file], { cwd: repo.dir });
    expect(editorial.stderr).toBe('');
    expect(editorial.status).toBe(0);
    expect(runCli(['since', 'HEAD~1', '--fail-on', 'editorial', '--', file], { cwd: repo.dir }).status).toBe(1);
    expect(runCli(['log', '--fail-on', 'major'], { cwd: repo.dir }).status).toBe(2);
  });
});

describe('the language of the entries', () => {
  const short = (line: string) => `# Privacy\n\n## Data\n\n${line}\n`;
  function shortRepo() {
    return makeRepo([
      { message: 'v1', date: '2024-01-01T10:00:00Z', files: { 'privacy.md': short('We collect e-mail.') }, tag: 'v0' },
      { message: 'v2', date: '2024-02-01T10:00:00Z', files: { 'privacy.md': short('We collect e-mail and phone numbers.') } },
    ]);
  }

  it('a policy too short to detect: since and diff show the change without an entry line and say how to get one', () => {
    const repo = shortRepo();
    for (const command of [['since', 'v0'], ['diff', 'v0', 'HEAD']]) {
      const result = runCli(command, { cwd: repo.dir });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Data');
      expect(entryLines(result.stdout)).toEqual([]);
      expect(result.stderr).toBe(
        'policydiff: cannot tell the language of privacy.md (too little text to detect it): use --lang en (templates exist for sv, en, fi, de, fr, da, nb), or map the file to its language under "languages" in policydiff.config.json; its changes are shown without entry lines\n',
      );
    }
  });

  it('…changelog and notes refuse it (exit 2, one line); the config’s "languages" for the file is the fallback', () => {
    const repo = shortRepo();
    for (const command of [['changelog', 'v0', '--write', 'CHANGELOG.md'], ['notes', 'v0', '--store', 'play']]) {
      const result = runCli(command, { cwd: repo.dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^policydiff: cannot tell the language of privacy\.md .*use --lang en .*\n$/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ languages: { 'privacy.md': 'sv' } }));
    const configured = runCli(['since', 'v0'], { cwd: repo.dir });
    expect(configured.stderr).toBe('');
    expect(entryLines(configured.stdout)).toEqual(['1.2.2024 Uppdaterade kapitel: Data.']);
  });

  it('a language without templates (--lang es) is a usage error naming --lang en', () => {
    const { repo, file } = historyRepo('history-en');
    for (const command of [['since', 'v0'], ['diff', 'v0', 'HEAD'], ['changelog', 'v0', '--write', 'CHANGELOG.md']]) {
      const result = runCli([...command, '--lang', 'es', '--', file], { cwd: repo.dir });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('policydiff: no changelog templates for language "es": use --lang en (templates exist for sv, en, fi, de, fr, da, nb)\n');
    }
  });
});

describe('notes merge the changes of the range', () => {
  it('names each chapter once per kind, a new one as new only', () => {
    const policy = (parts: { data: string; rights: string; contact?: string }) =>
      `# Privacy Policy\n\nThis policy explains how we handle your personal data in the app.\n\n## Data\n\n${parts.data}\n\n## Rights\n\n${parts.rights}\n${
        parts.contact === undefined ? '' : `\n## Contact\n\n${parts.contact}\n`
      }`;
    const repo = makeRepo([
      { message: 'v0', date: '2024-01-01T10:00:00Z', files: { 'privacy.md': policy({ data: 'We keep your e-mail address for the account.', rights: 'You can ask us for a copy of your data.' }) }, tag: 'v0' },
      { message: 'a', date: '2024-02-01T10:00:00Z', files: { 'privacy.md': policy({ data: 'We keep your e-mail address for your account.', rights: 'You can ask us for a copy of your data.' }) } },
      {
        message: 'b',
        date: '2024-03-01T10:00:00Z',
        files: { 'privacy.md': policy({ data: 'We keep your e-mail address for your account.', rights: 'You can ask us for a copy of all your data.', contact: 'Write to us at the address in the app.' }) },
      },
      {
        message: 'c',
        date: '2024-04-01T10:00:00Z',
        files: { 'privacy.md': policy({ data: 'We keep your e-mail address for your user account.', rights: 'You can ask us for a copy of all your data.', contact: 'Write to us at the address shown in the app.' }) },
      },
    ]);
    const result = runCli(['notes', 'v0', '--store', 'play'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('We have updated our privacy policy. Updated sections: Data and Rights. New section: Contact.\n');
  });
});
