import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSections, flatten, matchSections, type Alignment } from '../src/compare/align.js';
import { parsePolicy } from '../src/index.js';
import { applyEdits, edits, policy, render, style } from './support/generate.js';
import { fuzzSettings } from './support/fuzz.js';

/**
 * Two versions with the same headings in the same tree pair section for section without the full matcher; the
 * pairs must be the very ones the full matcher finds, and any other outline must still go through it.
 */

const settings = fuzzSettings(100, 20190101);

/** Pairs as pre-order positions, comparable across two runs on the same nodes. */
const positions = ({ pairs, windowed }: Alignment) => ({
  windowed,
  pairs: pairs.map((pair) => [pair.old?.index, pair.new?.index, pair.moved]),
});

describe('alignSections', () => {
  it('pairs exactly as the full matcher does, whether or not the outline changed', () => {
    let sameOutlines = 0;
    fc.assert(
      fc.property(policy, edits, style, (model, list, look) => {
        const file = look.markdown ? 'privacy.md' : 'privacy.txt';
        const oldNodes = flatten(parsePolicy(render(model, look), { fileName: file }));
        const newNodes = flatten(parsePolicy(render(applyEdits(model, list), look), { fileName: file }));
        const outline = (nodes: typeof oldNodes) => nodes.map((node) => `${node.key}<${node.parent?.index ?? -1}`).join('\n');
        if (outline(oldNodes) === outline(newNodes)) sameOutlines += 1;
        expect(positions(alignSections(oldNodes, newNodes))).toEqual(positions(matchSections(oldNodes, newNodes)));
      }),
      settings,
    );
    // Both branches were taken: word edits keep the outline, renames and moves change it.
    expect(sameOutlines).toBeGreaterThan(0);
    expect(sameOutlines).toBeLessThan(settings.numRuns);
  });
});
