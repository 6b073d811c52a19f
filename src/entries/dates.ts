import { quote, usageError } from '../errors.js';

/**
 * Dates as policy owners write them in their change lists: `18.11.2021` (the Nordic default), `2021-11-18`,
 * `11/18/2021`. A pattern is made of the tokens D, DD, M, MM, YYYY and any punctuation or spaces between them;
 * patterns are parsed once so that formatting, reading and recognising a file's own style share one definition.
 */

export type DateToken = 'D' | 'DD' | 'M' | 'MM' | 'YYYY';
export type DatePart = { token: DateToken } | { literal: string };

export interface DatePattern {
  /** The pattern as given (`iso` resolved to `YYYY-MM-DD`). */
  source: string;
  parts: DatePart[];
}

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

export const DEFAULT_DATE_FORMAT = 'D.M.YYYY';
const NAMED: Record<string, string> = { iso: 'YYYY-MM-DD' };
const TOKENS = new Set<string>(['D', 'DD', 'M', 'MM', 'YYYY']);

export function parseDateFormat(pattern: string = DEFAULT_DATE_FORMAT): DatePattern {
  const source = NAMED[pattern.toLowerCase()] ?? pattern;
  const parts: DatePart[] = [];
  // Letters and digits form tokens; everything else is a literal separator.
  for (const match of source.matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu)) {
    const text = match[0];
    if (/^[\p{L}\p{N}]/u.test(text)) {
      if (!TOKENS.has(text)) {
        throw usageError(
          `--date-format ${quote(pattern)} has the unknown token ${quote(text)}: use D, DD, M, MM and YYYY with separators, e.g. D.M.YYYY, DD.MM.YYYY or iso`,
        );
      }
      parts.push({ token: text as DateToken });
    } else {
      parts.push({ literal: text });
    }
  }
  for (const [name, tokens] of [['day', ['D', 'DD']], ['month', ['M', 'MM']], ['year', ['YYYY']]] as const) {
    const count = parts.filter((part) => 'token' in part && (tokens as readonly string[]).includes(part.token)).length;
    if (count !== 1) {
      throw usageError(
        `--date-format ${quote(pattern)} needs the ${name} exactly once (${tokens.join(' or ')}): e.g. D.M.YYYY, DD.MM.YYYY or iso`,
      );
    }
  }
  return { source, parts };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a calendar day, or undefined when there is no such day (31 April). */
export function isoDay(year: number, month: number, day: number): IsoDate | undefined {
  return validDay(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

/**
 * The calendar day of a date: a `YYYY-MM-DD` string (or an ISO timestamp, whose day is taken as written, in the
 * offset it was recorded with, as git dates are) or a `Date`, read in local time because it stands for "today here".
 */
export function toIsoDate(date: Date | string): IsoDate {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw usageError('the date is not a valid date');
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  const match = ISO_DAY.exec(date.trim());
  if (match === null || !validDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw usageError(`${quote(date)} is not a date: expected YYYY-MM-DD`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

export function formatDate(date: Date | string, pattern: DatePattern): string {
  const [year, month, day] = toIsoDate(date).split('-') as [string, string, string];
  const values: Record<DateToken, string> = {
    YYYY: year,
    MM: month,
    M: String(Number(month)),
    DD: day,
    D: String(Number(day)),
  };
  return pattern.parts.map((part) => ('token' in part ? values[part.token] : part.literal)).join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TOKEN_SOURCE: Record<DateToken, string> = { D: '(\\d{1,2})', DD: '(\\d{2})', M: '(\\d{1,2})', MM: '(\\d{2})', YYYY: '(\\d{4})' };

/** The day a text starting with a date in this pattern names, if it does (and only if it is written exactly so). */
export function readDate(text: string, pattern: DatePattern): { date: IsoDate; length: number } | undefined {
  const source = pattern.parts.map((part) => ('token' in part ? TOKEN_SOURCE[part.token] : escapeRegExp(part.literal))).join('');
  const match = new RegExp(`^${source}(?!\\d)`).exec(text);
  if (match === null) return undefined;
  const fields: Partial<Record<'day' | 'month' | 'year', number>> = {};
  let group = 1;
  for (const part of pattern.parts) {
    if (!('token' in part)) continue;
    const value = Number(match[group]);
    group += 1;
    fields[part.token === 'YYYY' ? 'year' : part.token.startsWith('M') ? 'month' : 'day'] = value;
  }
  const { year = 0, month = 0, day = 0 } = fields;
  const date = isoDay(year, month, day);
  if (date === undefined) return undefined;
  // `3.9.2021` read as DD.MM.YYYY would not round-trip: padding is part of a file's style.
  if (formatDate(date, pattern) !== match[0]) return undefined;
  return { date, length: match[0].length };
}

/** The styles seen in policies and changelogs, in the order an ambiguous sample is resolved. */
const KNOWN_STYLES = ['YYYY-MM-DD', 'D.M.YYYY', 'DD.MM.YYYY', 'D/M/YYYY', 'DD/MM/YYYY', 'M/D/YYYY', 'MM/DD/YYYY', 'D-M-YYYY', 'DD-MM-YYYY'].map(
  (source) => parseDateFormat(source),
);

/**
 * The pattern a file writes its dates in, from dates found in it: the one that reads every sample exactly.
 * `18.11.2021` fits both D.M.YYYY and DD.MM.YYYY; then the caller's preferred pattern decides if it fits, else
 * the first known style. Undefined when no sample is given or none fits.
 */
export function detectDatePattern(samples: readonly string[], preferred?: DatePattern): DatePattern | undefined {
  if (samples.length === 0) return undefined;
  const fits = (pattern: DatePattern) => samples.every((sample) => readDate(sample, pattern)?.length === sample.length);
  if (preferred !== undefined && fits(preferred)) return preferred;
  return KNOWN_STYLES.find(fits);
}

/** A date at the start of a line in any known style, for finding dated lines before their style is known. */
export const ANY_DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?!\d)/;
