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
  /** In the policy's language when a lexicon for it exists, else English. */
  message: string;
  messageEn: string;
};

export interface Significance {
  level: SignificanceLevel;
  /** Most severe first, then in reading order. */
  reasons: SignificanceReason[];
}
