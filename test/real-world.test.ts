import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEntry, classifySignificance, diffPolicies, parsePolicy, type PolicyDiff } from '../src/index.js';
import { runCli } from './support/cli.js';
import { fixture, fixturesDir } from './support/fixtures.js';
import { fuzzSettings } from './support/fuzz.js';
import { outline } from './support/outline.js';
import { makeRepo } from './support/repo.js';

/**
 * Real policies as published (web captures, fixtures/real-world/): headings, titles, capture noise, languages and
 * truncated captures read the way a person reads them. Each fixture holds the few lines of a real capture that
 * reproduce one case.
 */

const real = (name: string) => fixture(`real-world/${name}`);
const read = (name: string) => parsePolicy(real(name), { fileName: name });

const entryOf = (diff: PolicyDiff) => buildEntry(diff, { date: '2026-05-01' })?.line;
const MARKUP = /\]\(|\[\]|\\[.#*_()[\]-]|(^|\s)#{1,6}(\s|$)|\*\*|!\[|<\/?[a-z]/;

describe('headings as the reader sees them', () => {
  it('reduces link syntax to its text, drops empty anchors, images, widgets and escapes, keeps the numbering', () => {
    const document = read('heading-markup.md');
    expect(document.title).toBe('Spotify Privacy Policy');
    expect(outline(document)).toEqual([
      '1. About this Policy',
      '  Search Leakage',
      '  La fin d’un chapitre',
      '  Réponses à vos questions',
      '  Contact',
    ]);
    expect(document.sections[0]!.number).toBe('1');
  });

  it('a heading whose link target or anchor alone changed is the same section: no rename, no entry', () => {
    const v1 = read('github-anchors-v1.md');
    expect(outline(v1)).toEqual([
      'Information users provide directly to GitHub',
      '  Registration information',
      '  Demographic information',
      'Information GitHub automatically collects',
    ]);
    const diff = diffPolicies(real('github-anchors-v1.md'), real('github-anchors-v2.md'), { fileName: 'privacy.md' });
    expect(diff.sections.map((section) => section.status)).not.toContain('renamed');
    expect(diff.sections.every((section) => !section.modified)).toBe(true);
    expect(entryOf(diff)).toBeUndefined();
  });

  it('an icon font’s glyph in an anchor is not text: the anchor moved off the heading is no rename, no new title', () => {
    expect(real('icon-glyph-v1.md')).toContain('\u{E904}');
    const diff = diffPolicies(real('icon-glyph-v1.md'), real('icon-glyph-v2.md'), { fileName: 'privacy.md' });
    expect(diff.title).toBeUndefined();
    expect(read('icon-glyph-v1.md').title).toBe('Bitwarden Inc. Privacy Policy');
    expect(diff.sections.map((section) => [section.heading, section.status])).toEqual([
      ['', 'unchanged'],
      ['Data Privacy Framework', 'unchanged'],
      ['Data Privacy Framework (Principles)', 'unchanged'],
    ]);
    expect(entryOf(diff)).toBeUndefined();
  });

  it('a heading with no text left is not a section; an empty heading over a heading-like line takes that line', () => {
    const document = read('empty-headings.md');
    expect(document.title).toBe('General Privacy Policy');
    expect(outline(document)).toEqual([
      '1. Introduction',
      '2. Service-specific privacy notices',
      '3. Personal data we process',
      '  3.1. When you create your Account',
      '  3.2. When we handle your payments',
    ]);
    // The blocks under the headings that were only an image, an anchor or `###` belong to the section before.
    const last = document.sections[2]!.children[1]!;
    expect(last.blocks.map((block) => block.raw)).toEqual([
      'We process your payment details through our payment providers.',
      'The app is paused.',
      'Nous conservons vos données pendant 6 mois.',
      'An unnamed part.',
    ]);
  });
});

describe('title and wrappers', () => {
  it('the first top-level heading is the title, whatever stands above it', () => {
    const updated = read('title-updated-above.md');
    expect(updated.title).toBe('Enterprise privacy at OpenAI');
    expect(outline(updated)).toEqual([
      'Our commitments',
      '  General FAQ',
      'How can I use OpenAI technology in my business?',
      'Does OpenAI train its models on my business data?',
    ]);
    const banner = read('title-banner-above.md');
    expect(banner.title).toBe('Spotify Privacy Policy');
    expect(outline(banner)).toEqual(['1. About this Policy', '2. Your personal data rights and controls']);
  });

  it('an "Effective" line on the title’s own line is not part of it, and a bold sentence does not capture the chapters', () => {
    const document = read('title-effective-bold.md');
    expect(document.title).toBe('WhatsApp Privacy Policy');
    expect(outline(document)).toEqual(['Information We Collect', 'How We Use Information']);
    expect(document.preamble.map((block) => block.raw)[0]).toBe('Effective April 5, 2024');
  });

  it('a single heading that wraps every chapter is the title (or, under a title, its subtitle)', () => {
    const wrapper = read('title-wrapper.md');
    expect(wrapper.title).toBe('Bitwarden Inc. Privacy Policy');
    expect(outline(wrapper)).toEqual(['Data Privacy Framework', 'Notice', '  Cookies']);
    const subtitle = read('title-subtitle-wrapper.md');
    expect(subtitle.title).toBe('We don’t track you.');
    expect(outline(subtitle)).toEqual([
      'About Us',
      'Privacy Policy',
      '  We don’t save or share your search or browsing history.',
      '  We make money through private search ads.',
    ]);
  });

  it('repeated identical chapters are distinct sections, named once in an entry', () => {
    const document = read('repeated-v1.md');
    expect(document.title).toBe('Terms of Service for consumers in the European Economic Area');
    expect(outline(document)).toEqual([
      '1. Accessing the Mistral AI Products',
      '4. Your Data',
      '1. Accessing the Mistral AI Products',
      '4. Your Data',
      'Legal notice.',
      '  Editor',
    ]);
    const diff = diffPolicies(real('repeated-v1.md'), real('repeated-v2.md'), { fileName: 'terms.md' });
    expect(diff.sections.filter((section) => section.status === 'modified').map((section) => section.newIndex)).toHaveLength(2);
    expect(entryOf(diff)).toBe('1.5.2026 Updated section: 4. Your Data.');
  });
});

describe('sentences', () => {
  const sentencesOf = (text: string) =>
    diffPolicies('', text, { fileName: 'p.md' }).sections.flatMap((section) => section.parts.flatMap((part) => ('new' in part ? [part.new.raw] : [])));

  it('survive escaped and plain numbering, abbreviations, URLs, e-mail addresses, decimals and dates', () => {
    expect(sentencesOf(real('sentences.md'))).toEqual([
      'Voir [1\\. Qui sommes-nous ?](#id-qui-sommes-nous) et [2\\. Quelles données collectons-nous ?](#id-donnees).',
      'Nous collectons des données techniques, p. ex. l’adresse IP.',
      'Elles sont supprimées après 30 jours.',
      'Wir speichern Daten, z. B. die IP-Adresse, bzw. eine gekürzte Form davon.',
      'Die Löschung erfolgt am 1. Januar jedes Jahres.',
      'Vi sparar t.ex. din e-postadress och bl.a. ditt namn.',
      'Uppgifterna raderas efter 2,5 år.',
      'We keep some data, e.g. your IP address, i.e. the address of your device.',
      'See https://example.com/privacy.html for details.',
      'Write to privacy@example.com.',
      'We keep logs for 1.5 years.',
      'We collect device data (model, OS version, etc.) and usage data.',
      '2\\. Second item on its own line.',
    ]);
  });
});

describe('capture noise is formatting', () => {
  it('link targets, tracking parameters, e-mail protection placeholders, signed media URLs and a table of contents are not changes', () => {
    const diff = diffPolicies(real('noise-v1.md'), real('noise-v2.md'), { fileName: 'privacy.md' });
    const modified = diff.sections.filter((section) => section.modified).map((section) => section.heading);
    // Only the widget repeated under the video is left: a site's own noise, for the config (below).
    expect(modified).toEqual(['Video']);
    const formatting = diff.sections.flatMap((section) => section.changes.filter((change) => change.type === 'formatting'));
    expect(formatting.length).toBeGreaterThanOrEqual(5);
    // Normalising changes what is compared, never what is quoted.
    expect(formatting.map((change) => change.new).join('\n')).toContain('openaicom-did=b5cffd5e');
  });

  it('a table of contents whose anchors have spaces and apostrophes is noise, never a new kind of data (NordVPN, 1 June 2026)', () => {
    const contact = '### 12. Contact us\n\nTo oversee matters related to data privacy, Nord has also appointed a Data Protection Officer (email: [dpo@nordsec.com](mailto:dpo@nordsec.com)).\n';
    const contents = "\nTable of contents\n\n* * *\n\n[*   Introduction](#Introduction)[*   Service-specific privacy notices](#Service-specific privacy notices)[*   Children's data](#Children's data)[*   Contact us](#Contact us)\n";
    const diff = classifySignificance(diffPolicies(`# Privacy Policy\n\n${contact}`, `# Privacy Policy\n\n${contact}${contents}`, { fileName: 'privacy.md' }));
    expect(diff.level).toBe('none');
  });

  it('a site’s own noise patterns from the config, shown by diff --explain and sections', () => {
    const repo = makeRepo([{ message: 'v1', date: '2026-01-01T10:00:00Z', files: { 'privacy.md': real('noise-v1.md') } }]);
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ noise: ['How is my data shared\\?'] }));
    writeFileSync(join(repo.dir, 'new.md'), real('noise-v2.md'));
    const diff = runCli(['diff', 'privacy.md', 'new.md', '--format', 'json'], { cwd: repo.dir });
    expect(diff.stderr).toBe('');
    const parsed = JSON.parse(diff.stdout) as PolicyDiff;
    expect(parsed.sections.filter((section) => section.modified)).toEqual([]);
    const explain = runCli(['diff', 'privacy.md', 'new.md', '--explain'], { cwd: repo.dir });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/noise/i);
    expect(explain.stdout).toMatch(/link target/i);
    expect(explain.stdout).toMatch(/How is my data shared\\\?/);
    const sections = runCli(['sections', 'new.md'], { cwd: repo.dir });
    expect(sections.stdout).toMatch(/noise/i);
    expect(sections.stdout).toMatch(/e-mail protection/i);
    // Between revisions too, file by file.
    repo.commit({ message: 'v2', date: '2026-02-01T10:00:00Z', files: { 'privacy.md': real('noise-v2.md') } });
    const revisions = runCli(['diff', 'HEAD~1', 'HEAD', '--explain', '--', 'privacy.md'], { cwd: repo.dir });
    expect(revisions.status).toBe(0);
    expect(revisions.stdout).toContain('No change in meaning: formatting only.');
    expect(revisions.stdout).toMatch(/^privacy\.md:\nTreated as noise/m);
  });

  it('rejects a noise pattern that is not a regular expression, naming the key and the fix', () => {
    const repo = makeRepo([{ message: 'v1', date: '2026-01-01T10:00:00Z', files: { 'privacy.md': real('noise-v1.md') } }]);
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ noise: ['(unclosed'] }));
    const result = runCli(['sections', 'privacy.md'], { cwd: repo.dir });
    expect(result.status).not.toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/"noise\[0\]".*regular expression/);
  });

  it('nothing is lost with noise normalised: every sentence of both sides is quoted as written', () => {
    const piece = fc.constantFrom(
      'We share data with partners.',
      '[our apps](https://duckduckgo.com/app?origin=funnel_app)',
      '[our apps](https://duckduckgo.com/app?origin=funnel_browser)',
      '[\\[email protected\\]](https://x.example/cdn-cgi/l/email-protection)nkey.com',
      '![](https://cdn.example/v.mp4?oh=1&oe=2)',
      '## [](#a)Heading',
      '## [Heading #](#b)',
      '1\\. Item',
      'z. B. etwas.',
      'See https://example.com/?utm_source=x.',
    );
    const text = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')), { maxLength: 12 }).map((lines) => lines.join('\n\n'));
    // Each side's sentences as written, in that side's order (removed sections stand where they stood).
    const quoted = (diff: PolicyDiff, side: 'old' | 'new') => {
      const index = (section: PolicyDiff['sections'][number]) => (side === 'old' ? section.oldIndex : section.newIndex);
      return diff.sections
        .filter((section) => index(section) !== undefined)
        .sort((a, b) => index(a)! - index(b)!)
        .flatMap((section) => section.parts.flatMap((part) => (side === 'old' ? ('old' in part ? [part.old.raw] : []) : 'new' in part ? [part.new.raw] : [])));
    };
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const diff = diffPolicies(oldText, newText, { fileName: 'p.md' });
        expect(quoted(diff, 'old')).toEqual(quoted(diffPolicies(oldText, oldText, { fileName: 'p.md' }), 'old'));
        expect(quoted(diff, 'new')).toEqual(quoted(diffPolicies(newText, newText, { fileName: 'p.md' }), 'new'));
      }),
      fuzzSettings(300, 15),
    );
  });
});

