import { diffArrays, diffWords } from 'diff';
import { alignSections, flatten, type SectionNode, type SectionPair } from './align.js';
import { changeListEntries, isChangeListSection } from '../document/change-list.js';
import { detectLanguage, dominantLanguage, LANGUAGE_SAMPLE_CHARS } from '../document/language.js';
import { withoutNoise } from '../document/noise.js';
import { sentenceReader } from '../document/sentences.js';
import type {
  DiffPart,
  DiffStats,
  PolicyChangelogLine,
  PolicyDiff,
  PolicyDocument,
  SectionDiff,
  SectionStatus,
  Sentence,
  SentenceChange,
  WordChange,
} from '../model.js';
import { parsePolicy, type ParseOptions } from '../document/parse.js';
import { bagSimilarity, wordBag, type WordBag } from './similarity.js';

export interface DiffOptions extends ParseOptions {
  /** Overrides the language detected from the text (`sv`, `en`, …), for both versions. */
  language?: string;
  /** A site's own noise: regular expressions whose matches are left out of what is compared (config `"noise"`). */
  noise?: readonly string[];
  /**
   * The share of its text (0–1) a version must lose to be reported as having lost most of it, in one line with its
   * size before and after, rather than section by section (config `"truncation"`; 0.5 by default, 1 never).
   */
  truncation?: number;
  /** Languages already found, by document: a history finds each version's once; the diff adds those it finds. */
  languages?: WeakMap<PolicyDocument, string>;
}

export const DEFAULT_TRUNCATION = 0.5;
/** Letters each version needs for a change of language to be reported as a translation. */
const MIN_TRANSLATED_LETTERS = 200;

/** A removed and an added sentence with this much in common are one changed sentence. */
const CHANGED_SENTENCE_SIMILARITY = 0.5;
/**
 * jsdiff's cost grows with the square of the edit length (PERFORMANCE-NOTES.md); past these bounds a hunk is
 * shown as replaced, coarser but exact, and the diff says so in `notes`.
 */
const MAX_SENTENCE_EDITS = 4_000;
const MAX_PAIRING_WORK = 40_000;
const MAX_WORD_EDITS = 1_000;
/** Runs of white space in a normalised sentence (single spaces only), counted without building an array. */
function spaceCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count += 1;
  return count;
}
const wordEditLimit = (a: string, b: string) => Math.min(MAX_WORD_EDITS, Math.max(50, Math.ceil((spaceCount(a) + spaceCount(b)) / 10)));

interface Context {
  notes: Set<string>;
}

function wordDiff(oldText: string, newText: string, context: Context): WordChange[] {
  const changes = diffWords(oldText, newText, { maxEditLength: wordEditLimit(oldText, newText) });
  if (changes === undefined) {
    context.notes.add('Some changed sentences were too different to compare word by word; they are shown whole.');
    return [
      { type: 'removed', text: oldText },
      { type: 'added', text: newText },
    ];
  }
  return changes.map((change) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'kept',
    text: change.value,
  }));
}

/**
 * The word bag of a sentence, counted once: a history's versions share their sentence objects (sentences.ts), and
 * the same sentences are paired again and again (a capture that loses a chapter and gets it back the next day).
 */
const sentenceBags = new WeakMap<Sentence, WordBag>();
function sentenceBag(sentence: Sentence): WordBag {
  let bag = sentenceBags.get(sentence);
  if (bag === undefined) sentenceBags.set(sentence, (bag = wordBag([sentence.norm])));
  return bag;
}

/** Turns one run of removed and added sentences into parts, pairing the similar ones as `changed`. */
function pairHunk(removed: Sentence[], added: Sentence[], context: Context): DiffPart[] {
  const parts: DiffPart[] = [];
  if (removed.length * added.length > MAX_PAIRING_WORK) {
    context.notes.add('A large rewrite was compared sentence by sentence, without pairing changed sentences.');
    return [...removed.map((old): DiffPart => ({ type: 'removed', old })), ...added.map((nu): DiffPart => ({ type: 'added', new: nu }))];
  }
  let next = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = CHANGED_SENTENCE_SIMILARITY;
    const oldBag = next < added.length ? sentenceBag(old) : undefined;
    for (let index = next; index < added.length; index += 1) {
      const score = bagSimilarity(oldBag!, sentenceBag(added[index]!));
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = index;
        bestScore = score;
      }
    }
    if (best === -1) {
      parts.push({ type: 'removed', old });
      continue;
    }
    for (; next < best; next += 1) parts.push({ type: 'added', new: added[next]! });
    const nu = added[best]!;
    parts.push({ type: 'changed', old, new: nu, words: wordDiff(old.norm, nu.norm, context) });
    next = best + 1;
  }
  for (; next < added.length; next += 1) parts.push({ type: 'added', new: added[next]! });
  return parts;
}

