import type { Token, Tokens } from 'marked';
import type { PolicyDocument } from '../model.js';
import { BULLET, stripBullet } from './normalize.js';
import { buildDocument, reuseChapters, type HeadingItem, type OutlineItem } from './outline.js';
import { normalizeText } from './normalize.js';
import { readerHeading } from './noise.js';
import { looksLikeHeading } from './plain.js';
import { lexAfter, lexWhole, type LexedText } from './markdown-lexer.js';
import { HeadingOverrideMatcher, type HeadingOverrides } from './heading-overrides.js';

/**
 * Markdown policies, read with marked's lexer: ATX and setext headings, and a paragraph or list item that is only
 * bold text (`- **Platsinformation**`) as a sub-heading one level below the heading it stands under. Lines that
 * start with a bullet Markdown does not know (`•`, `·`, `–`, or `-` followed by a non-breaking space) are list
 * items to the people who wrote them, and to us: otherwise a run of them is one paragraph, and changing the glyphs
 * to `-` would read as changed text.
 */

/**
 * A bullet at the start of the line that begins at `lastIndex`: every line of every paragraph of every version of a
 * history is tried, so in place, without cutting the text into lines.
 */
const BULLET_AT = new RegExp(BULLET.source.replace(/^\^/, ''), 'y');

/** Text that is nothing but `**bold**` (optionally with a colon), as authors write sub-headings. */
const BOLD_ONLY = /^(?:\*\*|__)([^*_\n]+?)(?:\*\*|__):?$/;

