import { describe, expect, it } from 'vitest';
import { diffPolicies, PolicydiffError } from '../src/index.js';
import { buildEntry, commitOverrides, entryLine, type CommitTrailers } from '../src/entries/index.js';
import type { Significance } from '../src/index.js';
import { formatDate, parseDateFormat } from '../src/entries/dates.js';
import { seed } from './support/fixtures.js';

/**
 * Expected entry lines are written by hand, the way the policy's owners write them (seed 001, chapter
 * "Ändringar i sekretesspolicyn"), never copied from policydiff's output.
 */

const idun = seed('001');

/** Seed 001 as it stood before its 18.11.2021 change: without the chapter on the user's control, the Twilio
 * subsection of "Hur informationen används" and the two-step sign-in bullet of "Säkerhet"; one change-list line. */
function idunBeforeNovember(): string {
  const control = /Användaren har full kontroll över sin information\n[\s\S]*?\n\u00a0\n\n/.exec(idun)![0];
  const twilio = /Twilio\n[^\n]+\n/.exec(idun)![0];
  const twoStep = /– Åtkomst till känslig information är begränsad till anställda som loggat in med Google[^\n]*\n/.exec(idun)![0];
  const lastLine = /\n18\.11\.2021 [^\n]*$/.exec(idun)![0];
  return idun.replace(control, '').replace(twilio, '').replace(twoStep, '').replace(lastLine, '');
}

const svDiff = (oldText: string, newText: string) => diffPolicies(oldText, newText, { fileName: 'sekretess.txt' });

describe('entry lines in Swedish (seed 001)', () => {
  it('writes the 18.11.2021 line exactly as the owner did', () => {
    const diff = svDiff(idunBeforeNovember(), idun);
    expect(entryLine(diff, { date: '2021-11-18' })).toBe(
      '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.',
    );
  });

  it('rolls a changed subsection up into its chapter, once', () => {
    const changed = idun
      .replace('Inloggningsinformationen för applikationen består av ditt telefonnummer.', 'Inloggningsinformationen består av ditt telefonnummer.')
      .replace('– taggar.', '– taggar\n– logotyp.');
    expect(entryLine(svDiff(idun, changed), { date: '2021-09-03' })).toBe('3.9.2021 Uppdaterade kapitel: Information som vi samlar in.');
  });

  it('names removed, renamed and moved chapters, in that order after updated and new ones', () => {
    const consent = 'Samtycke\n\nGenom att använda tjänsten godkänner du den här sekretesspolicyn.\n\n\u00a0\n\n';
    const changed = idun
      .replace('Ta kontakt', 'Kontakta oss')
      .replace(/Säkerhet\n[\s\S]*?\n\u00a0\n\n/, '')
      .replace(consent, '')
      .replace('Ändringar i sekretesspolicyn\n', `${consent}Ändringar i sekretesspolicyn\n`);
    expect(entryLine(svDiff(idun, changed), { date: '2022-01-05' })).toBe(
      '5.1.2022 Borttagna kapitel: Säkerhet; omdöpta kapitel: Ta kontakt → Kontakta oss; flyttade kapitel: Samtycke.',
    );
  });

  it('says nothing for formatting only or for a line appended to the change list', () => {
    const reformatted = idun.replace('– för- och efternamn', '- för-  och efternamn').replace('Ip-adressen lagras', 'Ip-adressen\u00a0lagras');
    expect(entryLine(svDiff(idun, reformatted), { date: '2022-01-05' })).toBeUndefined();
    const appended = `${idun}\n5.1.2022 Uppdaterade kapitel: Säkerhet.`;
    expect(entryLine(svDiff(idun, appended), { date: '2022-01-05' })).toBeUndefined();
  });
});

const english = `# Privacy Policy

This policy explains how Example Ltd handles your data.

## What we collect

We collect your email address.

### Device data

We collect the model of your phone.

## How we use it

We use your data to run the service.

## Retention

We keep your data for one year after you close your account.

## Children

The service is not meant for children under 13.

## Your rights

You can ask us to delete your data.

## Contact

Write to privacy@example.com and we answer within a week.

## Changes to this policy

- 2024-01-10 First version.
`;