/** A section past the sentence diff's bound, shown as replaced. */
function replaced(oldSentences: Sentence[], newSentences: Sentence[], context: Context): DiffPart[] {
  context.notes.add('A section was rewritten so thoroughly that it is shown as replaced.');
  return [...oldSentences.map((old): DiffPart => ({ type: 'removed', old })), ...newSentences.map((nu): DiffPart => ({ type: 'added', new: nu }))];
}

function sharesSentence(oldSentences: readonly Sentence[], newSentences: readonly Sentence[]): boolean {
  if (oldSentences.length === 0 || newSentences.length === 0) return false;
  const norms = new Set(oldSentences.map((sentence) => sentence.norm));
  return newSentences.some((sentence) => norms.has(sentence.norm));
}

/** Every sentence of both sides in order, as kept / formatting / changed / removed / added parts. */
export function diffSentences(oldSentences: Sentence[], newSentences: Sentence[], context: Context): DiffPart[] {
  const same = (old: Sentence, nu: Sentence): DiffPart =>
    old.raw === nu.raw ? { type: 'kept', old, new: nu } : { type: 'formatting', old, new: nu };
  if (oldSentences.length === newSentences.length && oldSentences.every((s, i) => s.norm === newSentences[i]!.norm)) {
    return oldSentences.map((old, index) => same(old, newSentences[index]!));
  }
  // A section rewritten through, no sentence kept: what the sentence diff would give, without its search (whose
  // cost grows with the square of the sentences: a 1,000-sentence rewrite took 140 ms).
  if (!sharesSentence(oldSentences, newSentences)) {
    return oldSentences.length + newSentences.length > MAX_SENTENCE_EDITS ? replaced(oldSentences, newSentences, context) : pairHunk(oldSentences, newSentences, context);
  }
  const changes = diffArrays(
    oldSentences.map((sentence) => sentence.norm),
    newSentences.map((sentence) => sentence.norm),
    { maxEditLength: MAX_SENTENCE_EDITS },
  );
  if (changes === undefined) return replaced(oldSentences, newSentences, context);
  const parts: DiffPart[] = [];
  let oldAt = 0;
  let newAt = 0;
  let removed: Sentence[] = [];
  let added: Sentence[] = [];
  const flush = () => {
    for (const part of pairHunk(removed, added, context)) parts.push(part);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      for (let index = oldAt; index < oldAt + count; index += 1) removed.push(oldSentences[index]!);
      oldAt += count;
    } else if (change.added) {
      for (let index = newAt; index < newAt + count; index += 1) added.push(newSentences[index]!);
      newAt += count;
    } else {
      flush();
      for (let offset = 0; offset < count; offset += 1) parts.push(same(oldSentences[oldAt + offset]!, newSentences[newAt + offset]!));
      oldAt += count;
      newAt += count;
    }
  }
  flush();
  return parts;
}

function toChange(part: DiffPart): SentenceChange | undefined {
  switch (part.type) {
    case 'kept':
      return undefined;
    case 'added':
      return { type: 'added', new: part.new.raw };
    case 'removed':
      return { type: 'removed', old: part.old.raw };
    case 'formatting':
      return { type: 'formatting', old: part.old.raw, new: part.new.raw };
    case 'changed':
      return { type: 'changed', old: part.old.raw, new: part.new.raw, words: part.words };
  }
}

/** The sentences of the new side's dated change-list lines, which are the policy's record of itself. */
function changeListSentences(node: SectionNode | undefined, lines: PolicyChangelogLine[]): Set<string> {
  const norms = new Set<string>();
  if (node === undefined || !isChangeListSection(node.path)) return norms;
  for (const block of node.blocks) {
    for (const { date, text } of changeListEntries(block.raw)) {
      lines.push({ date, text });
      for (const sentence of node.sentences) if (text.includes(sentence.norm)) norms.add(sentence.norm);
    }
  }
  return norms;
}

/**
 * The same sentence objects on both sides: the sections' blocks were the same text (sentences are cached per
 * block), as for most sections of most versions of a history. Their diff is all `kept`, without diffing.
 */
function sameSentences(old: readonly Sentence[], nu: readonly Sentence[]): boolean {
  if (old === nu) return true;
  if (old.length !== nu.length) return false;
  for (let index = 0; index < old.length; index += 1) if (old[index] !== nu[index]) return false;
  return true;
}

