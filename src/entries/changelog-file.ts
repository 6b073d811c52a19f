import { ANY_DATE, detectDatePattern, formatDate, parseDateFormat, readDate, type DatePattern, type IsoDate } from './dates.js';
import { insertLines, lineBreakOf, lineContent, refuseConflicts, splitLines } from './lines.js';

/**
 * A CHANGELOG.md of policy changes, Keep a Changelog style (https://keepachangelog.com/en/1.1.0/): a heading per
 * date, newest first, the entry lines as a list under it. Only adds: entries already in the file (by their line)
 * are skipped, and every byte of the file outside the added lines stays as it was.
 */

export interface ChangelogFileEntry {
  date: IsoDate;
  /** The dated entry line. */
  line: string;
  /** The notice of a significant change, written on the line below. */
  notice?: string;
  /** "(level set by the commit: minor)", shown after the line. */
  override?: string;
}

export interface ChangelogMergeOptions {
  /** Named in errors. */
  fileName?: string;
}

interface Heading {
  index: number;
  level: number;
  /** The date of a heading that is only a date (`## 2021-11-18`, `### [18.11.2021]`). */
  date?: IsoDate;
  text: string;
}

const ATX = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const BULLET_ITEM = /^[ \t]*([-*+])[ \t]+/;

interface FileStyle {
  hashes: string;
  brackets: boolean;
  pattern: DatePattern;
  bullet: string;
}

/** Headings outside code blocks; dated ones read with the file's own date pattern. */
function readHeadings(lines: readonly string[]): { headings: Heading[]; style: FileStyle } {
  const found: { index: number; level: number; text: string; dateText?: string; brackets: boolean }[] = [];
  let fenced = false;
  lines.forEach((line, index) => {
    const text = lineContent(line);
    if (FENCE.test(text)) fenced = !fenced;
    if (fenced) return;
    const match = ATX.exec(text);
    if (match === null) return;
    const inner = match[2]!;
    const bracketed = /^\[(.*)\]$/.exec(inner);
    const candidate = bracketed?.[1] ?? inner;
    const date = ANY_DATE.exec(candidate);
    const entry: (typeof found)[number] = { index, level: match[1]!.length, text: inner, brackets: bracketed !== null };
    if (date !== null && date[0].length === candidate.length) entry.dateText = candidate;
    found.push(entry);
  });
  const dated = found.filter((heading) => heading.dateText !== undefined);
  const pattern = detectDatePattern(dated.map((heading) => heading.dateText!)) ?? parseDateFormat('iso');
  const first = dated[0];
  const bulletLine = lines.find((line) => BULLET_ITEM.test(line));
  const style: FileStyle = {
    hashes: '#'.repeat(first?.level ?? 2),
    brackets: first?.brackets ?? false,
    pattern,
    bullet: BULLET_ITEM.exec(bulletLine ?? '')?.[1] ?? '-',
  };
  const headings = found.map((heading): Heading => {
    const date = heading.dateText === undefined ? undefined : readDate(heading.dateText, pattern)?.date;
    return date === undefined ? { index: heading.index, level: heading.level, text: heading.text } : { ...heading, date };
  });
  return { headings, style };
}

/** Where a heading's section ends: the next heading at its level or above, or the end of the file. */
function sectionEnd(headings: readonly Heading[], heading: Heading, lineCount: number): number {
  return headings.find((other) => other.index > heading.index && other.level <= heading.level)?.index ?? lineCount;
}

const itemText = (line: string) => lineContent(line).replace(BULLET_ITEM, '').trim();

function isPresent(lines: readonly string[], entry: ChangelogFileEntry): boolean {
  return lines.some((line) => {
    const text = itemText(line);
    return text === entry.line || text.startsWith(`${entry.line} `);
  });
}

export function mergeIntoChangelog(existingText: string, entries: readonly ChangelogFileEntry[], options: ChangelogMergeOptions = {}): string {
  const lines = splitLines(existingText);
  refuseConflicts(lines, options.fileName ?? 'the changelog');
  const eol = lineBreakOf(existingText);
  const fresh = entries.filter((entry, index) => !isPresent(lines, entry) && entries.findIndex((other) => other.line === entry.line) === index);
  if (fresh.length === 0) return existingText;

  const { headings, style } = readHeadings(lines);
  const blank = (index: number) => index < 0 || index >= lines.length || lineContent(lines[index]!).trim() === '';
  const items = (group: readonly ChangelogFileEntry[]) =>
    group.flatMap((entry) => [
      `${style.bullet} ${entry.line}${entry.override === undefined ? '' : ` ${entry.override}`}`,
      ...(entry.notice === undefined ? [] : [`  ${entry.notice}`]),
    ]);
  const dates = [...new Set(fresh.map((entry) => entry.date))].sort().reverse();
  const insertions = new Map<number, string[]>();
  const insert = (at: number, added: string[]) => {
    const before = insertions.get(at) ?? [];
    // Two blocks at one place share the blank line between them.
    const join =
      before.at(-1) === '' && added[0] === '' ? added.slice(1)
      : before.length > 0 && before.at(-1) !== '' && added[0] !== '' ? ['', ...added]
      : added;
    insertions.set(at, [...before, ...join]);
  };
  const dated = headings.filter((heading) => heading.date !== undefined);

  for (const date of dates) {
    const group = fresh.filter((entry) => entry.date === date);
    const same = dated.find((heading) => heading.date === date);
    if (same !== undefined) {
      // Below the last line of that day's list, before the blank lines that close the section.
      let at = sectionEnd(headings, same, lines.length);
      while (at > same.index + 1 && blank(at - 1)) at -= 1;
      const before = at === same.index + 1 ? [''] : [];
      const after = blank(at) ? [] : [''];
      insert(at, [...before, ...items(group), ...after]);
      continue;
    }
    const label = formatDate(date, style.pattern);
    const block = [`${style.hashes} ${style.brackets ? `[${label}]` : label}`, '', ...items(group)];
    const older = dated.find((heading) => heading.date! < date);
    let at: number;
    if (older !== undefined) at = older.index;
    else if (dated.length > 0) at = sectionEnd(headings, dated.at(-1)!, lines.length);
    else {
      // No dated heading yet: below "Unreleased" if there is one, else above the first second-level heading.
      const unreleased = headings.find((heading) => /unreleased/i.test(heading.text));
      at =
        unreleased !== undefined ? sectionEnd(headings, unreleased, lines.length)
        : headings.find((heading) => heading.level >= 2)?.index ?? lines.length;
    }
    // An empty file gets its title once, above the first (newest) date.
    if (lines.length === 0) {
      if (insertions.size === 0) block.unshift('# Changelog', '');
    }
    else if (!blank(at - 1)) block.unshift('');
    if (!blank(at)) block.push('');
    insert(at, block);
  }
  return insertLines(lines, [...insertions].map(([at, added]) => ({ at, lines: added })), eol);
}

export { mergeIntoPolicyChangeList, type PolicyListEntry } from './policy-list.js';
