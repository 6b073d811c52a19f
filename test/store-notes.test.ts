import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPolicies, PolicydiffError } from '../src/index.js';
import { buildEntry } from '../src/entries/index.js';
import type { Significance } from '../src/index.js';
import { fastlaneNotesPath, fitSentences, mergeReleaseNotes, STORE_LIMITS, storeNotes } from '../src/entries/store-notes.js';
import { seed } from './support/fixtures.js';

const idun = seed('001');
const twilio: Significance = {
  level: 'significant',
  reasons: [{ category: 'other', level: 'significant', rule: 'added', path: ['Hur informationen används'], triggers: ['Twilio'], message: 'Vi delar nu ditt telefonnummer med Twilio.', messageEn: 'We now share your phone number with Twilio.' }],
};

function idunEntry(significance?: Significance) {
  const changed = idun
    .replace('Alla lösenord krypteras för bättre säkerhet.', 'Alla lösenord krypteras.')
    .replace('Samtycke\n', 'Cookies\n\nVi använder inga cookies.\n\n\u00a0\n\nSamtycke\n');
  return buildEntry(diffPolicies(idun, changed, { fileName: 'sekretess.txt' }), { date: '2022-01-05', ...(significance ? { significance } : {}) })!;
}

/** An English policy with chapters whose names are long enough that listing them all goes past Google Play's limit. */
const chapters = [
  'Information we collect when you create an account',
  'Information we collect automatically when you use the app',
  'How we use the information we collect about you',
  'Who we share your information with and why',
  'How long we keep your information after you leave',
  'Your rights under the General Data Protection Regulation',
  'How we protect your information against loss and misuse',
  'Transfers of your information outside the European Economic Area',
  'Information about children under the age of sixteen',
  'How to contact our data protection officer',
];
const english = `# Privacy Policy\n\n${chapters.map((heading, index) => `## ${heading}\n\nText number ${index} of the policy.\n`).join('\n')}`;
const everyChapterChanged = english.replace(/Text number (\d+)/g, 'The text number $1') + '\n## Cookies\n\nWe use no cookies.\n';

describe('storeNotes', () => {
  it('writes Swedish notes: the intro, the notice, then the changes as sentences', () => {
    expect(storeNotes([idunEntry(twilio)], { store: 'play', language: 'sv' })).toBe(
      'Vi har uppdaterat vår sekretesspolicy. Vi delar nu ditt telefonnummer med Twilio. Uppdaterade kapitel: Säkerhet. Nya kapitel: Cookies.',
    );
  });

  it("drops whole sentences to stay within Google Play's 500 characters, and says there is more", () => {
    const entry = buildEntry(diffPolicies(english, everyChapterChanged, { fileName: 'privacy.md' }), { date: '2024-03-01' })!;
    const play = storeNotes([entry], { store: 'play', language: 'en' })!;
    // The whole list of updated sections does not fit; the new section does, and the room left holds the list's
    // first sections, as a sentence of its own.
    const updated = (names: readonly string[]) => `Updated sections: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`;
    const sentence = (count: number) =>
      ['We have updated our privacy policy.', updated(chapters.slice(0, count)), 'New section: Cookies.', 'More changes: see the privacy policy.'].join(' ');
    const fits = chapters.map((_, index) => index + 1).filter((count) => count >= 2 && sentence(count).length <= STORE_LIMITS.play);
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.at(-1)).toBeLessThan(chapters.length);
    expect(play).toBe(sentence(fits.at(-1)!));
    const appstore = storeNotes([entry], { store: 'appstore', language: 'en' })!;
    expect(appstore).toBe(`We have updated our privacy policy. Updated sections: ${chapters.slice(0, -1).join(', ')} and ${chapters.at(-1)}. New section: Cookies.`);
    expect(appstore.length).toBeGreaterThan(STORE_LIMITS.play);
    expect(appstore.length).toBeLessThanOrEqual(STORE_LIMITS.appstore);
  });

  it('has nothing to say for editorial changes, and uses a Policy-Note as written', () => {
    expect(storeNotes([{ ...idunEntry(), level: 'editorial' }], { store: 'play', language: 'sv' })).toBeUndefined();
    expect(storeNotes([], { store: 'play', language: 'sv' })).toBeUndefined();
    const noted = buildEntry(diffPolicies(idun, idun.replace('Alla lösenord krypteras för bättre säkerhet.', 'Alla lösenord krypteras.')), {
      date: '2022-01-05',
      commits: [{ trailers: { 'Policy-Note': ['Vi har förtydligat hur lösenord skyddas. Inget ändras för dig.'] } }],
    })!;
    expect(storeNotes([noted], { store: 'play', language: 'sv' })).toBe(
      'Vi har uppdaterat vår sekretesspolicy. Vi har förtydligat hur lösenord skyddas. Inget ändras för dig.',
    );
  });
});

