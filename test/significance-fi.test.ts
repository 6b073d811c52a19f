/**
 * The Finnish lexicon (src/lexicons/fi.json) on the Finnish pairs of fixtures/significance/cases.json, labelled
 * before the lexicon was written, and on a held-out list below that was written at the same time and never used
 * to tune it. Finnish inflects where Swedish adds words ("emme myy" → "myymme", "Yhdysvalloissa", "kuuden
 * kuukauden"), so these pairs are what shows the stems reach the case forms policies actually use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledLanguages, classifySignificance, diffPolicies, ExitCode, type Significance, type SignificanceLevel } from '../src/index.js';
import { runCli, tempDir } from './support/cli.js';
import { makeRepo } from './support/repo.js';
import { finnish } from './support/translations.js';

interface Case {
  id: string;
  lang: string;
  format?: 'markdown' | 'text';
  old: string;
  new: string;
  expected: SignificanceLevel;
  category?: string;
}

const policy = (heading: string, text: string) => `# Tietosuojaseloste\n\n## ${heading}\n\n${text}\n`;
const pair = (id: string, expected: SignificanceLevel, heading: string, old: string, nu: string, category?: string): Case => ({
  id: `fi-holdout-${id}`,
  lang: 'fi',
  format: 'markdown',
  old: policy(heading, old),
  new: policy(heading, nu),
  expected,
  ...(category === undefined ? {} : { category }),
});

/** Written with the labelled cases, before fi.json existed; not looked at while tuning it. */
const HELD_OUT: Case[] = [
  pair('transfer-eu', 'significant', 'Tietojen siirto', 'Tietojasi ei koskaan luovuteta Euroopan unionin ulkopuolelle.', 'Tietojasi voidaan luovuttaa myös Euroopan unionin ulkopuolelle.', 'transfer'),
  pair('retention-months', 'significant', 'Säilytysaika', 'Säilytämme tilaushistoriasi 12 kuukauden ajan.', 'Säilytämme tilaushistoriasi 36 kuukauden ajan.', 'retention'),
  pair('tracking-hotjar', 'significant', 'Evästeet', 'Käytämme välttämättömiä evästeitä.', 'Käytämme välttämättömiä evästeitä. Käytämme sivustolla Hotjar-palvelua istuntojen tallentamiseen.', 'tracking'),
  pair('rights-objection-removed', 'significant', 'Rekisteröidyn oikeudet', 'Rekisteröidyllä on oikeus tarkastaa tietonsa. Rekisteröidyllä on oikeus vastustaa henkilötietojensa käsittelyä suoramarkkinointia varten.', 'Rekisteröidyllä on oikeus tarkastaa tietonsa.', 'rights'),
  pair('health-data', 'significant', 'Kerättävät tiedot', 'Keräämme vain sähköpostiosoitteesi.', 'Keräämme sähköpostiosoitteesi sekä terveystietosi, kuten sykkeen ja unen.', 'personal-data'),
  pair('automated-decisions', 'significant', 'Käyttötarkoitukset', 'Emme käytä tietojasi automaattiseen päätöksentekoon.', 'Käytämme tietojasi automaattiseen päätöksentekoon ja profilointiin.', 'purpose'),
  pair('servers-outside-eu', 'significant', 'Palvelimet', 'Henkilötiedot käsitellään ainoastaan Suomessa sijaitsevilla palvelimilla.', 'Henkilötiedot käsitellään palvelimilla, jotka voivat sijaita myös EU:n ulkopuolella.', 'transfer'),
  pair('basis-marketing', 'significant', 'Suoramarkkinointi', 'Markkinointiviestejä lähetetään vain suostumuksellasi.', 'Markkinointiviestejä lähetetään oikeutetun edun perusteella.', 'legal-basis'),
  pair('recipient-removed', 'minor', 'Tietojen luovuttaminen', 'Jaamme tietoja kuljetusyhtiöille ja markkinointitoimistoille.', 'Jaamme tietoja kuljetusyhtiöille.'),
  pair('contact-phone', 'minor', 'Yhteystiedot', 'Voit ottaa meihin yhteyttä sähköpostitse.', 'Voit ottaa meihin yhteyttä sähköpostitse tai puhelimitse numeroon 040 123 4567.'),
  pair('date', 'editorial', 'Muutokset', 'Tietosuojaseloste on laadittu 1.1.2020.', 'Tietosuojaseloste on laadittu 1.6.2022.'),
  pair('quotes', 'none', 'Yleistä', 'Palvelua ylläpitää Esimerkki Oy ("Yritys").', 'Palvelua ylläpitää Esimerkki Oy (“Yritys”).'),
];

