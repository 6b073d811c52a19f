import { CHANGE_LIST_HEADING, changeListEntries } from '../document/change-list.js';
import { inputError, quote } from '../errors.js';
import type { Section, SourceFormat } from '../model.js';
import { headingKey } from '../document/normalize.js';
import { parsePolicy } from '../document/parse.js';
import type { HeadingOverrides } from '../document/heading-overrides.js';
import { DEFAULT_DATE_FORMAT, detectDatePattern, formatDate, parseDateFormat, readDate, type DatePattern, type IsoDate } from './dates.js';
import { insertLines, lineBreakOf, lineContent, refuseConflicts, splitLines } from './lines.js';

/**
 * Appends entry lines to the change list a policy keeps about itself ("Ändringar som har gjorts hittills:" in
 * seed 001), written the way the list already is: its date format, its bullets, its order, its line breaks.
 * `diffPolicies` recognises such appended dated lines, so the edit is never reported as a policy change.
 */

export interface PolicyListEntry {
  date: IsoDate;
  /** What follows the date: the entry sentence (and notice). */
  text: string;
  /** The entry of the file's first version, which is never added to the list. */
  firstVersion?: boolean;
}

export interface PolicyListOptions {
  fileName?: string;
  format?: SourceFormat;
  /** Lines that are or are not headings (config `"headings"`). */
  headings?: HeadingOverrides;
  /** The heading of the change list when it is not one policydiff recognises by itself. */
  heading?: string;
  /** For a list whose dates do not show their format (or a list without lines yet). */
  dateFormat?: string | DatePattern;
}

interface Located {
  section: Section;
  /** Dated lines of the section and its subsections: 1-based first and last line, the date as written. */
  entries: { first: number; last: number; dateText: string }[];
  /** 1-based last line with text in the section and its subsections. */
  lastLine: number;
}

function locate(section: Section): Located {
  const located: Located = { section, entries: [], lastLine: section.line };
  const visit = (node: Section) => {
    for (const block of node.blocks) {
      located.lastLine = Math.max(located.lastLine, block.line + block.raw.split('\n').length - 1);
      for (const entry of changeListEntries(block.raw)) located.entries.push({ first: block.line + entry.firstLine, last: block.line + entry.lastLine, dateText: entry.date });
    }
    for (const child of node.children) {
      located.lastLine = Math.max(located.lastLine, child.line);
      visit(child);
    }
  };
  visit(section);
  return located;
}

/** The recognised words at the start of a word: "Ändringar", "Changes", but not "Data exchange". */
function namesChangeList(heading: string): boolean {
  for (const match of heading.matchAll(new RegExp(CHANGE_LIST_HEADING.source, 'giu'))) {
    if (match.index === 0 || !/\p{L}/u.test(heading[match.index - 1]!)) return true;
  }
  return false;
}

/** The section holding the policy's change list, if it has one. */
function locateList(sections: readonly Section[], options: PolicyListOptions, name: string): Located | undefined {
  const all: Section[] = [];
  const visit = (list: readonly Section[]) => list.forEach((section) => (all.push(section), visit(section.children)));
  visit(sections);
  if (options.heading !== undefined) {
    const key = headingKey(options.heading);
    const section = all.find((candidate) => headingKey(candidate.heading) === key);
    if (section === undefined) throw inputError(`${name} has no heading ${quote(options.heading)}: check --change-list-heading`);
    return locate(section);
  }
  const named = all.filter((section) => namesChangeList(section.heading)).map(locate);
  return named.find((located) => located.entries.length > 0) ?? named[0];
}

function findList(sections: readonly Section[], options: PolicyListOptions, name: string): Located {
  const found = locateList(sections, options, name);
  if (found === undefined) {
    throw inputError(
      `no change list in ${name}: add a chapter such as "Changes to this policy" or "Ändringar i policyn", or name yours with --change-list-heading`,
    );
  }
  return found;
}

/** The list's date style and the day of each line, each line read in its own style too, so that a list mixing 3.9.2021 and 03.09.2021 still knows its days. */
function readListDays(entries: Located['entries'], preferred: DatePattern): { pattern: DatePattern; isoDates: (IsoDate | undefined)[] } {
  const pattern = detectDatePattern(entries.map((entry) => entry.dateText), preferred) ?? preferred;
  const isoDates = entries.map((entry) => {
    const own = detectDatePattern([entry.dateText], pattern);
    return own === undefined ? undefined : readDate(entry.dateText, own)?.date;
  });
  return { pattern, isoDates };
}