function diffPair(pair: SectionPair, context: Context, appendedEntries: PolicyChangelogLine[]): SectionDiff {
  const { old: oldNode, new: newNode } = pair;
  if (oldNode !== undefined && newNode !== undefined && sameSentences(oldNode.sentences, newNode.sentences)) {
    newNode.keptParts ??= newNode.sentences.map((sentence): DiffPart => ({ type: 'kept', old: sentence, new: sentence }));
    return sectionDiff(pair, newNode.keptParts, []);
  }
  const entries: PolicyChangelogLine[] = [];
  const entrySentences = changeListSentences(newNode, entries);
  const parts = diffSentences(oldNode?.sentences ?? [], newNode?.sentences ?? [], context).map((part): DiffPart =>
    part.type === 'added' && entrySentences.has(part.new.norm) && oldNode !== undefined ? { ...part, selfChangelog: true } : part,
  );
  const appended = new Set(parts.flatMap((part) => (part.type === 'added' && part.selfChangelog ? [part.new.norm] : [])));
  appendedEntries.push(...entries.filter((entry) => [...appended].some((norm) => entry.text.includes(norm))));

  const changes = parts
    .filter((part) => !(part.type === 'added' && part.selfChangelog))
    .map(toChange)
    .filter((change): change is SentenceChange => change !== undefined);
  return sectionDiff(pair, parts, changes);
}

function sectionDiff(pair: SectionPair, parts: DiffPart[], changes: SentenceChange[]): SectionDiff {
  const { old: oldNode, new: newNode } = pair;
  const modified = changes.some((change) => change.type !== 'formatting');
  const node = (newNode ?? oldNode)!;
  const renamed = oldNode !== undefined && newNode !== undefined && oldNode.key !== newNode.key;
  const status: SectionStatus =
    oldNode === undefined ? 'added'
    : newNode === undefined ? 'removed'
    : renamed ? 'renamed'
    : pair.moved ? 'moved'
    : modified ? 'modified'
    : 'unchanged';
  const diff: SectionDiff = { status, modified, heading: node.heading, path: node.path, level: node.level, changes, parts };
  if (renamed) diff.oldHeading = oldNode.heading;
  if (renamed && pair.moved) diff.moved = true;
  if (oldNode !== undefined) diff.oldIndex = oldNode.index;
  if (newNode !== undefined) diff.newIndex = newNode.index;
  return diff;
}

function countStatuses(sections: SectionDiff[]): DiffStats {
  const stats: DiffStats = { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, unchanged: 0 };
  for (const section of sections) if (section.level > 0) stats[section.status] += 1;
  return stats;
}

/**
 * The document's text from its start, as far as language detection reads it (the whole of a 1 MB policy is not),
 * without link targets and other capture noise (a data: URL is no language).
 */
function documentText(document: PolicyDocument): string {
  const texts: string[] = [];
  let length = 0;
  const add = (raw: string) => {
    const text = withoutNoise(raw);
    texts.push(text);
    length += text.length + 1;
    return length > LANGUAGE_SAMPLE_CHARS;
  };
  const visit = (sections: PolicyDocument['sections']): boolean =>
    sections.some((section) => add(section.heading) || section.blocks.some((block) => add(block.raw)) || visit(section.children));
  if (!add(document.title ?? '') && !document.preamble.some((block) => add(block.raw))) visit(document.sections);
  return texts.join('\n');
}

function languageOf(document: PolicyDocument, known: WeakMap<PolicyDocument, string> | undefined): string {
  let language = known?.get(document);
  if (language === undefined) {
    language = detectLanguage(documentText(document));
    known?.set(document, language);
  }
  return language;
}

/** Characters of compared text (headings and sentences, not noise) on one side of a diff. */
function textSize(sections: readonly SectionDiff[], side: 'old' | 'new'): number {
  let size = 0;
  for (const section of sections) {
    if (section[`${side}Index`] === undefined) continue;
    size += (side === 'old' ? (section.oldHeading ?? section.heading) : section.heading).length;
    for (const part of section.parts) if (side in part) size += (part as Record<typeof side, Sentence>)[side].norm.length;
  }
  return size;
}

/** Whether most of the new text was there before (kept or reformatted only): then it cannot have changed language. */
function mostlyKept(sections: readonly SectionDiff[]): boolean {
  let kept = 0;
  let total = 0;
  for (const section of sections) {
    for (const part of section.parts) {
      if (!('new' in part)) continue;
      total += 1;
      if (part.type === 'kept' || part.type === 'formatting') kept += 1;
    }
  }
  return total > 0 && kept * 2 >= total;
}

/**
 * Each version's language, detected once: the new one's, and the old one's only when the text changed too much to
 * be the same language. Different languages, both known, make the change a translation.
 */
