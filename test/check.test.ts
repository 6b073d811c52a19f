import { describe, expect, it } from 'vitest';
import {
  chapterShapes,
  correspondingChapters,
  findLastUpdated,
  findTranslationSets,
  readPolicyDate,
  renderChecksMarkdown,
  renderCommentChecks,
  runChecks,
  type CheckFinding,
  type CheckReport,
} from '../src/check/index.js';
import { GitRepository } from '../src/history/git.js';
import { parsePolicy } from '../src/document/parse.js';
import { makeRepo, type TestRepo } from './support/repo.js';
import { branchRepo, english, finnish, FI_GOOGLE_ANALYTICS, FIRST_COMMIT, GOOGLE_ANALYTICS_IN_ALL, swedish, translationFiles } from './support/translations.js';

async function check(repo: TestRepo, base = 'main'): Promise<CheckReport> {
  return runChecks(await GitRepository.open(repo.dir), { base });
}

const of = (report: CheckReport, name: CheckFinding['check']) => report.findings.filter((finding) => finding.check === name);
const summary = (findings: readonly CheckFinding[]) => findings.map((finding) => `${finding.severity} ${finding.file}`);

const ACKNOWLEDGED = 'Add Google Analytics\n\nPolicy-Significance: significant';

describe('translation sets and chapters', () => {
  it('finds translations by a language code in the name or folder, and leaves other files alone', () => {
    const sets = findTranslationSets([
      'privacy.sv.md', 'privacy.en.md', 'privacy.fi.md',
      'legal/terms-sv.md', 'legal/terms-en.md',
      'cookies_fi.txt', 'cookies_sv.txt',
      'sv/integritet.md', 'en/integritet.md',
      'docs/policy.md', 'docs/policy.en.md',
      'lonely.sv.md', 'privacy.sv.txt', 'notes/privacy.md',
    ]);
    expect(sets.map((set) => set.map((member) => `${member.file}:${member.language ?? '?'}`))).toEqual([
      ['privacy.sv.md:sv', 'privacy.en.md:en', 'privacy.fi.md:fi'],
      ['legal/terms-sv.md:sv', 'legal/terms-en.md:en'],
      ['cookies_fi.txt:fi', 'cookies_sv.txt:sv'],
      ['sv/integritet.md:sv', 'en/integritet.md:en'],
      ['docs/policy.md:?', 'docs/policy.en.md:en'],
    ]);
  });

  it('pairs chapters by position and structure, not words, and puts a chapter of one language in its own row', () => {
    const extra = '## 5. Cookies\n\nVi använder inga kakor.';
    const shapes = [swedish({ extraChapter: extra }), english(), finnish()].map((text) => chapterShapes(parsePolicy(text, { fileName: 'x.md' })));
    expect(correspondingChapters(shapes)).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
      [4, undefined, undefined],
      [5, 4, 4],
    ]);
    const inEnglish = [swedish(), english({ extraChapter: '## 5. Cookies\n\nWe use no cookies.' }), finnish()].map((text) => chapterShapes(parsePolicy(text, { fileName: 'x.md' })));
    expect(correspondingChapters(inEnglish)).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
      [undefined, 4, undefined],
      [4, 5, 4],
    ]);
  });
});

describe('the "last updated" line', () => {
  it.each([
    ['Senast ändrad: 2021-01-24', '2021-01-24'],
    ['Senast uppdaterad 3.9.2021', '2021-09-03'],
    ['**Last updated:** 18 November 2021', '2021-11-18'],
    ['Effective date: November 18, 2021', '2021-11-18'],
    ['Päivitetty 18. marraskuuta 2021', '2021-11-18'],
    ['Viimeksi päivitetty: 1.2.2022', '2022-02-01'],
    ['Zuletzt aktualisiert: 18. November 2021', '2021-11-18'],
    ['Sist oppdatert 18.11.2021', '2021-11-18'],
  ])('reads %j', (line, day) => {
    expect(findLastUpdated(`# Policy\n\n${line}\n\nText.\n`)).toMatchObject({ line: 3, date: day });
  });

  it('is not fooled by change-list lines or sentences about updates', () => {
    expect(findLastUpdated('- 18.11.2021 Uppdaterade kapitel: Säkerhet.\n\nWe updated May 2021 terms.\n')).toBeUndefined();
    expect(readPolicyDate('31.2.2021')).toBeUndefined();
  });
});

