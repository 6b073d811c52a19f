import { describe, expect, it } from 'vitest';
import { canonicalText, classifySignificance, diffPolicies, parsePolicy, rebuildText } from '../src/index.js';
import { seed } from './support/fixtures.js';

/** Inputs that would make a naive diff hang: they must finish (the test timeout bounds them) and lose nothing. */
describe('huge and pathological input', () => {
  it('diffs a total rewrite of a 1 MB policy, and rebuilds both sides', () => {
    const base = seed('002');
    const copies = Math.ceil(1_000_000 / base.length);
    const oldText = Array.from({ length: copies }, (_, i) => base.replace(/^(\p{Lu}[^.\n]{2,60})$/gmu, `$1 ${i}`)).join('\n');
    const newText = oldText.replace(/\p{L}{5,}/gu, (word) => `${word.slice(1)}${word[0]}`);
    const diff = diffPolicies(oldText, newText);
    expect(rebuildText(diff, 'old')).toBe(canonicalText(parsePolicy(oldText)));
    expect(rebuildText(diff, 'new')).toBe(canonicalText(parsePolicy(newText)));
  });

  it('pairs thousands of renamed sections near their place and says it did', () => {
    const sections = (tag: string) =>
      Array.from({ length: 3000 }, (_, i) => `Rubrik ${tag} nummer ${i}\n\nText ${i} om data och annat ${i % 7}. Mer text ${i}.\n`).join('\n');
    const diff = diffPolicies(`TITEL\n\n${sections('a')}`, `TITEL\n\n${sections('b')}`);
    expect(diff.stats.renamed).toBe(3000);
    expect(diff.notes.join(' ')).toMatch(/near their old place/);
  });

  it('compares one giant sentence that changed everywhere without hanging', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => `Ord${i % 997}`);
    const oldText = `TITEL\n\nRubrik\n\n${words.join(' ')}.\n`;
    const newText = `TITEL\n\nRubrik\n\n${words.map((w, i) => (i % 3 === 0 ? `${w}x` : w)).join(' ')}.\n`;
    const diff = diffPolicies(oldText, newText);
    const change = diff.sections.find((s) => s.heading === 'Rubrik')?.changes[0];
    expect(change?.type).toBe('changed');
    expect(diff.notes.join(' ')).toMatch(/too different to compare word by word/);
  });

  it('compares a policy with a 1 MB line that is one word, without scanning it once per letter', () => {
    const word = 'a'.repeat(1_000_000);
    const diff = diffPolicies(seed('001'), `TITEL\n\nRubrik\n\n${word}\n`);
    expect(rebuildText(diff, 'new')).toContain(word);
    // The significance rules look for addresses and numbers in every changed sentence.
    expect(classifySignificance(diff).level).not.toBe('none');
  });
});
