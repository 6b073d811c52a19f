import { inputError } from './errors.js';

/**
 * Bytes of a policy → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; text that is not
 * valid UTF-8 is Windows-1252, which is what Word and older CMSs export Swedish and Finnish policies in (a superset
 * of Latin-1 for the letters that matter: å ä ö). A NUL byte means the file is not text we can read: binary, or UTF-16 without a BOM (which has no reliable sign
 * of its byte order).
 */
export function decodePolicyBytes(bytes: Uint8Array, source: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw inputError(`${source} is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): save the policy as UTF-8 text`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