/** A second round, written after fi.json's first draft and before running it, in wording the lexicon was not written from. */
const HELD_OUT_ROUND_2: Case[] = [
  pair('r2-disclosed-regularly', 'significant', 'Säännönmukaiset luovutukset', 'Henkilötietoja ei luovuteta säännönmukaisesti Yrityksen ulkopuolelle.', 'Henkilötietoja luovutetaan säännönmukaisesti yhteistyöyrityksillemme.', 'recipients'),
  pair('r2-eea-usa', 'significant', 'Tietojen siirto', 'Tietoja ei siirretä Euroopan talousalueen ulkopuolelle.', 'Tietoja voidaan siirtää Euroopan talousalueen ulkopuolelle, kuten Yhdysvaltoihin.', 'transfer'),
  pair('r2-destroyed-to-six-years', 'significant', 'Tietojen säilyttäminen', 'Tiedot hävitetään heti, kun niitä ei enää tarvita.', 'Tietoja säilytetään kuuden vuoden ajan kirjanpitolain mukaisesti.', 'retention'),
  pair('r2-purchase-history', 'significant', 'Rekisterin tietosisältö', 'Rekisteriin tallennetaan asiakkaan nimi, puhelinnumero ja sähköpostiosoite.', 'Rekisteriin tallennetaan asiakkaan nimi, puhelinnumero, sähköpostiosoite ja ostohistoria.', 'personal-data'),
  pair('r2-objection-restricted', 'significant', 'Kielto-oikeus', 'Rekisteröity voi milloin tahansa kieltää tietojensa käytön suoramarkkinointiin.', 'Rekisteröity voi kieltää tietojensa käytön suoramarkkinointiin kirjallisella pyynnöllä kerran vuodessa.', 'rights'),
  pair('r2-facebook-pixel', 'significant', 'Evästeet', 'Sivustolla käytetään evästeitä.', 'Sivustolla käytetään evästeitä. Sivustolla käytetään kolmansien osapuolten seurantatyökaluja, kuten Facebookin pikseliä.', 'tracking'),
  pair('r2-direct-marketing', 'significant', 'Henkilötietojen käyttötarkoitus', 'Tietoja käytetään ainoastaan tilausten käsittelyyn.', 'Tietoja käytetään tilausten käsittelyyn ja suoramarkkinointiin.', 'purpose'),
  pair('r2-controller', 'significant', 'Rekisterinpitäjä', 'Rekisterinpitäjänä toimii Kauppa Oy.', 'Rekisterinpitäjänä toimii Verkkokauppa Holding Oyj.', 'controller'),
  pair('r2-all-staff', 'significant', 'Rekisterin suojaus', 'Järjestelmään pääsevät vain ne työntekijät, joiden työtehtävät sitä edellyttävät.', 'Järjestelmään pääsevät kaikki työntekijät.', 'security'),
  pair('r2-basis', 'significant', 'Käsittelyn peruste', 'Henkilötietojen käsittely perustuu rekisteröidyn suostumukseen.', 'Henkilötietojen käsittely perustuu rekisterinpitäjän oikeutettuun etuun.', 'legal-basis'),
  pair('r2-debt-collection', 'significant', 'Tietojen luovuttaminen', 'Tietoja saatetaan luovuttaa perintätoimistolle.', 'Tietoja luovutetaan perintätoimistolle.', 'recipients'),
  pair('r2-shorter', 'minor', 'Säilytysaika', 'Tietoja säilytetään kolme vuotta.', 'Tietoja säilytetään yhden vuoden.'),
  pair('r2-unsubscribe-how', 'minor', 'Uutiskirje', 'Voit peruuttaa uutiskirjeen tilauksen.', 'Voit peruuttaa uutiskirjeen tilauksen jokaisen viestin lopussa olevasta linkistä.'),
  pair('r2-rephrased', 'editorial', 'Tietojen käsittely', 'Tietoja käsittelevät ainoastaan ne henkilöt, jotka tarvitsevat niitä työssään.', 'Tietoja käsittelevät ainoastaan ne henkilöt, jotka tarvitsevat niitä työtehtäviensä hoitamiseen.'),
];

const labelled = (JSON.parse(readFileSync(new URL('../fixtures/significance/cases.json', import.meta.url), 'utf8')) as Case[]).filter((c) => c.lang === 'fi');

