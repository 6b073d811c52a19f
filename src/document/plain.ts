import type { PolicyDocument, Section } from '../model.js';
import { BULLET, isBlankLine, normalizeSpaces, splitHeadingNumber, stripBullet } from './normalize.js';
import { OutlineBuilder } from './outline.js';
import { HeadingOverrideMatcher, type HeadingOverrides } from './heading-overrides.js';
import { sortedIndexOf } from '../sorted.js';

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
const MONTH = '(?:jan(?:uary|uar|uari|vier)?|j[äa]nner|feb(?:ruary|ruar|ruari)?|février|march|märz|mars|marts|april|avril|may|mai|maj|juni?|juin|june|july|juli|juillet|aug(?:ust|usti)?|août|sept?(?:ember)?|septembre|oct(?:ober)?|oktober|octobre|nov(?:ember)?|novembre|dec(?:ember)?|dezember|décembre|desember)';
/** "2021-01-24", "24.1.2021", "August 1, 2025", "1 août 2025", "1. Januar 2025". */
const CONTAINS_DATE = new RegExp(
  String.raw`\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b|\b\d{1,2}(?:er|\.)?\s+${MONTH}\.?\s+\d{4}\b|\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
  'iu',
);

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
class LineMemo {
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

export function parsePlainText(text: string, overrides = new HeadingOverrideMatcher()): PolicyDocument {
  return readPlain(text.split('\n').map(lineFacts), overrides, undefined).document;
}

/** What reading one version leaves for reading the next (see PlainVersions). */
interface PlainRead {
  lines: readonly LineFacts[];
  document: PolicyDocument;
  /** For each chapter of the document, the chapter level in force before its heading was read. */
  chapterLevels: (number | undefined)[];
}

/**
 * Reads the versions of a plain-text policy one after another, as a history does: each differs from the one read
 * before in a few lines, so only the chapters those lines fall into (and the one before the first) are read again,
 * and the others are the very objects of the version before (later stages then skip them by identity, see
 * align.ts's flatten). The result is the document parsePlainText gives; a property test holds it to that.
 */
export class PlainVersions {
  private readonly memo = new LineMemo();
  private previous: PlainRead | undefined;
  /** The config's headings the previous version was read with: another config reads the same lines differently. */
  private previousHeadings: HeadingOverrides | undefined;

  read(texts: readonly string[], headings: HeadingOverrides | undefined): PolicyDocument {
    const lines = this.memo.linesOf(texts);
    const previous = headings === this.previousHeadings ? this.previous : undefined;
    this.previous = readPlain(lines, new HeadingOverrideMatcher(headings), previous);
    this.previousHeadings = headings;
    return this.previous.document;
  }
}

/** Index of the chapter whose heading is the line at `index` (0-based), or -1. */
const chapterAt = (sections: readonly Section[], index: number): number => sortedIndexOf(sections.length, (at) => sections[at]!.line - 1, index);


/** A chapter read before, as it stands `shift` lines further down. */
function movedSection(section: Section, shift: number): Section {
  const moved: Section = {
    heading: section.heading,
    level: section.level,
    line: section.line + shift,
    blocks: section.blocks.map((block) => ({ raw: block.raw, line: block.line + shift })),
    children: section.children.map((child) => movedSection(child, shift)),
  };
  if (section.number !== undefined) moved.number = section.number;
  return moved;
}

/** A chapter of the version read before that this version has too, and where reading goes on after it. */
interface KeptChapter {
  chapter: Section;
  /** Its index in the version before. */
  index: number;
  /** Lines between its place there and here. */
  shift: number;
  /** Line (0-based, in this version) of the next chapter's heading; the lines' end after the last chapter. */
  end: number;
}

/**
 * The previous version's chapter whose heading stands at line `heading` here, when this version reads it the same.
 * What a chapter becomes depends on its own lines, the first line after each of its blocks, the chapter level in
 * force before it (which the caller compares) and on where it ends: at the next chapter's heading, which must be
 * read as that again (its block and the line after it the same too). Its lines are looked for as far down as they
 * stood, give or take each of `shifts` lines added above.
 */
function keptChapter(
  lines: readonly LineFacts[],
  heading: number,
  blocks: { starts: readonly number[]; ends: readonly number[] },
  previous: PlainRead,
  shifts: readonly number[],
): KeptChapter | undefined {
  const sections = previous.document.sections;
  for (const shift of shifts) {
    const index = chapterAt(sections, heading - shift);
    if (index === -1) continue;
    const last = index === sections.length - 1;
    const end = last ? previous.lines.length + shift : sections[index + 1]!.line - 1 + shift;
    let through: number;
    if (last) {
      if (end !== lines.length) continue;
      through = end - 1;
    } else {
      const next = blockIndex(blocks.starts, end);
      if (next === -1) continue;
      const nextEnd = blocks.ends[next]!;
      // The next heading's block, and the line after it when it stands alone (the first of the block after).
      through = nextEnd - end === 1 ? (blocks.starts[next + 1] ?? end) : nextEnd - 1;
    }
    if (through - shift >= previous.lines.length) continue;
    let same = true;
    for (let line = heading; same && line <= through; line += 1) same = lines[line] === previous.lines[line - shift];
    if (same) return { chapter: sections[index]!, index, shift, end };
  }
  return undefined;
}

function readPlain(lines: readonly LineFacts[], overrides: HeadingOverrideMatcher, previous: PlainRead | undefined): PlainRead {
  // Index loops over the lines and [start, end) ranges for the blocks: this runs for every version of a history.
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

  let builder = new OutlineBuilder('text', undefined, []);
  const chapterLevels: (number | undefined)[] = [];
  /** Level of the chapter now open, so that unnumbered subsections nest under it. */
  let chapterLevel: number | undefined;
  /** Where the previous version's chapters are looked for: as far down as the one taken over last, or from the end. */
  const shifts = previous === undefined ? [] : [0, lines.length - previous.lines.length];
  let fromBlock = 0;
  if (previous !== undefined) {
    // Above the first changed line, the chapters are the previous version's up to the one before the chapter the line
    // falls into, which that chapter may join (its heading turned into text or a subheading): read from there.
    const sections = previous.document.sections;
    let first = 0;
    while (first < lines.length && lines[first] === previous.lines[first]) first += 1;
    let changed = sections.length - 1;
    while (changed >= 0 && sections[changed]!.line - 1 >= first) changed -= 1;
    const restart = changed - 1;
    const restartBlock = restart < 0 ? -1 : blockIndex(blockStarts, sections[restart]!.line - 1);
    if (restartBlock > 0) {
      builder = new OutlineBuilder('text', previous.document.title, previous.document.preamble);
      builder.addChapters(sections.slice(0, restart));
      chapterLevels.push(...previous.chapterLevels.slice(0, restart));
      chapterLevel = previous.chapterLevels[restart];
      fromBlock = restartBlock;
    }
  }

  for (let index = fromBlock; index < blockStarts.length; index += 1) {
    const start = blockStarts[index]!;
    const end = blockEnds[index]!;
    const first = lines[start]!;
    const standalone = end - start === 1;
    const added = overrides.isAdded(first.text);
    // A line that runs on in lower case (the next of its block, or the first of the next block) is a broken
    // paragraph, not a heading; asked only of lines that look like one.
    const nextIndex = standalone ? blockStarts[index + 1] : start + 1;
    const heading =
      added ? headingText(first.text)
      : first.heading === undefined || overrides.isIgnored(first.text) || (nextIndex !== undefined && lines[nextIndex]!.startsLowerCase) ? undefined
      : first.heading;
    const firstBlock = () => builder.addBlock({ raw: first.text, line: start + 1 });

    if (heading !== undefined && !added && index === 0 && (standalone || isAllCaps(heading))) {
      builder.document.title = heading;
    } else if (heading !== undefined) {
      const level = added ? addedHeadingLevel(heading) : headingLevel(heading, first.text, standalone, chapterLevel);
      if (level !== undefined) {
        const opensChapter = builder.opensChapter(level.value);
        const kept = opensChapter && previous !== undefined ? keptChapter(lines, start, { starts: blockStarts, ends: blockEnds }, previous, shifts) : undefined;
        if (kept !== undefined && previous!.chapterLevels[kept.index] === chapterLevel) {
          builder.addChapters([kept.shift === 0 ? kept.chapter : movedSection(kept.chapter, kept.shift)]);
          chapterLevels.push(chapterLevel);
          shifts[0] = kept.shift;
          if (kept.end === lines.length) break;
          // Read on at the next chapter's heading, with the chapter level in force there before.
          chapterLevel = previous!.chapterLevels[kept.index + 1];
          index = blockIndex(blockStarts, kept.end) - 1;
          continue;
        }
        const before = chapterLevel;
        if (level.opensChapter) chapterLevel = level.value;
        builder.addHeading(heading, level.value, start + 1);
        if (opensChapter) chapterLevels.push(before);
      } else {
        firstBlock();
      }
    } else {
      firstBlock();
    }
    for (let line = start + 1; line < end; line += 1) builder.addBlock({ raw: lines[line]!.text, line: line + 1 });
  }
  return { lines, document: builder.finish(), chapterLevels };
}

/** The index of the block that starts at line `index`, or -1. */
const blockIndex = (blockStarts: readonly number[], index: number): number => sortedIndexOf(blockStarts.length, (at) => blockStarts[at]!, index);

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
