import type { Block, DiffPart, PolicyDocument, Section, Sentence } from '../model.js';
import { headingKey } from '../document/normalize.js';
import { sameSection } from '../document/outline.js';
import { blockSentences, sentenceReader, type SentenceReader } from '../document/sentences.js';
import { bagSimilarity, wordBag, type WordBag } from './similarity.js';
import { lowerBound } from '../sorted.js';

/**
 * Pairs the sections of two versions. Same heading under the same (paired) parent → same section; then the same
 * heading anywhere (moved to another chapter); then a removed and an added section whose text is mostly the same
 * (renamed). Position changes among siblings are found last, as the pairs outside a longest increasing run.
 */

export interface SectionNode {
  /** Pre-order position; 0 is the preamble. */
  index: number;
  heading: string;
  key: string;
  level: number;
  path: string[];
  parent?: SectionNode;
  children: SectionNode[];
  blocks: Block[];
  sentences: Sentence[];
  /**
   * Its sentences as the parts of a diff against the very same sentences, once asked for (diff.ts): a history's
   * unchanged sections keep their nodes from version to version and so get these parts once.
   */
  keptParts?: DiffPart[];
  /** The word bag of `contentOf` the node, once asked for (the node may be compared in the next diff of a history too). */
  contentBag?: WordBag;
}

export interface SectionPair {
  old?: SectionNode;
  new?: SectionNode;
  moved: boolean;
}

export interface Alignment {
  pairs: SectionPair[];
  /** Renames were searched near each section's position only (very many unpaired sections). */
  windowed: boolean;
}

/** Pairs need at least this much text in common to count as a rename. */
const RENAME_SIMILARITY = 0.5;
const MAX_RENAME_PAIRS = 40_000;
const RENAME_WINDOW = 40;

/**
 * A history diffs each version twice, as the new side of one change and the old side of the next (the old side is
 * flattened first, so three entries span both uses): the nodes of the documents flattened last are kept, and
 * nothing downstream mutates them. Not a WeakMap, whose entries kept every version's nodes alive until its
 * document died, which cost the garbage collector more than building them.
 */
interface Flattened {
  document: PolicyDocument;
  /** What the sentences were read with (a config's noise patterns make other sentences of the same blocks). */
  reader: SentenceReader;
  nodes: SectionNode[];
  /**
   * The nodes of each chapter and its subsections, chapter first, by the chapter's position. A history's parser
   * hands an unchanged chapter back as the same object (document/plain.ts, document/outline.ts reuseChapters), or
   * as one that differs in its line numbers only: its nodes are then taken over (copied to their new positions
   * where the outline before them changed), and it is neither walked nor gathered into sentences again. A
   * chapter's nodes hold nothing of the document around it (a chapter has no parent node).
   */
  chapters: SectionNode[][];
}
const recent: Flattened[] = [];
const RECENT_DOCUMENTS = 3;

export function flatten(document: PolicyDocument, reader: SentenceReader = sentenceReader()): SectionNode[] {
  const known = recent.find((entry) => entry.document === document && entry.reader === reader);
  if (known !== undefined) return known.nodes;
  const flattened = flattenDocument(document, recent.filter((entry) => entry.reader === reader), reader);
  recent.unshift(flattened);
  if (recent.length > RECENT_DOCUMENTS) recent.pop();
  return flattened.nodes;
}

/** Blocks of the very same text (a history's versions share their lines' strings, so this mostly compares pointers). */
function sameBlocks(a: readonly Block[], b: readonly Block[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index]!.raw !== b[index]!.raw) return false;
  return true;
}

/**
 * `flattened` are the versions flattened before, in a history the neighbours of this one. A section whose blocks
 * are the text of the one at its position in the last of them takes over that section's sentences instead of
 * gathering them again, and the diff then sees the same sentence objects on both sides.
 */