function lineCount(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/**
 * Bold text is a sub-heading only when it reads as one: a bold sentence ("**Our Privacy Policy helps explain our
 * practices.**") is emphasis, and taking it for a heading nested the real chapters under it.
 */
function boldHeading(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const heading = readerHeading(text);
  return heading !== '' && looksLikeHeading(heading) ? heading : undefined;
}

/** A list item's first line that opens a part of its own (an accordion: "1. Introduction", then its paragraphs). */
function accordionHeading(item: Tokens.ListItem): string | undefined {
  const [first, ...rest] = item.tokens;
  if (first === undefined || (first.type !== 'text' && first.type !== 'paragraph') || first.raw.trim().includes('\n')) return undefined;
  if (!rest.some((token) => token.type === 'paragraph' || token.type === 'heading' || token.type === 'table')) return undefined;
  const heading = readerHeading(first.raw);
  return heading !== '' && !heading.endsWith(':') && looksLikeHeading(heading) ? heading : undefined;
}

/** What reading a token gave, for the versions after it that have the very same token (see OutlineReader.read). */
interface TokenReading {
  line: number;
  /** The reader's state before and after the token (see OutlineReader.state). */
  depthBefore: string;
  depthAfter: string;
  lines: number;
  items: OutlineItem[];
}

/** An item as it reads `shift` lines further down (its text the very same string). */
function movedItem(item: OutlineItem, shift: number): OutlineItem {
  return item.kind === 'block' ? { kind: 'block', block: { raw: item.block.raw, line: item.block.line + shift } } : { ...item, line: item.line + shift };
}

class OutlineReader {
  readonly items: OutlineItem[] = [];
  /** Headings the config adds; their level is known only once the document's chapter depth is. */
  readonly added = new Set<HeadingItem>();
  private headingDepth = 0;
  /** Depth of the document's first heading: a list of accordion items under it is one level below it. */
  private firstDepth = 0;
  /** An ATX heading with no text (`### `): the heading-like line right after it is what the page shows in it. */
  private emptyHeading: { level: number; line: number } | undefined;

  constructor(private readonly overrides: HeadingOverrideMatcher) {}

  /** What reading a token depends on besides the token and its line. */
  private get state(): string {
    return `${this.headingDepth}/${this.firstDepth}/${this.emptyHeading === undefined ? '' : `${this.emptyHeading.level}@${this.emptyHeading.line}`}`;
  }

  private set state(value: string) {
    const [depth = '0', first = '0', empty = ''] = value.split('/');
    this.headingDepth = Number(depth);
    this.firstDepth = Number(first);
    const [level, line] = empty.split('@');
    this.emptyHeading = empty === '' ? undefined : { level: Number(level), line: Number(line) };
  }

  /**
   * Tokens from line `firstLine` on. With `readings`, a token read before in the same state gives the items it gave
   * then: the same objects where it stands at the same line (nothing changes them), else copies moved to its line,
   * which are kept for the versions after; the others are put there.
   */
  read(tokens: readonly Token[], firstLine: number, readings?: WeakMap<Token, TokenReading>): void {
    let line = firstLine;
    for (const token of tokens) {
      const known = readings?.get(token);
      if (known !== undefined && known.depthBefore === this.state) {
        if (known.line !== line) {
          known.items = known.items.map((item) => movedItem(item, line - known.line));
          known.line = line;
        }
        for (const item of known.items) this.items.push(item);
        this.state = known.depthAfter;
        line += known.lines;
        continue;
      }
      const from = this.items.length;
      const depthBefore = this.state;
      this.readToken(token, line);
      const lines = lineCount(token.raw);
      readings?.set(token, { line, depthBefore, depthAfter: this.state, lines, items: this.items.slice(from) });
      line += lines;
    }
  }

  private block(raw: string, line: number): void {
    const trimmed = raw.trim();
    if (trimmed !== '') this.items.push({ kind: 'block', block: { raw: trimmed, line } });
  }

  /** Text of a paragraph or list item: each line that starts with a bullet starts an item of its own. */
  private bulleted(raw: string, line: number): void {
    let start = 0;
    let startLine = line;
    let lineNumber = line;
    for (let newline = raw.indexOf('\n'); newline !== -1; newline = raw.indexOf('\n', newline + 1)) {
      lineNumber += 1;
      BULLET_AT.lastIndex = newline + 1;
      if (!BULLET_AT.test(raw)) continue;
      this.item(raw.slice(start, newline), startLine);
      start = newline + 1;
      startLine = lineNumber;
    }
    this.item(start === 0 ? raw : raw.slice(start), startLine);
  }

  /** A bullet that is only bold text is a sub-heading, whichever glyph it has. */
  private item(raw: string, line: number): void {
    const bold = BULLET.test(raw) ? boldHeading(BOLD_ONLY.exec(stripBullet(raw).trim())?.[1]) : undefined;
    if (bold !== undefined && !this.overrides.isIgnored(bold)) this.subHeading(bold, line);
    else this.block(raw, line);
  }

  /** Bold text as a heading one level below the heading it stands under, never over a real heading after it. */
  private subHeading(text: string, line: number): void {
    this.items.push({ kind: 'heading', text, level: this.headingDepth + 1, line, emphasis: true });
  }

  private heading(text: string, level: number, line: number): void {
    if (this.firstDepth === 0) this.firstDepth = level;
    this.headingDepth = level;
    this.items.push({ kind: 'heading', text, level, line });
  }

  /** A paragraph, cut before and after each of its lines that the config makes a heading. */
  private paragraph(raw: string, line: number): void {
    const lines = this.overrides.addsHeadings ? raw.replace(/\n+$/, '').split('\n') : [];
    if (!lines.some((text) => this.overrides.isAdded(text))) {
      this.bulleted(raw, line);
      return;
    }
    let start = 0;
    lines.forEach((text, offset) => {
      if (!this.overrides.isAdded(text)) return;
      if (offset > start) this.bulleted(lines.slice(start, offset).join('\n'), line + start);
      const heading: HeadingItem = { kind: 'heading', text: readerHeading(text), level: 0, line: line + offset };
      this.items.push(heading);
      this.added.add(heading);
      start = offset + 1;
    });
    if (start < lines.length) this.bulleted(lines.slice(start).join('\n'), line + start);
  }

  private readToken(token: Token, line: number): void {
    if (token.type !== 'space' && token.type !== 'paragraph' && token.type !== 'heading') this.emptyHeading = undefined;
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (this.overrides.isIgnored(heading.text)) {
          this.block(heading.text, line);
          return;
        }
        // A setext heading takes every line of its paragraph: a line above the title ("Effective April 5, 2024")
        // is text before it, not part of it.
        const lines = heading.text.split('\n');
        const lastLine = line + lines.length - 1;
        if (lines.length > 1) this.block(lines.slice(0, -1).join('\n'), line);
        const text = readerHeading(lines.at(-1)!);
        // A heading with no text left (only `###`, an image, an anchor) is not a section: its blocks belong to
        // the section before, unless a heading-like line follows that the page shows in it.
        if (text === '') this.emptyHeading = { level: heading.depth, line: lastLine };
        else this.heading(text, heading.depth, lastLine);
        return;
      }
      case 'paragraph': {
        const empty = this.emptyHeading;
        this.emptyHeading = undefined;
        const text = token.raw.trim();
        if (empty !== undefined && !text.includes('\n')) {
          const heading = readerHeading(text);
          if (heading !== '' && looksLikeHeading(heading) && !this.overrides.isIgnored(heading)) {
            this.heading(heading, empty.level, line);
            return;
          }
        }
        const bold = boldHeading(BOLD_ONLY.exec(text)?.[1]);
        if (bold !== undefined && !this.overrides.isIgnored(bold)) this.subHeading(bold, line);
        else this.paragraph(token.raw, line);
        return;
      }
      case 'list':
        this.readList(token as Tokens.List, line);
        return;
      case 'blockquote':
        this.read((token as Tokens.Blockquote).tokens, line);
        return;
      case 'table':
        // One row a block: a changed cell is then reported in its row, not as a new table.
        token.raw.split('\n').forEach((row, offset) => {
          if (!/^\s*\|?\s*:?-{3,}/.test(row)) this.block(row, line + offset);
        });
        return;
      case 'space':
      case 'hr':
      case 'def':
        return;
      default:
        this.block(token.raw, line);
    }
  }

  private readList(list: Tokens.List, firstLine: number): void {
    let line = firstLine;
    // Accordion items are parts of the document one level below its first heading (a title's chapters), or beside
    // the heading they follow when that one is deeper (WeTransfer's items beside "### Introduction").
    const itemLevel = this.headingDepth > this.firstDepth ? this.headingDepth : this.headingDepth + 1;
    const start = typeof list.start === 'number' ? list.start : 1;
    list.items.forEach((item, index) => {
      const bold = boldHeading(BOLD_ONLY.exec(item.text.trim())?.[1]);
      const accordion = bold === undefined ? accordionHeading(item) : undefined;
      if (bold !== undefined && !this.overrides.isIgnored(bold)) {
        this.subHeading(bold, line);
      } else if (accordion !== undefined && !this.overrides.isIgnored(accordion)) {
        this.heading(list.ordered ? `${start + index}. ${accordion}` : accordion, itemLevel, line);
        const [first, ...rest] = item.tokens;
        this.read(rest, line + lineCount(first!.raw));
        this.headingDepth = itemLevel;
      } else {
        const nested = item.tokens.filter((token) => token.type === 'list');
        if (nested.length === 0) {
          this.bulleted(item.raw, line);
        } else {
          // The item's own words, then its sub-items as blocks of their own.
          const ownRaw = item.raw.split('\n')[0] ?? '';
          this.block(ownRaw, line);
          let nestedLine = line + 1;
          for (const sub of nested) {
            this.readList(sub as Tokens.List, nestedLine);
            nestedLine += lineCount(sub.raw);
          }
        }
      }
      line += lineCount(item.raw);
    });
  }
}