interface LogChange {
  entry: string | null;
  date: string;
  language: string;
}

function log(files: Record<string, string>[], dates: string[]): LogChange[] {
  const repo = makeRepo(files.map((version, index) => ({ message: `v${index}`, date: `${dates[index]}T10:00:00Z`, files: version })));
  const result = runCli(['log', '--format', 'json'], { cwd: repo.dir });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { changes: LogChange[] }).changes;
}

describe('language per version', () => {
  it('a translation is reported once, in the new language’s words; each entry is in its own version’s language', () => {
    const changes = log(
      [{ 'privacy.md': real('translation-en.md') }, { 'privacy.md': real('translation-en.md').replace('Write to us', 'Please write to us') }, { 'privacy.md': real('translation-de.md') }],
      ['2026-01-05', '2026-02-05', '2026-03-05'],
    );
    expect(changes.map((change) => [change.language, change.entry])).toEqual([
      ['de', '5.3.2026 Die Erklärung wird jetzt auf Deutsch veröffentlicht (zuvor Englisch).'],
      ['en', '5.2.2026 Updated section: Your rights.'],
      ['en', '5.1.2026 First version.'],
    ]);
  });

  it('a history whose newest capture has no text keeps writing entries, in the language last known', () => {
    const changes = log(
      [{ 'privacy.md': real('tousanticovid-en.md') }, { 'privacy.md': real('tousanticovid-fr.md') }, { 'privacy.md': real('image-only.md') }],
      ['2021-07-20', '2023-07-03', '2026-03-12'],
    );
    expect(changes.map((change) => change.entry)).toEqual([
      expect.stringMatching(/^12\.3\.2026 La majeure partie du texte a été supprimée \([\d\s\u202f]+ → \d+ caractères\)\.$/),
      '3.7.2023 La politique est désormais publiée en français (auparavant en anglais).',
      '20.7.2021 First version.',
    ]);
  });
});

