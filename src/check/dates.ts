import { isoDay, type IsoDate } from '../entries/dates.js';

/**
 * The "last updated" line a policy shows its readers ("Senast ändrad: 2021-01-24", "Last updated: 18 November
 * 2021", "Päivitetty 18. marraskuuta 2021"). Read line by line from the raw text, not from the parsed sections,
 * because it stands anywhere: under the title, in the last chapter, in a footer.
 */

export interface LastUpdatedLine {
  /** 1-based line in the text. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  /** The date as written. */
  dateText: string;
  /** The day it names; absent when the date cannot be read (an impossible day). */
  date?: IsoDate;
}

const LABELS = [
  // sv
  'senast ändrad', 'senast uppdaterad', 'senaste uppdatering', 'senast reviderad', 'uppdaterad', 'gäller från',
  // en
  'last updated', 'last modified', 'last revised', 'last changed', 'updated', 'effective date', 'effective as of', 'effective from',
  // fi
  'viimeksi päivitetty', 'päivitetty viimeksi', 'päivitetty', 'viimeksi muutettu', 'muutettu viimeksi', 'voimassa alkaen',
  // de
  'zuletzt aktualisiert', 'letzte aktualisierung', 'zuletzt geändert', 'stand', 'gültig ab',
  // da, nb
  'sidst opdateret', 'senest opdateret', 'opdateret', 'sist oppdatert', 'sist endret', 'oppdatert',
];

/** Month names, index 0 = January: English, Swedish, German, Danish and Norwegian full names, Finnish stems. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'januari', 'januar', 'tammikuu'],
  ['february', 'februari', 'februar', 'helmikuu'],
  ['march', 'mars', 'märz', 'marts', 'maaliskuu'],
  ['april', 'huhtikuu'],
  ['may', 'maj', 'mai', 'toukokuu'],
  ['june', 'juni', 'kesäkuu'],
  ['july', 'juli', 'heinäkuu'],
  ['august', 'augusti', 'elokuu'],
  ['september', 'syyskuu'],
  ['october', 'oktober', 'lokakuu'],
  ['november', 'marraskuu'],
  ['december', 'dezember', 'desember', 'joulukuu'],
];
/** Finnish writes months in the partitive after a day ("18. marraskuuta"): the stem starts the word. */
const FINNISH_STEM = /kuu$/;

function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((names) =>
    names.some((candidate) => candidate === name || (FINNISH_STEM.test(candidate) && name.startsWith(candidate)) || (name.length === 3 && candidate.startsWith(name))),
  );
  return index === -1 ? undefined : index + 1;
}

const NUMERIC_DATE = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}`;
const DAY_MONTH_YEAR = String.raw`\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}`;
const MONTH_DAY_YEAR = String.raw`\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LINE = new RegExp(
  String.raw`^(?:[-*+•·–]\s+)?[*_]*(?:${LABELS.map(escape).join('|')})(?:\s+(?:on|den|am|d\.))?[*_]*\s*[:：–—-]?\s*[*_]*\s*(${NUMERIC_DATE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})(?![\p{L}\p{N}])`,
  'iu',
);

/** `2021-01-24`, `24.1.2021`, `24/1/2021` (day first, as Europe writes it), `24 January 2021`, `January 24, 2021`, `24. tammikuuta 2021`. */
export function readPolicyDate(text: string): IsoDate | undefined {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match !== null) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (match !== null) return isoDay(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\.?\s+(\p{L}+\.?)\s+(\d{4})$/u.exec(value);
  if (match !== null) {
    const month = monthNumber(match[2]!);
    return month === undefined ? undefined : isoDay(Number(match[3]), month, Number(match[1]));
  }
  match = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(value);
  if (match !== null) {
    const month = monthNumber(match[1]!);
    return month === undefined ? undefined : isoDay(Number(match[3]), month, Number(match[2]));
  }
  return undefined;
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
    const date = readPolicyDate(dateText);
    if (date !== undefined) found.date = date;
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
