import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, classifySignificance, diffPolicies, parsePolicy, rebuildText } from '../src/index.js';
import { applyEdits, edits, policy, render, style } from './support/generate.js';
import { fuzzSettings } from './support/fuzz.js';

/**
 * CI runs 1,500 cases per property with a fixed seed (under 10 s); `npm run test:fuzz` is the long opt-in run,
 * 100,000 cases from a new seed each time.
 */
const settings = fuzzSettings(1500, 20211118);
const runs = settings.numRuns;

function checkNothingLost(oldText: string, newText: string): void {
  const diff = diffPolicies(oldText, newText);
  expect(rebuildText(diff, 'old')).toBe(canonicalText(parsePolicy(oldText)));
  expect(rebuildText(diff, 'new')).toBe(canonicalText(parsePolicy(newText)));
  // Every section of either side is reported exactly once: never both matched and added/removed.
  const oldIndexes = diff.sections.flatMap((s) => (s.oldIndex === undefined ? [] : [s.oldIndex]));
  const newIndexes = diff.sections.flatMap((s) => (s.newIndex === undefined ? [] : [s.newIndex]));
  expect(new Set(oldIndexes).size).toBe(oldIndexes.length);
  expect(new Set(newIndexes).size).toBe(newIndexes.length);
  for (const section of diff.sections) {
    if (section.status === 'added') expect(section.oldIndex).toBeUndefined();
    if (section.status === 'removed') expect(section.newIndex).toBeUndefined();
  }
}

describe('nothing is lost', () => {
  it('rebuilds both sides of generated policies and their edits', () => {
    fc.assert(
      fc.property(policy, edits, style, style, (model, list, oldStyle, newStyle) => {
        checkNothingLost(render(model, oldStyle), render(applyEdits(model, list), newStyle));
      }),
      settings,
    );
  });

  it('rebuilds both sides of arbitrary text, and never throws on it', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('', '\u00a0', '# Rubrik', 'Rubrik', '1.2 Del', '- **Fet**', '– punkt.', '• punkt', '·\u00a0**Fet**', '3.9.2021 Uppdaterat.', '===', '> citat'),
    );
    const text = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));
    fc.assert(fc.property(text, text, checkNothingLost), settings);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    fc.assert(
      fc.property(policy, edits, style, (model, list, s) => {
        const oldText = render(model, s);
        const newText = render(applyEdits(model, list), s);
        expect(JSON.stringify(diffPolicies(oldText, newText))).toBe(JSON.stringify(diffPolicies(oldText, newText)));
      }),
      { ...settings, numRuns: Math.ceil(runs / 5) },
    );
  });

  it('reports no change for reformatting alone (NBSP, bullets, white space)', () => {
    fc.assert(
      fc.property(policy, fc.boolean(), (model, markdown) => {
        const diff = diffPolicies(render(model, { markdown, nbsp: false, bullets: false }), render(model, { markdown, nbsp: true, bullets: false }));
        expect(diff.sections.filter((s) => s.status !== 'unchanged')).toEqual([]);
        for (const section of diff.sections) expect(section.changes.every((c) => c.type === 'formatting')).toBe(true);
      }),
      { ...settings, numRuns: Math.ceil(runs / 5) },
    );
  });
});

describe('a bullet is formatting', () => {
  const glyph = fc.constantFrom('-', '*', '•', '·', '–', '▪');
  const space = fc.constantFrom(' ', '\u00a0');
  const bullets = fc.array(fc.tuple(glyph, space), { minLength: 1, maxLength: 4 });
  /** Every bullet of the text written with the next glyph and space of the list, round and round. */
  const withBullets = (text: string, list: [string, string][]) => {
    let index = 0;
    return text.replace(/^[-–](?=[ \u00a0])[ \u00a0]/gm, () => list[index++ % list.length]!.join(''));
  };

  it('swapping every bullet glyph for another changes no content, and matters at most editorially', () => {
    fc.assert(
      fc.property(policy, fc.boolean(), fc.boolean(), bullets, bullets, (model, markdown, nbsp, oldBullets, newBullets) => {
        const text = render(model, { markdown, nbsp, bullets: true });
        const fileName = markdown ? 'policy.md' : 'policy.txt';
        const diff = diffPolicies(withBullets(text, oldBullets), withBullets(text, newBullets), { fileName });
        expect(diff.sections.filter((s) => s.status !== 'unchanged')).toEqual([]);
        for (const section of diff.sections) expect(section.changes.filter((c) => c.type !== 'formatting')).toEqual([]);
        expect(['none', 'editorial']).toContain(classifySignificance(diff).level);
      }),
      { ...settings, numRuns: Math.ceil(runs / 5) },
    );
  });
});
