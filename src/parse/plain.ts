import type { PolicyDocument } from '../model.js';
import { BULLET, isBlankLine, normalizeSpaces, splitHeadingNumber, stripBullet } from '../normalize.js';
import { buildDocument, type OutlineItem } from './outline.js';
import { HeadingOverrideMatcher } from './overrides.js';

/**
 * Plain text as policies are published: headings are bare lines. The signals (measured on the seed policies):
 * a heading is the first line of a block, short, without sentence punctuation at its end; followed by a blank line
 * it opens a chapter, followed directly by text it opens a subsection of the current chapter; `1.2.1` numbering
 * gives the depth outright.
 */

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_LENGTH = 100;
/**
 * `- **Platsinformation**`: a bullet that is only bold text serves as a sub-heading (seed 000), whichever glyph it
 * has, so that changing the glyph does not remove the subsection. Takes a line with its spaces normalised.
 */
function boldBulletText(text: string): string | undefined {
  return BULLET.test(text) ? /^\*\*([^*]+)\*\*:?$/.exec(stripBullet(text))?.[1] : undefined;
}
/**
 * A colon line that introduces a list rather than naming a part: "Vi samlar in följande typer av information:".
 * Standing alone it reads as a sentence when it starts with a pronoun; directly above its list it is a label
 * ("Du har rätt att:", seed 004) unless it says "the following".
 */
const ANNOUNCES_LIST = /följande|following|seuraav|folgende|suivant/i;
const STARTS_WITH_PRONOUN = /^(?:vi|du|ni|man|det|den|jag|we|you|it|this|these|our|me|sinä|te|wir|sie|nous|vous)\s/i;
const CONTAINS_DATE = /\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b/;

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}+(?:\P{Lu}|$)/u.test(normalizeSpaces(text).trim());
}

export function looksLikeHeading(raw: string): boolean {
  const text = normalizeSpaces(raw).trim();
  if (text === '' || text.length > MAX_HEADING_LENGTH) return false;
  if (boldBulletText(text) !== undefined) return true;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // Dated lines are change-list entries or "Senast ändrad: 2021-01-24", never headings.
  if (CONTAINS_DATE.test(text)) return false;
  const words = splitHeadingNumber(text).text;
  if (/[.!?,;…]["”’)]*$/.test(words) || /[.!?]\s+\p{Lu}/u.test(words)) return false;
  if (/https?:|www\.|@\S+\.\w/.test(text)) return false;
  // Headings start with a capital (or are numbered and then do, or are a name like "iOS"); bullets and quotes never.
  return /^\p{Ll}*\p{Lu}/u.test(words);
}

function headingText(raw: string): string {
  const text = normalizeSpaces(raw).trim();
  return boldBulletText(text)?.trim() ?? text;
}

function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('und');
}

/** What the reader asks of a line on its own, whatever stands around it; each answer worked out when first asked. */
class LineFacts {
  private lower: boolean | undefined;
  private headingChecked = false;
  private headingValue: string | undefined;
  readonly blank: boolean;

  /** The line's text; with a memo, one string for all versions that have the line (see LineMemo). */
  constructor(readonly text: string) {
    this.blank = isBlankLine(text);
  }

  get startsLowerCase(): boolean {
    this.lower ??= startsLowerCase(this.text);
    return this.lower;
  }

  /** The heading the line would be, when it looks like one. */
  get heading(): string | undefined {
    if (!this.headingChecked) {
      this.headingValue = looksLikeHeading(this.text) ? headingText(this.text) : undefined;
      this.headingChecked = true;
    }
    return this.headingValue;
  }
}

const lineFacts = (text: string) => new LineFacts(text);

/**
 * The facts of lines already seen, for reading many versions of one policy (a history), which share nearly all
 * their lines. A line's facts depend on its text alone, so the memo cannot change a result; and the text it
 * hands back is the first string seen for the line, so the blocks of every version share strings whose hashes the
 * sentence cache has already computed. Bounded like the other caches: cleared when large.
 */
export class LineMemo {
  private static readonly MAX_LINES = 50_000;
  private readonly lines = new Map<string, LineFacts>();
  /** The lines of the text read last, the version next to this one in a history, as given and with their facts. */
  private previousLines: readonly string[] = [];
  private previous: LineFacts[] = [];

  /**
   * The facts of each line. Most lines stand where they stood in the version read before, counted from the start
   * (above the first line added or removed) or from the end (below the last). They are compared with the strings
   * given for that version, not with the memo's own copies: BlobLines hands a history's unchanged lines over as the
   * very same strings, which compare by pointer, where a copy is compared character by character.
   */
  linesOf(lines: readonly string[]): LineFacts[] {
    const [previousLines, previous] = [this.previousLines, this.previous];
    const shift = previousLines.length - lines.length;
    const facts = new Array<LineFacts>(lines.length);
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      facts[index] =
        previousLines[index] === line ? previous[index]!
        : previousLines[index + shift] === line ? previous[index + shift]!
        : this.get(line);
    }
    this.previousLines = lines;
    this.previous = facts;
    return facts;
  }

  get(text: string): LineFacts {
    let facts = this.lines.get(text);
    if (facts === undefined) {
      // The line is a slice of its version's whole text, which a slice keeps alive; a copy of its own keeps only
      // itself (concatenating and slicing again makes V8 copy the characters).
      const own = text.length > 12 ? ` ${text}`.slice(1) : text;
      facts = lineFacts(own);
      if (this.lines.size >= LineMemo.MAX_LINES) this.lines.clear();
      this.lines.set(own, facts);
    }
    return facts;
  }
}

