/**
 * Each failure seen on real text (issue 16), pinned on a small fixture through the real pipeline: facts of the whole
 * document, words as words, statements only, negation in its clause, French and German, and notices that neither
 * flood nor contradict themselves.
 */
import { describe, expect, it } from 'vitest';
import { buildEntry, classifySignificance, diffPolicies, entryText, noticeOf, renderers, type PolicyDiff, type Significance } from '../src/index.js';

const classify = (old: string, nu: string): { diff: PolicyDiff; significance: Significance } => {
  const diff = diffPolicies(old, nu, { format: 'markdown' });
  return { diff, significance: classifySignificance(diff) };
};
const reasonsOf = (significance: Significance) => significance.reasons.filter((reason) => reason.level !== 'editorial');
const triggersOf = (significance: Significance) => significance.reasons.flatMap((reason) => reason.triggers);

describe('facts of the whole document, and relations', () => {
  const policy = (sharing: string) =>
    `# Privacy Policy\n\n## What we collect\n\nWe collect your phone number when you sign up.\n\n## Sharing\n\nMeta provides our login service. ${sharing}\n`;

  it('"Meta receives your phone number" is new although Meta and phone numbers were both named before', () => {
    const { significance } = classify(policy(''), policy('Meta receives your phone number from us.'));
    expect(significance.level).toBe('significant');
    expect(significance.reasons[0]).toMatchObject({ category: 'recipients', rule: 'relation-added' });
    expect(significance.reasons[0]!.triggers).toEqual(['Meta (phone number)']);
  });

  it('"cookies" in a new link is no new tracking when the policy describes cookies elsewhere', () => {
    const old = '# Privacy Policy\n\n## Cookies\n\nWe use cookies to keep you signed in.\n\n## Links\n\nSee our terms.\n';
    const nu = old.replace('See our terms.', 'See our terms and our [cookie settings](https://example.com/cookies).');
    expect(classify(old, nu).significance.level).not.toBe('significant');
  });
});

describe('words as words', () => {
  const base = '# Privacy Policy\n\n## Data\n\nWe collect your e-mail address to run the service.\n';
  it('"face" does not match "facebook", "access" not "accessible", "ads" not a URL', () => {
    const nu = `${base}\nOur page is accessible on our facebook page: [here](https://example.com/technologies/ads).\n`;
    const { significance } = classify(base, nu);
    expect(significance.level).not.toBe('significant');
    expect(triggersOf(significance).map((trigger) => trigger.toLowerCase())).not.toContain('face');
    expect(triggersOf(significance).map((trigger) => trigger.toLowerCase())).not.toContain('ads');
  });

  it('a question heading or line states nothing: "How is my data shared?" is no new recipient', () => {
    const nu = `${base}\nHow is my data shared?\n`;
    expect(classify(base, nu).significance.level).not.toBe('significant');
  });

  it('a menu of links states nothing, although its link text is only text once capture noise is taken out (TousAntiCovid)', () => {
    const footer = '## sur les réseaux sociaux\n\n* [Mentions légales](https://sante.gouv.fr/mentions-legales)\n* [Données personnelles et cookies](https://sante.gouv.fr/donnees-personnelles-et-cookies)\n* [Contacts](https://sante.gouv.fr/nous-contacter)\n';
    const { diff, significance } = classify('# TousAntiCovid\n\nL’application ne collecte aucune donnée.\n', `# TousAntiCovid\n\nL’application ne collecte aucune donnée.\n\n${footer}`);
    expect(diff.sections.at(-1)!.changes.map((change) => change.new)).toContain('* [Données personnelles et cookies](https://sante.gouv.fr/donnees-personnelles-et-cookies)');
    expect(significance.level).not.toBe('significant');
    expect(triggersOf(significance)).not.toContain('cookies');
    // A sentence with the same words that is not a link still says it.
    const said = classify('# TousAntiCovid\n\nL’application ne collecte aucune donnée.\n', '# TousAntiCovid\n\nL’application ne collecte aucune donnée.\n\nNous utilisons des cookies publicitaires.\n');
    expect(said.significance.level).toBe('significant');
  });

  it('the company\'s own name is no recipient: Google in Google\'s policy', () => {
    const old = '# Google Privacy Policy\n\n## Data\n\nGoogle LLC ("Google", "we") collects your e-mail address.\n';
    const nu = `${old}\nWe use this information to operate Google services and share it with Google affiliates.\n`;
    const reasons = reasonsOf(classify(old, nu).significance);
    expect(reasons.flatMap((reason) => reason.triggers)).not.toContain('Google');
  });

  it('"employees who logged in with Google" names no recipient (seed 001, 18.11.2021)', () => {
    const old = '# SEKRETESSPOLICY\n\n## Säkerhet\n\nAlla lösenord krypteras.\n';
    const nu = `${old}\nÅtkomst till känslig information är begränsad till anställda som loggat in med Google och tvåstegsverifieringen.\n`;
    expect(triggersOf(classify(old, nu).significance)).not.toContain('Google');
  });

  it('an anchor id in a link is no changed phone number', () => {
    const old = '# Privacy Policy\n\n## Contact\n\nWrite to us via the [form](#_0a7b5c1d2e3f).\n';
    const nu = old.replace('#_0a7b5c1d2e3f', '#_9d8c1234567b');
    const { significance } = classify(old, nu);
    expect(significance.reasons.map((reason) => reason.rule)).not.toContain('contact-changed');
    expect(significance.level === 'none' || significance.level === 'editorial').toBe(true);
  });

  it('"och förbättra" joined to a verb is no new item of a list', () => {
    const old = '# Integritetspolicy\n\n## Ändamål\n\nVi använder uppgifterna för att tillhandahålla tjänsten.\n';
    const nu = old.replace('tillhandahålla tjänsten', 'tillhandahålla och förbättra tjänsten');
    expect(classify(old, nu).significance.reasons.map((reason) => reason.rule)).not.toContain('list-extended');
  });
});

