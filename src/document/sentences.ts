import type { Block, Sentence } from '../model.js';
import { normalizeSpaces, normalizeText } from './normalize.js';

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
    'esim', 'ks', 'mm', 'ym', 'yms', 'jne', 'ns', 'z.b', 'bzw', 'usw', 'd.h', 'ggf', 'vgl', 'u.a', 'ca', 'cf', 'p.ex',
  ].map((a) => a.toLowerCase()),
);

/** A sentence end: `.`, `!`, `?` or `…` (with closing quotes or brackets), then space, then something that starts one. */
const SENTENCE_END = /([.!?…]+["'”’»)\]]*)(\s+)(?=["'“”‘’«(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(candidate: string): boolean {
  // Only the end matters; an end-anchored regex would still scan the whole candidate from its start.
  const text = candidate.length > 40 ? candidate.slice(-40) : candidate;
  const lastWord = /(?:^|\s)([\p{L}.]+)\.$/u.exec(text)?.[1]?.toLowerCase();
  if (lastWord === undefined) return /(?:^|\s)\p{N}+\.$/u.test(text) && text.trim().split(/\s+/).length === 1;
  // A lone capital is an initial ("J. Smith"); an abbreviation list entry never ends a sentence.
  return ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord);
}

/** Splits one block into sentences; the raw pieces concatenated (with the spaces between) give back the block. */
function splitSentenceCandidates(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[1] ?? '').length;
    const candidate = text.slice(start, end);
    if (endsWithAbbreviation(candidate)) continue;
    sentences.push(candidate.trim());
    start = end + (match[2] ?? '').length;
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
 * computed once. Sentences are never mutated, so sharing them is safe; the cache is dropped when it grows large.
 */
const sentenceCache = new Map<string, readonly Sentence[]>();
const MAX_CACHED_BLOCKS = 50_000;

function sentencesOf(raw: string): readonly Sentence[] {
  let sentences = sentenceCache.get(raw);
  if (sentences === undefined) {
    // The pieces splitSentences drops (white space only) normalise to nothing too: one test on the normal form
    // drops them along with those that normalising empties (emphasis markers, a lone bullet).
    const found: Sentence[] = [];
    for (const piece of splitSentenceCandidates(raw)) {
      const norm = normalizeText(piece);
      if (norm !== '') found.push(found.length === 0 ? { raw: piece, norm, blockStart: true } : { raw: piece, norm });
    }
    sentences = found;
    if (sentenceCache.size >= MAX_CACHED_BLOCKS) sentenceCache.clear();
    sentenceCache.set(raw, sentences);
  }
  return sentences;
}

/** The sentences of a run of blocks, in order; a block never shares a sentence with the next one. */
export function blockSentences(blocks: readonly Block[]): Sentence[] {
  // A loop, not flatMap: this runs for every section of every version of a history.
  const sentences: Sentence[] = [];
  for (const block of blocks) for (const sentence of sentencesOf(block.raw)) sentences.push(sentence);
  return sentences;
}
