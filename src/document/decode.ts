import { isUtf8 } from 'node:buffer';
import { inputError, type PolicydiffError } from '../errors.js';

/**
 * Bytes of a policy → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; text that is not
 * valid UTF-8 is Windows-1252, which is what Word and older CMSs export Swedish and Finnish policies in (a superset
 * of Latin-1 for the letters that matter: å ä ö). A NUL byte means the file is not text we can read: binary, or UTF-16 without a BOM (which has no reliable sign
 * of its byte order).
 */
export function decodePolicyBytes(bytes: Uint8Array, source: string): string {
  return decodeAs(bytes, policyEncoding(bytes, source));
}

export type PolicyEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';

/**
 * The encoding `decodePolicyBytes` reads the bytes in; throws where it would. Apart from decoding so that a
 * history can check every version when it is read and keep only the bytes, half the size of the text.
 */
export function policyEncoding(bytes: Uint8Array, source: string): PolicyEncoding {
  const encoding = textEncoding(bytes);
  if (encoding === undefined) throw notTextError(source);
  return encoding;
}

/** `policyEncoding` without the message: undefined where the bytes are not text we can read. */
export function textEncoding(bytes: Uint8Array): PolicyEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.includes(0)) return undefined;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

export function notTextError(source: string): PolicydiffError {
  return inputError(`${source} is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): save the policy as UTF-8 text`);
}

export function decodeAs(bytes: Uint8Array, encoding: PolicyEncoding): string {
  // A UTF-16 BOM is skipped by hand; a UTF-8 one is dropped by the decoder (ignoreBOM: false).
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes.subarray(2));
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}
