import type { PolicyDiff, SectionDiff } from '../model.js';

/**
 * What changed, chapter by chapter: the facts an entry line names. Owners name chapters, not subsections
 * ("Uppdaterade kapitel: Hur informationen används" when its Twilio subsection was added), so every change below
 * a chapter rolls up into it, and each chapter is named once per kind of change.
 */
export interface ChapterChanges {
  /** Chapters whose text changed, in reading order; `preamble` stands for the text before the first chapter. */
  updated: ChapterName[];
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  moved: string[];
  /** The document's new title, when it changed. */
  title?: string;
}

export type ChapterName = { heading: string } | { preamble: true };

/** "Ändringar som har gjorts hittills:" → without the colon, which would clash with the entry's own. */
export const chapterName = (heading: string): string => heading.trim().replace(/\s*:$/, '');

/** A heading numbered 1 ("1. What Claude Is", "Section 1: …"): where a document's chapters start. */
const FIRST_CHAPTER = /^(?:(?:section|article|chapitre|chapter|kapitel|abschnitt|artikel|luku)\s+)?1(?:[.:)]|\s)/iu;

/**
 * The level an entry names: 1, or 2 on a page that holds several documents (Anthropic's Privacy Policy and
 * Non-User Privacy Policy on one page, each with three or more chapters numbered from 1), whose top headings are
 * the documents and would say nothing ("Updated sections: Privacy Policy and Non-User Privacy Policy").
 */
function namedLevel(sections: readonly SectionDiff[]): 1 | 2 {
  let documents = 0;
  let children = 0;
  let numberedFromOne = false;
  let inTop = false;
  const close = () => {
    if (inTop && children >= 3 && numberedFromOne) documents += 1;
  };
  for (const section of sections) {
    if (section.level === 1) {
      close();
      [inTop, children, numberedFromOne] = [true, 0, false];
    } else if (section.level === 2 && inTop) {
      if (children === 0) numberedFromOne = FIRST_CHAPTER.test(section.heading);
      children += 1;
    }
  }
  close();
  return documents >= 2 ? 2 : 1;
}

/**
 * The chapters an entry names, in reading order, with the document each stands in on a page of several; a chapter
 * whose name another document's chapter has too is named with its document's ("Data Transfers (Privacy Policy)").
 */
function namedChapters(sections: readonly SectionDiff[]): { chapters: SectionDiff[]; partOf: Map<SectionDiff, SectionDiff>; nameOf: (chapter: SectionDiff) => string } {
  const level = namedLevel(sections);
  const chapters = sections.filter((section) => section.level <= level);
  const partOf = new Map<SectionDiff, SectionDiff>();
  let part: SectionDiff | undefined;
  for (const chapter of chapters) {
    if (chapter.level === 1) part = chapter;
    else if (chapter.level === 2 && part !== undefined) partOf.set(chapter, part);
  }
  const seen = new Map<string, number>();
  for (const chapter of partOf.keys()) seen.set(chapterName(chapter.heading), (seen.get(chapterName(chapter.heading)) ?? 0) + 1);
  const nameOf = (chapter: SectionDiff) => {
    const name = chapterName(chapter.heading);
    const document = partOf.get(chapter);
    return document !== undefined && (seen.get(name) ?? 0) > 1 ? `${name} (${chapterName(document.heading)})` : name;
  };
  return { chapters, partOf, nameOf };
}

/** The chapter (or preamble) that holds the section at this pre-order index on one side. */
function chapterAt(chapters: readonly SectionDiff[], side: 'oldIndex' | 'newIndex', index: number): SectionDiff | undefined {
  let found: SectionDiff | undefined;
  for (const chapter of chapters) {
    const at = chapter[side];
    if (at !== undefined && at <= index && (found === undefined || at > found[side]!)) found = chapter;
  }
  return found;
}

/** Each item once, the first of those with the same key. */
const once = <T>(items: readonly T[], key: (item: T) => string = String): T[] => items.filter((item, index) => items.findIndex((other) => key(other) === key(item)) === index);

export function chapterChanges(diff: PolicyDiff): ChapterChanges {
  const { chapters, partOf, nameOf } = namedChapters(diff.sections);
  const named = new Set(chapters);
  const updated = new Set<SectionDiff>();
  const markUpdated = (chapter: SectionDiff | undefined) => {
    // An added or removed chapter is named as such; its subsections need no second mention.
    if (chapter !== undefined && chapter.status !== 'added' && chapter.status !== 'removed') updated.add(chapter);
  };
  for (const section of diff.sections) {
    if (named.has(section)) {
      if (section.modified) markUpdated(section);
      continue;
    }
    if (section.status === 'unchanged' && !section.modified) continue;
    // Both sides: a subsection that moved to another chapter changed the one it left and the one it joined.
    if (section.newIndex !== undefined) markUpdated(chapterAt(chapters, 'newIndex', section.newIndex));
    if (section.oldIndex !== undefined) markUpdated(chapterAt(chapters, 'oldIndex', section.oldIndex));
  }

  // A chapter of a document added or removed whole is named by its document only.
  const withStatus = (status: SectionDiff['status']) => chapters.filter((chapter) => chapter.level >= 1 && chapter.status === status && partOf.get(chapter)?.status !== status);
  // A page that shows a chapter twice (a capture of its mobile and desktop layout) changes both copies: the entry
  // names the chapter once.
  const changes: ChapterChanges = {
    updated: once(
      chapters.filter((chapter) => updated.has(chapter)).map((chapter): ChapterName => (chapter.level === 0 ? { preamble: true } : { heading: nameOf(chapter) })),
      (name) => ('preamble' in name ? '' : name.heading),
    ),
    added: once(withStatus('added').map(nameOf)),
    removed: once(withStatus('removed').map(nameOf)),
    renamed: once(
      withStatus('renamed').map((chapter) => ({ from: chapterName(chapter.oldHeading ?? ''), to: nameOf(chapter) })),
      ({ from, to }) => `${from}\u0000${to}`,
    ),
    moved: once(
      chapters
        .filter((chapter) => chapter.level >= 1 && (chapter.status === 'moved' || (chapter.status === 'renamed' && chapter.moved === true)))
        .map(nameOf),
    ),
  };
  if (diff.title?.new !== undefined) changes.title = diff.title.new;
  return changes;
}

/**
 * The changes of several entries as one (release notes name each chapter once per kind, not once per day):
 * names in the order of the list (newest change first), each once; a chapter that is new in the range is named
 * as new only, though it was also edited after it came; the newest title wins.
 */
export function mergeChapterChanges(list: readonly ChapterChanges[]): ChapterChanges {
  const nameKey = (name: ChapterName) => ('preamble' in name ? '\u0000preamble' : name.heading);
  const added = once(list.flatMap((changes) => changes.added), String);
  const merged: ChapterChanges = {
    updated: once(list.flatMap((changes) => changes.updated), nameKey).filter((name) => !('heading' in name && added.includes(name.heading))),
    added,
    removed: once(list.flatMap((changes) => changes.removed), String),
    renamed: once(list.flatMap((changes) => changes.renamed), ({ from, to }) => `${from}\u0000${to}`),
    moved: once(list.flatMap((changes) => changes.moved), String),
  };
  const title = list.find((changes) => changes.title !== undefined)?.title;
  if (title !== undefined) merged.title = title;
  return merged;
}
