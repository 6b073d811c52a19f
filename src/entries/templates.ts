import { usageError } from '../errors.js';

/**
 * How owners write change-list entries, per language, as data: adding a language is adding an object here.
 * The Swedish wording is the owners' own (seed 001: "Uppdaterade kapitel: … och …; nya kapitel: …"); Swedish
 * owners use the plural label for one chapter too, so both forms are the same there.
 */

/** `[one, many]`: the label for one chapter and for several. */
export type Label = readonly [string, string];

export interface ChangelogTemplates {
  updated: Label;
  added: Label;
  removed: Label;
  renamed: Label;
  moved: Label;
  /** Label of the document title's new wording. */
  title: string;
  /** The whole entry of a file's first version: no chapter list, since every chapter is new. */
  firstVersion: string;
  /** The whole entry of a change that deleted the file. */
  deleted: string;
  /** The whole entry of a change to another language: `{to}`, `{from}` are the languages' names in this one. */
  translated: string;
  /** The whole entry of a version that lost most of its text: `{before}`, `{after}` are its sizes in characters. */
  truncated: string;
  /** The same when the text came back later: `{date}` is the day it did. */
  truncatedRestored: string;
  /** The whole entry of a version whose text is back as it was before it was cut: `{date}` is that version's day. */
  restored: string;
  /** The first sentence of an entry whose text is back, changed since `{date}`: the chapter list follows it. */
  restoredChanged: string;
  /** The whole entry of a version that is the very text of the version of `{date}` (a change taken back). */
  sameAs: string;
  /** Ends the line of a change that a later version took back: `{date}` is that version's day. */
  undone: string;
  /** Name for the text before the first chapter, listed like a chapter. */
  preamble: string;
  /** That text's name when a chapter of the same change is called like `preamble` ("Introduction"). */
  opening: string;
  /** The word before the last name of a list: "A, B och C". */
  and: string;
  /** Between a label and its names; French sets a space before the colon. */
  colon: string;
  /** Between the parts of one entry. */
  semicolon: string;
  /** First sentence of app-store release notes. */
  storeIntro: string;
  /** Last sentence of release notes that had to leave changes out. */
  storeMore: string;
  /** Ends a notice that shows five of its findings: `{n}` is how many it leaves out. */
  noticeMore: string;
  /** Ends a list of an entry line that names five of its sections: `{n}` is how many it leaves out ("A, B … and 7 more"). */
  namesMore: string;
}

const sv: ChangelogTemplates = {
  updated: ['uppdaterade kapitel', 'uppdaterade kapitel'],
  added: ['nya kapitel', 'nya kapitel'],
  removed: ['borttagna kapitel', 'borttagna kapitel'],
  renamed: ['omdöpta kapitel', 'omdöpta kapitel'],
  moved: ['flyttade kapitel', 'flyttade kapitel'],
  title: 'ny titel',
  firstVersion: 'Första versionen.',
  deleted: 'Policyn togs bort.',
  translated: 'Policyn publiceras nu på {to} (tidigare {from}).',
  truncated: 'Största delen av texten togs bort ({before} → {after} tecken).',
  truncatedRestored: 'Största delen av texten saknades i den här versionen ({before} → {after} tecken); den var tillbaka den {date}.',
  restored: 'Texten är tillbaka som den var den {date} ({before} → {after} tecken).',
  restoredChanged: 'Texten är tillbaka ({before} → {after} tecken). Jämfört med den {date}:',
  sameAs: 'Texten är åter som den var den {date}.',
  undone: 'Återställt den {date}.',
  preamble: 'Inledning',
  opening: 'Inledande text',
  and: 'och',
  colon: ': ',
  semicolon: '; ',
  storeIntro: 'Vi har uppdaterat vår sekretesspolicy.',
  storeMore: 'Fler ändringar: se sekretesspolicyn.',
  noticeMore: 'Och {n} till.',
  namesMore: '{n} till',
};

const en: ChangelogTemplates = {
  updated: ['updated section', 'updated sections'],
  added: ['new section', 'new sections'],
  removed: ['removed section', 'removed sections'],
  renamed: ['renamed section', 'renamed sections'],
  moved: ['moved section', 'moved sections'],
  title: 'new title',
  firstVersion: 'First version.',
  deleted: 'Policy removed.',
  translated: 'Policy now published in {to} (was {from}).',
  truncated: 'Most of the text was removed ({before} → {after} characters).',
  truncatedRestored: 'Most of the text was missing from this version ({before} → {after} characters); it was back on {date}.',
  restored: 'The text is back as it was on {date} ({before} → {after} characters).',
  restoredChanged: 'The text is back ({before} → {after} characters). Compared with {date}:',
  sameAs: 'The text is again as it was on {date}.',
  undone: 'Undone on {date}.',
  preamble: 'Introduction',
  opening: 'Opening text',
  and: 'and',
  colon: ': ',
  semicolon: '; ',
  storeIntro: 'We have updated our privacy policy.',
  storeMore: 'More changes: see the privacy policy.',
  noticeMore: 'And {n} more.',
  namesMore: '{n} more',
};