// As `--lang fi` or the config's "languages" would: a two-line pair is too short to detect its language.
const run = (cases: Case[]) =>
  cases.map((testCase) => {
    const diff = diffPolicies(testCase.old, testCase.new, { language: 'fi', ...(testCase.format === undefined ? {} : { format: testCase.format }) });
    return { testCase, significance: classifySignificance(diff) };
  });

interface Scores {
  recall: number;
  precision: number;
  truePositives: number;
  actual: number;
  predicted: number;
  exact: number;
}

function score(results: { testCase: Case; significance: Significance }[]): Scores {
  const count = (predicate: (r: (typeof results)[number]) => boolean) => results.filter(predicate).length;
  const truePositives = count((r) => r.testCase.expected === 'significant' && r.significance.level === 'significant');
  const actual = count((r) => r.testCase.expected === 'significant');
  const predicted = count((r) => r.significance.level === 'significant');
  return {
    recall: actual === 0 ? 0 : truePositives / actual,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    truePositives,
    actual,
    predicted,
    exact: count((r) => r.significance.level === r.testCase.expected),
  };
}

function report(name: string, results: { testCase: Case; significance: Significance }[]): Scores {
  const scores = score(results);
  console.log(
    `\n${name}: ${results.length} pairs, ${scores.exact} at the expected level; significant recall ${(scores.recall * 100).toFixed(1)} % ` +
      `(${scores.truePositives}/${scores.actual}), precision ${(scores.precision * 100).toFixed(1)} % (${scores.truePositives}/${scores.predicted} predicted)`,
  );
  for (const { testCase, significance } of results.filter((r) => r.significance.level !== r.testCase.expected)) {
    console.log(`  ${testCase.id}: expected ${testCase.expected}, got ${significance.level}${significance.reasons[0] ? ` (${significance.reasons[0].messageEn})` : ''}`);
  }
  return scores;
}

describe('significance in Finnish', () => {
  it('has a bundled Finnish lexicon', () => {
    expect(bundledLanguages()).toContain('fi');
  });

  it('has enough labelled Finnish pairs, across levels and categories', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(30);
    for (const level of ['none', 'editorial', 'minor', 'significant'] as const) expect(labelled.filter((c) => c.expected === level).length, level).toBeGreaterThan(0);
    const categories = new Set(labelled.filter((c) => c.expected === 'significant').map((c) => c.category));
    for (const category of ['personal-data', 'purpose', 'recipients', 'transfer', 'retention', 'rights', 'legal-basis', 'controller', 'security', 'tracking']) {
      expect(categories, category).toContain(category);
    }
  });

  const results = run(labelled);

  it('meets the project gates on the labelled pairs: recall 100 %, precision ≥ 85 %, formatting-only is none', () => {
    const scores = report('Finnish labelled pairs', results);
    expect(results.filter((r) => r.testCase.expected === 'significant' && r.significance.level !== 'significant').map((r) => r.testCase.id)).toEqual([]);
    expect(scores.precision).toBeGreaterThanOrEqual(0.85);
    expect(results.filter((r) => r.testCase.expected === 'none' && r.significance.level !== 'none').map((r) => r.testCase.id)).toEqual([]);
  });

  it('files each significant Finnish change under the category a lawyer would', () => {
    const misfiled = results
      .filter(({ testCase }) => testCase.expected === 'significant' && testCase.category !== undefined)
      .filter(({ testCase, significance }) => !significance.reasons.some((r) => r.level === 'significant' && r.category === testCase.category))
      .map(({ testCase, significance }) => `${testCase.id}: wanted ${testCase.category}, got ${significance.reasons.map((r) => `${r.level}/${r.category}`).join(' ')}`);
    expect(misfiled).toEqual([]);
  });

  it('words every reason in Finnish, with the English one beside it', () => {
    for (const { testCase, significance } of results) {
      for (const reason of significance.reasons) {
        expect(reason.message, testCase.id).not.toMatch(/\{\w+\}/);
        if (reason.category !== 'structure') expect(reason.message, `${testCase.id} ${reason.rule}`).not.toBe(reason.messageEn);
      }
    }
  });

  it('reads the held-out pairs it was not tuned on without missing a significant change entirely', () => {
    const rounds = [report('Finnish held-out pairs', run(HELD_OUT)), report('Finnish held-out pairs, round 2', run(HELD_OUT_ROUND_2))];
    const heldOut = run([...HELD_OUT, ...HELD_OUT_ROUND_2]);
    // Not the 100 % gate (these were never tuned on): a significant change must at least not pass as editorial.
    const invisible = heldOut.filter((r) => r.testCase.expected === 'significant' && (r.significance.level === 'none' || r.significance.level === 'editorial'));
    expect(invisible.map((r) => r.testCase.id)).toEqual([]);
    for (const scores of rounds) expect(scores.precision).toBeGreaterThanOrEqual(0.8);
  });
});

