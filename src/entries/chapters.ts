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

const isChapter = (section: SectionDiff) => section.level <= 1;

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
  const chapters = diff.sections.filter(isChapter);
  const updated = new Set<SectionDiff>();
  const markUpdated = (chapter: SectionDiff | undefined) => {
    // An added or removed chapter is named as such; its subsections need no second mention.
    if (chapter !== undefined && chapter.status !== 'added' && chapter.status !== 'removed') updated.add(chapter);
  };
  for (const section of diff.sections) {
    if (isChapter(section)) {
      if (section.modified) markUpdated(section);
      continue;
    }
    if (section.status === 'unchanged' && !section.modified) continue;
    // Both sides: a subsection that moved to another chapter changed the one it left and the one it joined.
    if (section.newIndex !== undefined) markUpdated(chapterAt(chapters, 'newIndex', section.newIndex));
    if (section.oldIndex !== undefined) markUpdated(chapterAt(chapters, 'oldIndex', section.oldIndex));
  }

  const withStatus = (status: SectionDiff['status']) => chapters.filter((chapter) => chapter.level === 1 && chapter.status === status);
  // A page that shows a chapter twice (a capture of its mobile and desktop layout) changes both copies: the entry
  // names the chapter once.
  const changes: ChapterChanges = {
    updated: once(
      chapters.filter((chapter) => updated.has(chapter)).map((chapter): ChapterName => (chapter.level === 0 ? { preamble: true } : { heading: chapterName(chapter.heading) })),
      (name) => ('preamble' in name ? '' : name.heading),
    ),
    added: once(withStatus('added').map((chapter) => chapterName(chapter.heading))),
    removed: once(withStatus('removed').map((chapter) => chapterName(chapter.heading))),
    renamed: once(
      withStatus('renamed').map((chapter) => ({ from: chapterName(chapter.oldHeading ?? ''), to: chapterName(chapter.heading) })),
      ({ from, to }) => `${from}\u0000${to}`,
    ),
    moved: once(
      chapters
        .filter((chapter) => chapter.level === 1 && (chapter.status === 'moved' || (chapter.status === 'renamed' && chapter.moved === true)))
        .map((chapter) => chapterName(chapter.heading)),
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
