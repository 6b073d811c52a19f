/**
 * Bytes of text in the encodings policies come in, written independently of policydiff's own decoder so that the
 * tests check it against a second reading: Windows-1252 as the WHATWG Encoding Standard's index has it
 * (https://encoding.spec.whatwg.org/index-windows-1252.txt), UTF-16 with its byte-order mark, CRLF line ends.
 */

/** 0x80–0x9F; the five bytes Windows-1252 leaves undefined are the C1 control of their number, as in WHATWG's index. */
const WINDOWS_1252_HIGH: readonly string[] = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];

export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const high = WINDOWS_1252_HIGH.indexOf(char);
      if (high === -1) throw new Error(`${JSON.stringify(char)} has no Windows-1252 byte`);
      return 0x80 + high;
    }),
  );
}

export function fromWindows1252(bytes: Uint8Array): string {
  return [...bytes].map((byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join('');
}

export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

export const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

export function utf16le(text: string): Buffer {
  return Buffer.concat([UTF16LE_BOM, Buffer.from(text, 'utf16le')]);
}

/**
 * The lines `after` has that `before` has not, where `after` is `before` with whole lines inserted and every
 * other byte as it was; throws when `before`'s bytes are not all kept. Lines are cut after each `eol` (as bytes).
 */
export function insertedLines(before: Uint8Array, after: Uint8Array, eol: Uint8Array): Buffer[] {
  const lines = (bytes: Uint8Array): Buffer[] => {
    const buffer = Buffer.from(bytes);
    const out: Buffer[] = [];
    let start = 0;
    for (let at = buffer.indexOf(eol); at !== -1; at = buffer.indexOf(eol, at + eol.length)) {
      // UTF-16's line break is two bytes on an even offset; an odd match is half of two characters.
      if (eol.length === 2 && eol[1] === 0 && at % 2 === 1) continue;
      out.push(buffer.subarray(start, at + eol.length));
      start = at + eol.length;
    }
    if (start < buffer.length) out.push(buffer.subarray(start));
    return out;
  };
  const old = lines(before);
  const added: Buffer[] = [];
  let kept = 0;
  for (const line of lines(after)) {
    if (kept < old.length && line.equals(old[kept]!)) kept += 1;
    else added.push(line);
  }
  if (kept !== old.length) throw new Error(`line ${kept + 1} of the original is not kept byte for byte: ${JSON.stringify(old[kept]!.toString('latin1'))}`);
  return added;
}