function flattenDocument(document: PolicyDocument, flattened: readonly Flattened[], reader: SentenceReader): Flattened {
  const previous = flattened[0]?.nodes ?? [];
  const sentencesOf = (blocks: Block[], index: number): Sentence[] => {
    const before = previous[index];
    return before !== undefined && sameBlocks(before.blocks, blocks) ? before.sentences : blockSentences(blocks, reader);
  };
  const root: SectionNode = {
    index: 0,
    heading: '',
    key: '',
    level: 0,
    path: [],
    children: [],
    blocks: document.preamble,
    sentences: sentencesOf(document.preamble, 0),
  };
  const nodes = [root];
  const visit = (sections: Section[], parent: SectionNode) => {
    for (const section of sections) {
      const node: SectionNode = {
        index: nodes.length,
        heading: section.heading,
        key: headingKey(section.heading),
        level: section.level,
        path: [...parent.path, section.heading],
        children: [],
        blocks: section.blocks,
        sentences: sentencesOf(section.blocks, nodes.length),
      };
      if (parent !== root) node.parent = parent;
      parent.children.push(node);
      nodes.push(node);
      visit(section.children, node);
    }
  };
  const chapters: SectionNode[][] = [];
  // The nodes of the chapters of the versions around, by chapter object (the most recent version's first).
  const knownChapters = new Map<Section, SectionNode[]>();
  for (const entry of flattened) {
    entry.document.sections.forEach((chapter, position) => {
      if (!knownChapters.has(chapter)) knownChapters.set(chapter, entry.chapters[position]!);
    });
  }
  const previousChapters = flattened[0]?.document.sections ?? [];
  document.sections.forEach((chapter, position) => {
    // Line numbers play no part in a comparison: a chapter that only moved down the text is the same chapter.
    const before = previousChapters[position];
    const known = knownChapters.get(chapter) ?? (before !== undefined && sameSection(chapter, before, false) ? knownChapters.get(before) : undefined);
    if (known !== undefined) {
      // Where the outline before it did not change, an unchanged chapter's nodes stand where they stood; else
      // they are copied to their new positions, with the same sentences.
      const taken = known[0]!.index === nodes.length ? known : movedNodes(known, nodes.length);
      root.children.push(taken[0]!);
      for (const node of taken) nodes.push(node);
      chapters.push(taken);
      return;
    }
    const start = nodes.length;
    visit([chapter], root);
    chapters.push(nodes.slice(start));
  });
  return { document, reader, nodes, chapters };
}

/** A chapter's nodes (chapter first, in pre-order) as they stand from position `start` on. */
function movedNodes(known: readonly SectionNode[], start: number): SectionNode[] {
  const shift = start - known[0]!.index;
  const moved = new Map<SectionNode, SectionNode>();
  return known.map((node) => {
    const copy: SectionNode = { ...node, index: node.index + shift, children: [] };
    if (node.parent !== undefined) {
      // Pre-order: a parent is copied before its children.
      copy.parent = moved.get(node.parent)!;
      copy.parent.children.push(copy);
    }
    moved.set(node, copy);
    return copy;
  });
}

/** What a section says, for telling a rename: its own sentences and the headings of its subsections. */
function contentOf(node: SectionNode): string[] {
  return [...node.sentences.map((sentence) => sentence.norm), ...node.children.map((child) => `§ ${child.key}`)];
}

class Matcher {
  /** Set when renames were looked for in a window only; the diff says so. */
  windowed = false;
  readonly oldToNew = new Map<SectionNode, SectionNode>();
  readonly newToOld = new Map<SectionNode, SectionNode>();

  pair(oldNode: SectionNode, newNode: SectionNode): void {
    this.oldToNew.set(oldNode, newNode);
    this.newToOld.set(newNode, oldNode);
  }

  /** Same heading among the children of two paired sections, in order, then their children in turn. */
  bySiblingHeading(oldChildren: SectionNode[], newChildren: SectionNode[]): void {
    const waiting = new Map<string, SectionNode[]>();
    for (const node of oldChildren) waiting.set(node.key, [...(waiting.get(node.key) ?? []), node]);
    for (const node of newChildren) {
      const match = waiting.get(node.key)?.shift();
      if (match !== undefined) this.pair(match, node);
    }
    for (const oldNode of oldChildren) {
      const newNode = this.oldToNew.get(oldNode);
      if (newNode !== undefined) this.bySiblingHeading(oldNode.children, newNode.children);
    }
  }

  unpaired(nodes: SectionNode[], side: 'old' | 'new'): SectionNode[] {
    const paired = side === 'old' ? this.oldToNew : this.newToOld;
    return nodes.filter((node) => node.index !== 0 && !paired.has(node));
  }

  /** A heading that left its chapter for another keeps its identity. */
  byHeadingAnywhere(oldNodes: SectionNode[], newNodes: SectionNode[]): boolean {
    const waiting = new Map<string, SectionNode[]>();
    for (const node of this.unpaired(oldNodes, 'old')) waiting.set(node.key, [...(waiting.get(node.key) ?? []), node]);
    let found = false;
    for (const node of this.unpaired(newNodes, 'new')) {
      const match = waiting.get(node.key)?.shift();
      if (match === undefined) continue;
      this.pair(match, node);
      this.bySiblingHeading(match.children, node.children);
      found = true;
    }
    return found;
  }

