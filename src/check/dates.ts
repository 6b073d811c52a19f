import { isoDay, type IsoDate } from '../entries/dates.js';

/**
 * The "last updated" line a policy shows its readers ("Senast ändrad: 2021-01-24", "Last updated: 18 November
 * 2021", "Päivitetty 18. marraskuuta 2021", "Date de la dernière mise à jour : 02/02/2023"), in every language
 * policydiff writes entries in, with the date formats those languages use. Read line by line from the raw text,
 * not from the parsed sections, because it stands anywhere: under the title, in the last chapter, in a footer.
 */

export interface LastUpdatedLine {
  /** 1-based line in the text. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  /** The date as written. */
  dateText: string;
  /**
   * The day it names; a month alone ("Last revised April 2024") counts as its last day, so that a change within
   * that month does not make it stale. Absent when the date cannot be read (an impossible day).
   */
  date?: IsoDate;
  /**
   * The other reading of a numeric date that reads both day first and month first (`06-03-26`: 6 March, or 3 June
   * as the US writes it); the check calls the line stale only when both readings are.
   */
  otherDate?: IsoDate;
}

/** What a policy writes before the date, lower case; `'` stands for either apostrophe. */
const LABELS = [
  // sv
  'senast ändrad', 'senast uppdaterad', 'senaste uppdatering', 'senast reviderad', 'uppdaterad', 'gäller från och med', 'gäller från', 'gäller fr.o.m.', 'ikraftträdande',
  // en
  'last updated', 'last update', 'last modified', 'last revised', 'last changed', 'updated', 'revised', 'date of last revision', 'effective date', 'effective',
  // fi
  'viimeksi päivitetty', 'päivitetty viimeksi', 'päivitetty', 'viimeksi muutettu', 'muutettu viimeksi', 'voimassa alkaen', 'voimaantulopäivä',
  // de
  'datum der letzten aktualisierung', 'zuletzt aktualisiert', 'letzte aktualisierung', 'zuletzt geändert', 'letzte änderung', 'aktualisiert', 'stand', 'gültig ab', 'gültig seit', 'in kraft seit',
  // fr
  'date de la dernière mise à jour', 'date de dernière mise à jour', 'dernière mise à jour', 'mise à jour', 'mis à jour', 'dernière modification',
  "date d'entrée en vigueur", "entrée en vigueur", 'en vigueur',
  // da, nb
  'sidst opdateret', 'senest opdateret', 'opdateret', 'sidst ændret', 'senest ændret', 'gældende fra', 'sist oppdatert', 'sist endret', 'sist revidert', 'oppdatert', 'gjelder fra', 'gyldig fra',
];
/** Words between the label and the date: "Last revised on", "Gäller från den", "Mis à jour le", "En vigueur à compter du". */
const CONNECTORS = ['as of', 'on', 'from', 'den', 'am', 'vom', 'le', 'à compter du', 'à partir du', 'depuis le', 'depuis', 'du', 'fra og med', 'fra', 'd.'];

/** Month names, index 0 = January: en, sv, de, da, nb, fr full names and Finnish stems (abbreviations match a unique prefix). */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'januari', 'januar', 'jänner', 'janvier', 'tammikuu'],
  ['february', 'februari', 'februar', 'février', 'fevrier', 'helmikuu'],
  ['march', 'mars', 'märz', 'marts', 'maaliskuu'],
  ['april', 'avril', 'huhtikuu'],
  ['may', 'maj', 'mai', 'toukokuu'],
  ['june', 'juni', 'juin', 'kesäkuu'],
  ['july', 'juli', 'juillet', 'heinäkuu'],
  ['august', 'augusti', 'août', 'aout', 'elokuu'],
  ['september', 'septembre', 'syyskuu'],
  ['october', 'oktober', 'octobre', 'lokakuu'],
  ['november', 'novembre', 'marraskuu'],
  ['december', 'dezember', 'desember', 'décembre', 'decembre', 'joulukuu'],
];
/** Finnish writes months in the partitive after a day ("18. marraskuuta"): the stem starts the word. */
const FINNISH_STEM = /kuu$/;

function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  const exact = MONTHS.findIndex((names) => names.some((candidate) => candidate === name || (FINNISH_STEM.test(candidate) && name.startsWith(candidate))));
  if (exact !== -1) return exact + 1;
  // An abbreviation ("Nov.", "juil.", "Sept"): the prefix of one month's names only.
  const prefixed = name.length >= 3 ? MONTHS.flatMap((names, index) => (names.some((candidate) => candidate.startsWith(name)) ? [index] : [])) : [];
  return prefixed.length === 1 ? prefixed[0]! + 1 : undefined;
}

