import { isUtf8 } from 'node:buffer';
import { inputError, type PolicydiffError } from '../errors.js';

/**
 * Bytes of a policy → text, and text → bytes in the same encoding (for writing into a file people keep).
 *
 * Which encoding, per file (a byte-order mark decides first; a NUL byte means not text we can read: binary, or
 * UTF-16 without a mark, which has no reliable sign of its byte order):
 * - valid UTF-8 is UTF-8;
 * - otherwise the non-ASCII characters that are valid UTF-8 are counted against the bytes that are not. More valid
 *   ones: the file is UTF-8 with a few stray bytes (a word pasted from a Windows program), and each stray byte is
 *   read as the Windows-1252 character it is ('utf-8+windows-1252'). Otherwise the whole file is Windows-1252,
 *   which is what Word and older CMSs export Swedish and Finnish policies in.
 * Either way the reading is a fallback, and `fallbackReading` says what it was, for a warning.
 *
 * Windows-1252 is decoded from its own table (https://encoding.spec.whatwg.org/index-windows-1252.txt): Node
 * builds without full ICU decode 'windows-1252' as Latin-1, turning “ ” – — … € (0x80–0x9F) into controls.
 */

export type PolicyEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252' | 'utf-8+windows-1252';

/** 0x80–0x9F in Windows-1252. The five bytes it leaves undefined map to the C1 control of their number, as WHATWG's index does. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** The byte of each character 0x80–0x9F stands for. */
const HIGH_BYTES = new Map([...HIGH].map((char, index) => [char, 0x80 + index]));

/** The encoding bytes are read in; throws where they are not text. */
function policyEncoding(bytes: Uint8Array, source: string, fix?: string): PolicyEncoding {
  const encoding = textEncoding(bytes);
  if (encoding === undefined) throw notTextError(source, fix);
  return encoding;
}

/**
 * A file's bytes as text: their encoding (an error where they are not text, with `fix`), the warning of a fallback
 * reading passed to `onFallback`, and the text.
 */
export function decodeText(bytes: Uint8Array, source: string, onFallback?: (warning: string) => void, fix?: string): { text: string; encoding: PolicyEncoding } {
  const encoding = policyEncoding(bytes, source, fix);
  const reading = fallbackReading(bytes, encoding);
  if (reading !== undefined) onFallback?.(fallbackWarning(source, reading));
  return { text: decodeAs(bytes, encoding), encoding };
}

/** The encoding bytes are read in, or undefined where they are not text we can read. */
export function textEncoding(bytes: Uint8Array): PolicyEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.includes(0)) return undefined;
  if (isUtf8(bytes)) return 'utf-8';
  const { stray, wellFormed } = scanUtf8(bytes);
  return wellFormed > stray.length ? 'utf-8+windows-1252' : 'windows-1252';
}

export function notTextError(source: string, fix = 'save the policy as UTF-8 text'): PolicydiffError {
  return inputError(`${source} is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): ${fix}`);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });
/** For spans inside a file: a U+FEFF there is text (a zero-width no-break space), not a mark to drop. */
const utf8Span = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeAs(bytes: Uint8Array, encoding: PolicyEncoding): string {
  switch (encoding) {
    // A UTF-16 BOM is skipped by hand; a UTF-8 one is dropped by the decoder (ignoreBOM: false).
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(encoding).decode(bytes.subarray(2));
    case 'utf-8':
      return utf8.decode(bytes);
    case 'windows-1252':
      return decodeWindows1252(bytes);
    case 'utf-8+windows-1252':
      return decodeMixed(hasUtf8Mark(bytes) ? bytes.subarray(3) : bytes);
  }
}

/** Each byte as Windows-1252; works on any span of a file, since every byte is one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => HIGH[char.charCodeAt(0) - 0x80]!);
}

const hasUtf8Mark = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The length of the well-formed UTF-8 sequence of two to four bytes at `at` (RFC 3629, table 3-7 of the Unicode
 * Standard: no overlong forms, surrogates or code points past U+10FFFF), or 0 where there is none.
 */
function utf8SequenceAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const next = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return next(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) && next(3) ? 4 : 0;
  }
  return 0;
}