describe('runChecks on a repository with sv/en/fi translations', () => {
  it('finds nothing when a significant change reaches all three, with dates, change lists and the trailer', async () => {
    const repo = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    const report = await check(repo);
    expect(report.findings).toEqual([]);
    expect(report.translationSets).toEqual([['privacy.en.md', 'privacy.fi.md', 'privacy.sv.md']]);
    expect(report.base).toEqual({ ref: 'main', commit: repo.git(['rev-parse', 'main']).trim() });
  });

  it('translation drift: a chapter changed in Swedish only names both headings for each lagging language', async () => {
    const repo = branchRepo({
      message: ACKNOWLEDGED,
      files: { 'privacy.sv.md': swedish(GOOGLE_ANALYTICS_IN_ALL.sv) },
    });
    const drift = of(await check(repo), 'translation-drift');
    // The new subsection also breaks the structure, but the change findings say so already: no third finding.
    expect(summary(drift)).toEqual(['error privacy.en.md', 'error privacy.fi.md']);
    expect(drift[0]!.chapters).toEqual([
      { file: 'privacy.sv.md', position: 2, heading: '2. Hur informationen används' },
      { file: 'privacy.en.md', position: 2, heading: '2. How the information is used' },
    ]);
    expect(drift[0]!.message).toBe(
      'Chapter 2 “2. Hur informationen används” changed in privacy.sv.md since main, but its counterpart chapter 2 “2. How the information is used” in privacy.en.md did not (privacy.en.md did not change at all since main).',
    );
  });

  it('translation drift: no finding when the counterparts changed too, however they are worded', async () => {
    const repo = branchRepo(
      { message: ACKNOWLEDGED, files: { 'privacy.sv.md': swedish(GOOGLE_ANALYTICS_IN_ALL.sv) } },
      { message: 'Translate Google Analytics', files: { 'privacy.en.md': english(GOOGLE_ANALYTICS_IN_ALL.en), 'privacy.fi.md': finnish(GOOGLE_ANALYTICS_IN_ALL.fi) } },
    );
    expect(of(await check(repo), 'translation-drift')).toEqual([]);
  });

  it('a translation added since the base is no drift of the others, and its first version no change', async () => {
    const repo = makeRepo([{ ...FIRST_COMMIT, files: { 'privacy.sv.md': swedish(), 'privacy.en.md': english() } }]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Finnish translation', date: '2024-03-10T10:00:00+02:00', files: { 'privacy.fi.md': finnish() } });
    const report = await check(repo);
    expect(report.translationSets).toEqual([['privacy.en.md', 'privacy.fi.md', 'privacy.sv.md']]);
    // Its first version is a publication, not a change: no date, entry or notice is asked of it either.
    expect(report.findings).toEqual([]);
  });

  it('translation drift: a chapter added in one language only is found at the head, with or without history', async () => {
    const extra = { extraChapter: '## 5. Cookies\n\nIdun-tjänsten använder inga kakor.' };
    const repo = branchRepo({ message: 'Add a cookie chapter', files: { 'privacy.sv.md': swedish(extra) } });
    const drift = of(await check(repo), 'translation-drift');
    expect(summary(drift)).toEqual(['error privacy.en.md', 'error privacy.fi.md']);
    expect(drift[0]!.message).toBe('privacy.en.md has no chapter corresponding to chapter 5 “5. Cookies” of privacy.sv.md: a chapter added or removed in one language only.');
    // The renumbered change-list chapter (5 → 6) still pairs with its counterparts: no other finding.
    expect(drift.every((finding) => finding.chapters?.length === 1)).toBe(true);
  });

  it('translation drift: a chapter inserted in one language, renumbering the ones after it, is the only finding', async () => {
    const inserted = swedish({ extraChapter: '## 5. Kakor\n\nIdun-tjänsten använder inga kakor.' }).replace('## 5. Ändringar', '## 6. Ändringar');
    const repo = branchRepo({ message: 'Say that Idun uses no cookies', files: { 'privacy.sv.md': inserted } });
    const drift = of(await check(repo), 'translation-drift');
    expect(drift.map((finding) => finding.message)).toEqual([
      'privacy.en.md has no chapter corresponding to chapter 5 “5. Kakor” of privacy.sv.md: a chapter added or removed in one language only.',
      'privacy.fi.md has no chapter corresponding to chapter 5 “5. Kakor” of privacy.sv.md: a chapter added or removed in one language only.',
    ]);
  });

  it('translation drift: subsections that no longer correspond are found at the head, naming both chapters', async () => {
    const repo = makeRepo([{ ...FIRST_COMMIT, files: { ...translationFiles(), 'privacy.fi.md': finnish({ extraRecipient: FI_GOOGLE_ANALYTICS }) } }]);
    const drift = of(await check(repo, 'HEAD'), 'translation-drift');
    expect(summary(drift)).toEqual(['error privacy.fi.md']);
    expect(drift[0]!.message).toBe('Chapter 2 “2. Miten tietoja käytetään” of privacy.fi.md has 3 subsections, its counterpart chapter 2 “2. How the information is used” of privacy.en.md 2.');
    expect(of(await check(makeRepo([FIRST_COMMIT]), 'HEAD'), 'translation-drift')).toEqual([]);
  });

  it("reads each file with the config's heading overrides: a heading ignored in one language is no extra subsection", async () => {
    const repo = makeRepo([{ ...FIRST_COMMIT, files: { ...translationFiles(), 'privacy.fi.md': finnish({ extraRecipient: FI_GOOGLE_ANALYTICS }) } }]);
    const config = { headings: { 'privacy.fi.md': { ignore: ['Google Analytics'] } } };
    const report = await runChecks(await GitRepository.open(repo.dir), { base: 'HEAD', config });
    expect(of(report, 'translation-drift')).toEqual([]);
  });

  it('translation drift: the "last updated" line and the change list are no change of their chapter, wherever they stand', async () => {
    // The date at the end of chapter 3, as seed 003 keeps it in its last chapter.
    const dated = (day: string, list: string[]) =>
      swedish({ changeList: list }).replace('Senast ändrad: 2024-01-15\n\n', '').replace('för bättre säkerhet.', `för bättre säkerhet.\n\nSenast ändrad: ${day}`);
    const repo = makeRepo([{ ...FIRST_COMMIT, files: { ...translationFiles(), 'privacy.sv.md': dated('2024-01-15', ['- 15.1.2024 Första versionen.']) } }]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Date and list', date: '2024-03-10T10:00:00+02:00', files: { 'privacy.sv.md': dated('2024-03-10', ['- 15.1.2024 Första versionen.', '- 10.3.2024 Förtydligande.']) } });
    const report = await check(repo);
    expect(report.files).toContain('privacy.sv.md');
    expect(report.findings).toEqual([]);
  });

  it('translation drift: an editorial change in one language is a warning', async () => {
    const reworded =
      'Det innebär att man när som helst har rätt att begära en redogörelse över vilken information om användaren som vi besitter. Man har också rätt att begära att informationen raderas.';
    const repo = branchRepo({ message: 'Reword', files: { 'privacy.sv.md': swedish({ rights: reworded }) } });
    const drift = of(await check(repo), 'translation-drift');
    expect(summary(drift)).toEqual(['warning privacy.en.md', 'warning privacy.fi.md']);
    expect(drift[0]!.message).toContain('changed in privacy.sv.md since main (editorially), but its counterpart chapter 4');
  });

  it('stale date: a meaningful change without a new "last updated" date, and none when it is updated', async () => {
    const stale = { ...GOOGLE_ANALYTICS_IN_ALL, sv: { ...GOOGLE_ANALYTICS_IN_ALL.sv, updated: '2024-01-15' } };
    const repo = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(stale) });
    const findings = of(await check(repo), 'stale-date');
    expect(summary(findings)).toEqual(['error privacy.sv.md']);
    expect(findings[0]!.message).toMatch(/^privacy\.sv\.md still says “Senast ändrad: 2024-01-15” \(line 3\): it was not updated when commit [0-9a-f]{7} “Add Google Analytics” changed the policy's meaning on 2024-03-10\.$/);
    expect(findings[0]!.fix).toBe('set the line to 2024-03-10 or later, e.g. “Senast ändrad: 2024-03-10”.');
    expect(findings[0]!.commit).toBe(repo.git(['rev-parse', 'HEAD']).trim());
    const updated = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    expect(of(await check(updated), 'stale-date')).toEqual([]);
  });

  it('stale date: a date set before the change is an error; an editorial change needs no new date', async () => {
    const early = { ...GOOGLE_ANALYTICS_IN_ALL, fi: { ...GOOGLE_ANALYTICS_IN_ALL.fi, updated: '1.3.2024' } };
    const repo = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(early) });
    const findings = of(await check(repo), 'stale-date');
    expect(summary(findings)).toEqual(['error privacy.fi.md']);
    expect(findings[0]!.fix).toBe('set the line to 2024-03-10 or later, e.g. “Päivitetty: 10.3.2024”.');
    const editorial = branchRepo({ message: 'Reword\n\nPolicy-Significance: editorial', files: translationFiles({ sv: { collected: 'Inloggningsinformationen består av ditt telefonnummer.' } }) });
    expect(of(await check(editorial), 'stale-date')).toEqual([]);
  });

  it('missing change entry: a meaningful change with no line in the policy\'s own list, and none with it', async () => {
    const unlisted = { ...GOOGLE_ANALYTICS_IN_ALL, en: { ...GOOGLE_ANALYTICS_IN_ALL.en, changeList: ['- 15.1.2024 First version.'] } };
    const repo = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(unlisted) });
    const findings = of(await check(repo), 'missing-change-entry');
    expect(summary(findings)).toEqual(['error privacy.en.md']);
    expect(findings[0]!.message).toMatch(/^privacy\.en\.md keeps its own change list, but its newest meaningful change \(2024-03-10, commit [0-9a-f]{7} “Add Google Analytics”\) has no line in it; the newest line is of 2024-01-15\.$/);
    expect(findings[0]!.fix).toBe('run policydiff changelog main --in-policy -- privacy.en.md, or add the line by hand.');
    // The entry may come in a later commit of the branch.
    repo.commit({ message: 'List the change', date: '2024-03-12T10:00:00+02:00', files: { 'privacy.en.md': english(GOOGLE_ANALYTICS_IN_ALL.en) } });
    expect(of(await check(repo), 'missing-change-entry')).toEqual([]);
  });

  it('significant without notice: a significant commit without a Policy-Significance trailer; any valid trailer acknowledges it', async () => {
    const repo = branchRepo({ message: 'Add Google Analytics', files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    const findings = of(await check(repo), 'significant-without-notice');
    expect(summary(findings)).toEqual(['error privacy.en.md', 'error privacy.fi.md', 'error privacy.sv.md']);
    const swedishFinding = findings.find((finding) => finding.file === 'privacy.sv.md')!;
    expect(swedishFinding.message).toContain('“Add Google Analytics” makes a significant change to privacy.sv.md without a Policy-Significance trailer: ');
    expect(swedishFinding.message).toContain('(2. Hur informationen används › Google Analytics)');
    expect(swedishFinding.commit).toBe(repo.git(['rev-parse', 'HEAD']).trim());
    const acknowledged = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    expect(of(await check(acknowledged), 'significant-without-notice')).toEqual([]);
  });

  it('renders the findings as the "Checks" part of a PR comment, escaping policy text', async () => {
    const repo = branchRepo({ message: 'Add Google Analytics', files: { 'privacy.sv.md': swedish(GOOGLE_ANALYTICS_IN_ALL.sv) } });
    const markdown = renderChecksMarkdown((await check(repo)).findings);
    expect(markdown.startsWith('### Checks\n\n**3 errors**\n\n- **Error** · Translation drift · `privacy.en.md`: Chapter 2 “2. Hur informationen används” changed in privacy.sv.md since main')).toBe(true);
    expect(markdown).toContain('- **Error** · Significant without notice · `privacy.sv.md`: Commit ');
    // Headings are policy text: escaped, so that "(…)" or "#" in them cannot become Markdown.
    expect(markdown).toContain('\\(2. Hur informationen används › Google Analytics\\)');
    expect(renderChecksMarkdown([])).toBe('### Checks\n\nAll checks passed: translations in step, dates and change lists kept, significant changes acknowledged.\n');
  });

  it('says which checks had something to look at; the comment\'s part names only those, or is left out', async () => {
    const repo = branchRepo({ message: ACKNOWLEDGED, files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    const report = await check(repo);
    expect(report.applicable).toEqual(['translation-drift', 'stale-date', 'missing-change-entry', 'significant-without-notice']);
    // One plain policy, no date line or change list, a change that is not significant: nothing to check.
    const plain = makeRepo([
      { message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { 'privacy.md': '# Integritetspolicy\n\n## Uppgifter\n\nVi samlar in namn.\n' } },
      { message: 'Typo', date: '2024-01-11T10:00:00+01:00', files: { 'privacy.md': '# Integritetspolicy\n\n## Uppgifter\n\nVi samlar in namnet.\n' } },
    ]);
    const quiet = await runChecks(await GitRepository.open(plain.dir), { base: 'HEAD~1', baseLabel: 'start' });
    expect(quiet).toMatchObject({ findings: [], applicable: [], base: { ref: 'start' } });
    expect(renderCommentChecks(quiet)).toBeUndefined();
    const dated = { ...quiet, applicable: ['stale-date' as const] };
    expect(renderCommentChecks(dated)).toBe('### Checks\n\nAll checks passed: "last updated" dates kept.\n');
  });
});