/**
 * The days of the dated lines in the change list a policy keeps about itself, or `undefined` when it keeps none
 * (a "Changes to this policy" chapter without dated lines is a promise, not a list).
 */
export function policyChangeListDays(policyText: string, options: PolicyListOptions = {}): IsoDate[] | undefined {
  const parseOptions = { ...(options.fileName === undefined ? {} : { fileName: options.fileName }), ...(options.format === undefined ? {} : { format: options.format }) };
  const list = locateList(parsePolicy(policyText, parseOptions).sections, options, options.fileName ?? 'the policy');
  if (list === undefined || list.entries.length === 0) return undefined;
  const preferred = typeof options.dateFormat === 'object' ? options.dateFormat : parseDateFormat(options.dateFormat ?? DEFAULT_DATE_FORMAT);
  return readListDays(list.entries, preferred).isoDates.filter((day): day is IsoDate => day !== undefined);
}

const ENTRY_LINE = /^(\s*(?:[-*+•·–—]\s*)?)(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})([\s:–—-]*)/;

export function mergeIntoPolicyChangeList(policyText: string, entries: readonly PolicyListEntry[], options: PolicyListOptions = {}): string {
  const name = options.fileName ?? 'the policy';
  const lines = splitLines(policyText);
  refuseConflicts(lines, name);
  const eol = lineBreakOf(policyText);
  const parseOptions = {
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.headings === undefined ? {} : { headings: options.headings }),
  };
  const document = parsePolicy(policyText, parseOptions);
  const list = findList(document.sections, options, name);

  const preferred = typeof options.dateFormat === 'object' ? options.dateFormat : parseDateFormat(options.dateFormat ?? DEFAULT_DATE_FORMAT);
  const existing = list.entries.sort((a, b) => a.first - b.first);
  const { pattern, isoDates } = readListDays(existing, preferred);
  const days = new Set(isoDates);
  // The list records changes: a policy's first version is none, and a list that never had such a line gets none.
  const fresh = entries.filter(
    (entry, index) => entry.firstVersion !== true && !days.has(entry.date) && entries.findIndex((other) => other.date === entry.date && other.text === entry.text) === index,
  );
  if (fresh.length === 0) return policyText;

  const last = existing.at(-1);
  const model = last === undefined ? undefined : ENTRY_LINE.exec(lineContent(lines[last.first - 1] ?? ''));
  const prefix = model?.[1] ?? (document.format === 'markdown' ? '- ' : '');
  const separator = model?.[3] || ' ';
  // Lines of one Markdown paragraph are each an entry too (changeListEntries), so the list's own spacing is kept.
  const spaced = existing.length >= 2 && existing.at(-1)!.first > existing.at(-2)!.last + 1;
  const render = (entry: PolicyListEntry) => `${prefix}${formatDate(entry.date, pattern)}${separator}${entry.text}`;
  const ordered = [...fresh].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  if (existing.length === 0) {
    // A first line: its own paragraph below the chapter's text, so that Markdown does not glue it to it.
    const added = ['', ...ordered.map(render)];
    if (list.lastLine < lines.length && lineContent(lines[list.lastLine]!).trim() !== '') added.push('');
    return insertLines(lines, [{ at: list.lastLine, lines: added }], eol);
  }
  // Each line where its date belongs in the list's own order: before the first line dated after it (oldest first)
  // or before it (newest first), else after the last line.
  const dated = existing.flatMap((entry, index) => (isoDates[index] === undefined ? [] : [{ entry, day: isoDates[index]! }]));
  const newestFirst = dated.length >= 2 && dated[0]!.day > dated.at(-1)!.day;
  const insertions = (newestFirst ? ordered.reverse() : ordered).map((entry) => {
    const before = dated.find(({ day }) => (newestFirst ? day < entry.date : day > entry.date));
    return before === undefined
      ? { at: last!.last, lines: spaced ? ['', render(entry)] : [render(entry)] }
      : { at: before.entry.first - 1, lines: spaced ? [render(entry), ''] : [render(entry)] };
  });
  return insertLines(lines, insertions, eol);
}
