import type { Block, PolicyDocument, Section, SourceFormat } from '../model.js';
import { splitHeadingNumber } from './normalize.js';

/** A heading found by a format-specific reader, before the tree is built. */
export interface HeadingItem {
  kind: 'heading';
  text: string;
  level: number;
  line: number;
  /** Bold text read as a sub-heading: it never holds a real heading that comes after it. */
  emphasis?: true;
}

export interface BlockItem {
  kind: 'block';
  block: Block;
}

export type OutlineItem = HeadingItem | BlockItem;

/**
 * Turns a flat run of headings and blocks into the section tree. Levels may skip (a `###` under a `#`); a section
 * nests under the nearest preceding heading with a lower level.
 */
export function buildDocument(format: SourceFormat, title: string | undefined, items: OutlineItem[]): PolicyDocument {
  const builder = new OutlineBuilder(format, title, []);
  for (const item of items) builder.add(item);
  return builder.finish();
}

/**
 * Builds the section tree an item at a time, so that a reader can tell where each chapter starts and stop early:
 * a history's plain-text reader takes the chapters before and after an edit over from the version read before
 * (see plain.ts), and adds them whole.
 */
export class OutlineBuilder {
  readonly document: PolicyDocument;
  private readonly open: Section[] = [];
  /** Sections opened by bold text, which a real heading closes whatever its level. */
  private readonly emphasis = new WeakSet<Section>();
  /** Chapters built here, whose levels are still the source's until `finish`. */
  private readonly built: Section[] = [];

  constructor(format: SourceFormat, title: string | undefined, preamble: Block[]) {
    this.document = { format, preamble, sections: [] };
    if (title !== undefined) this.document.title = title;
  }

  add(item: OutlineItem): void {
    if (item.kind === 'block') this.addBlock(item.block);
    else this.addHeading(item.text, item.level, item.line, item.emphasis === true);
  }

  addBlock(block: Block): void {
    const current = this.open.at(-1);
    (current ? current.blocks : this.document.preamble).push(block);
  }

  /** Whether a heading of this (source) level would be a chapter, nested in nothing before it. */
  opensChapter(level: number): boolean {
    return this.open.length === 0 || this.open[0]!.level >= level;
  }

  /** Adds a heading; returns its section when it is a chapter. */
  addHeading(text: string, level: number, line: number, emphasis = false): Section | undefined {
    const open = this.open;
    if (!emphasis) while (open.length > 0 && this.emphasis.has(open.at(-1)!)) open.pop();
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    const { number } = splitHeadingNumber(text);
    const section: Section = { heading: text, level, line, blocks: [], children: [] };
    if (number !== undefined) section.number = number;
    if (emphasis) this.emphasis.add(section);
    const parent = open.at(-1);
    open.push(section);
    if (parent !== undefined) {
      parent.children.push(section);
      return undefined;
    }
    this.document.sections.push(section);
    this.built.push(section);
    return section;
  }

  /**
   * Chapters finished elsewhere (levels counted from 1 already), after which nothing nests under what came before:
   * each starts with a chapter, as it did where it was read.
   */
  addChapters(chapters: readonly Section[]): void {
    this.open.length = 0;
    for (const chapter of chapters) this.document.sections.push(chapter);
  }

  finish(): PolicyDocument {
    relevel(this.built, 1);
    return this.document;
  }
}

/** Levels in the result count from 1 for chapters, whatever the source's heading depths were. */
function relevel(sections: Section[], level: number): void {
  for (const section of sections) {
    section.level = level;
    relevel(section.children, level + 1);
  }
}

/** The same headings, levels and text, and with `lines` the same lines too (a history compares pointers, mostly). */
export function sameSection(a: Section, b: Section, lines = true): boolean {
  if (a === b) return true;
  if (a.heading !== b.heading || a.level !== b.level || (lines && a.line !== b.line) || a.number !== b.number) return false;
  if (a.blocks.length !== b.blocks.length || a.children.length !== b.children.length) return false;
  for (let index = 0; index < a.blocks.length; index += 1) {
    const [x, y] = [a.blocks[index]!, b.blocks[index]!];
    if (x !== y && (x.raw !== y.raw || (lines && x.line !== y.line))) return false;
  }
  return a.children.every((child, index) => sameSection(child, b.children[index]!, lines));
}

/**
 * The document with each chapter that equals the one at its place in `previous` replaced by that very object, as a
 * history's reader hands over what did not change: comparing a history's versions then passes over those chapters
 * by identity (src/compare/align.ts), and their objects, already old, are not copied again by the garbage collector.
 */
export function reuseChapters(document: PolicyDocument, previous: PolicyDocument | undefined): PolicyDocument {
  if (previous === undefined) return document;
  const { sections } = document;
  for (let index = 0; index < sections.length; index += 1) {
    const before = previous.sections[index];
    if (before !== undefined && sameSection(sections[index]!, before)) sections[index] = before;
  }
  return document;
}