describe('Finnish inflection and negation, one sentence at a time', () => {
  const reasonsOf = (heading: string, old: string, nu: string, language = 'fi') =>
    classifySignificance(diffPolicies(policy(heading, old), policy(heading, nu), { format: 'markdown', language })).reasons;

  it('reads "emme myy" → "myymme" as a negation removed from a sentence about selling', () => {
    const [reason] = reasonsOf('Tietojen käyttö', 'Emme myy henkilötietojasi kolmansille osapuolille.', 'Myymme henkilötietojasi kolmansille osapuolille.');
    expect(reason).toMatchObject({ level: 'significant', category: 'purpose', rule: 'negation-removed' });
    expect(reason!.message).toBe('Kielto on poistettu, joten se, minkä seloste sulki pois, on nyt mahdollista: “Emme”, “myy”, “Myymme”.');
  });

  it('reads a short "emme myy" → "myymme" (too different to pair as one changed sentence) as a promise withdrawn', () => {
    const reasons = reasonsOf('Tietojen käyttö', 'Emme myy henkilötietojasi.', 'Myymme henkilötietojasi.');
    expect(reasons).toContainEqual(expect.objectContaining({ level: 'significant', category: 'purpose', rule: 'promise-withdrawn', triggers: ['myy'] }));
  });

  it('finds a recipient in its case forms and reads the passive negation "ei luovuteta"', () => {
    const [reason] = reasonsOf('Tietojen luovuttaminen', 'Tietoja ei luovuteta kolmansille osapuolille.', 'Tietoja luovutetaan kolmansille osapuolille.');
    expect(reason).toMatchObject({ level: 'significant', category: 'recipients', rule: 'negation-removed' });
    expect(reason!.triggers).toEqual(expect.arrayContaining(['ei', 'luovuteta', 'kolmansille osapuolille', 'luovutetaan']));
  });

  it('reads periods in the genitive with Finnish number words', () => {
    const reasons = reasonsOf('Säilytysaika', 'Säilytämme tiedot kuuden kuukauden ajan.', 'Säilytämme tiedot kahden vuoden ajan.');
    expect(reasons).toContainEqual(expect.objectContaining({ rule: 'period-longer', message: 'Säilytysaika pitenee: kuuden kuukauden → kahden vuoden.' }));
  });

  it('reads the abbreviation "kk" and half a year as periods', () => {
    const shorter = reasonsOf('Säilytysaika', 'Lokitiedot säilytetään 12 kk.', 'Lokitiedot säilytetään puoli vuotta.');
    expect(shorter).toContainEqual(expect.objectContaining({ level: 'minor', rule: 'period-shorter', message: 'Säilytysaika lyhenee: 12 kk → puoli vuotta.' }));
    const longer = reasonsOf('Säilytysaika', 'Lokitiedot säilytetään puolen vuoden ajan.', 'Lokitiedot säilytetään 12 kk.');
    expect(longer).toContainEqual(expect.objectContaining({ rule: 'period-longer', message: 'Säilytysaika pitenee: puolen vuoden → 12 kk.' }));
  });

  it('finds a transfer outside the EU/EEA and a country in the illative', () => {
    const reasons = reasonsOf('Tietojen siirto', 'Tietoja käsitellään Suomessa.', 'Tietoja siirretään EU:n/ETA:n ulkopuolelle Yhdysvaltoihin.');
    const transfer = reasons.find((reason) => reason.category === 'transfer');
    expect(transfer).toMatchObject({ level: 'significant', rule: 'added' });
    expect(transfer!.triggers).toEqual(['EU:n/ETA:n ulkopuolelle', 'Yhdysvaltoihin']);
  });

  it('takes no two-letter word as a negation that other languages use: French "et" added is not a negation', () => {
    // French has no lexicon, so it is read with all of them, fi.json included.
    const reasons = reasonsOf('Données', 'Nous collectons votre nom.', 'Nous collectons votre nom et votre adresse.', 'fr');
    expect(reasons.map((reason) => reason.rule)).not.toContain('negation-added');
  });
});