describe('diff of two files in different languages', () => {
  it('says it is a translation, once, without a sentence diff or a notice', () => {
    const result = runCli(['diff', 'translation-en.md', 'translation-de.md'], { cwd: join(fixturesDir, 'real-world') });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Translated: English → German; sentences are not compared across languages.');
    expect(result.stdout).not.toMatch(/\[removed\]|\[added\]|SIGNIFICANT/);
  });

  it('the HTML report of a history says it once too, with no sentence of either language marked', () => {
    const repo = makeRepo([
      { message: 'English', date: '2026-01-05T10:00:00Z', files: { 'privacy.md': real('translation-en.md') } },
      { message: 'Deutsch', date: '2026-03-05T10:00:00Z', files: { 'privacy.md': real('translation-de.md') } },
    ]);
    expect(runCli(['log', '--html', 'report.html'], { cwd: repo.dir }).status).toBe(0);
    const report = readFileSync(join(repo.dir, 'report.html'), 'utf8');
    expect(report).toContain('Translated: English → German; sentences are not compared across languages.');
    // The German text stands nowhere in the report: the first version is English, the translation is one line.
    expect(report).not.toContain('Wir verkaufen Ihre personenbezogenen Daten an niemanden.');
  });
});

describe('a capture that lost most of its text', () => {
  it('is reported in one line with its size before and after, not as removed sections', () => {
    const diff = diffPolicies(real('truncated-v1.md'), real('truncated-v2.md'), { fileName: 'privacy.md' });
    expect(diff.truncation).toEqual({ oldChars: expect.any(Number), newChars: expect.any(Number) });
    expect(diff.truncation!.newChars).toBeLessThan(diff.truncation!.oldChars / 2);
    expect(entryOf(diff)).toMatch(/^1\.5\.2026 Most of the text was removed \([\d,]+ → [\d,]+ characters\)\.$/);
    const result = runCli(['diff', 'truncated-v1.md', 'truncated-v2.md'], { cwd: join(fixturesDir, 'real-world') });
    expect(result.stdout).toMatch(/^Most of the text was removed \([\d,]+ → [\d,]+ characters\); 4 sections changed: 4 removed; 1 unchanged\.$/m);
  });

  it('a capture that is only a heading ("Loading") lost most of its text too; a deleted file is a deletion', () => {
    const loading = diffPolicies(real('truncated-v1.md'), 'Loading\n=======\n', { fileName: 'privacy.md' });
    expect(entryOf(loading)).toMatch(/^1\.5\.2026 Most of the text was removed \([\d,]+ → 7 characters\)\.$/);
    expect(entryOf(diffPolicies(real('truncated-v1.md'), '', { fileName: 'privacy.md' }))).toBe('1.5.2026 Policy removed.');
  });

  it('the share of text lost is configurable', () => {
    const diff = diffPolicies(real('truncated-v1.md'), real('truncated-v2.md'), { fileName: 'privacy.md', truncation: 0.95 });
    expect(diff.truncation).toBeUndefined();
    expect(entryOf(diff)).toBe(
      '1.5.2026 Removed sections: Who is the data controller, What information do we collect, How long do we keep your information and Your rights.',
    );
  });
});