describe('entry lines in English', () => {
  it('joins three names with commas and "and", and uses the singular for one', () => {
    const changed = english
      .replace('the model of your phone', 'the model and language of your phone')
      .replace('to run the service', 'to run and improve the service')
      .replace('delete your data.', 'delete your data. You can ask for a copy of it.')
      .replace('## Children\n\nThe service is not meant for children under 13.\n\n', '')
      .replace('## Contact\n', '## Cookies\n\nWe use no cookies.\n\n## Contact us\n');
    expect(entryLine(diffPolicies(english, changed, { fileName: 'privacy.md' }), { date: '2024-03-01', dateFormat: 'iso' })).toBe(
      '2024-03-01 Updated sections: What we collect, How we use it and Your rights; new section: Cookies; removed section: Children; renamed section: Contact → Contact us.',
    );
  });

  it('names a moved chapter and a changed title', () => {
    const retention = '## Retention\n\nWe keep your data for one year after you close your account.\n\n';
    const changed = english
      .replace('# Privacy Policy', '# Privacy Notice')
      .replace(retention, '')
      .replace('## Changes to this policy', `${retention}## Changes to this policy`);
    expect(entryLine(diffPolicies(english, changed, { fileName: 'privacy.md' }), { date: '2024-03-01', dateFormat: 'DD.MM.YYYY' })).toBe(
      '01.03.2024 Moved section: Retention; new title: Privacy Notice.',
    );
  });

  it('names at most six sections a list: a rewrite says the first five and how many more, in each language', () => {
    const chapters = (text: string) => Array.from({ length: 9 }, (_, index) => `## Chapter ${index + 1}\n\n${text} ${index + 1}.\n`).join('\n');
    const oldText = `# Privacy Policy\n\n${chapters('We keep your data for one year, says chapter')}`;
    const rewrite = diffPolicies(oldText, `# Privacy Policy\n\n${chapters('We keep your data for two years, says chapter')}`, { fileName: 'privacy.md' });
    expect(entryLine(rewrite, { date: '2024-03-01' })).toBe('1.3.2024 Updated sections: Chapter 1, Chapter 2, Chapter 3, Chapter 4, Chapter 5 and 4 more.');
    expect(entryLine(rewrite, { date: '2024-03-01', language: 'sv' })).toBe('1.3.2024 Uppdaterade kapitel: Chapter 1, Chapter 2, Chapter 3, Chapter 4, Chapter 5 och 4 till.');
    expect(buildEntry(rewrite, { date: '2024-03-01' })!.chapters.updated).toHaveLength(9);
    const sixChanged = diffPolicies(oldText, oldText.replace(/one year, says chapter ([1-6])\./g, 'two years, says chapter $1.'), { fileName: 'privacy.md' });
    expect(entryLine(sixChanged, { date: '2024-03-01' })).toBe('1.3.2024 Updated sections: Chapter 1, Chapter 2, Chapter 3, Chapter 4, Chapter 5 and Chapter 6.');
  });

  it('names fewer sections a list while the line is long (headings that are questions), never fewer than one', () => {
    const question = (index: number) => `What happens to the data of chapter ${index} when you use our apps, connectors and services at work?`;
    const chapters = (years: string) => Array.from({ length: 5 }, (_, index) => `## ${question(index + 1)}\n\nWe keep it for ${years}.\n`).join('\n');
    const diff = diffPolicies(`# Terms\n\n${chapters('one year')}`, `# Terms\n\n${chapters('two years')}`, { fileName: 'terms.md' });
    const line = entryLine(diff, { date: '2024-03-01' })!;
    expect(line).toBe(`1.3.2024 Updated sections: ${question(1)}, ${question(2)}, ${question(3)} and 2 more.`);
    expect(line.length).toBeLessThanOrEqual(400);
    const longer = (index: number) => `${question(index)} ${question(index)} ${question(index)}`;
    const few = diffPolicies(`# Terms\n\n## ${longer(1)}\n\nOne year.\n\n## ${longer(2)}\n\nOne year.\n`, `# Terms\n\n## ${longer(1)}\n\nTwo years.\n\n## ${longer(2)}\n\nTwo years.\n`, { fileName: 'terms.md' });
    expect(entryLine(few, { date: '2024-03-01' })).toBe(`1.3.2024 Updated sections: ${longer(1)} and 1 more.`);
  });

  it('names the text before the first chapter as the introduction', () => {
    const changed = english.replace('handles your data.', 'handles your personal data.');
    expect(entryLine(diffPolicies(english, changed, { fileName: 'privacy.md' }), { date: '2024-03-01' })).toBe(
      '1.3.2024 Updated section: Introduction.',
    );
  });
});