export function parsePlainText(text: string, memo?: LineMemo, overrides = new HeadingOverrideMatcher()): PolicyDocument {
  return parsePlainLines(text.split('\n'), memo, overrides);
}

/** The text's lines, split at `\n` after its line endings were normalised. */
export function parsePlainLines(texts: readonly string[], memo?: LineMemo, overrides = new HeadingOverrideMatcher()): PolicyDocument {
  // Index loops over the lines and [start, end) ranges for the blocks: this runs for every version of a history.
  const lines = memo === undefined ? texts.map(lineFacts) : memo.linesOf(texts);
  const blockStarts: number[] = [];
  const blockEnds: number[] = [];
  let open = -1;
  for (let index = 0; index < lines.length; index += 1) {
    if (!lines[index]!.blank) {
      // A line the config makes a heading opens a block of its own, wherever it stands.
      if (open !== -1 && overrides.addsHeadings && overrides.isAdded(lines[index]!.text)) {
        blockStarts.push(open);
        blockEnds.push(index);
        open = index;
      }
      if (open === -1) open = index;
    } else if (open !== -1) {
      blockStarts.push(open);
      blockEnds.push(index);
      open = -1;
    }
  }
  if (open !== -1) {
    blockStarts.push(open);
    blockEnds.push(lines.length);
  }
  const items: OutlineItem[] = [];
  let title: string | undefined;
  /** Level of the chapter now open, so that unnumbered subsections nest under it. */
  let chapterLevel: number | undefined;

  for (let index = 0; index < blockStarts.length; index += 1) {
    const start = blockStarts[index]!;
    const end = blockEnds[index]!;
    const first = lines[start]!;
    const standalone = end - start === 1;
    // The line after the first: the block's second, or the first of the next block.
    const nextIndex = standalone ? blockStarts[index + 1] : start + 1;
    const brokenParagraph = nextIndex !== undefined && lines[nextIndex]!.startsLowerCase;
    const added = overrides.isAdded(first.text);
    const heading = added ? headingText(first.text) : brokenParagraph || overrides.isIgnored(first.text) ? undefined : first.heading;
    const firstBlock = () => items.push({ kind: 'block', block: { raw: first.text, line: start + 1 } });

    if (heading !== undefined && !added && index === 0 && (standalone || isAllCaps(heading))) {
      title = heading;
    } else if (heading !== undefined) {
      const level = added ? addedHeadingLevel(heading) : headingLevel(heading, first.text, standalone, chapterLevel);
      if (level !== undefined) {
        if (level.opensChapter) chapterLevel = level.value;
        items.push({ kind: 'heading', text: heading, level: level.value, line: start + 1 });
      } else {
        firstBlock();
      }
    } else {
      firstBlock();
    }
    for (let line = start + 1; line < end; line += 1) items.push({ kind: 'block', block: { raw: lines[line]!.text, line: line + 1 } });
  }
  return buildDocument('text', title, items);
}

/** A heading the config adds is a chapter, unless its numbering says how deep it stands. */
function addedHeadingLevel(heading: string): { value: number; opensChapter: boolean } {
  const { number } = splitHeadingNumber(heading);
  return number === undefined ? { value: 1, opensChapter: true } : numberedLevel(number);
}

/** `1.2.1` numbering gives the depth outright. */
function numberedLevel(number: string): { value: number; opensChapter: boolean } {
  return { value: number.split('.').length, opensChapter: true };
}

/** The depth of a heading, or undefined when the line turns out to be a lead-in sentence. */
function headingLevel(
  heading: string,
  raw: string,
  standalone: boolean,
  chapterLevel: number | undefined,
): { value: number; opensChapter: boolean } | undefined {
  const { number } = splitHeadingNumber(heading);
  if (number !== undefined) return numberedLevel(number);
  const subLevel = chapterLevel === undefined ? 1 : chapterLevel + 1;
  if (boldBulletText(normalizeSpaces(raw).trim()) !== undefined) return { value: subLevel, opensChapter: false };
  if (heading.endsWith(':')) {
    if (ANNOUNCES_LIST.test(heading) || (standalone && STARTS_WITH_PRONOUN.test(heading))) return undefined;
    return { value: subLevel, opensChapter: false };
  }
  if (standalone) return { value: 1, opensChapter: true };
  return { value: subLevel, opensChapter: false };
}
