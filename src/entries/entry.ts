import type { PolicyDiff, Significance } from '../model.js';
import { messagesLanguage, noticeOf as noticeFindingsOf } from '../significance/notice.js';
import { wholeDocumentChange } from '../compare/diff.js';
import { chapterChanges, type ChapterChanges } from './chapters.js';
import { DEFAULT_DATE_FORMAT, formatDate, parseDateFormat, toIsoDate, type DatePattern, type IsoDate } from './dates.js';
import { baseLanguage, templatesFor, type ChangelogTemplates, type Label } from './templates.js';
import { commitOverrides, type CommitTrailers, type SignificanceLevel } from './trailers.js';

/**
 * One dated change → the entry line owners write in the policy's own change list:
 *   18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.
 * Parts in a fixed order (updated, new, removed, renamed, moved, then a new title); a significant change adds a
 * notice in plain words after it; commit trailers can replace the sentence or the level.
 */

export interface EntryOptions {
  /** The day of the change: `YYYY-MM-DD` (or an ISO timestamp) or a `Date` (its local day). */
  date: Date | string;
  /** `D.M.YYYY` (default), `DD.MM.YYYY`, `iso`, or any pattern of D, DD, M, MM, YYYY. */
  dateFormat?: string | DatePattern;
  /** Overrides the diff's language (`--lang`). */
  language?: string;
  significance?: Significance;
  /** The change's commits, oldest first, with their trailers. */
  commits?: readonly CommitTrailers[];
}

export interface Entry {
  date: IsoDate;
  /** The date as written in the line. */
  dateText: string;
  /** What follows the date: the generated sentence, or the commits' Policy-Note. */
  text: string;
  /** `dateText text`: the line for the policy's change list. */
  line: string;
  /** The generated parts as separate sentences ("Uppdaterade kapitel: A och B."), for release notes. */
  parts: string[];
  /**
   * Plain words on what a significant change means for the reader, a paragraph of its own after the line, in the
   * entry's language: at most five findings, the most serious first, then how many more.
   */
  notice?: string;
  level?: SignificanceLevel;
  levelSetByCommit: boolean;
  /** "(level set by the commit: minor)" when a Policy-Significance trailer set the level. */
  override?: string;
  /** The text is a Policy-Note, not generated. */
  note: boolean;
  /** The change is the file's first version, or its deletion: the entry says so instead of listing chapters. */
  document?: 'first' | 'deleted';
  language: string;
  chapters: ChapterChanges;
  /** Malformed trailers that were ignored. */
  problems: string[];
}

function capitalize(text: string, language: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(language) + text.slice(head.length);
}