describe('entry lines in Finnish and German', () => {
  const finnish = `Tietosuojaseloste

Tämä seloste kertoo, miten käsittelemme tietojasi.

Mitä tietoja keräämme

Keräämme sähköpostiosoitteesi ja puhelinnumerosi.

Miten käytämme tietoja

Käytämme tietoja palvelun tarjoamiseen.

Oikeutesi

Voit pyytää tietojesi poistamista.
`;

  it('writes Finnish with "ja" and the plural for two', () => {
    const changed = finnish.replace('ja puhelinnumerosi', 'puhelinnumerosi ja sijaintisi').replace('tarjoamiseen', 'tarjoamiseen ja kehittämiseen');
    expect(entryLine(diffPolicies(finnish, changed, { fileName: 'seloste.txt' }), { date: '2023-05-02' })).toBe(
      '2.5.2023 Päivitetyt luvut: Mitä tietoja keräämme ja Miten käytämme tietoja.',
    );
  });

  it('writes German when asked to', () => {
    const changed = english.replace('to run the service', 'to run and improve the service');
    expect(entryLine(diffPolicies(english, changed, { fileName: 'privacy.md', language: 'de' }), { date: '2024-03-01' })).toBe(
      '1.3.2024 Aktualisierter Abschnitt: How we use it.',
    );
  });
});

describe('languages and date formats', () => {
  const diff = diffPolicies(english, english.replace('to run the service', 'to run and improve the service'), { fileName: 'privacy.md' });

  it('refuses a language without templates, naming --lang en', () => {
    const attempt = () => entryLine({ ...diff, language: 'xx' }, { date: '2024-03-01' });
    expect(attempt).toThrow(PolicydiffError);
    expect(attempt).toThrow('no changelog templates for language "xx": use --lang en (templates exist for sv, en, fi, de, fr, da, nb)');
    try {
      attempt();
    } catch (error) {
      expect((error as PolicydiffError).exitCode).toBe(2);
    }
  });

  it('lets the language option win over the diff, and reads a region subtag', () => {
    expect(entryLine(diff, { date: '2024-03-01', language: 'sv-SE' })).toBe('1.3.2024 Uppdaterade kapitel: How we use it.');
  });

  it('formats dates with the named and free patterns', () => {
    expect(formatDate('2021-09-03', parseDateFormat('D.M.YYYY'))).toBe('3.9.2021');
    expect(formatDate('2021-09-03', parseDateFormat('DD.MM.YYYY'))).toBe('03.09.2021');
    expect(formatDate('2021-09-03', parseDateFormat('iso'))).toBe('2021-09-03');
    expect(formatDate('2021-09-03', parseDateFormat('YYYY-MM-DD'))).toBe('2021-09-03');
    expect(formatDate('2021-09-03', parseDateFormat('MM/DD/YYYY'))).toBe('09/03/2021');
    expect(formatDate('2021-12-24', parseDateFormat('D. M. YYYY'))).toBe('24. 12. 2021');
    expect(formatDate(new Date(2021, 10, 18, 23, 30), parseDateFormat('D.M.YYYY'))).toBe('18.11.2021');
  });

  it('names the bad token of a pattern, and asks for day, month and year', () => {
    expect(() => parseDateFormat('YY.MM.DD')).toThrow('"YY"');
    expect(() => parseDateFormat('D.M.YYYYx')).toThrow('"YYYYx"');
    expect(() => parseDateFormat('D.Q.YYYY')).toThrow('"Q"');
    expect(() => parseDateFormat('D.M.2021')).toThrow('"2021"');
    expect(() => parseDateFormat('MM.YYYY')).toThrow(/day/);
    try {
      parseDateFormat('DDD.M.YYYY');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicydiffError);
      expect((error as PolicydiffError).exitCode).toBe(2);
      expect((error as Error).message).toContain('"DDD"');
    }
    expect.assertions(8);
  });

  it('refuses a date that is not one', () => {
    expect(() => formatDate('2021-13-03', parseDateFormat('iso'))).toThrow(/2021-13-03/);
  });
});

