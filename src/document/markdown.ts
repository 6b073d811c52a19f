import type { Token, Tokens } from 'marked';
import type { PolicyDocument } from '../model.js';
import { BULLET, stripBullet } from './normalize.js';
import { buildDocument, type HeadingItem, type OutlineItem } from './outline.js';
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

function plainHeading(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
}

/** What reading a token gave, for the versions after it that have the very same token (see OutlineReader.read). */
interface TokenReading {
  line: number;
  depthBefore: number;
  depthAfter: number;
  lines: number;
  items: OutlineItem[];
}

class OutlineReader {
  readonly items: OutlineItem[] = [];
  /** Headings the config adds; their level is known only once the document's chapter depth is. */
  readonly added = new Set<HeadingItem>();
  private headingDepth = 0;

  constructor(private readonly overrides: HeadingOverrideMatcher) {}

  /**
   * Tokens from line `firstLine` on. With `readings`, a token that stands at the line and in the state it was read
   * in before gives the items it gave then (the same objects: nothing changes them); the others are put there.
   */
  read(tokens: readonly Token[], firstLine: number, readings?: WeakMap<Token, TokenReading>): void {
    let line = firstLine;
    for (const token of tokens) {
      const known = readings?.get(token);
      if (known !== undefined && known.line === line && known.depthBefore === this.headingDepth) {
        for (const item of known.items) this.items.push(item);
        this.headingDepth = known.depthAfter;
        line += known.lines;
        continue;
      }
      const from = this.items.length;
      const depthBefore = this.headingDepth;
      this.readToken(token, line);
      const lines = lineCount(token.raw);
      readings?.set(token, { line, depthBefore, depthAfter: this.headingDepth, lines, items: this.items.slice(from) });
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
    const bold = BULLET.test(raw) ? BOLD_ONLY.exec(stripBullet(raw).trim()) : null;
    if (bold?.[1] !== undefined && !this.overrides.isIgnored(bold[1])) this.subHeading(bold[1], line);
    else this.block(raw, line);
  }

  private subHeading(text: string, line: number): void {
    this.items.push({ kind: 'heading', text: plainHeading(text), level: this.headingDepth + 1, line });
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
      const heading: HeadingItem = { kind: 'heading', text: plainHeading(text), level: 0, line: line + offset };
      this.items.push(heading);
      this.added.add(heading);
      start = offset + 1;
    });
    if (start < lines.length) this.bulleted(lines.slice(start).join('\n'), line + start);
  }

  private readToken(token: Token, line: number): void {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (this.overrides.isIgnored(heading.text)) {
          this.block(heading.text, line);
          return;
        }
        this.headingDepth = heading.depth;
        this.items.push({ kind: 'heading', text: plainHeading(heading.text), level: heading.depth, line });
        return;
      }
      case 'paragraph': {
        const bold = BOLD_ONLY.exec(token.raw.trim());
        if (bold?.[1] !== undefined && !this.overrides.isIgnored(bold[1])) this.subHeading(bold[1], line);
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
    for (const item of list.items) {
      const bold = BOLD_ONLY.exec(item.text.trim());
      if (bold?.[1] !== undefined && !this.overrides.isIgnored(bold[1])) {
        this.subHeading(bold[1], line);
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
    }
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

export function parseMarkdown(text: string, overrides = new HeadingOverrideMatcher()): PolicyDocument {
  const reader = new OutlineReader(overrides);
  reader.read(lexWhole(capNesting(text)).tokens, 1);
  return documentOf(reader);
}

/**
 * Reads the versions of a Markdown policy one after another, as a history does: the text is lexed again only
 * around the lines that changed since the version read before (see markdown-lexer.ts), and a token taken over from
 * it is not read again where it stands at the same line. The documents are the ones parseMarkdown gives.
 */
export class MarkdownVersions {
  private previous: LexedText | undefined;
  private readings = new WeakMap<Token, TokenReading>();
  /** The config's headings the readings were made with. */
  private readingsHeadings: HeadingOverrides | undefined;

  read(text: string, headings: HeadingOverrides | undefined): PolicyDocument {
    const capped = capNesting(text);
    this.previous = this.previous === undefined ? lexWhole(capped) : lexAfter(this.previous, capped);
    const overrides = new HeadingOverrideMatcher(headings);
    const reader = new OutlineReader(overrides);
    if (headings !== this.readingsHeadings) this.readings = new WeakMap();
    this.readingsHeadings = headings;
    // Headings the config adds get their level once the whole document is read, in the items themselves.
    reader.read(this.previous.tokens, 1, overrides.addsHeadings ? undefined : this.readings);
    return documentOf(reader);
  }
}

function documentOf(reader: OutlineReader): PolicyDocument {
  const items = reader.items;
  const headings = items.filter((item) => item.kind === 'heading');
  const ownHeadings = headings.filter((heading) => !reader.added.has(heading));
  const topDepth = Math.min(...ownHeadings.map((heading) => heading.level));
  const topHeadings = ownHeadings.filter((heading) => heading.level === topDepth);
  // A single top heading that opens the document is its title, not a chapter.
  const first = items[0];
  let title: string | undefined;
  if (topHeadings.length === 1 && headings.length > 1 && first?.kind === 'heading' && first.level === topDepth && !reader.added.has(first)) {
    title = first.text;
    items.shift();
  }
  if (reader.added.size > 0) {
    // Chapters are the top level under the title; without any heading of its own, the document has only added ones.
    const underTitle = ownHeadings.slice(1).map((heading) => heading.level);
    const chapterDepth = title === undefined ? topDepth : underTitle.length > 0 ? Math.min(...underTitle) : topDepth + 1;
    for (const heading of reader.added) heading.level = Number.isFinite(chapterDepth) ? chapterDepth : 1;
  }
  return buildDocument('markdown', title, items);
}