/** End a sentence with a full stop unless it already ends in one (a heading like "Vad samlar vi in?"). */
const endSentence = (text: string) => (/[.!?…]["”’)]*$/.test(text) ? text : `${text}.`);

export function joinNames(names: readonly string[], templates: ChangelogTemplates): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${templates.and} ${names.at(-1)!}`;
}

/** The chapters of each kind of change with their label, in the part order (updated, new, removed, renamed, moved). */
export function labelledChapters(changes: ChapterChanges, templates: ChangelogTemplates): { label: Label; names: string[] }[] {
  // A chapter called "Introduction" beside the text before the first chapter: that text gets its other name.
  const named = [...changes.updated.flatMap((chapter) => ('heading' in chapter ? [chapter.heading] : [])), ...changes.added, ...changes.removed, ...changes.moved, ...changes.renamed.flatMap(({ from, to }) => [from, to])];
  const clash = named.some((name) => name.toLocaleLowerCase() === templates.preamble.toLocaleLowerCase());
  const preamble = clash ? templates.opening : templates.preamble;
  return [
    { label: templates.updated, names: changes.updated.map((chapter) => ('preamble' in chapter ? preamble : chapter.heading)) },
    { label: templates.added, names: changes.added },
    { label: templates.removed, names: changes.removed },
    { label: templates.renamed, names: changes.renamed.map(({ from, to }) => `${from} → ${to}`) },
    { label: templates.moved, names: changes.moved },
  ].filter((list) => list.names.length > 0);
}

/** "uppdaterade kapitel: A och B", lower-case as it stands after a semicolon. */
export const labelledPart = (label: Label, names: readonly string[], templates: ChangelogTemplates): string =>
  `${label[names.length === 1 ? 0 : 1]}${templates.colon}${joinNames(names, templates)}`;

/** A part as a sentence of its own ("Uppdaterade kapitel: A och B."), as release notes list them. */
export const partSentence = (part: string, language: string): string => endSentence(capitalize(part, language));

/**
 * A list of an entry line names at most this many sections, and fewer while the line's lists are longer than
 * `MAX_LISTS_LENGTH` characters (down to one name and how many more): a rewrite is then a line, not a paragraph.
 * Every name stays in the entry's `chapters`.
 */
const MAX_NAMES = 6;
const MAX_LISTS_LENGTH = 360;

/** The names a list of an entry line shows: all of them up to `most`, else the ones before and how many more. */
function namesShown(names: readonly string[], most: number, templates: ChangelogTemplates): readonly string[] {
  if (names.length <= most) return names;
  const shown = names.slice(0, Math.max(1, most - 1));
  return [...shown, templates.namesMore.replace('{n}', String(names.length - shown.length))];
}

/** The parts of an entry, lower-case labels as they stand after a semicolon. */
function entryParts(changes: ChapterChanges, templates: ChangelogTemplates): string[] {
  const lists = labelledChapters(changes, templates);
  let parts: string[] = [];
  for (let most = MAX_NAMES; most >= 1; most -= 1) {
    parts = lists.map(({ label, names }) => labelledPart(label, namesShown(names, most, templates), templates));
    if (parts.join(templates.semicolon).length <= MAX_LISTS_LENGTH) break;
  }
  if (changes.title !== undefined) parts.push(`${templates.title}${templates.colon}${changes.title}`);
  return parts;
}

function noticeOf(significance: Significance | undefined, language: string): string | undefined {
  const notice = noticeFindingsOf(significance, language);
  if (notice === undefined || notice.shown.length === 0) return undefined;
  const sentences = notice.shown.map((finding) => endSentence(finding.message.trim()));
  // "And 3 more." in the language the findings are written in, so the paragraph stays in one language.
  if (notice.more > 0) sentences.push(templatesFor(messagesLanguage(language)).noticeMore.replace('{n}', String(notice.more)));
  return sentences.join(' ');
}

/** A template's sizes in characters and day filled in, numbers written as the language writes them. */
function sizesSentence(template: string, before: number, after: number, day: string | undefined, language: string, pattern: DatePattern): string {
  const number = new Intl.NumberFormat(language);
  const text = template.replace('{before}', number.format(before)).replace('{after}', number.format(after));
  return day === undefined ? text : text.replace('{date}', formatDate(toIsoDate(day), pattern));
}

/**
 * The one line of a change that is not a list of chapters: the policy now in another language (named in the new
 * one's words), a version that lost most of its text (with its size before and after, and the day it came back
 * if it did), or a version whose text is back as it was, or is an earlier version's again.
 */
function wholeTextChange(diff: PolicyDiff, templates: ChangelogTemplates, language: string, pattern: DatePattern, hasParts: boolean): string | undefined {
  if (diff.translation !== undefined) {
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    return templates.translated.replace('{to}', names.of(diff.translation.to) ?? diff.translation.to).replace('{from}', names.of(diff.translation.from) ?? diff.translation.from);
  }
  if (diff.truncation !== undefined) {
    const { oldChars, newChars, restored } = diff.truncation;
    return sizesSentence(restored === undefined ? templates.truncated : templates.truncatedRestored, oldChars, newChars, restored, language, pattern);
  }
  if (diff.sameAs !== undefined) return templates.sameAs.replace('{date}', formatDate(toIsoDate(diff.sameAs), pattern));
  if (diff.restoration !== undefined && !hasParts) {
    const { truncatedChars, chars, since } = diff.restoration;
    return sizesSentence(templates.restored, truncatedChars, chars, since, language, pattern);
  }
  return undefined;
}

/** The sentence before the chapter list of a version whose text is back and changed since it was cut, if it is one. */
function restoredPrefix(diff: PolicyDiff, templates: ChangelogTemplates, language: string, pattern: DatePattern): string {
  if (diff.restoration === undefined) return '';
  const { truncatedChars, chars, since } = diff.restoration;
  return `${sizesSentence(templates.restoredChanged, truncatedChars, chars, since, language, pattern)} `;
}

/** " Undone on 28.7.2026." after the line of a change a later version took back. */
const undoneSuffix = (diff: PolicyDiff, templates: ChangelogTemplates, pattern: DatePattern): string =>
  diff.undone === undefined ? '' : ` ${templates.undone.replace('{date}', formatDate(toIsoDate(diff.undone), pattern))}`;

/** The entry for one dated change, or undefined when there is nothing to say (formatting only, the change list's own lines). */
export function buildEntry(diff: PolicyDiff, options: EntryOptions): Entry | undefined {
  const language = baseLanguage(options.language ?? diff.language);
  // Checked before anything else so that a missing language fails the same way with or without changes.
  const templates = templatesFor(options.language ?? diff.language);
  const pattern = typeof options.dateFormat === 'object' ? options.dateFormat : parseDateFormat(options.dateFormat ?? DEFAULT_DATE_FORMAT);
  const date = toIsoDate(options.date);
  const overrides = commitOverrides(options.commits ?? [], options.significance?.level);
  const level = overrides.level ?? options.significance?.level;
  // The commit says the change is not one: the owner's word wins over what the text shows.
  if (overrides.level === 'none') return undefined;

  const chapters = chapterChanges(diff);
  const document = wholeDocumentChange(diff);
  const lowerParts = entryParts(chapters, templates);
  const wholeText = diff.translation !== undefined || diff.truncation !== undefined || diff.restoration !== undefined || diff.sameAs !== undefined;
  if (lowerParts.length === 0 && overrides.note === undefined && document === undefined && !wholeText) return undefined;

  const dateText = formatDate(date, pattern);
  const whole = document === undefined ? wholeTextChange(diff, templates, language, pattern, lowerParts.length > 0) : undefined;
  const generated =
    document === 'first' ? templates.firstVersion
    : document === 'deleted' ? templates.deleted
    : whole ?? restoredPrefix(diff, templates, language, pattern) + endSentence(capitalize(lowerParts.join(templates.semicolon), language)) + undoneSuffix(diff, templates, pattern);
  const text = overrides.note ?? generated;
  const entry: Entry = {
    date,
    dateText,
    text,
    line: `${dateText} ${text}`,
    parts: document === undefined && whole === undefined ? lowerParts.map((part) => partSentence(part, language)) : [generated],
    levelSetByCommit: overrides.level !== undefined,
    note: overrides.note !== undefined,
    language,
    chapters,
    problems: overrides.problems,
  };
  if (level !== undefined) entry.level = level;
  if (document !== undefined) entry.document = document;
  // The override is addressed to maintainers, like the CLI's own messages, so it is in English.
  if (overrides.level !== undefined) entry.override = `(level set by the commit: ${overrides.level})`;
  // A note replaces everything generated, the notice included: the human wrote what readers should know. A first
  // version or a deletion has no notice: "we now share data with X" would read as news when all of it is.
  // Nor has a translation (the reasons would be every sentence read in another language) or a version that lost most
  // of its text (its one line says what happened).
  const notice = level === 'significant' && overrides.note === undefined && document === undefined && whole === undefined ? noticeOf(options.significance, language) : undefined;
  if (notice !== undefined) entry.notice = notice;
  return entry;
}

/** The entry: the dated line, then the notice of a significant change as a paragraph of its own. */
export function entryLine(diff: PolicyDiff, options: EntryOptions): string | undefined {
  const entry = buildEntry(diff, options);
  return entry === undefined ? undefined : entryText(entry);
}

export const entryText = (entry: Pick<Entry, 'line' | 'notice'>): string =>
  entry.notice === undefined ? entry.line : `${entry.line}\n\n${entry.notice}`;