describe('fitSentences', () => {
  const word = fc.stringMatching(/^[a-zåäö]{1,14}$/);
  const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => `${words.join(' ')}.`);

  it('never cuts a sentence, keeps the order, stays within the limit and ends with "more" when it dropped any', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), fc.integer({ min: 80, max: 600 }), (units, limit) => {
        const text = fitSentences('Intro.', units, 'More.', limit)!;
        expect(text.length).toBeLessThanOrEqual(limit);
        const kept = text.split(/(?<=\.) /);
        expect(kept[0]).toBe('Intro.');
        const dropped = units.join(' ').length + 7 > limit;
        if (dropped) expect(kept.at(-1)).toBe('More.');
        const body = dropped ? kept.slice(1, -1) : kept.slice(1);
        // Every kept sentence is a whole unit, in the units' order.
        let at = 0;
        for (const piece of body) {
          while (at < units.length && units[at] !== piece) at += 1;
          expect(at).toBeLessThan(units.length);
          at += 1;
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1_000), seed: 500 },
    );
  });

  it('shortens a list that does not fit to its first names, a whole sentence, only with the room the others leave', () => {
    const list = (names: string[]) => ({ names, write: (shown: readonly string[]) => `Kapitel: ${shown.join(', ')}.` });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(sentence, { maxLength: 5 }), fc.integer({ min: 60, max: 500 }), (names, others, limit) => {
        const text = fitSentences('Intro.', [list(names), ...others], 'More.', limit)!;
        expect(text.length).toBeLessThanOrEqual(limit);
        const whole = `Kapitel: ${names.join(', ')}.`;
        if (['Intro.', whole, ...others].join(' ').length <= limit) {
          expect(text).toBe(['Intro.', whole, ...others].join(' '));
          return;
        }
        expect(text.endsWith(' More.')).toBe(true);
        const shown = /^Intro\. Kapitel: ([^.]*)\./.exec(text)?.[1];
        if (shown === undefined) return;
        // A prefix of the names, never a name cut in half.
        const kept = shown.split(', ');
        expect(kept).toEqual(names.slice(0, kept.length));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1_000), seed: 501 },
    );
    expect(fitSentences('Intro.', [list(['alfa', 'beta', 'gamma', 'delta'])], 'More.', 'Intro. Kapitel: alfa, beta. More.'.length)).toBe('Intro. Kapitel: alfa, beta. More.');
  });
});

describe('fastlane', () => {
  it("puts notes where supply and deliver read them, in the stores' locale names", () => {
    expect(fastlaneNotesPath('fastlane', 'play', 'sv', '42')).toBe('fastlane/metadata/android/sv-SE/changelogs/42.txt');
    expect(fastlaneNotesPath('fastlane', 'appstore', 'sv')).toBe('fastlane/metadata/sv/release_notes.txt');
    expect(fastlaneNotesPath('fastlane', 'appstore', 'en')).toBe('fastlane/metadata/en-US/release_notes.txt');
    expect(fastlaneNotesPath('fastlane', 'play', 'fi', '7')).toBe('fastlane/metadata/android/fi-FI/changelogs/7.txt');
    expect(() => fastlaneNotesPath('fastlane', 'play', 'sv')).toThrow(/--version-code/);
  });

  it('puts the policy paragraph first, replaces it on the next run, and keeps the rest', () => {
    const compose = (text: string) => (budget: number) => fitSentences('Vi har uppdaterat vår sekretesspolicy.', [text], 'Fler ändringar: se sekretesspolicyn.', budget);
    const options = { store: 'play' as const, language: 'sv', fileName: '42.txt' };
    const first = mergeReleaseNotes('Buggfixar.\n', compose('Nya kapitel: Cookies.'), options);
    expect(first).toBe('Vi har uppdaterat vår sekretesspolicy. Nya kapitel: Cookies.\n\nBuggfixar.\n');
    expect(mergeReleaseNotes(first!, compose('Nya kapitel: Cookies.'), options)).toBe(first);
    expect(mergeReleaseNotes(first!, compose('Borttagna kapitel: Säkerhet.'), options)).toBe(
      'Vi har uppdaterat vår sekretesspolicy. Borttagna kapitel: Säkerhet.\n\nBuggfixar.\n',
    );
    // Where an owner moved it below the other notes, it is replaced there.
    const below = 'Buggfixar.\r\n\r\nVi har uppdaterat vår sekretesspolicy. Nya kapitel: Cookies.';
    expect(mergeReleaseNotes(below, compose('Borttagna kapitel: Säkerhet.'), options)).toBe(
      // …and the file now ends with a line break, in its own style.
      'Buggfixar.\r\n\r\nVi har uppdaterat vår sekretesspolicy. Borttagna kapitel: Säkerhet.\r\n',
    );
    expect(mergeReleaseNotes('', compose('Nya kapitel: Cookies.'), options)).toBe('Vi har uppdaterat vår sekretesspolicy. Nya kapitel: Cookies.\n');
  });

  it('shortens the policy paragraph to what the other notes leave, and refuses when nothing fits', () => {
    const compose = (budget: number) =>
      fitSentences('Vi har uppdaterat vår sekretesspolicy.', ['Nya kapitel: Cookies och spårning i appen och på webbplatsen.'], 'Fler ändringar: se sekretesspolicyn.', budget);
    const options = { store: 'play' as const, language: 'sv', fileName: '42.txt' };
    const others = `${'Snabbare app. '.repeat(30).trim()}\n`;
    expect(mergeReleaseNotes(others, compose, options)).toBe(`Vi har uppdaterat vår sekretesspolicy. Fler ändringar: se sekretesspolicyn.\n\n${others}`);
    const full = `${'Snabbare app. '.repeat(33).trim()}\n`;
    const attempt = () => mergeReleaseNotes(full, compose, options);
    expect(attempt).toThrow(PolicydiffError);
    expect(attempt).toThrow("42.txt leaves no room for the policy notes within Google Play's 500 characters: shorten the other notes in it");
  });
});
