import type { PolicyDocument, Section } from '../model.js';

/**
 * Translation sets (one policy in several languages) and how their chapters correspond. Chapters are matched by
 * position and structure — numbering, subsection count, length — never by words, which differ by definition.
 */

/** Codes a file or folder name may carry for its language (`privacy.sv.md`, `privacy-en.md`, `fi/privacy.md`). */
const LANGUAGE_CODES = new Set([
  'sv', 'en', 'fi', 'de', 'da', 'nb', 'nn', 'no', 'is', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'et', 'lv', 'lt', 'ru', 'uk', 'cs', 'sk', 'hu', 'ro', 'el',
]);
const CODE = String.raw`([a-z]{2})(?:[-_][a-z]{2})?`;
const NAME_WITH_CODE = new RegExp(String.raw`^(.+?)[._-]${CODE}(\.[^.]+)$`, 'i');

export interface TranslationMember {
  file: string;
  /** The language code the name carries; absent for the file of a set that carries none (`privacy.md` beside `privacy.en.md`). */
  language?: string;
}

/** The key shared by a policy's translations, and the code this file's name carries. */
function translationKey(path: string): { key: string; language?: string } {
  const segments = path.split('/');
  const name = segments.pop()!;
  const folderIndex = segments.findIndex((segment) => LANGUAGE_CODES.has(segment.toLowerCase()));
  if (folderIndex !== -1) {
    const language = segments[folderIndex]!.toLowerCase();
    segments[folderIndex] = '*';
    return { key: [...segments, name].join('/'), language };
  }
  const match = NAME_WITH_CODE.exec(name);
  const language = match?.[2]?.toLowerCase();
  if (match !== null && language !== undefined && LANGUAGE_CODES.has(language)) {
    return { key: [...segments, `${match[1]}*${match[3]}`].join('/'), language };
  }
  const dot = name.lastIndexOf('.');
  return { key: [...segments, dot === -1 ? `${name}*` : `${name.slice(0, dot)}*${name.slice(dot)}`].join('/') };
}

/**
 * Files that are one policy in several languages, found by name: the same name with a language code part, or the
 * same name in folders named by language codes. A file whose name carries no code joins a set of coded ones
 * (`privacy.md` with `privacy.en.md`). Sets of one file are no sets.
 */
export function findTranslationSets(files: readonly string[]): TranslationMember[][] {
  const sets = new Map<string, TranslationMember[]>();
  for (const file of files) {
    const { key, language } = translationKey(file);
    const member: TranslationMember = language === undefined ? { file } : { file, language };
    sets.set(key, [...(sets.get(key) ?? []), member]);
  }
  return [...sets.values()].filter((members) => members.length >= 2 && members.some((member) => member.language !== undefined));
}

/** A member's language: from its name if it carries one. */
export function languageFromName(file: string): string | undefined {
  return translationKey(file).language;
}

export interface ChapterShape {
  /** 1-based position among the document's chapters. */
  position: number;
  heading: string;
  number?: string;
  subsections: number;
  /** Blocks in the chapter and its subsections: a rough length that survives translation. */
  blocks: number;
  /** What a translation keeps as it is: numbers and dates, e-mail addresses, web addresses. */
  anchors: string[];
}

const countBlocks = (section: Section): number => section.blocks.length + section.children.reduce((sum, child) => sum + countBlocks(child), 0);
const ANCHOR = /https?:\/\/[^\s)>\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+(?:[.,:/-]\d+)*/g;

function anchorsOf(section: Section): string[] {
  const found = new Set<string>();
  const visit = (node: Section) => {
    for (const block of node.blocks) for (const match of block.raw.matchAll(ANCHOR)) found.add(match[0].replace(/[.,]$/, ''));
    node.children.forEach(visit);
  };
  visit(section);
  return [...found];
}

export function chapterShapes(document: PolicyDocument): ChapterShape[] {
  return document.sections.map((section, index) => {
    const shape: ChapterShape = { position: index + 1, heading: section.heading, subsections: section.children.length, blocks: countBlocks(section), anchors: anchorsOf(section) };
    if (section.number !== undefined) shape.number = section.number;
    return shape;
  });
}

/**
 * How alike two chapters are in structure; at or below zero they are not the same chapter. Numbering counts for
 * little: a chapter inserted in one language renumbers the ones after it. What a translation keeps unchanged
 * (dates, numbers, addresses) counts for most, where the chapters have any.
 */
function likeness(a: ChapterShape, b: ChapterShape): number {
  let score = 1;
  if (a.number !== undefined && b.number !== undefined) score += a.number === b.number ? 1 : -0.5;
  score += a.subsections === b.subsections ? 1 : -0.5;
  const [small, large] = a.blocks < b.blocks ? [a.blocks, b.blocks] : [b.blocks, a.blocks];
  score += large === 0 ? 1 : small / large;
  if (a.anchors.length > 0 && b.anchors.length > 0) {
    const shared = a.anchors.filter((anchor) => b.anchors.includes(anchor)).length;
    score += (2 * shared) / new Set([...a.anchors, ...b.anchors]).size;
  }
  return score;
}

/**
 * Pairs the chapters of two translations in order (an alignment that keeps the order of both, maximising
 * likeness): index pairs, with `undefined` on the side a chapter has no counterpart.
 */
export function alignChapters(left: readonly ChapterShape[], right: readonly ChapterShape[]): [number | undefined, number | undefined][] {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const best: number[][] = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      const score = likeness(left[i]!, right[j]!);
      const pair = score > 0 ? score + best[i + 1]![j + 1]! : -Infinity;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: [number | undefined, number | undefined][] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const score = likeness(left[i]!, right[j]!);
    if (score > 0 && best[i]![j] === score + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (best[i]![j] === best[i + 1]![j]) {
      pairs.push([i, undefined]);
      i += 1;
    } else {
      pairs.push([undefined, j]);
      j += 1;
    }
  }
  for (; i < left.length; i += 1) pairs.push([i, undefined]);
  for (; j < right.length; j += 1) pairs.push([undefined, j]);
  return pairs;
}

/**
 * The chapters of a whole set in corresponding rows: row r holds, per member, the index of its chapter or
 * `undefined`. Every member is aligned to the first; chapters the first lacks get rows of their own where they stand.
 */
export function correspondingChapters(shapes: readonly (readonly ChapterShape[])[]): (number | undefined)[][] {
  const [reference = [], ...others] = shapes;
  const rows: (number | undefined)[][] = reference.map((_, index) => [index, ...others.map(() => undefined)]);
  // Chapters the reference lacks, by the reference chapter they follow (-1: before the first) and member: the
  // k-th extra chapter of each member at one place shares a row, so that one missing in the reference is one row.
  const extras = new Map<number, (number | undefined)[][]>();
  others.forEach((shape, otherIndex) => {
    let lastReference = -1;
    let extraCount = 0;
    for (const [left, right] of alignChapters(reference, shape)) {
      if (left !== undefined) {
        lastReference = left;
        extraCount = 0;
        rows[left]![otherIndex + 1] = right;
      } else if (right !== undefined) {
        const group = extras.get(lastReference) ?? [];
        extras.set(lastReference, group);
        group[extraCount] ??= shapes.map(() => undefined);
        group[extraCount]![otherIndex + 1] = right;
        extraCount += 1;
      }
    }
  });
  const ordered: (number | undefined)[][] = [...(extras.get(-1) ?? [])];
  rows.forEach((row, index) => ordered.push(row, ...(extras.get(index) ?? [])));
  return ordered;
}