const significant: Significance = {
  level: 'significant',
  reasons: [
    {
      category: 'recipients',
      level: 'significant',
      rule: 'organisation-added',
      path: ['Hur informationen används', 'Twilio'],
      triggers: ['Twilio'],
      message: 'Vi delar nu ditt telefonnummer med Twilio för att skicka inloggningskoder.',
      messageEn: 'We now share your phone number with Twilio to send sign-in codes.',
    },
    {
      category: 'rights',
      level: 'minor',
      rule: 'added',
      path: ['Användaren har full kontroll över sin information'],
      triggers: ['radera'],
      message: 'Du kan nu begära att dina uppgifter raderas',
      messageEn: 'You can now ask for your data to be deleted',
    },
  ],
};

describe('significance and commit trailers', () => {
  const diff = svDiff(idunBeforeNovember(), idun);
  const line = '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.';

  it('adds a notice from the findings, in the policy language, as a paragraph after the line of a significant change', () => {
    expect(entryLine(diff, { date: '2021-11-18', significance: significant })).toBe(
      `${line}\n\nNytt företag nämns: “Twilio”. Rättighet som lagts till eller förtydligats: “radera”.`,
    );
    expect(entryLine(diff, { date: '2021-11-18', significance: { ...significant, level: 'minor' } })).toBe(line);
  });

  it('lets Policy-Note replace the generated sentence, joining the notes of a day in commit order', () => {
    const entry = buildEntry(diff, {
      date: '2021-11-18',
      significance: significant,
      commits: [
        { trailers: { 'Policy-Note': ['Nytt kapitel om dina rättigheter.'] } },
        { trailers: { 'policy-note': ['Twilio skickar nu inloggningskoderna.'] } },
      ],
    });
    expect(entry).toMatchObject({
      line: '18.11.2021 Nytt kapitel om dina rättigheter. Twilio skickar nu inloggningskoderna.',
      note: true,
    });
    expect(entry?.notice).toBeUndefined();
  });

  it('writes a Policy-Note even when the text only changed in form', () => {
    const reformatted = idun.replace('– för- och efternamn', '- för-  och efternamn');
    const entry = buildEntry(svDiff(idun, reformatted), { date: '2022-01-05', commits: [{ trailers: { 'Policy-Note': ['Ny layout.'] } }] });
    expect(entry?.line).toBe('5.1.2022 Ny layout.');
  });

  it('lets Policy-Significance override the level, and shows that it did', () => {
    const lowered = buildEntry(diff, { date: '2021-11-18', significance: significant, commits: [{ trailers: { 'Policy-Significance': ['minor'] } }] });
    expect(lowered).toMatchObject({ line, level: 'minor', levelSetByCommit: true, override: '(level set by the commit: minor)' });
    expect(lowered?.notice).toBeUndefined();

    const raised = buildEntry(diff, { date: '2021-11-18', commits: [{ trailers: { 'Policy-Significance': ['significant'] } }] });
    expect(raised).toMatchObject({ level: 'significant', override: '(level set by the commit: significant)' });

    const unchanged = buildEntry(diff, { date: '2021-11-18', significance: significant });
    expect(unchanged?.override).toBeUndefined();
    expect(unchanged?.levelSetByCommit).toBe(false);

    expect(buildEntry(diff, { date: '2021-11-18', commits: [{ trailers: { 'Policy-Significance': ['none'] } }] })).toBeUndefined();
  });

  it('lowers the level of a change of several commits only when every commit says one; raising needs one', () => {
    const minorThenSilent: CommitTrailers[] = [
      { hash: 'a1b2c3d4e5', trailers: { 'Policy-Significance': ['minor'] } },
      { hash: 'f6a7b8c9d0', trailers: {} },
    ];
    const kept = buildEntry(diff, { date: '2021-11-18', significance: significant, commits: minorThenSilent });
    expect(kept).toMatchObject({ level: 'significant', levelSetByCommit: false });
    expect(kept?.override).toBeUndefined();
    expect(kept?.problems).toEqual([
      '"Policy-Significance: minor" was not applied: commit f6a7b8c of the same change says no level, so it stays significant (give every commit the trailer to lower it)',
    ]);

    const everyCommitSays: CommitTrailers[] = [minorThenSilent[0]!, { hash: 'f6a7b8c9d0', trailers: { 'Policy-Significance': ['editorial'] } }];
    expect(buildEntry(diff, { date: '2021-11-18', significance: significant, commits: everyCommitSays })).toMatchObject({ level: 'editorial', levelSetByCommit: true });

    const raisedByOne: CommitTrailers[] = [{ hash: 'a1b2c3d4e5', trailers: {} }, { hash: 'f6a7b8c9d0', trailers: { 'Policy-Significance': ['significant'] } }];
    expect(commitOverrides(raisedByOne, 'minor')).toEqual({ level: 'significant', problems: [] });
  });

  it('takes the last valid level of a day and reports malformed ones', () => {
    const overrides = commitOverrides([
      { hash: 'a1b2c3d4e5', trailers: { 'Policy-Significance': ['editorial'] } },
      { hash: 'f6a7b8c9d0', trailers: { 'Policy-Significance': ['major'], 'Policy-Note': ['  '] } },
    ]);
    expect(overrides).toEqual({
      level: 'editorial',
      problems: ['commit f6a7b8c: "Policy-Significance: major" is not one of none, editorial, minor, significant; it was ignored'],
    });
  });
});

