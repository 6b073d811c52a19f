import { join } from 'node:path';
import { PolicydiffError, usageError } from '../errors.js';
import { splitSentences } from '../document/sentences.js';
import { mergeChapterChanges } from './chapters.js';
import { labelledChapters, labelledPart, partSentence, type Entry } from './entry.js';
import { lineBreakOf } from './lines.js';
import { baseLanguage, templatesFor } from './templates.js';

/**
 * Release notes for an app update about its policy changes: a short paragraph in the policy's language that
 * fits the store's limit without cutting a word or a sentence — whole sentences are dropped, most important
 * kept (the notice of a significant change before the list of chapters), and a last sentence says there is more.
 */

export type Store = 'play' | 'appstore';

/**
 * Google Play: 500 characters per language ("What's new"); App Store: 4,000 ("What's New in This Version").
 * Counted in UTF-16 units, which is never fewer than the characters the stores count.
 */
export const STORE_LIMITS: Readonly<Record<Store, number>> = { play: 500, appstore: 4000 };
const STORE_NAMES: Readonly<Record<Store, string>> = { play: 'Google Play', appstore: 'the App Store' };

/** Locale folder names fastlane uses: supply (Google Play) and deliver (App Store Connect). */
const FASTLANE_LOCALES: Readonly<Record<string, Readonly<Record<Store, string>>>> = {
  sv: { play: 'sv-SE', appstore: 'sv' },
  en: { play: 'en-US', appstore: 'en-US' },
  fi: { play: 'fi-FI', appstore: 'fi' },
  de: { play: 'de-DE', appstore: 'de-DE' },
  fr: { play: 'fr-FR', appstore: 'fr-FR' },
  da: { play: 'da-DK', appstore: 'da' },
  nb: { play: 'no-NO', appstore: 'no' },
};

export interface StoreNotesOptions {
  store: Store;
  language: string;
  /** Characters available, when other notes share the store's limit. */
  limit?: number;
}

/** A sentence that lists names, which can be written with only its first names when the whole list does not fit. */
export interface ListSentence {
  names: readonly string[];
  write: (names: readonly string[]) => string;
}

/** One sentence of the notes: as written, or a list that may be shortened. */
export type NoteUnit = string | ListSentence;

const fullText = (unit: NoteUnit) => (typeof unit === 'string' ? unit : unit.write(unit.names));

/**
 * The intro, then as many units as fit in order (skipping any too long), then `more` if any was left out.
 * A list that did not fit whole is then written with as many of its first names as the room left allows, in its
 * place: a shorter list is still a whole sentence, and `more` says that it is not all. Undefined when not even
 * the intro and `more` fit.
 */
export function fitSentences(intro: string, units: readonly NoteUnit[], more: string, limit: number): string | undefined {
  const all = [intro, ...units.map(fullText)].join(' ');
  if (all.length <= limit) return all;
  const budget = limit - more.length - 1;
  if (intro.length > budget) return undefined;
  let used = intro.length;
  const chosen: (string | undefined)[] = units.map((unit) => {
    const text = fullText(unit);
    if (used + 1 + text.length > budget) return undefined;
    used += 1 + text.length;
    return text;
  });
  units.forEach((unit, index) => {
    if (chosen[index] !== undefined || typeof unit === 'string') return;
    for (let count = unit.names.length - 1; count >= 1; count -= 1) {
      const text = unit.write(unit.names.slice(0, count));
      if (used + 1 + text.length <= budget) {
        chosen[index] = text;
        used += 1 + text.length;
        return;
      }
    }
  });
  return [intro, ...chosen.filter((text) => text !== undefined), more].join(' ');
}

/**
 * What the notes say, most important first: the notices of significant changes, the owners' Policy-Notes, a first
 * version or a deletion, then the chapters of all other changes merged per kind (each named once). Undefined when
 * every change is editorial.
 */
