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
  /**
   * The old and the new version are in different languages: the change is a translation, reported as that once
   * (`language` is the new version's) rather than sentence by sentence.
   */
  translation?: { from: string; to: string };
  /**
   * The new version lost most of the old one's text (a truncated capture, or a policy cut down): sizes in characters
   * of compared text, reported in one line rather than as the removal of every section.
   */
  truncation?: {
    oldChars: number;
    newChars: number;
    /** `YYYY-MM-DD`: the text came back that day (set by the history: a capture that was cut short, not a cut policy). */
    restored?: string;
  };
  /**
   * Set by the history: the old version was what was left of a truncated one, and the text is back. The diff is then
   * from `since` (`YYYY-MM-DD`), the last version before it was cut, so that only what changed since is reported;
   * `truncatedChars` and `chars` are the sizes of the cut version and this one.
   */
  restoration?: { since: string; truncatedChars: number; chars: number };
  /**
   * Set by the history: the new version is the very text of the version of this day (`YYYY-MM-DD`), of at most ten
   * changes before (a capture flipping between two versions of a page, an edit taken back); the diff is from it.
   */
  sameAs?: string;
  /** Set by the history: a later version (of this day, `YYYY-MM-DD`) is the very text of a version before this change. */
  undone?: string;
  /** How much the change matters to the people the policy is about (set by `classifySignificance`). */
  significance?: Significance;
}

/**
 * What the significance classifier says about a diff: a level and the reasons for it, each pointing at the words
 * that triggered it. Plain data, so it serialises into the JSON output unchanged and renderers format it last.
 */

/** Ordered: none < editorial < minor < significant. */
export type SignificanceLevel = 'none' | 'editorial' | 'minor' | 'significant';

/** What a reason is about: one of the GDPR Art. 13/14 subjects, or an editorial kind of change. */
export type SignificanceCategory =
  | 'personal-data'
  | 'purpose'
  | 'recipients'
  | 'transfer'
  | 'tracking'
  | 'retention'
  | 'rights'
  | 'legal-basis'
  | 'controller'
  | 'security'
  /** A negation or modal changed in a sentence no lexicon recognises. */
  | 'other'
  /** Typos, rewording, numbers and dates. */
  | 'wording'
  /** Moves, renamed or renumbered headings, the policy's own change list. */
  | 'structure';

/** Which rule fired; with the category it picks the message. */
export type SignificanceRule =
  | 'added'
  | 'removed'
  | 'restricted'
  | 'negation-removed'
  | 'negation-added'
  | 'promise-withdrawn'
  | 'promise-added'
  | 'modal-hardened'
  | 'modal-softened'
  | 'limit-removed'
  | 'limit-added'
  | 'list-extended'
  | 'age-lowered'
  | 'age-raised'
  | 'period-longer'
  | 'period-shorter'
  | 'period-dropped'
  | 'period-stated'
  | 'period-changed'
  /** One company, safeguard or recipient named in another's place in the same sentence ("SSL" → "TLS"). */
  | 'replaced'
  /** Two known terms newly related in one sentence: a known recipient given known data, a basis for another purpose. */
  | 'relation-added'
  | 'organisation-added'
  | 'organisation-removed'
  | 'contact-changed'
  | 'numbers-changed'
  | 'typo'
  | 'wording'
  | 'clarification'
  | 'text-added'
  | 'text-removed'
  | 'moved'
  | 'renamed'
  | 'renumbered'
  | 'changelog'
  | 'title'
  /** The file was deleted: every reader loses what it promised. */
  | 'policy-removed';

// A type alias, not an interface: consumers that read reasons loosely (`{ message: string; [field: string]: unknown }`,
// the changelog entries) accept an alias but not an interface, which has no implicit index signature.
export type SignificanceReason = {
  category: SignificanceCategory;
  level: Exclude<SignificanceLevel, 'none'>;
  rule: SignificanceRule;
  /** Headings from the chapter down to the section the change is in (empty for the preamble and the title). */
  path: string[];
  /** The old sentence as written, when there was one. */
  old?: string;
  /** The new sentence as written, when there is one. */
  new?: string;
  /** The words that triggered the reason, as they stand in the text. */
  triggers: string[];
  /** What a period, heading, number or company was and became, for rules that compare them. */
  from?: string;
  to?: string;
  /** In the policy's language when a lexicon for it exists, else English. */
  message: string;
  messageEn: string;
};

/**
 * One finding of a classification: the reasons of one concept (category and rule) merged across sentences, with
 * the words that made it and the first sentence it came from. What notices show, the most serious first.
 */
export interface SignificanceFinding {
  level: Exclude<SignificanceLevel, 'none'>;
  category: SignificanceCategory;
  rule: SignificanceRule;
  /** In the policy's language when policydiff has its messages, else English. */
  message: string;
  messageEn: string;
  triggers: string[];
  /** Where the first sentence it came from stands. */
  path: string[];
  /** That sentence, new wording when there is one. */
  sentence?: string;
  /** How many sentences said it. */
  sentences: number;
}

export interface Significance {
  /** The change is the file's first version: level `none`, nothing to compare with. */
  firstVersion?: true;
  level: SignificanceLevel;
  /** Most severe first, then in reading order. */
  reasons: SignificanceReason[];
  /** Every finding above `none`, one per concept, most serious first (the reasons merged): what notices show. */
  findings?: SignificanceFinding[];
}
