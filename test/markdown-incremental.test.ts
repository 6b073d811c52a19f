import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/index.js';
import { PolicyParser } from '../src/document/parse.js';
import { lexAfter, lexWhole, type LexedText } from '../src/document/markdown-lexer.js';
import { fuzzSettings } from './support/fuzz.js';

/**
 * A Markdown history is lexed again only around the lines that changed (src/document/markdown-lexer.ts): the tokens
 * must be exactly those of lexing each version whole, whatever the lines are — including the ones that keep the
 * lexer waiting on what follows (open code fences and HTML, lists going on after blank lines, link definitions
 * whose title runs on, lazy lines, setext underlines).
 */

const settings = fuzzSettings(300, 20190101);

const LINES = [
  '', '', '', '', '',
  '# Integritetspolicy', '## Vilka uppgifter vi samlar in', '### Enhetsinformation', '#### 1.2.1 Platsdata', '##', '#ingen rubrik',
  'Rubrik utan tecken', '=====', '-----', '---', '***', '___',
  'Vi samlar in uppgifter om hur du använder tjänsten.', 'och det fortsätter på nästa rad', 'Vi säljer inte dina uppgifter.',
  '- punkt', '- **Platsinformation**', '  - inre punkt', '    - djup punkt', '1. första', '2) andra', '* stjärna', '+ plus',
  '> citat', '> - punkt i citat', '>', '    indragen kod', '\tkod med tabb',
  '```', '~~~', '```js', '````',
  '<!-- kommentar', '-->', '<!-- hel kommentar -->', '<div>', '</div>', '<script>', '</script>', '<p>stycke</p>',
  '| Ändamål | Rättslig grund |', '|---|---|', '| Avtal | Artikel 6 |',
  '[ref]: https://example.com "titel', 'som slutar här"', '[ref]: https://example.com', 'Text med [länk][ref] och **fet** stil.',
  '– tankstreck', '· punkt\u00a0med nbsp', '**Fet rad**', 'Rad med två mellanslag  ', '\\# inte rubrik',
  // Nested or indented deeper than the parser lets marked go (the cap in src/document/markdown.ts).
  `${' '.repeat(40)}långt indragen rad`, `${'> '.repeat(20)}djupt citat`, `${'- '.repeat(20)}djup punkt`,
];

/** Link definitions make the whole text be lexed again: half the histories have none, to reach the shortcuts. */
const WITHOUT_DEFINITIONS = LINES.filter((text) => !text.includes(']:'));
type LineEdit = { kind: 'replace' | 'insert' | 'drop'; at: number; line: string };
const lineEdit = (line: fc.Arbitrary<string>): fc.Arbitrary<LineEdit> =>
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const, 'drop' as const), at: fc.nat(), line });

function applyEdit(lines: string[], edit: LineEdit): string[] {
  const next = [...lines];
  const at = lines.length === 0 ? 0 : edit.at % lines.length;
  if (edit.kind === 'insert' || next.length === 0) next.splice(at, 0, edit.line);
  else if (edit.kind === 'replace') next[at] = edit.line;
  else next.splice(at, 1);
  return next;
}

/** The versions of a history: generated lines, then each step's edits on the version before. */
const histories = fc
  .constantFrom(LINES, WITHOUT_DEFINITIONS)
  .chain((pool) => {
    const line = fc.constantFrom(...pool);
    return fc.record({
      first: fc.array(line, { minLength: 0, maxLength: 60 }),
      steps: fc.array(fc.array(lineEdit(line), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      finalNewline: fc.boolean(),
    });
  })
  .map(({ first, steps, finalNewline }) => {
    const versions = [first];
    for (const step of steps) versions.push(step.reduce(applyEdit, versions.at(-1)!));
    return versions.map((lines) => lines.join('\n') + (finalNewline ? '\n' : ''));
  });

describe('lexAfter', () => {
  it('gives the tokens of lexing each version whole, newest or oldest first', () => {
    fc.assert(
      fc.property(histories, fc.boolean(), (texts, newestFirst) => {
        let previous: LexedText | undefined;
        for (const text of newestFirst ? [...texts].reverse() : texts) {
          const whole = lexWhole(text);
          const read = previous === undefined ? whole : lexAfter(previous, text);
          expect(read.tokens).toEqual(whole.tokens);
          expect(read.starts).toEqual(whole.starts);
          expect(read.tokens.map((token) => token.raw).join('')).toBe(text);
          previous = read;
        }
      }),
      settings,
    );
  });

  it('keeps the tokens before and after a changed paragraph, and lexes only around it', () => {
    const chapters = Array.from({ length: 20 }, (_, index) => `## Kapitel ${index}\n\nVi sparar uppgifterna i ${index} månader.\n\n- punkt ${index}\n`);
    const before = lexWhole(chapters.join('\n'));
    const text = chapters.join('\n').replace('i 10 månader', 'i 36 månader');
    const after = lexAfter(before, text);
    expect(after.tokens).toEqual(lexWhole(text).tokens);
    // From the chapter's heading to the list after the paragraph; every other token is the very same object.
    const lexedAgain = after.tokens.filter((token, index) => token !== before.tokens[index]);
    expect(lexedAgain.map((token) => token.raw)).toEqual(['## Kapitel 10', '\n\n', 'Vi sparar uppgifterna i 36 månader.', '\n\n']);
  });

  it('lexes again from the start when a link definition\'s title may now run on to the changed line', () => {
    const before = '[ref]: https://example.com "titel\n\n## A\n\nText.\n\n## B\n\nMer text.\n';
    const text = before.replace('Text.', 'Text som slutar här"');
    const after = lexAfter(lexWhole(before), text);
    expect(after.tokens).toEqual(lexWhole(text).tokens);
    expect(after.tokens[0]!.type).toBe('def');
  });
});

describe('PolicyParser on Markdown', () => {
  it('reads each version of a history as parsePolicy reads it alone', () => {
    fc.assert(
      fc.property(histories, (texts) => {
        const parser = new PolicyParser();
        for (const text of texts) expect(parser.parse(text, { fileName: 'privacy.md' })).toEqual(parsePolicy(text, { fileName: 'privacy.md' }));
      }),
      settings,
    );
  });

  it('reads each version given as its lines as parsePolicy reads its text', () => {
    fc.assert(
      fc.property(histories, (texts) => {
        const parser = new PolicyParser();
        for (const text of texts) expect(parser.parseLines({ text, lines: text.split('\n') }, 'markdown')).toEqual(parsePolicy(text, { fileName: 'privacy.md' }));
      }),
      settings,
    );
  });
});