const fi: ChangelogTemplates = {
  updated: ['päivitetty luku', 'päivitetyt luvut'],
  added: ['uusi luku', 'uudet luvut'],
  removed: ['poistettu luku', 'poistetut luvut'],
  renamed: ['uudelleennimetty luku', 'uudelleennimetyt luvut'],
  moved: ['siirretty luku', 'siirretyt luvut'],
  title: 'uusi otsikko',
  firstVersion: 'Ensimmäinen versio.',
  deleted: 'Seloste poistettiin.',
  translated: 'Seloste julkaistaan nyt kielellä {to} (aiemmin {from}).',
  truncated: 'Suurin osa tekstistä poistettiin ({before} → {after} merkkiä).',
  truncatedRestored: 'Suurin osa tekstistä puuttui tästä versiosta ({before} → {after} merkkiä); se palasi {date}.',
  restored: 'Teksti on palannut sellaisena kuin se oli {date} ({before} → {after} merkkiä).',
  restoredChanged: 'Teksti on palannut ({before} → {after} merkkiä). Verrattuna versioon {date}:',
  sameAs: 'Teksti on taas sellainen kuin se oli {date}.',
  undone: 'Peruttu {date}.',
  preamble: 'Johdanto',
  opening: 'Aloitusteksti',
  and: 'ja',
  colon: ': ',
  semicolon: '; ',
  storeIntro: 'Olemme päivittäneet tietosuojaselosteemme.',
  storeMore: 'Lisää muutoksia: katso tietosuojaseloste.',
  noticeMore: 'Sekä {n} muuta.',
  namesMore: '{n} muuta',
};

const de: ChangelogTemplates = {
  updated: ['aktualisierter Abschnitt', 'aktualisierte Abschnitte'],
  added: ['neuer Abschnitt', 'neue Abschnitte'],
  removed: ['entfernter Abschnitt', 'entfernte Abschnitte'],
  renamed: ['umbenannter Abschnitt', 'umbenannte Abschnitte'],
  moved: ['verschobener Abschnitt', 'verschobene Abschnitte'],
  title: 'neuer Titel',
  firstVersion: 'Erste Fassung.',
  deleted: 'Die Erklärung wurde entfernt.',
  translated: 'Die Erklärung wird jetzt auf {to} veröffentlicht (zuvor {from}).',
  truncated: 'Der größte Teil des Textes wurde entfernt ({before} → {after} Zeichen).',
  truncatedRestored: 'Der größte Teil des Textes fehlte in dieser Version ({before} → {after} Zeichen); am {date} war er wieder da.',
  restored: 'Der Text ist wieder da, wie er am {date} war ({before} → {after} Zeichen).',
  restoredChanged: 'Der Text ist wieder da ({before} → {after} Zeichen). Im Vergleich zum {date}:',
  sameAs: 'Der Text ist wieder so, wie er am {date} war.',
  undone: 'Am {date} rückgängig gemacht.',
  preamble: 'Einleitung',
  opening: 'Vorspann',
  and: 'und',
  colon: ': ',
  semicolon: '; ',
  storeIntro: 'Wir haben unsere Datenschutzerklärung aktualisiert.',
  storeMore: 'Weitere Änderungen: siehe Datenschutzerklärung.',
  noticeMore: 'Und {n} weitere.',
  namesMore: '{n} weitere',
};