describe('negation in its clause, and safeguards replaced', () => {
  it('"even when the app is not in use" does not promise anything: precise location for ads is significant', () => {
    const old = '# Integritetspolicy\n\n## Plats\n\nVi samlar in din ungefärliga position för att visa väder.\n';
    const nu = `${old}\nVi samlar in din exakta position även när appen inte används, för att anpassa annonser.\n`;
    expect(classify(old, nu).significance.level).toBe('significant');
  });

  it('SSL → TLS is one safeguard in another\'s place, not a safeguard removed', () => {
    const old = '# Privacy Policy\n\n## Security\n\nWe encrypt all traffic with SSL.\n';
    const { significance } = classify(old, old.replace('SSL', 'TLS'));
    expect(significance.level).not.toBe('significant');
    expect(significance.reasons[0]).toMatchObject({ rule: 'replaced', category: 'security' });
  });
});

describe('French and German', () => {
  const fr = (extra: string) =>
    `# Politique de confidentialité\n\n## Utilisation des données\n\nNous utilisons vos données pour fournir le service et pour répondre à vos demandes.${extra}\n\n## Contact\n\nÉcrivez-nous pour toute question sur vos données.\n`;

  it('reads "à des fins publicitaires", "intérêt légitime" and "décision automatisée" in French, in French words', () => {
    const { diff, significance } = classify(
      fr(''),
      fr(' Nous partageons vos données avec nos partenaires à des fins publicitaires, sur la base de notre intérêt légitime. Nous prenons des décisions automatisées sur votre compte.'),
    );
    expect(diff.language).toBe('fr');
    expect(significance.level).toBe('significant');
    const categories = significance.reasons.filter((reason) => reason.level === 'significant').map((reason) => reason.category);
    expect(categories).toEqual(expect.arrayContaining(['purpose', 'recipients', 'legal-basis']));
    expect(significance.reasons[0]!.message).toMatch(/^Nouvelle finalité : /);
  });

  it('reads "18 Monate" as a longer retention in German', () => {
    const de = (period: string) =>
      `# Datenschutzerklärung\n\n## Speicherdauer\n\nWir speichern Ihre Daten für ${period} und löschen sie danach.\n\n## Kontakt\n\nSchreiben Sie uns bei Fragen zu Ihren Daten.\n`;
    const { diff, significance } = classify(de('6 Monate'), de('18 Monate'));
    expect(diff.language).toBe('de');
    expect(significance.level).toBe('significant');
    expect(significance.reasons[0]).toMatchObject({ rule: 'period-longer', message: 'Die Speicherdauer wird länger: 6 Monate → 18 Monate.' });
  });

  it('writes every line of a French entry in French, or every line in English with --lang en', () => {
    const diff = { ...diffPolicies(fr(''), fr(' Nous partageons vos données avec nos partenaires à des fins publicitaires.'), { format: 'markdown' }) };
    const significance = classifySignificance(diff);
    const french = buildEntry(diff, { date: '2024-05-02', significance })!;
    expect(french.line).toBe('2.5.2024 Section mise à jour : Utilisation des données.');
    expect(french.notice).toMatch(/^Nouvelle finalité : /);
    expect(french.notice).not.toMatch(/\b(?:New|purpose|recipients)\b/);
    const english = buildEntry(diff, { date: '2024-05-02', significance, language: 'en' })!;
    expect(english.line).toBe('2.5.2024 Updated section: Utilisation des données.');
    expect(english.notice).toMatch(/^New purpose: /);
    expect(entryText(english).split('\n\n')).toHaveLength(2);
  });
});

