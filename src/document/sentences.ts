import type { Block, Sentence } from '../model.js';
import { normalizeSpaces, normalizeText } from './normalize.js';
import { patternRules, type NoiseRule } from './noise.js';

/**
 * Abbreviations after which a full stop does not end a sentence, in the languages policies come in.
 * Lower-cased, without their final full stop.
 */
const ABBREVIATIONS = new Set(
  [
    // sv
    't.ex', 'bl.a', 'dvs', 'd.v.s', 'etc', 'm.m', 'o.s.v', 'osv', 's.k', 'p.g.a', 'pga', 'inkl', 'exkl', 'ca', 'jfr',
    'resp', 'nr', 'st', 'kap', 'f.d', 'fr.o.m', 't.o.m', 'o.d', 'm.fl', 'ang', 'avd', 'bl', 'tel', 'mm', 'ml',
    // en
    'e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'no', 'art', 'sec', 'mr', 'mrs', 'ms', 'dr', 'approx',
    // legal forms that end in a full stop ("GitHub B.V. (“GitHub”, “we”)")
    'b.v', 'n.v', 's.a', 's.a.s', 'l.l.c', 's.r.l', 's.p.a', 'a.g',
    // fi, de, fr
    'esim', 'ks', 'mm', 'ym', 'yms', 'jne', 'ns', 'z.b', 'bzw', 'usw', 'd.h', 'ggf', 'vgl', 'u.a', 'u.u', 's.o', 'ca', 'cf', 'p.ex', 'c.-à-d', 'cf', 'env', 'art', 'al',
  ].map((a) => a.toLowerCase()),
);

/** A sentence end: `.`, `!`, `?` or `…` (with closing quotes or brackets), then space, then something that starts one. */
const SENTENCE_END = /([.!?…]+["'”’»)\]]*)(\s+)(?=["'“”‘’«(\[]?[\p{Lu}\p{N}])/gu;

/** German ordinal dates ("am 1. Januar"): the full stop after the day does not end the sentence. */
const MONTH_AFTER_ORDINAL = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/**
 * Whether the full stop that ends `candidate` (followed by `following`) belongs to an abbreviation, an initial, a
 * heading number or a date rather than ending a sentence.
 */
function endsWithAbbreviation(candidate: string, following: string): boolean {
  // Only the end matters; an end-anchored regex would still scan the whole candidate from its start.
  const text = candidate.length > 40 ? candidate.slice(-40) : candidate;
  const lastWord = /(?:^|\s)([\p{L}.]+)\.$/u.exec(text)?.[1]?.toLowerCase();
  if (lastWord === undefined) {
    // Numbering, escaped or not and in a link's brackets (`[1\. Qui sommes-nous ?](#…)`), at the start of the
    // block or of a line; or the day of a German date.
    const number = /(^|\n|\s)[[(]?\p{N}+(?:\\?\.\p{N}+)*\\?\.$/u.exec(text);
    if (number === null) return false;
    const token = number[0].trim();
    if (number[1] === '\n' || token.startsWith('[') || candidate.trim() === token) return true;
    return MONTH_AFTER_ORDINAL.test(following);
  }
  // A lone capital is an initial ("J. Smith"); an abbreviation list entry never ends a sentence.
  if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord)) return true;
  // Written with a space: "p. ex.", "z. B.", "d. h." (checked at either full stop).
  const spacedEnd = /(?:^|\s)(\p{L}{1,2})\.\s(\p{L}{1,3})\.$/u.exec(text);
  if (spacedEnd !== null && ABBREVIATIONS.has(`${spacedEnd[1]}.${spacedEnd[2]}`.toLowerCase())) return true;
  const next = /^(\p{L}{1,3})\./u.exec(following)?.[1];
  return next !== undefined && lastWord.length <= 2 && ABBREVIATIONS.has(`${lastWord}.${next}`.toLowerCase());
}

/** Splits one block into sentences; the raw pieces concatenated (with the spaces between) give back the block. */
function splitSentenceCandidates(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[1] ?? '').length;
    const candidate = text.slice(start, end);
    const next = end + (match[2] ?? '').length;
    if (endsWithAbbreviation(candidate, text.slice(next, next + 12))) continue;
    sentences.push(candidate.trim());
    start = next;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

export function splitSentences(text: string): string[] {
  return splitSentenceCandidates(text).filter((s) => normalizeSpaces(s).trim() !== '');
}

/**
 * Most blocks are the same in both versions of a diff, and in every version of a history: their sentences are
 * computed once per set of noise rules. Sentences are never mutated, so sharing them is safe; the cache is dropped
 * when it grows large.
 */
const MAX_CACHED_BLOCKS = 50_000;

export class SentenceReader {
  private readonly cache = new Map<string, readonly Sentence[]>();

  /** `noise`: a site's own noise patterns (config), besides the built-in ones. */
  constructor(readonly noise: readonly NoiseRule[] = []) {}

  of(raw: string): readonly Sentence[] {
    let sentences = this.cache.get(raw);
    if (sentences === undefined) {
      // The pieces splitSentences drops (white space only) normalise to nothing too: one test on the normal form
      // drops them along with those that normalising empties (emphasis markers, a lone bullet, an empty anchor).
      const found: Sentence[] = [];
      for (const piece of splitSentenceCandidates(raw)) {
        const norm = normalizeText(piece, this.noise);
        if (norm !== '') found.push(found.length === 0 ? { raw: piece, norm, blockStart: true } : { raw: piece, norm });
      }
      sentences = found;
      if (this.cache.size >= MAX_CACHED_BLOCKS) this.cache.clear();
      this.cache.set(raw, sentences);
    }
    return sentences;
  }
}

const readers = new Map<string, SentenceReader>();

/** The reader for a config's noise patterns: one per set, so that a history's versions share its cache. */
export function sentenceReader(patterns: readonly string[] = []): SentenceReader {
  const key = JSON.stringify(patterns);
  let reader = readers.get(key);
  if (reader === undefined) {
    reader = new SentenceReader(patternRules(patterns));
    if (readers.size >= 16) readers.clear();
    readers.set(key, reader);
  }
  return reader;
}

/** The sentences of a run of blocks, in order; a block never shares a sentence with the next one. */
export function blockSentences(blocks: readonly Block[], reader: SentenceReader = sentenceReader()): Sentence[] {
  // A loop, not flatMap: this runs for every section of every version of a history.
  const sentences: Sentence[] = [];
  for (const block of blocks) for (const sentence of reader.of(block.raw)) sentences.push(sentence);
  return sentences;
}