export function storeNoteUnits(entries: readonly Entry[], language: string): NoteUnit[] | undefined {
  const told = entries.filter((entry) => entry.level !== 'editorial' && entry.level !== 'none');
  if (told.length === 0) return undefined;
  const templates = templatesFor(language);
  const generated = told.filter((entry) => !entry.note && entry.document === undefined);
  const merged = mergeChapterChanges(generated.map((entry) => entry.chapters));
  const lists: NoteUnit[] = labelledChapters(merged, templates).map(({ label, names }) => ({
    names,
    write: (shown: readonly string[]) => partSentence(labelledPart(label, shown, templates), language),
  }));
  if (merged.title !== undefined) lists.push(partSentence(`${templates.title}${templates.colon}${merged.title}`, language));
  const sentences = [
    ...told.flatMap((entry) => (entry.notice === undefined ? [] : splitSentences(entry.notice))),
    ...told.flatMap((entry) => (entry.note ? splitSentences(entry.text) : entry.document === undefined ? [] : [entry.text])),
  ];
  const units = [...new Set(sentences), ...lists];
  return units.length === 0 ? undefined : units;
}

export function storeNotes(entries: readonly Entry[], options: StoreNotesOptions): string | undefined {
  const templates = templatesFor(options.language);
  const units = storeNoteUnits(entries, options.language);
  if (units === undefined) return undefined;
  return fitSentences(templates.storeIntro, units, templates.storeMore, options.limit ?? STORE_LIMITS[options.store]);
}

/** Where fastlane's supply or deliver reads the notes of one language, under the fastlane folder. */
export function fastlaneNotesPath(fastlaneDir: string, store: Store, language: string, versionCode?: string): string {
  const base = baseLanguage(language);
  const locale = FASTLANE_LOCALES[base]?.[store] ?? language;
  if (store === 'appstore') return join(fastlaneDir, 'metadata', locale, 'release_notes.txt');
  if (versionCode === undefined || !/^\d+$/.test(versionCode)) {
    throw usageError(
      `Google Play notes are filed by version code: add --version-code <n> (the versionCode of the build${versionCode === undefined ? '' : `, a number, not ${JSON.stringify(versionCode)}`})`,
    );
  }
  return join(fastlaneDir, 'metadata', 'android', locale, 'changelogs', `${versionCode}.txt`);
}

export interface MergeNotesOptions {
  store: Store;
  language: string;
  /** Named in errors. */
  fileName: string;
}

/**
 * The notes file with the policy paragraph first: the paragraph that starts with the language's intro sentence is
 * policydiff's (plain text cannot hold an invisible marker, and store readers would see one), replaced on each
 * run; every other paragraph stays as it was. `compose(budget)` writes the paragraph in the room left.
 */
export function mergeReleaseNotes(existing: string, compose: (budget: number) => string | undefined, options: MergeNotesOptions): string | undefined {
  const intro = templatesFor(options.language).storeIntro;
  const eol = lineBreakOf(existing);
  const separator = eol + eol;
  // Paragraphs with the blank lines after them, so that joining them again gives back the file.
  const paragraphs = existing.match(/[\s\S]*?(?:(?:\r?\n){2,}|$)/g)?.filter((piece) => piece !== '') ?? [];
  const ours = paragraphs.findIndex((paragraph) => paragraph.startsWith(intro));
  const others = paragraphs.filter((_, index) => index !== ours).join('');
  const limit = STORE_LIMITS[options.store];
  // The file ends with a line break, like any text file, and it counts: the store gets the file as it is.
  const budget = others === '' ? limit - eol.length : limit - others.length - separator.length - (/\n$/.test(others) ? 0 : eol.length);
  const notes = budget > 0 ? compose(budget) : undefined;
  if (notes === undefined) {
    throw new PolicydiffError(
      'write',
      `${options.fileName} leaves no room for the policy notes within ${STORE_NAMES[options.store]}'s ${limit} characters: shorten the other notes in it`,
    );
  }
  const merged =
    others === '' ? notes
    : ours === -1 ? notes + separator + existing
    : paragraphs.map((paragraph, index) => (index === ours ? notes + (/(?:\r?\n)*$/.exec(paragraph)?.[0] ?? '') : paragraph)).join('');
  return /\n$/.test(merged) ? merged : merged + eol;
}
