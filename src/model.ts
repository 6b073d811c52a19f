import type { Significance } from './significance/types.js';

/**
 * The data policydiff passes between its stages (parse → align → diff → classify → render).
 * Everything here is plain data so that it serialises to the JSON output contract unchanged.
 */

export type SourceFormat = 'markdown' | 'text';

/** One unit of text as the author wrote it: a paragraph, a list item, a table row. */
export interface Block {
  /** The text as it stands in the source (bullet glyph and inline markup included). */
  raw: string;
  /** 1-based line in the source where the block starts. */
  line: number;
}

export interface Section {
  /** Heading as written, without Markdown markers (`#`, `**`) but with its numbering. */
  heading: string;
  /** Heading numbering such as `1.2.1`, when the heading has one. */
  number?: string;
  /** 1 = chapter, 2 = subsection, … relative to the document (the title is level 0). */
  level: number;
  /** 1-based line of the heading in the source. */
  line: number;
  /** The section's own text, up to its first subsection. */
  blocks: Block[];
  children: Section[];
}

export interface PolicyDocument {
  format: SourceFormat;
  /** The single top heading over everything (`SEKRETESSPOLICY`), which is not a chapter. */
  title?: string;
  /** Text before the first chapter. */
  preamble: Block[];
  /** Chapters, each with its subsections. */
  sections: Section[];
}

/** A sentence (or list item without final punctuation) with its comparison form. */
export interface Sentence {
  raw: string;
  /** What is compared: white space folded, bullet glyphs, NBSP, emphasis markers removed. */
  norm: string;
  /** The first sentence of its block (paragraph, list item, line of plain text): where a renderer starts a new line. */
  blockStart?: true;
}

export type SectionStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'moved' | 'unchanged';

export type ChangeType = 'added' | 'removed' | 'changed' | 'formatting';

export interface WordChange {
  type: 'kept' | 'added' | 'removed';
  text: string;
}

export interface SentenceChange {
  type: ChangeType;
  /** The old sentence as written (absent for `added`). */
  old?: string;
  /** The new sentence as written (absent for `removed`). */
  new?: string;
  /** Word-level detail of a `changed` sentence. */
  words?: WordChange[];
}

/**
 * Every sentence of a section pair in order: the unchanged ones too, so that the old and the new text can be
 * rebuilt from the diff (see `rebuildOld` / `rebuildNew`).
 */
export type DiffPart =
  | { type: 'kept'; old: Sentence; new: Sentence }
  | { type: 'formatting'; old: Sentence; new: Sentence }
  | { type: 'changed'; old: Sentence; new: Sentence; words: WordChange[] }
  | { type: 'removed'; old: Sentence }
  | { type: 'added'; new: Sentence; selfChangelog?: boolean };

export interface SectionDiff {
  status: SectionStatus;
  /** Renamed or moved sections may also have changed text. */
  modified: boolean;
  /** New heading, or the old one if the section was removed. `''` for the preamble. */
  heading: string;
  oldHeading?: string;
  /** A renamed section that also changed its place. */
  moved?: boolean;
  /** Headings from the chapter down to this section (new side, old side when removed). */
  path: string[];
  level: number;
  /** Pre-order position in the old / new document (the preamble is 0, chapters start at 1). */
  oldIndex?: number;
  newIndex?: number;
  /** What changed, in order: the parts that are not `kept`, minus the policy's own appended change lines. */
  changes: SentenceChange[];
  parts: DiffPart[];
}

/** A dated line of the policy's own change list ("18.11.2021 Uppdaterade kapitel: …"). */
export interface PolicyChangelogLine {
  date: string;
  text: string;
}

export interface DiffStats {
  added: number;
  removed: number;
  modified: number;
  renamed: number;
  moved: number;
  unchanged: number;
}

export interface PolicyDiff {
  schemaVersion: 1;
  language: string;
  /** How the policy was read (the new version's format, the old one's if there is no new one); HTML renders Markdown. */
  format?: SourceFormat;
  title?: { old?: string; new?: string };
  /** Sections in reading order of the new document, removed ones where they used to stand. */
  sections: SectionDiff[];
  stats: DiffStats;
  /** Lines appended to the policy's own change list; not counted as changes of their chapter. */
  policyChangelog: PolicyChangelogLine[];
  /** Where a diff was too large to compute word by word and a coarser granularity was used. */
  notes: string[];
  /** How much the change matters to the people the policy is about (set by `classifySignificance`). */
  significance?: Significance;
}
