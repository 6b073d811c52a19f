/**
 * How much two texts have in common, as the Dice coefficient of their word multisets: 1 for the same words in any
 * order, 0 for nothing shared. Word order is left to the diff; this only decides what to pair.
 */

function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  const countsA = wordCounts(a);
  const countsB = wordCounts(b);
  let total = 0;
  let shared = 0;
  for (const [word, count] of countsA) {
    total += count;
    shared += Math.min(count, countsB.get(word) ?? 0);
  }
  for (const count of countsB.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

export const textSimilarity = (a: string, b: string): number => similarity([a], [b]);