function languages(oldDocument: PolicyDocument, newDocument: PolicyDocument, sections: readonly SectionDiff[], options: DiffOptions): { language: string; translation?: { from: string; to: string } } {
  if (options.language !== undefined) return { language: options.language };
  const known = options.languages;
  const newLanguage = languageOf(newDocument, known);
  let oldLanguage: string;
  if (newLanguage !== 'und' && mostlyKept(sections)) {
    oldLanguage = newLanguage;
    known?.set(oldDocument, newLanguage);
  } else {
    oldLanguage = languageOf(oldDocument, known);
  }
  const language = newLanguage === 'und' ? oldLanguage : newLanguage;
  // A few words in another language (a heading, a name, a short capture), or text that mixes two, are not a
  // translation of the policy: each side must be long enough and clearly in its language.
  const clearly = (document: PolicyDocument, expected: string) => {
    const text = documentText(document);
    return (text.match(/\p{L}/gu)?.length ?? 0) >= MIN_TRANSLATED_LETTERS && dominantLanguage(text) === expected;
  };
  if (newLanguage !== 'und' && oldLanguage !== 'und' && newLanguage !== oldLanguage && clearly(oldDocument, oldLanguage) && clearly(newDocument, newLanguage)) {
    return { language, translation: { from: oldLanguage, to: newLanguage } };
  }
  return { language };
}

export function diffDocuments(oldDocument: PolicyDocument, newDocument: PolicyDocument, options: DiffOptions = {}): PolicyDiff {
  const context: Context = { notes: new Set() };
  const reader = sentenceReader(options.noise);
  const { pairs, windowed } = alignSections(flatten(oldDocument, reader), flatten(newDocument, reader));
  if (windowed) context.notes.add('So many sections changed that renamed ones were looked for near their old place only.');
  const policyChangelog: PolicyChangelogLine[] = [];
  const sections = pairs.map((pair) => diffPair(pair, context, policyChangelog));
  const { language, translation } = languages(oldDocument, newDocument, sections, options);
  const result: PolicyDiff = {
    schemaVersion: 1,
    language,
    format: newDocument.sections.length > 0 || newDocument.preamble.length > 0 ? newDocument.format : oldDocument.format,
    sections,
    stats: countStatuses(sections),
    policyChangelog,
    notes: [...context.notes],
  };
  if (oldDocument.title !== newDocument.title) {
    result.title = {};
    if (oldDocument.title !== undefined) result.title.old = oldDocument.title;
    if (newDocument.title !== undefined) result.title.new = newDocument.title;
  }
  if (translation !== undefined) {
    result.translation = translation;
    return result;
  }
  const { oldChars, newChars } = comparedSizes(result);
  // Lost most of it, down to a title or a heading ("Loading") at most; a file emptied or removed is a deletion.
  if (lostMost(oldChars, newChars, options.truncation) && wholeDocumentChange(result) !== 'deleted') result.truncation = { oldChars, newChars };
  return result;
}

/** Whether a text of `before` characters that became `after` lost more than the truncation share of it. */
export const lostMost = (before: number, after: number, truncation = DEFAULT_TRUNCATION): boolean => before > 0 && after < before * (1 - truncation);

/** Sizes already counted, by diff: a history asks again for every change it looks back from. */
const sizes = new WeakMap<PolicyDiff, { oldChars: number; newChars: number }>();

/** Characters of compared text (headings and sentences, not noise) in the old and the new version of a diff. */
export function comparedSizes(diff: PolicyDiff): { oldChars: number; newChars: number } {
  let counted = sizes.get(diff);
  if (counted === undefined) {
    counted = { oldChars: textSize(diff.sections, 'old'), newChars: textSize(diff.sections, 'new') };
    sizes.set(diff, counted);
  }
  return counted;
}

/** Diffs two versions of a policy given as text. An empty side means the file did not exist there. */
export function diffPolicies(oldText: string, newText: string, options: DiffOptions = {}): PolicyDiff {
  const parseOptions: ParseOptions = {};
  if (options.fileName !== undefined) parseOptions.fileName = options.fileName;
  if (options.format !== undefined) parseOptions.format = options.format;
  if (options.headings !== undefined) parseOptions.headings = options.headings;
  return diffDocuments(parsePolicy(oldText, parseOptions), parsePolicy(newText, parseOptions), options);
}

/**
 * Whether the change brought the whole document into being or took it away: a first version lists every chapter
 * as new, which says nothing an owner would write ("Första versionen."), and a deletion lists every one as removed.
 * Read from the diff itself (no old sentence at all / no new one), so that history, revision diffs and library
 * callers agree without passing a flag.
 */
export function wholeDocumentChange(diff: PolicyDiff): 'first' | 'deleted' | undefined {
  const sides = (side: 'old' | 'new') =>
    diff.sections.some((section) => section.parts.some((part) => side in part) || (section.level > 0 && section[`${side}Index`] !== undefined));
  const hadText = sides('old') || diff.title?.old !== undefined;
  const hasText = sides('new') || diff.title?.new !== undefined;
  if (!hadText && hasText) return 'first';
  if (hadText && !hasText) return 'deleted';
  return undefined;
}