const fr: ChangelogTemplates = {
  updated: ['section mise à jour', 'sections mises à jour'],
  added: ['nouvelle section', 'nouvelles sections'],
  removed: ['section supprimée', 'sections supprimées'],
  renamed: ['section renommée', 'sections renommées'],
  moved: ['section déplacée', 'sections déplacées'],
  title: 'nouveau titre',
  firstVersion: 'Première version.',
  deleted: 'Politique supprimée.',
  translated: 'La politique est désormais publiée en {to} (auparavant en {from}).',
  truncated: 'La majeure partie du texte a été supprimée ({before} → {after} caractères).',
  truncatedRestored: 'La majeure partie du texte manquait dans cette version ({before} → {after} caractères) ; il était de retour le {date}.',
  restored: 'Le texte est de retour tel qu’il était le {date} ({before} → {after} caractères).',
  restoredChanged: 'Le texte est de retour ({before} → {after} caractères). Par rapport au {date} :',
  sameAs: 'Le texte est de nouveau tel qu’il était le {date}.',
  undone: 'Annulé le {date}.',
  preamble: 'Introduction',
  opening: 'Texte d’ouverture',
  and: 'et',
  colon: ' : ',
  semicolon: ' ; ',
  storeIntro: 'Nous avons mis à jour notre politique de confidentialité.',
  storeMore: 'Autres modifications : voir la politique de confidentialité.',
  noticeMore: 'Et {n} de plus.',
  namesMore: '{n} autres',
};

const da: ChangelogTemplates = {
  updated: ['opdateret afsnit', 'opdaterede afsnit'],
  added: ['nyt afsnit', 'nye afsnit'],
  removed: ['fjernet afsnit', 'fjernede afsnit'],
  renamed: ['omdøbt afsnit', 'omdøbte afsnit'],
  moved: ['flyttet afsnit', 'flyttede afsnit'],
  title: 'ny titel',
  firstVersion: 'Første version.',
  deleted: 'Politikken blev fjernet.',
  translated: 'Politikken offentliggøres nu på {to} (tidligere {from}).',
  truncated: 'Størstedelen af teksten blev fjernet ({before} → {after} tegn).',
  truncatedRestored: 'Størstedelen af teksten manglede i denne version ({before} → {after} tegn); den var tilbage den {date}.',
  restored: 'Teksten er tilbage, som den var den {date} ({before} → {after} tegn).',
  restoredChanged: 'Teksten er tilbage ({before} → {after} tegn). Sammenlignet med den {date}:',
  sameAs: 'Teksten er igen, som den var den {date}.',
  undone: 'Fortrudt den {date}.',
  preamble: 'Indledning',
  opening: 'Indledende tekst',
  and: 'og',
  colon: ': ',
  semicolon: '; ',
  storeIntro: 'Vi har opdateret vores privatlivspolitik.',
  storeMore: 'Flere ændringer: se privatlivspolitikken.',
  noticeMore: 'Og {n} mere.',
  namesMore: '{n} flere',
};

const nb: ChangelogTemplates = {
  updated: ['oppdatert kapittel', 'oppdaterte kapitler'],
  added: ['nytt kapittel', 'nye kapitler'],
  removed: ['fjernet kapittel', 'fjernede kapitler'],
  renamed: ['omdøpt kapittel', 'omdøpte kapitler'],
  moved: ['flyttet kapittel', 'flyttede kapitler'],
  title: 'ny tittel',
  firstVersion: 'Første versjon.',
  deleted: 'Erklæringen ble fjernet.',
  translated: 'Erklæringen publiseres nå på {to} (tidligere {from}).',
  truncated: 'Det meste av teksten ble fjernet ({before} → {after} tegn).',
  truncatedRestored: 'Det meste av teksten manglet i denne versjonen ({before} → {after} tegn); den var tilbake {date}.',
  restored: 'Teksten er tilbake slik den var {date} ({before} → {after} tegn).',
  restoredChanged: 'Teksten er tilbake ({before} → {after} tegn). Sammenlignet med {date}:',
  sameAs: 'Teksten er igjen slik den var {date}.',
  undone: 'Tilbakestilt {date}.',
  preamble: 'Innledning',
  opening: 'Innledende tekst',
  and: 'og',
  colon: ': ',
  semicolon: '; ',
  storeIntro: 'Vi har oppdatert personvernerklæringen vår.',
  storeMore: 'Flere endringer: se personvernerklæringen.',
  noticeMore: 'Og {n} til.',
  namesMore: '{n} til',
};

export const TEMPLATES: Readonly<Record<string, ChangelogTemplates>> = { sv, en, fi, de, fr, da, nb };

/** `sv-SE`, `sv_FI`, `SV` → `sv`; Norwegian `no` is written in bokmål. */
export function baseLanguage(language: string): string {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return base === 'no' ? 'nb' : base;
}

export function templatesFor(language: string): ChangelogTemplates {
  const templates = TEMPLATES[baseLanguage(language)];
  if (templates === undefined) {
    throw usageError(
      `no changelog templates for language ${JSON.stringify(language)}: use --lang en (templates exist for ${Object.keys(TEMPLATES).join(', ')})`,
    );
  }
  return templates;
}
