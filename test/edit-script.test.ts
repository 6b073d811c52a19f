import { diffArrays, diffWords } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffStringArraysFast, diffWordsFast } from '../src/edit-script.js';

const runs = Number(process.env.FC_RUNS ?? 1500);
const seed = process.env.FC_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FC_SEED ?? 20211118);
const settings = { numRuns: runs, seed };

// Few distinct words, so that texts share many and the edit scripts have ties to break; punctuation and odd
// white space, which jsdiff's tokens carry and its tidying moves between changes.
const word = fc.constantFrom('vi', 'delar', 'uppgifter', 'med', 'partner', 'Vi', 'data', 'och', 'ä', '1', '2021', 'e-post', '', 'x');
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', ', ', '. ', ' (', ') ', '\u00a0', '');
const text = fc.array(fc.tuple(word, gap), { maxLength: 40 }).map((pieces) => pieces.map(([w, g]) => w + g).join(''));
/** A text and an edit of it: words dropped, inserted or changed here and there. */
const pair = fc.tuple(text, fc.array(fc.tuple(fc.nat(60), word, gap), { maxLength: 12 })).map(([old, edits]) => {
  const tokens = old.split(' ');
  for (const [at, w, g] of edits) tokens.splice(at % (tokens.length + 1), at % 3, w + g);
  return [old, tokens.join(' ')] as const;
});

describe('diffWordsFast', () => {
  it('gives what jsdiff diffWords gives, word for word, within and past the edit limit', () => {
    fc.assert(
      fc.property(fc.oneof(pair, fc.tuple(text, text)), fc.integer({ min: 1, max: 60 }), ([oldText, newText], maxEditLength) => {
        expect(diffWordsFast(oldText, newText, maxEditLength)).toEqual(diffWords(oldText, newText, { maxEditLength }));
      }),
      settings,
    );
  });

  it('gives what jsdiff gives on real policy sentences', () => {
    const old = 'Vi behandlar dina personuppgifter, t.ex. namn och e-post, för att leverera tjänsten till dig.';
    const nu = 'Vi behandlar dina uppgifter (namn, e-postadress) för att kunna leverera tjänsten till dig och förbättra den.';
    for (const limit of [1, 3, 10, 50]) expect(diffWordsFast(old, nu, limit)).toEqual(diffWords(old, nu, { maxEditLength: limit }));
    expect(diffWordsFast('', '', 5)).toEqual(diffWords('', '', { maxEditLength: 5 }));
    expect(diffWordsFast(old, old, 5)).toEqual(diffWords(old, old, { maxEditLength: 5 }));
  });
});

describe('diffStringArraysFast', () => {
  it('gives the runs of jsdiff diffArrays, within and past the edit limit', () => {
    const sentence = fc.constantFrom('A.', 'B.', 'C.', 'D.', 'Vi delar data.', 'E.');
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), fc.array(sentence, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (old, nu, maxEditLength) => {
        const expected = diffArrays(old, nu, { maxEditLength })?.map(({ count, added, removed }) => ({ count, added, removed }));
        expect(diffStringArraysFast(old, nu, maxEditLength)).toEqual(expected);
      }),
      settings,
    );
  });
});
