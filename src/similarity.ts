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

export function wordBag(texts: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total += 1;
    }
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