  /**
   * Renamed: the most similar unpaired old and new sections, best pairs first. Every pair is scored when there are
   * few; past that (a rewrite of a huge document) only sections within a window of each other's position are, which
   * keeps the work linear and misses only renames that also travelled far.
   */
  byContent(oldNodes: SectionNode[], newNodes: SectionNode[]): boolean {
    const candidates: { oldNode: SectionNode; newNode: SectionNode; score: number }[] = [];
    const oldFree = this.unpaired(oldNodes, 'old');
    const newFree = this.unpaired(newNodes, 'new');
    const windowed = oldFree.length * newFree.length > MAX_RENAME_PAIRS;
    if (windowed) this.windowed = true;
    const bagOf = (node: SectionNode) => (node.contentBag ??= wordBag(contentOf(node)));
    newFree.forEach((newNode, position) => {
      if (newNode.sentences.length === 0 && newNode.children.length === 0) return;
      const newBag = bagOf(newNode);
      const center = Math.round((position * oldFree.length) / newFree.length);
      const from = windowed ? Math.max(0, center - RENAME_WINDOW) : 0;
      const to = windowed ? Math.min(oldFree.length, center + RENAME_WINDOW) : oldFree.length;
      for (const oldNode of oldFree.slice(from, to)) {
        const score = bagSimilarity(bagOf(oldNode), newBag);
        if (score >= RENAME_SIMILARITY) candidates.push({ oldNode, newNode, score });
      }
    });
    candidates.sort((a, b) => b.score - a.score || a.newNode.index - b.newNode.index || a.oldNode.index - b.oldNode.index);
    let found = false;
    for (const { oldNode, newNode } of candidates) {
      if (this.oldToNew.has(oldNode) || this.newToOld.has(newNode)) continue;
      this.pair(oldNode, newNode);
      this.bySiblingHeading(oldNode.children, newNode.children);
      found = true;
    }
    return found;
  }
}

/** Indexes (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    // The longest run this value can end: one longer than the runs whose last value is below it.
    const length = lowerBound(tails.length, (at) => values[tails[at]!] ?? 0, value);
    if (length > 0) previous[index] = tails[length - 1]!;
    tails[length] = index;
  });
  const run = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) run.add(index);
  return run;
}

/**
 * The same headings in the same tree: what most commits of a history leave as it was. Every section then pairs
 * with the one at its position, nothing moved, and the passes below would find exactly that at far greater cost.
 */
function sameOutline(oldNodes: SectionNode[], newNodes: SectionNode[]): boolean {
  if (oldNodes.length !== newNodes.length) return false;
  for (let index = 0; index < oldNodes.length; index += 1) {
    const [oldNode, newNode] = [oldNodes[index]!, newNodes[index]!];
    if (oldNode.key !== newNode.key || oldNode.parent?.index !== newNode.parent?.index) return false;
  }
  return true;
}

export function alignSections(oldNodes: SectionNode[], newNodes: SectionNode[]): Alignment {
  if (sameOutline(oldNodes, newNodes)) {
    return { pairs: newNodes.map((newNode, index) => ({ old: oldNodes[index]!, new: newNode, moved: false })), windowed: false };
  }
  return matchSections(oldNodes, newNodes);
}

/** The pairing in full, by heading, then by content, then order; `alignSections` skips it for an unchanged outline. */
export function matchSections(oldNodes: SectionNode[], newNodes: SectionNode[]): Alignment {
  const matcher = new Matcher();
  const [oldRoot, newRoot] = [oldNodes[0]!, newNodes[0]!];
  matcher.pair(oldRoot, newRoot);
  matcher.bySiblingHeading(oldRoot.children, newRoot.children);
  // Each pass can pair parents whose children the next pass then pairs by heading; repeat until nothing moves.
  while (matcher.byHeadingAnywhere(oldNodes, newNodes) || matcher.byContent(oldNodes, newNodes));

  const moved = new Set<SectionNode>();
  for (const newNode of newNodes) {
    const children = newNode.children.filter((child) => matcher.newToOld.has(child));
    const oldParent = matcher.newToOld.get(newNode);
    for (const child of children) {
      const oldChild = matcher.newToOld.get(child)!;
      const oldChildParent = oldChild.parent ?? oldRoot;
      if (oldChildParent !== oldParent) moved.add(child);
    }
    const stayed = children.filter((child) => !moved.has(child));
    const order = stayed.map((child) => matcher.newToOld.get(child)!.index);
    const keep = longestIncreasingRun(order);
    stayed.forEach((child, position) => {
      if (!keep.has(position)) moved.add(child);
    });
  }

  return { pairs: orderPairs(oldNodes, newNodes, matcher, moved), windowed: matcher.windowed };
}

/** New reading order, with each removed section placed after whatever preceded it in the old document. */
function orderPairs(
  oldNodes: SectionNode[],
  newNodes: SectionNode[],
  matcher: Matcher,
  moved: Set<SectionNode>,
): SectionPair[] {
  const removedAfter = new Map<SectionNode | undefined, SectionNode[]>();
  let anchor: SectionNode | undefined;
  for (const oldNode of oldNodes) {
    const newNode = matcher.oldToNew.get(oldNode);
    if (newNode !== undefined) anchor = newNode;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), oldNode]);
  }
  const pairs: SectionPair[] = [];
  const pushRemoved = (after: SectionNode | undefined) => {
    for (const oldNode of removedAfter.get(after) ?? []) pairs.push({ old: oldNode, moved: false });
  };
  pushRemoved(undefined);
  for (const newNode of newNodes) {
    const oldNode = matcher.newToOld.get(newNode);
    pairs.push(oldNode === undefined ? { new: newNode, moved: false } : { old: oldNode, new: newNode, moved: moved.has(newNode) });
    pushRemoved(newNode);
  }
  return pairs;
}
