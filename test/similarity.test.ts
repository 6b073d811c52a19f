import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarity, wordBag } from '../src/compare/similarity.js';

/** The definition the bag's loop over code points must keep: runs of letters and digits of the lower-cased text. */
function definedBag(texts: readonly string[]): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  const words = texts.flatMap((text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, total: words.length };
}

describe('wordBag', () => {
  it('counts the runs of letters and digits of the lower-cased texts, in any script, surrogates included', () => {
    // Lone surrogates, astral letters (𝒜), combining marks, Turkish İ (which lower-cases to i + a combining dot).
    const pieces = fc.constantFrom('a', 'Å', 'ö', 'İ', 'ß', '7', '٣', ' ', '-', '.', '\u00a0', '\u0301', '𝒜', '😀', '\ud800', '\udc00', 'Σ', '中');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const bag = wordBag(texts);
        const expected = definedBag(texts);
        expect(bag.total).toBe(expected.total);
        expect(new Map(bag.counts)).toEqual(expected.counts);
      }),
      { numRuns: 500, seed: 20190101 },
    );
  });

  it('makes the same texts in another order wholly similar, and texts without a shared word not at all', () => {
    expect(similarity(['Vi sparar uppgifterna.'], ['uppgifterna sparar vi'])).toBe(1);
    expect(similarity(['Vi sparar uppgifterna.'], ['Ni raderar allt'])).toBe(0);
  });
});