describe('a capture cut short and back later', () => {
  const full = real('truncated-v1.md');
  const loading = 'Loading\n=======\n';
  const history = (versions: string[], dates: string[]) =>
    makeRepo(versions.map((text, index) => ({ message: `v${index}`, date: `${dates[index]}T10:00:00Z`, files: { 'privacy.md': text } })));
  const changesOf = (dir: string, ...options: string[]) => {
    const result = runCli(['log', '--format', 'json', ...options], { cwd: dir });
    expect(result.stderr).toBe('');
    return (JSON.parse(result.stdout) as { changes: (LogChange & { significance: { level: string }; truncation?: object; restoration?: object })[] }).changes;
  };

  it('the cut is said to be back, the text back is compared with the last whole version: no chapter listed as new, no notice', () => {
    const repo = history([full, loading, `${loading}\nPlease wait.\n`, full], ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    const changes = changesOf(repo.dir);
    const size = (changes[0]!.restoration as { chars: number } | undefined)?.chars ?? 0;
    expect(size).toBeGreaterThan(1000);
    const formatted = new Intl.NumberFormat('en').format(size);
    expect(changes.map((change) => [change.entry, change.significance.level])).toEqual([
      [`4.1.2026 The text is back as it was on 1.1.2026 (19 → ${formatted} characters).`, 'none'],
      ['3.1.2026 Updated section: Loading.', 'minor'],
      [`2.1.2026 Most of the text was missing from this version (${formatted} → 7 characters); it was back on 4.1.2026.`, 'minor'],
      ['1.1.2026 First version.', 'none'],
    ]);
    expect(changes[0]!.restoration).toEqual({ since: '2026-01-01', truncatedChars: 19, chars: size });
    expect(changes[2]!.truncation).toEqual({ oldChars: size, newChars: 7, restored: '2026-01-04' });

    const text = runCli(['log'], { cwd: repo.dir }).stdout;
    expect(text).toContain('Significance: none (the text is back, unchanged since 2026-01-01)');
    expect(text).toContain(`Significance: minor (most of the text missing from this version, back on 2026-01-04)\nMost of the text was removed (${formatted} → 7 characters), back on 2026-01-04;`);
    // The text that came back is not listed as removed sentence by sentence.
    expect(text.slice(0, text.indexOf('1.1.2026 First version.'))).not.toMatch(/\[removed\]|\[added\]|SIGNIFICANT/);
    // Nor in the HTML report: the cut is its stats line, the policy's sentences are shown once, as first published.
    expect(runCli(['log', '--html', 'report.html'], { cwd: repo.dir }).status).toBe(0);
    const report = readFileSync(join(repo.dir, 'report.html'), 'utf8');
    expect(report).toContain(`Most of the text was removed (${formatted} → 7 characters), back on 2026-01-04;`);
    expect(report.split('Transfers are deleted from our servers').length - 1).toBe(1);
    expect(changesOf(repo.dir, '--lang', 'sv')[2]!.entry).toMatch(/^2\.1\.2026 Största delen av texten saknades i den här versionen \([\d\s ]+ → 7 tecken\); den var tillbaka den 4\.1\.2026\.$/);
  });

  it('what changed since the last whole version is reported after the text is back, with its notice', () => {
    const changed = full.replace('to resolve disputes.', 'to resolve disputes. We share your personal data with advertising partners.');
    const changes = changesOf(history([full, loading, changed], ['2026-01-01', '2026-01-02', '2026-01-03']).dir);
    expect(changes[0]!.entry).toMatch(
      /^3\.1\.2026 The text is back \(7 → [\d,]+ characters\)\. Compared with 1\.1\.2026: Updated section: How long do we keep your information\.\n\n.*New recipients of personal data: “partners”/,
    );
    expect(changes[0]!.significance.level).toBe('significant');
  });

  it('a policy that grows from a short first version is not "back": it lists its new chapters', () => {
    const stub = 'Privacy & Cookie Policy\n=======================\n\nWe are writing our policy.\n';
    const changes = changesOf(history([stub, full], ['2026-01-01', '2026-01-02']).dir);
    expect(changes[0]!.restoration).toBeUndefined();
    expect(changes[0]!.entry).toMatch(/^2\.1\.2026 Updated section: Opening text; new sections: Introduction, Who is the data controller/);
  });

  it('a version that is an earlier one’s very text says so; the change it took back says when', () => {
    const edited = full.replace('to resolve disputes.', 'to resolve disputes and to answer the authorities.');
    const changes = changesOf(history([full, edited, full], ['2026-01-01', '2026-01-02', '2026-01-03']).dir);
    expect(changes.map((change) => [change.entry, change.significance.level])).toEqual([
      ['3.1.2026 The text is again as it was on 1.1.2026.', 'none'],
      ['2.1.2026 Updated section: How long do we keep your information. Undone on 3.1.2026.', expect.any(String)],
      ['1.1.2026 First version.', 'none'],
    ]);
    expect(changes[0]).toMatchObject({ sameAs: '2026-01-01' });
    expect(changes[1]).toMatchObject({ undone: '2026-01-03' });
    expect(changesOf(history([full, edited, full], ['2026-01-01', '2026-01-02', '2026-01-03']).dir, '--lang', 'fr')[0]!.entry).toBe(
      '3.1.2026 Le texte est de nouveau tel qu’il était le 1.1.2026.',
    );
  });

  it('a cut the same as an earlier cut is a cut, and a change back from formatting only has no line', () => {
    const edited = full.replace('to resolve disputes.', 'to resolve disputes and to answer the authorities.');
    const cuts = changesOf(history([full, loading, full, edited, loading], ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']).dir);
    expect(cuts[0]!.entry).toMatch(/^5\.1\.2026 Most of the text was removed \([\d,]+ → 7 characters\)\.$/);
    const reformatted = full.replace('to resolve disputes.', 'to **resolve** disputes.');
    const formatting = changesOf(history([full, reformatted, full], ['2026-01-01', '2026-01-02', '2026-01-03']).dir);
    expect(formatting.map((change) => change.entry)).toEqual([null, null, '1.1.2026 First version.']);
  });

  it('a cut longer than ten changes is left as it was found: no day it came back', () => {
    const cut = Array.from({ length: 11 }, (_, index) => `${loading}\nPlease wait ${index}.\n`);
    const dates = Array.from({ length: 13 }, (_, index) => `2026-01-${String(index + 1).padStart(2, '0')}`);
    const changes = changesOf(history([full, ...cut, full], dates).dir, '--lang', 'en');
    expect(changes[0]!.restoration).toBeUndefined();
    expect(changes.at(-2)!.entry).toMatch(/^2\.1\.2026 Most of the text was removed \([\d,]+ → \d+ characters\)\.$/);
  });
});

describe('a page that holds several documents', () => {
  const page = real('two-documents.md');

  it('names the chapters of each document, not the documents (Anthropic’s two privacy policies on one page)', () => {
    const changed = page
      .replace('for the following purposes:', 'for the following purposes, listed below:')
      .replace('in order to train our models:', 'in order to train and evaluate our models:');
    expect(entryOf(diffPolicies(page, changed, { fileName: 'privacy.md' }))).toBe(
      '1.5.2026 Updated sections: 2. Uses of Personal Data Permitted Under Applicable Data Protection Laws and 3. Collection of Personal Data.',
    );
    // A document's own introduction is named by the document.
    expect(entryOf(diffPolicies(page, page.replace('building reliable', 'building safe, reliable'), { fileName: 'privacy.md' }))).toBe('1.5.2026 Updated section: Non-User Privacy Policy.');
  });

  it('names a document added whole once, and a chapter two documents share with its document', () => {
    const cookies = '\n- - -\n\nCookie Policy\n=============\n\n1\\. What cookies are\n---------------------\n\nCookies are small files.\n\n2\\. Which we use\n----------------\n\nWe use session cookies.\n\n3\\. Your choices\n----------------\n\nYou can block them.\n';
    expect(entryOf(diffPolicies(page, `${page}${cookies}`, { fileName: 'privacy.md' }))).toBe('1.5.2026 New section: Cookie Policy.');
    const contact = (text: string) => text.replace('\n- - -', '\n4\\. Contact Us\n--------------\n\nWrite to privacy@anthropic.com.\n\n- - -');
    const both = `${contact(page)}\n4\\. Contact Us\n--------------\n\nWrite to privacy@anthropic.com.\n`;
    expect(entryOf(diffPolicies(both, both.replace('Write to privacy@anthropic.com.', 'Write to privacy@anthropic.com or use the form.'), { fileName: 'privacy.md' }))).toBe(
      '1.5.2026 Updated section: 4. Contact Us (Privacy Policy).',
    );
  });
});

describe('the text before the first chapter', () => {
  it('is not named like a chapter of the same change (a capture without its title and introduction)', () => {
    const full = real('truncated-v1.md');
    const accordionOnly = full.slice(full.indexOf('*   Who is the data controller'));
    const entry = entryOf(diffPolicies(full, accordionOnly, { fileName: 'privacy.md' }));
    expect(entry).toBe('1.5.2026 Updated section: Opening text; removed section: Introduction.');
  });
});

describe('entry lines on real histories', () => {
  it('carry no Markdown or link syntax', () => {
    const changes = log(
      [{ 'privacy.md': real('github-anchors-v1.md') }, { 'privacy.md': real('heading-markup.md') }, { 'privacy.md': real('empty-headings.md') }],
      ['2026-01-01', '2026-02-01', '2026-03-01'],
    );
    for (const change of changes) expect(change.entry ?? '').not.toMatch(MARKUP);
  });
});