const NUMERIC_DATE = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})`;
const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:er|\.)?\s+\p{L}+\.?\s+\d{4}`;
const MONTH_DAY_YEAR = String.raw`\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
/** "April 2024", "APRIL-2024": only as the end of the line, where nothing but the date can follow the label. */
const MONTH_YEAR = String.raw`\p{L}+\.?[\s-]+\d{4}(?=[\s*_.)]*$)`;
const DATE = `${NUMERIC_DATE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${MONTH_YEAR}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/**
 * The label at the start of the line (after a list marker or emphasis), or after another date on a line of dates
 * ("publié le22.12.22 mise à jour12.10.23"): a label elsewhere is a sentence about updates, not the line.
 */
const LINE = new RegExp(
  String.raw`^(?:[-*+•·–]\s+)?(?:.{0,40}?(?:${NUMERIC_DATE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})[\s,;–—-]+)?[*_]*(?:${alternatives(LABELS)})(?:\s+(?:${alternatives(CONNECTORS)}))?[*_]*\s*[:：–—-]?\s*[*_]*\s*(${DATE})(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * `2021-01-24`; `24.1.2021`, `24/1/2021`, `24-1-2021`, `24.1.21` (day first, as Europe writes it; with `/` or `-`
 * month first when only that reads, as the US writes it: `11-21-25`); `24 January 2021`, `1er janvier 2024`,
 * `24. tammikuuta 2021`; `January 24, 2021`; `April 2024` (its last day).
 */
export function readPolicyDate(text: string): IsoDate | undefined {
  return readings(text)[0];
}

/** The days a date can be read as, the usual reading first: two for `06-03-26`, none for an impossible day. */
function readings(text: string): IsoDate[] {
  const value = text.trim();
  const numeric = /^(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})$/.exec(value);
  if (numeric === null) {
    const day = readNamedDate(value);
    return day === undefined ? [] : [day];
  }
  const [, first, separator, second, year] = numeric;
  const dayFirst = isoDay(fullYear(year!), Number(second), Number(first));
  const monthFirst = separator === '.' ? undefined : isoDay(fullYear(year!), Number(first), Number(second));
  return [...new Set([dayFirst, monthFirst].filter((day): day is IsoDate => day !== undefined))];
}

function readNamedDate(value: string): IsoDate | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match !== null) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})(?:er|\.)?\s+(\p{L}+\.?)\s+(\d{4})$/u.exec(value);
  if (match !== null) return dayOf(Number(match[3]), match[2]!, Number(match[1]));
  match = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(value);
  if (match !== null) return dayOf(Number(match[3]), match[1]!, Number(match[2]));
  match = /^(\p{L}+\.?)[\s-]+(\d{4})$/u.exec(value);
  if (match !== null) {
    const month = monthNumber(match[1]!);
    // Day 0 of the next month is the last day of this one.
    return month === undefined ? undefined : isoDay(Number(match[2]), month, new Date(Date.UTC(Number(match[2]), month, 0)).getUTCDate());
  }
  return undefined;
}

/** A two-digit year is of this century ("12.10.23"): policies are not older. */
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

function dayOf(year: number, monthName: string, day: number): IsoDate | undefined {
  const month = monthNumber(monthName);
  return month === undefined ? undefined : isoDay(year, month, day);
}

/** The first "last updated" line of a policy, if it has one. */
export function findLastUpdated(text: string): LastUpdatedLine | undefined {
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/^[\s\u00a0#>]+/, '').trim();
    const match = LINE.exec(line);
    if (match === null) continue;
    const dateText = match[1]!;
    const found: LastUpdatedLine = { line: index + 1, text: line, dateText };
    const [date, otherDate] = readings(dateText);
    if (date !== undefined) found.date = date;
    if (otherDate !== undefined) found.otherDate = otherDate;
    // "Updated May 2021 terms" is no date line: a month-name date must name a month.
    if (date === undefined && /\p{L}/u.test(dateText)) continue;
    return found;
  }
  return undefined;
}

/** Whether a sentence is a "last updated" line, which changes with every edit and is no change of the policy's meaning. */
export function isLastUpdatedLine(sentence: string): boolean {
  return findLastUpdated(sentence) !== undefined;
}