describe('policydiff diff on a Finnish policy, through the built binary', () => {
  const recipient = '### Mainoskumppanit\n\nLuovutamme puhelinnumerosi ja tiedot palvelun käytöstä mainoskumppaneillemme kohdennettua mainontaa varten.';
  const files = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.fi.md'), finnish());
    writeFileSync(join(dir, 'new.fi.md'), finnish({ extraRecipient: recipient }));
    return dir;
  };

  it('detects Finnish, prints the significant notice with Finnish reasons, and --fail-on significant exits 1', () => {
    const dir = files();
    const result = runCli(['diff', 'old.fi.md', 'new.fi.md', '--fail-on', 'significant'], { cwd: dir });
    expect(result.status).toBe(ExitCode.threshold);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toMatch(/^SIGNIFICANT CHANGE: .*prominent notice/);
    expect(lines).toContain('  ! Uusia henkilötietojen vastaanottajia: “mainoskumppaneillemme”.  (2. Miten tietoja käytetään › Mainoskumppanit)');
    expect(lines).toContain('  ! Uusi käyttötarkoitus: “mainoskumppaneillemme”, “kohdennettua”, “mainontaa”.  (2. Miten tietoja käytetään › Mainoskumppanit)');
    const json = JSON.parse(runCli(['diff', 'old.fi.md', 'new.fi.md', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.language).toBe('fi');
    expect(json.significance.reasons).toContainEqual(expect.objectContaining({ category: 'recipients', level: 'significant', messageEn: 'New recipients of personal data: “mainoskumppaneillemme”.' }));
  });

  it('passes --fail-on significant when only the date changed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.fi.md'), finnish());
    writeFileSync(join(dir, 'new.fi.md'), finnish({ updated: '20.3.2024' }));
    const result = runCli(['diff', 'old.fi.md', 'new.fi.md', '--fail-on', 'significant'], { cwd: dir });
    expect(result.status).toBe(ExitCode.ok);
    expect(result.stdout).toMatch(/Significance: editorial/);
  });
});

describe('Finnish terms from the config', () => {
  it('adds terms under "fi" to the Finnish lexicon, and terms under another language do not reach a Finnish policy', () => {
    const statistics = '## 6. Tilastot\n\nPalvelun käyttötilastot laatii puolestamme Acme Insights, joka raportoi niistä meille kerran kuussa.';
    const repo = makeRepo([
      { message: 'first', date: '2024-01-01T10:00:00Z', files: { 'privacy.fi.md': finnish() } },
      { message: 'second', date: '2024-02-01T10:00:00Z', files: { 'privacy.fi.md': finnish({ extraChapter: statistics }) } },
    ]);
    const level = () => JSON.parse(runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', 'privacy.fi.md'], { cwd: repo.dir }).stdout).files[0].significance.level;
    const configure = (language: string) =>
      writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ significance: { [language]: { categories: { recipients: { terms: ['Acme Insights'] } } } } }));
    expect(level()).toBe('minor');
    configure('sv');
    expect(level()).toBe('minor');
    configure('fi');
    expect(level()).toBe('significant');
  });
});

describe('the changelog entry of a significant Finnish change', () => {
  it('carries the notice in Finnish', () => {
    const recipient = '### Mainoskumppanit\n\nLuovutamme puhelinnumerosi mainoskumppaneillemme.';
    const repo = makeRepo([
      { message: 'first', date: '2024-01-15T10:00:00+02:00', files: { 'privacy.fi.md': finnish() } },
      { message: 'partners', date: '2024-03-10T10:00:00+02:00', files: { 'privacy.fi.md': finnish({ extraRecipient: recipient }) } },
    ]);
    const [line, blank, notice] = runCli(['since', 'HEAD~1', '--', 'privacy.fi.md'], { cwd: repo.dir }).stdout.split('\n');
    expect(line).toBe('10.3.2024 Päivitetty luku: 2. Miten tietoja käytetään.');
    expect(blank).toBe('');
    // The phone number was collected before (chapter 1): only the purpose and the recipient are news. The verb
    // "Luovutamme" (we disclose) says data goes somewhere, not to whom.
    expect(notice).toBe('Uusi käyttötarkoitus: “mainoskumppaneillemme”. Uusia henkilötietojen vastaanottajia: “mainoskumppaneillemme”.');
  });
});
