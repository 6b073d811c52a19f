import { CHANGE_LIST_HEADING, changeListEntry } from '../document/change-list.js';
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
      // Line by line: dated lines without list markers are one Markdown paragraph, yet each is an entry.
      block.raw.split('\n').forEach((text, offset) => {
        const line = block.line + offset;
        located.lastLine = Math.max(located.lastLine, line);
        const entry = changeListEntry(text);
        const current = located.entries.at(-1);
        if (entry !== undefined) located.entries.push({ first: line, last: line, dateText: entry.date });
        else if (offset > 0 && current !== undefined && current.last === line - 1) current.last = line;
      });
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
  const fresh = entries.filter((entry, index) => !days.has(entry.date) && entries.findIndex((other) => other.date === entry.date && other.text === entry.text) === index);
  if (fresh.length === 0) return policyText;

  const last = existing.at(-1);
  const model = last === undefined ? undefined : ENTRY_LINE.exec(lineContent(lines[last.first - 1] ?? ''));
  const markdown = document.format === 'markdown';
  const prefix = model?.[1] ?? (markdown ? '- ' : '');
  const separator = model?.[3] || ' ';
  // In Markdown, lines that are not list items are one paragraph, which the diff would read as one changed entry.
  const paragraphs = markdown && !/^\s*[-*+]\s/.test(prefix);
  const spaced = paragraphs || (existing.length >= 2 && existing.at(-1)!.first > existing.at(-2)!.last + 1);
  const [firstDay, lastDay] = [isoDates.at(0), isoDates.at(-1)];
  const newestFirst = firstDay !== undefined && lastDay !== undefined && firstDay > lastDay;
  const render = (entry: PolicyListEntry) => `${prefix}${formatDate(entry.date, pattern)}${separator}${entry.text}`;
  const ordered = [...fresh].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  let at: number;
  let added: string[];
  if (existing.length === 0) {
    // A first line: its own paragraph below the chapter's text, so that Markdown does not glue it to it.
    at = list.lastLine;
    added = ['', ...ordered.map(render)];
    if (at < lines.length && lineContent(lines[at]!).trim() !== '') added.push('');
  } else if (newestFirst) {
    at = existing[0]!.first - 1;
    added = ordered.reverse().flatMap((entry) => (spaced ? [render(entry), ''] : [render(entry)]));
  } else {
    at = last!.last;
    added = ordered.flatMap((entry) => (spaced ? ['', render(entry)] : [render(entry)]));
  }
  return insertLines(lines, [{ at, lines: added }], eol);
}