/** The offsets of the bytes that are part of no well-formed UTF-8 sequence, and how many non-ASCII characters are. */
function scanUtf8(bytes: Uint8Array): { stray: number[]; wellFormed: number } {
  const stray: number[] = [];
  let wellFormed = 0;
  for (let at = 0; at < bytes.length; ) {
    if (bytes[at]! < 0x80) {
      at += 1;
      continue;
    }
    const length = utf8SequenceAt(bytes, at);
    if (length === 0) {
      stray.push(at);
      at += 1;
    } else {
      wellFormed += 1;
      at += length;
    }
  }
  return { stray, wellFormed };
}

/** UTF-8, each byte that is part of no well-formed sequence read as its Windows-1252 character. */
function decodeMixed(bytes: Uint8Array): string {
  let text = '';
  let runStart = 0;
  for (const at of scanUtf8(bytes).stray) {
    text += utf8Span.decode(bytes.subarray(runStart, at)) + decodeWindows1252(bytes.subarray(at, at + 1));
    runStart = at + 1;
  }
  return text + utf8Span.decode(bytes.subarray(runStart));
}

/** How a fallback reading went, for the warning that says so; undefined where the bytes were read as they are. */
export type FallbackReading =
  | { kind: 'windows-1252' }
  | { kind: 'stray-bytes'; count: number; line: number; character: string };

export function fallbackReading(read: Uint8Array | (() => Uint8Array), encoding: PolicyEncoding): FallbackReading | undefined {
  if (encoding === 'windows-1252') return { kind: 'windows-1252' };
  if (encoding !== 'utf-8+windows-1252') return undefined;
  // Bytes a history keeps on disk are read only for a version that needs them.
  const bytes = typeof read === 'function' ? read() : read;
  const { stray } = scanUtf8(bytes);
  const first = stray[0]!;
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < first; at = bytes.indexOf(0x0a, at + 1)) line += 1;
  return { kind: 'stray-bytes', count: stray.length, line, character: decodeWindows1252(bytes.subarray(first, first + 1)) };
}

/** The warning for a fallback reading of `source` (a quoted file name, with its commit where it has one). */
export function fallbackWarning(source: string, reading: FallbackReading): string {
  if (reading.kind === 'windows-1252') {
    return `${source} is not UTF-8: read as Windows-1252 (as Word and older systems save text); save it as UTF-8 if letters look wrong`;
  }
  const bytes = reading.count === 1 ? '1 byte that is not' : `${reading.count} bytes that are not`;
  return `${source} is UTF-8 but for ${bytes}: read as Windows-1252 (line ${reading.line}: ${JSON.stringify(reading.character)}); save the file as UTF-8`;
}

/** A character the encoding has no bytes for, found when writing. */
export class UnencodableError extends Error {
  constructor(
    readonly character: string,
    readonly encoding: PolicyEncoding,
  ) {
    super(`${encoding} has no ${JSON.stringify(character)}`);
    this.name = 'UnencodableError';
  }
}

/**
 * Text → bytes in `encoding`, without a byte-order mark (the caller keeps the file's own). A file read as UTF-8
 * with stray bytes gets UTF-8. Throws UnencodableError for a character Windows-1252 has no byte for.
 */
export function encodeAs(text: string, encoding: PolicyEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'utf-8':
    case 'utf-8+windows-1252':
      return Buffer.from(text, 'utf8');
    case 'windows-1252': {
      const bytes = new Uint8Array(text.length);
      let length = 0;
      for (const char of text) {
        const code = char.codePointAt(0)!;
        const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : HIGH_BYTES.get(char);
        if (byte === undefined) throw new UnencodableError(char, encoding);
        bytes[length++] = byte;
      }
      return bytes.subarray(0, length);
    }
  }
}

/** The byte-order mark a file in `encoding` starts with, if it has one. */
export function byteOrderMark(bytes: Uint8Array, encoding: PolicyEncoding): Uint8Array {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return bytes.subarray(0, 2);
  return hasUtf8Mark(bytes) ? bytes.subarray(0, 3) : bytes.subarray(0, 0);
}

export const ENCODING_NAMES: Readonly<Record<PolicyEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
  'utf-8+windows-1252': 'UTF-8',
};