/**
 * marked recurses once per nesting level and slows down with the square of it: a list nested 2,000 deep overflows
 * the stack after a minute, and so does a line of 100,000 `- ` or `> - ` markers. No policy nests more than a few
 * levels, so deeper indentation and runs of list and quote markers at the start of a line are capped.
 */
const MAX_INDENT = 32;
const MAX_CONTAINERS = 16;
/** One container opened at the start of a line: a quote, or a bullet or numbered list item followed by a space. */
const CONTAINER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))[ \t]?/y;
const DEEP_CONTAINERS = new RegExp(`^(?:${CONTAINER.source}){${MAX_CONTAINERS + 1},}`, 'gm');

function keepContainers(lead: string): string {
  CONTAINER.lastIndex = 0;
  for (let kept = 0; kept < MAX_CONTAINERS; kept += 1) CONTAINER.exec(lead);
  return lead.slice(0, CONTAINER.lastIndex);
}

/**
 * A line nested or indented that deep starts with this many indentation and container characters: most texts have
 * none, and this is quicker to look for than the containers.
 */
const MAYBE_DEEP = new RegExp(`^[ \\t>*+\\-0-9.)]{${MAX_CONTAINERS + 1}}`, 'm');

function capNesting(text: string): string {
  if (!MAYBE_DEEP.test(text)) return text;
  return text.replace(/^[ \t]{33,}/gm, ' '.repeat(MAX_INDENT)).replace(DEEP_CONTAINERS, keepContainers);
}

/**
 * capNesting of a text whose lines are given too, as a history reads them: the lines are capped one at a time (the
 * patterns never span a line break), and a line that stands where it stood in the version before, counted from the
 * start or from the end, is taken over. Most texts have no line the cap changes, and are then the text itself.
 */
class NestingCap {
  private lines: readonly string[] = [];
  private capped: string[] = [];

  text({ text, lines }: { text: string; lines: readonly string[] }): string {
    const { lines: before, capped: cappedBefore } = this;
    const shift = before.length - lines.length;
    const capped = new Array<string>(lines.length);
    let changed = false;
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      const cappedLine =
        before[index] === line ? cappedBefore[index]!
        : before[index + shift] === line ? cappedBefore[index + shift]!
        : capNesting(line);
      capped[index] = cappedLine;
      changed ||= cappedLine !== line;
    }
    this.lines = lines;
    this.capped = capped;
    return changed ? capped.join('\n') : text;
  }
}

export function parseMarkdown(text: string, overrides = new HeadingOverrideMatcher()): PolicyDocument {
  const reader = new OutlineReader(overrides);
  reader.read(lexWhole(capNesting(text)).tokens, 1);
  return documentOf(reader);
}