describe('a first version and a deletion', () => {
  const swedish = seed('001');
  const firstAndLast = (text: string, language?: string) =>
    [diffPolicies('', text, { fileName: 'policy.txt' }), diffPolicies(text, '', { fileName: 'policy.txt' })].map(
      (diff) => entryLine(diff, { date: '2024-05-02', ...(language === undefined ? {} : { language }) }),
    );

  it('says it is the first version, with no chapter list, and names a deletion, in each language', () => {
    expect(firstAndLast(swedish)).toEqual(['2.5.2024 Första versionen.', '2.5.2024 Policyn togs bort.']);
    expect(firstAndLast(english)).toEqual(['2.5.2024 First version.', '2.5.2024 Policy removed.']);
    expect(firstAndLast(swedish, 'fi')).toEqual(['2.5.2024 Ensimmäinen versio.', '2.5.2024 Seloste poistettiin.']);
    expect(firstAndLast(swedish, 'de')).toEqual(['2.5.2024 Erste Fassung.', '2.5.2024 Die Erklärung wurde entfernt.']);
    expect(firstAndLast(swedish, 'fr')).toEqual(['2.5.2024 Première version.', '2.5.2024 Politique supprimée.']);
    expect(firstAndLast(swedish, 'da')).toEqual(['2.5.2024 Første version.', '2.5.2024 Politikken blev fjernet.']);
    expect(firstAndLast(swedish, 'nb')).toEqual(['2.5.2024 Første versjon.', '2.5.2024 Erklæringen ble fjernet.']);
  });

  it('gives a first version no notice, and lets a Policy-Note replace its sentence', () => {
    const diff = diffPolicies('', swedish, { fileName: 'policy.txt' });
    const significance: Significance = {
      level: 'significant',
      reasons: [{ category: 'recipients', level: 'significant', rule: 'organisation-added', path: [], triggers: ['Twilio'], message: 'Vi delar nu uppgifter med Twilio.', messageEn: 'We now share data with Twilio.' }],
    };
    const entry = buildEntry(diff, { date: '2024-05-02', significance })!;
    expect(entry.line).toBe('2.5.2024 Första versionen.');
    expect(entry.notice).toBeUndefined();
    expect(entry.document).toBe('first');
    const noted = buildEntry(diff, { date: '2024-05-02', commits: [{ trailers: { 'Policy-Note': ['Vår första policy.'] } }] })!;
    expect(noted.line).toBe('2.5.2024 Vår första policy.');
  });

  it('is an ordinary change when the old version had text', () => {
    expect(entryLine(diffPolicies('Kontakt\n\nSkriv till oss.\n', swedish, { fileName: 'policy.txt' }), { date: '2024-05-02' })).not.toMatch(/Första versionen/);
  });
});
