import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAs, decodeWindows1252, encodeAs, textEncoding } from '../src/document/decode.js';
import { runCli } from './support/cli.js';
import { badInputRow } from './support/table.js';
import { seed } from './support/fixtures.js';
import { fromWindows1252, windows1252 } from './support/encodings.js';
import { fuzzSettings } from './support/fuzz.js';
import { makeRepo, scratchDir } from './support/repo.js';

/**
 * Issue #20: how a policy that is not UTF-8 is read. Windows-1252's 0x80–0x9F are its punctuation (“ ” – — … €),
 * whatever the Node build's decoder does with them; a UTF-8 file with a stray byte stays UTF-8; and whenever bytes
 * are read as Windows-1252 instead of UTF-8, stderr says so.
 */

const SWEDISH_BULLETS = `Integritetspolicy

Vad vi samlar in

– Namn och e-post.
– Telefonnummer och adress.
– Uppgifter om hur du använder appen, till exempel vilka sidor du besöker.

Kontakt

Skriv till oss “när som helst” – vi svarar inom två dagar… Avgiften är 0 €.
`;

describe('Windows-1252 read as Windows-1252', () => {
  it('bullets – changed to · in a Windows-1252 file are formatting only', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), windows1252(SWEDISH_BULLETS));
    writeFileSync(join(dir, 'new.txt'), windows1252(SWEDISH_BULLETS.replace(/^– /gm, '· ')));
    const result = runCli(['diff', 'old.txt', 'new.txt', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as { significance: { level: string }; sections: { changes: { type: string }[] }[] };
    expect(diff.significance.level).toBe('none');
    expect(diff.sections.flatMap((section) => section.changes.map((change) => change.type)).filter((type) => type !== 'formatting')).toEqual([]);
  });

  it('reads “ ” – … € from bytes 0x80–0x9F', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), windows1252(SWEDISH_BULLETS));
    writeFileSync(join(dir, 'new.txt'), windows1252(SWEDISH_BULLETS.replace('två dagar', 'tre dagar')));
    const result = runCli(['diff', 'old.txt', 'new.txt', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as { sections: { changes: { old?: string; new?: string }[] }[] };
    const changed = diff.sections.flatMap((section) => section.changes).find((change) => change.new?.includes('tre dagar'));
    expect(changed?.old).toBe('Skriv till oss “när som helst” – vi svarar inom två dagar…');
  });
});

describe('which encoding a file is read in, and saying so', () => {
  it('a UTF-8 file with one stray Windows-1252 byte stays UTF-8, and stderr names the byte', () => {
    const dir = scratchDir();
    const text = seed('001');
    writeFileSync(join(dir, 'old.txt'), text);
    // The same letter, ä, once as Windows-1252's byte 0xE4 instead of UTF-8's C3 A4.
    const at = Buffer.from(text).indexOf(Buffer.from('tillfälligt'));
    const bytes = Buffer.concat([Buffer.from(text).subarray(0, at), Buffer.from('tillf'), Buffer.from([0xe4]), Buffer.from(text).subarray(at + Buffer.byteLength('tillfä'))]);
    writeFileSync(join(dir, 'new.txt'), bytes);
    const result = runCli(['diff', 'old.txt', 'new.txt'], { cwd: dir });
    badInputRow('a UTF-8 file with one stray Windows-1252 byte (`ä` as 0xE4)', result, dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No change in meaning|0 sections changed|no changes/i);
    expect(result.stdout).not.toMatch(/SIGNIFICANT|Ã/);
    expect(result.stderr).toMatch(/^policydiff: "new\.txt" is UTF-8 but for 1 byte that is not: read as Windows-1252 \(line \d+: "ä"\)/);
  });

  it('a Windows-1252 file is read as such, and stderr says so', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'old.txt'), windows1252(SWEDISH_BULLETS));
    writeFileSync(join(dir, 'new.txt'), SWEDISH_BULLETS.replace('två dagar', 'tre dagar'));
    const result = runCli(['diff', 'old.txt', 'new.txt'], { cwd: dir });
    badInputRow('a Windows-1252 file', result, dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[-två-]{+tre+}');
    expect(result.stderr).toMatch(/^policydiff: "old\.txt" is not UTF-8: read as Windows-1252/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('in a history, a version with a stray byte is read as UTF-8 and stderr names the file and commit', () => {
    const text = seed('001');
    const stray = Buffer.from(text.replace('tillfälligt', 'tillf\u0000lligt')).map((byte) => (byte === 0 ? 0xe4 : byte));
    const repo = makeRepo([
      { message: 'v1', date: '2022-01-01T10:00:00+01:00', files: { 'privacy.txt': text }, tag: 'v1' },
      { message: 'stray byte', date: '2022-02-01T10:00:00+01:00', files: { 'privacy.txt': stray } },
      { message: 'v3', date: '2022-03-01T10:00:00+01:00', files: { 'privacy.txt': text.replace('Twilio', 'Twilio och Sinch') } },
    ]);
    const commit = repo.git(['rev-parse', '--short=7', 'HEAD~1']).trim();
    const result = runCli(['log', '--format', 'json'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    const log = JSON.parse(result.stdout) as { changes: { date: string; significance: { level: string } }[] };
    // v1 → stray byte: nothing but the encoding of one letter; stray → v3: the real change.
    expect(JSON.stringify(log)).not.toContain('Ã');
    expect(result.stderr).toMatch(new RegExp(`^policydiff: "privacy\\.txt" at ${commit} is UTF-8 but for 1 byte that is not: read as Windows-1252`));
  });
});

describe('the encoding rule and the codec', () => {
  it('reads every byte as WHATWG’s Windows-1252 index has it, and writes each back', () => {
    const every = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    expect(decodeWindows1252(every)).toBe(fromWindows1252(every));
    expect(Buffer.from(encodeAs(fromWindows1252(every), 'windows-1252'))).toEqual(Buffer.from(every));
  });

  it('UTF-8 with fewer stray bytes than well-formed characters stays UTF-8, each stray byte its Windows-1252 character', () => {
    // A stray byte is followed by "x", so that two strays never happen to form a well-formed sequence.
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => ({ text })), fc.integer({ min: 0x80, max: 0xff }).map((stray) => ({ stray })));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 24 }), (pieces) => {
        const strays = pieces.filter((part) => 'stray' in part).length;
        const wellFormed = pieces.reduce((sum, part) => sum + ('text' in part ? [...part.text].filter((char) => char.codePointAt(0)! >= 0x80).length : 0), 0);
        fc.pre(strays > 0 && wellFormed > strays && !pieces.some((part) => 'text' in part && (part.text.includes('\0') || part.text.startsWith('\ufeff'))));
        const bytes = Buffer.concat(pieces.map((part) => ('text' in part ? Buffer.from(part.text) : Buffer.from([part.stray, 0x78]))));
        expect(textEncoding(bytes)).toBe('utf-8+windows-1252');
        expect(decodeAs(bytes, 'utf-8+windows-1252')).toBe(pieces.map((part) => ('text' in part ? part.text : `${fromWindows1252(Uint8Array.of(part.stray))}x`)).join(''));
      }),
      fuzzSettings(300, 2020),
    );
  });
});
