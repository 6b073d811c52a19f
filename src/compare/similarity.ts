/**
 * How much two texts have in common, as the Dice coefficient of their word multisets: 1 for the same words in any
 * order, 0 for nothing shared. Word order is left to the diff; this only decides what to pair.
 *
 * Pairing compares each text with many others, so a text's words are counted once, as a bag, and bags are compared
 * (counting them anew for every pair made the 1 MB benchmark spend a tenth of its time here).
 */

export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Whether each code point above ASCII met so far is a letter or digit: a policy uses a few dozen. */
const wordCharacters = new Map<number, boolean>();

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let known = wordCharacters.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    wordCharacters.set(code, known);
  }
  return known;
}

/**
 * The words are the runs of letters and digits of the lower-cased texts (`/[\p{L}\p{N}]+/gu`), found by a loop over
 * the code points: matching that expression, a history spent as long on these bags as on its word diffs.
 */
export function wordBag(texts: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  let total = 0;
  const count = (word: string) => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    total += 1;
  };
  for (const original of texts) {
    const text = original.toLowerCase();
    let start = -1;
    let at = 0;
    while (at < text.length) {
      const code = text.codePointAt(at)!;
      if (isWordCharacter(code)) {
        if (start === -1) start = at;
      } else if (start !== -1) {
        count(text.slice(start, at));
        start = -1;
      }
      at += code > 0xffff ? 2 : 1;
    }
    if (start !== -1) count(text.slice(start));
  }
  return { counts, total };
}

export function bagSimilarity(a: WordBag, b: WordBag): number {
  const total = a.total + b.total;
  if (total === 0) return 0;
  const [fewer, more] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [word, count] of fewer) {
    const other = more.get(word);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return (2 * shared) / total;
}

export const similarity = (a: readonly string[], b: readonly string[]): number => bagSimilarity(wordBag(a), wordBag(b));
