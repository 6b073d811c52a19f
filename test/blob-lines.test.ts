import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobLines } from '../src/history/blob-lines.js';
import { decodeAs, type PolicyEncoding } from '../src/document/decode.js';
import { normalizeLineEndings } from '../src/document/normalize.js';
import { fuzzSettings } from './support/fuzz.js';

/**
 * A history decodes only the lines that changed from the version read before; every version's lines must be
 * exactly those of its text decoded whole, whatever the edit, the encoding, the byte-order mark or the line ends.
 */

const settings = fuzzSettings(200, 20190101);

const wholeText = (bytes: Uint8Array, encoding: PolicyEncoding) => normalizeLineEndings(decodeAs(bytes, encoding));
const wholeLines = (bytes: Uint8Array, encoding: PolicyEncoding) => wholeText(bytes, encoding).split('\n');

// Lines with multi-byte characters, marks in mid-file and long runs (past the chunk that is compared at once).
const line = fc.oneof(
  fc.constantFrom('', 'Personuppgifter', 'Vi sparar uppgifter i högst 12 månader.', '“Citat” – å ä ö', '\ufeffmitt i', 'x'.repeat(5000)),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));
/** A version, its bytes as git would hold them; now and then with a mark or a carriage return. */
const version = fc.record({ text, mark: fc.constantFrom('', '', '\ufeff', '\ufeff\ufeff'), cr: fc.boolean() });
/** One place where lines of the version before are replaced, inserted or dropped, at either end or in the middle. */
const hunk = fc.record({ at: fc.nat(), drop: fc.nat({ max: 3 }), insert: fc.array(line, { maxLength: 3 }) });
/** The next version: one to four hunks (apart, so that the lines between them are the same), now and then with CRs. */
const edit = fc.record({ hunks: fc.array(hunk, { minLength: 1, maxLength: 4 }), cr: fc.constantFrom(false, false, false, true) });

describe('BlobLines', () => {
  it('gives each version of a sequence the text and the lines of it decoded whole', () => {
    fc.assert(
      fc.property(version, fc.array(edit, { maxLength: 8 }), fc.constantFrom<PolicyEncoding>('utf-8', 'windows-1252'), (first, edits, encoding) => {
        const reader = new BlobLines();
        let lines = first.text.split('\n');
        const encode = (content: string, mark: string) =>
          encoding === 'utf-8' ? new TextEncoder().encode(mark + content) : Uint8Array.from(content, (char) => char.charCodeAt(0) & 0xff);
        const check = (content: string, mark: string) => {
          const bytes = encode(content, mark);
          const read = reader.read({ bytes, encoding });
          const shortcut = !bytes.includes(0x0d) && !(encoding === 'utf-8' && (mark + content).startsWith('\ufeff\ufeff'));
          expect(read !== undefined).toBe(shortcut);
          if (read !== undefined) expect(read).toEqual({ text: wholeText(bytes, encoding), lines: wholeLines(bytes, encoding) });
        };
        check(first.cr ? lines.join('\r\n') : lines.join('\n'), first.mark);
        for (const step of edits) {
          for (const { at, drop, insert } of step.hunks) {
            const where = lines.length === 0 ? 0 : at % (lines.length + 1);
            lines = [...lines.slice(0, where), ...insert, ...lines.slice(where + drop)];
          }
          check(step.cr ? lines.join('\r\n') : lines.join('\n'), first.mark);
        }
      }),
      settings,
    );
  });

  it('keeps the lines between far-apart edits, also where a line was added or dropped between them', () => {
    const reader = new BlobLines();
    const encoder = new TextEncoder();
    const base = Array.from({ length: 400 }, (_, index) => `Rad ${index}: personuppgifter sparas i högst ${index % 36} månader.`);
    const versions = [
      base,
      base.map((text, index) => (index === 3 || index === 200 || index === 396 ? `${text} Ändrad.` : text)),
      base.map((text, index) => (index === 3 ? 'kort' : index === 390 ? 'också kort' : text)),
      [...base.slice(0, 10), 'ny rad', ...base.slice(10, 300), ...base.slice(301)],
      [...base.slice(0, 10), ...base.slice(11, 200), 'ändrad', ...base.slice(201)],
      [],
      base.slice(0, 5),
      base,
    ];
    for (const lines of versions) expect(reader.read({ bytes: encoder.encode(lines.join('\n')), encoding: 'utf-8' })).toEqual({ text: lines.join('\n'), lines: lines.join('\n').split('\n') });
  });

  it('reads UTF-16 whole', () => {
    const reader = new BlobLines();
    expect(reader.linesOf({ bytes: Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), encoding: 'utf-16le' })).toBeUndefined();
  });
});
