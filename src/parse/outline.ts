import type { Block, PolicyDocument, Section, SourceFormat } from '../model.js';
import { splitHeadingNumber } from '../normalize.js';

/** A heading found by a format-specific reader, before the tree is built. */
export interface HeadingItem {
  kind: 'heading';
  text: string;
  level: number;
  line: number;
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
  const document: PolicyDocument = { format, preamble: [], sections: [] };
  if (title !== undefined) document.title = title;
  const open: Section[] = [];
  for (const item of items) {
    if (item.kind === 'block') {
      const current = open.at(-1);
      (current ? current.blocks : document.preamble).push(item.block);
      continue;
    }
    while (open.length > 0 && open.at(-1)!.level >= item.level) open.pop();
    const { number } = splitHeadingNumber(item.text);
    const section: Section = { heading: item.text, level: item.level, line: item.line, blocks: [], children: [] };
    if (number !== undefined) section.number = number;
    const parent = open.at(-1);
    (parent ? parent.children : document.sections).push(section);
    open.push(section);
  }
  relevel(document.sections, 1);
  return document;
}

/** Levels in the result count from 1 for chapters, whatever the source's heading depths were. */
function relevel(sections: Section[], level: number): void {
  for (const section of sections) {
    section.level = level;
    relevel(section.children, level + 1);
  }
}