describe('notices that do not flood', () => {
  const many = Array.from({ length: 12 }, (_, index) => `Partner ${index} Ltd receives your phone number for advertising ${index}.`).join(' ');
  const old = '# Privacy Policy\n\n## Sharing\n\nWe keep your data to ourselves.\n';
  const nu = `${old}\n${many} We transfer your data to China. We use cookies and pixels. We collect your precise location and health data. We may sell your data on the basis of our legitimate interest. We keep it for ten years.\n`;

  it('shows at most five findings, the most serious first, and says how many more; JSON keeps them all', () => {
    const { diff, significance } = classify(old, nu);
    const notice = noticeOf(significance, 'en')!;
    expect(notice.shown.length).toBe(5);
    expect(notice.more).toBeGreaterThan(0);
    expect(notice.shown.every((finding) => finding.level === 'significant')).toBe(true);
    const significantFindings = significance.findings!.filter((finding) => finding.level === 'significant');
    expect(significantFindings.length).toBeGreaterThan(5);
    expect(notice.shown).toEqual(significantFindings.slice(0, 5));
    // The same finding is said once, with all its words, however many sentences said it.
    const keys = significance.findings!.map((finding) => `${finding.level} ${finding.category} ${finding.rule}`);
    expect(new Set(keys).size).toBe(keys.length);
    const text = renderers.text.diff({ ...diff, significance }, { color: false });
    expect(text.split('\n').filter((line) => line.startsWith('  ! '))).toHaveLength(5);
    expect(text).toMatch(/ {2}… and \d+ more/);
    const entry = buildEntry({ ...diff, significance }, { date: '2024-05-02', significance })!;
    expect(entry.notice!.length).toBeLessThan(1200);
    expect(entry.notice).toMatch(/And \d+ more\.$/);
  });
});

describe('no contradictions', () => {
  it('a first version is none, "first version"', () => {
    const diff = diffPolicies('', '# Privacy Policy\n\n## Data\n\nWe sell your data to brokers.\n', { format: 'markdown' });
    const significance = classifySignificance(diff);
    expect(significance).toMatchObject({ level: 'none', firstVersion: true });
    expect(renderers.text.diff({ ...diff, significance }, { color: false })).toContain('Significance: none (first version)');
  });

  it('a change only in the preamble never reads "formatting only" beside a level above none', () => {
    const old = 'We collect your e-mail address.\n\n## Contact\n\nWrite to us.\n';
    const nu = 'We collect your e-mail address and your precise location.\n\n## Contact\n\nWrite to us.\n';
    const diff = diffPolicies(old, nu, { format: 'markdown' });
    const significance = classifySignificance(diff);
    expect(significance.level).toBe('significant');
    const text = renderers.text.diff({ ...diff, significance }, { color: false });
    expect(text).toContain('SIGNIFICANT CHANGE');
    expect(text).not.toContain('formatting only');
  });
});
