import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankLine, normalizeSpaces, normalizesToNothing, normalizeText } from '../src/document/normalize.js';

const blank = (text: string) => normalizeText(text) === '';

describe('normalizesToNothing', () => {
  it('agrees with normalising the text, for every character of the Basic Multilingual Plane', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = String.fromCharCode(code);
      if (normalizesToNothing(text) !== blank(text)) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('isBlankLine agrees with trimming the line with its spaces normalised, for every character', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      for (const line of [String.fromCharCode(code), ` ${String.fromCharCode(code)}\u00a0`]) {
        if (isBlankLine(line) !== (normalizeSpaces(line).trim() === '')) disagree.push(code.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });

  it('agrees with normalising the text on mixes of spaces, markers and a few letters', () => {
    const piece = fc.constantFrom(' ', '\n', '\u00a0', '\u200b', '\ufeff', '\u00ad', '*', '**', '_', '__', '`', '-', '- ', '• ', '·', '\u0387', '\u1fef', 'a', '\u0301', '1.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(normalizesToNothing(text)).toBe(blank(text));
      }),
      { numRuns: 3000, seed: 20211118 },
    );
  });
});