/**
 * Reads the versions of a Markdown policy one after another, as a history does: the text is lexed again only
 * around the lines that changed since the version read before (see markdown-lexer.ts), and a token taken over from
 * it is not read again, and a chapter the same as in that version is its very object. The documents are the ones
 * parseMarkdown gives.
 */
export class MarkdownVersions {
  private previous: LexedText | undefined;
  private readings = new WeakMap<Token, TokenReading>();
  /** The config's headings the readings were made with. */
  private readingsHeadings: HeadingOverrides | undefined;

  private readonly cap = new NestingCap();
  /** The document read last, whose chapters the next one takes over where they are the same. */
  private document: PolicyDocument | undefined;

  read(text: string, headings: HeadingOverrides | undefined): PolicyDocument {
    return this.readCapped(capNesting(text), headings);
  }

  /** `read` of a text given with its lines (see PolicyParser.parseLines). */
  readLines(read: { text: string; lines: readonly string[] }, headings: HeadingOverrides | undefined): PolicyDocument {
    return this.readCapped(this.cap.text(read), headings);
  }

  private readCapped(capped: string, headings: HeadingOverrides | undefined): PolicyDocument {
    this.previous = this.previous === undefined ? lexWhole(capped) : lexAfter(this.previous, capped);
    const overrides = new HeadingOverrideMatcher(headings);
    const reader = new OutlineReader(overrides);
    if (headings !== this.readingsHeadings) this.readings = new WeakMap();
    this.readingsHeadings = headings;
    // Headings the config adds get their level once the whole document is read, in the items themselves.
    reader.read(this.previous.tokens, 1, overrides.addsHeadings ? undefined : this.readings);
    this.document = reuseChapters(documentOf(reader), this.document);
    return this.document;
  }
}

function documentOf(reader: OutlineReader): PolicyDocument {
  const items = reader.items;
  const own = (item: OutlineItem): item is HeadingItem => item.kind === 'heading' && !reader.added.has(item);
  const title = takeTitle(items, own);
  if (reader.added.size > 0) {
    // Chapters are the top level under the title; without any heading of its own, the document has only added ones.
    const ownLevels = items.filter(own).map((heading) => heading.level);
    const chapterDepth = ownLevels.length > 0 ? ownLevels.reduce((min, level) => Math.min(min, level)) : title === undefined ? 1 : 2;
    for (const heading of reader.added) heading.level = chapterDepth;
  }
  return buildDocument('markdown', title, items);
}

/** Headings of the document's own (not added by the config) at the top level, and that level. */
function topLevel(items: readonly OutlineItem[], own: (item: OutlineItem) => item is HeadingItem): { depth: number; headings: HeadingItem[] } {
  const headings = items.filter(own);
  // A loop, not Math.min(...levels): a spread of 100,000 headings' levels overflows the stack.
  const depth = headings.reduce((min, heading) => Math.min(min, heading.level), Infinity);
  return { depth, headings: headings.filter((heading) => heading.level === depth) };
}

/**
 * Finds the document's title as a reader does and takes it (and any wrapper) out of `items`:
 * - the first heading, when it stands at the top level and no other top-level heading but copies of it does (or its
 *   copy follows it right away, as on a page that shows it twice), whatever stands above it (breadcrumbs,
 *   "Effective …" lines, images, a table of contents): those are the preamble;
 * - then, a single heading without text of its own that wraps every chapter: the title when there is none yet, else
 *   a subtitle, whose words are read as the preamble's.
 */
function takeTitle(items: OutlineItem[], own: (item: OutlineItem) => item is HeadingItem): string | undefined {
  let title: string | undefined;
  const headings = items.filter(own);
  const first = headings[0];
  if (first !== undefined && headings.length > 1) {
    const { depth, headings: top } = topLevel(items, own);
    const key = normalizeText(first.text);
    const copies = top.filter((heading) => normalizeText(heading.text) === key);
    if (first.level === depth && (copies.length === top.length || normalizeText(headings[1]!.text) === key)) {
      title = first.text;
      for (const copy of copies) items.splice(items.indexOf(copy), 1);
    }
  }
  const remaining = items.filter(own);
  if (remaining.length < 2) return title;
  const { headings: top } = topLevel(items, own);
  const wrapper = top[0]!;
  if (top.length !== 1 || wrapper !== remaining[0]) return title;
  const at = items.indexOf(wrapper);
  const next = items.findIndex((item, index) => index > at && item.kind === 'heading');
  const ownText = items.slice(at + 1, next === -1 ? items.length : next).some((item) => item.kind === 'block' && normalizeText(item.block.raw) !== '');
  if (ownText) return title;
  if (title === undefined) {
    items.splice(at, 1);
    return wrapper.text;
  }
  items[at] = { kind: 'block', block: { raw: wrapper.text, line: wrapper.line } };
  return title;
}
