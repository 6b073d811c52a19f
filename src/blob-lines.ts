import type { PolicyEncoding } from './decode.js';

/**
 * The lines of one version of a policy after another, as a history reads them: each version differs from the one
 * read before in a few lines, so only the bytes from the first line that differs to the last are decoded, and the
 * lines around them are the very strings of the version before (the line memo then compares pointers).
 * Gives exactly `normalizeLineEndings(decodeAs(bytes, encoding)).split('\n')`; where a shortcut could not
 * promise that (UTF-16, a carriage return, a second byte-order mark), it gives nothing and the caller decodes.
 */

/** A policy's bytes as git holds them, and the encoding they are read in. */
export interface PolicyBytes {
  bytes: Uint8Array;
  encoding: PolicyEncoding;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Compared natively in chunks of this size before the bytes of the one chunk that differs are looked at. */
const CHUNK = 4096;

interface ReadVersion {
  body: Uint8Array;
  encoding: PolicyEncoding;
  lines: string[];
  /** Byte offset in `body` where each line starts. */
  starts: number[];
}

/**
 * Not `decodeAs`: a UTF-8 span that starts mid-file keeps bytes that look like a byte-order mark, as the whole text
 * does. Windows-1252 has no mark, and Node's decoder for it given `ignoreBOM: true` drops a leading 0xFF (ÿ).
 */
const decoders = new Map<PolicyEncoding, InstanceType<typeof TextDecoder>>();
function decodeSpan(bytes: Uint8Array, encoding: PolicyEncoding): string {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) decoders.set(encoding, (decoder = new TextDecoder(encoding, { ignoreBOM: encoding === 'utf-8' })));
  return decoder.decode(bytes);
}

/** The bytes after a UTF-8 byte-order mark, or undefined where the whole text must be decoded instead. */
function bodyOf({ bytes, encoding }: PolicyBytes): Uint8Array | undefined {
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return undefined;
  if (bytes.includes(CARRIAGE_RETURN)) return undefined;
  const marked = (at: number) => encoding === 'utf-8' && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  if (!marked(0)) return bytes;
  // A second mark would be dropped too (normalizeLineEndings), which a span decoded on its own cannot know.
  return marked(3) ? undefined : bytes.subarray(3);
}

/** Offsets where the lines of `bytes[from, to)` start, `from` first: after each newline. */
function lineStarts(bytes: Uint8Array, from: number, to: number): number[] {
  const starts = [from];
  for (let at = bytes.indexOf(NEWLINE, from); at !== -1 && at < to; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
  return starts;
}

function commonPrefix(a: Uint8Array, b: Uint8Array): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= limit && Buffer.compare(a.subarray(at, at + CHUNK), b.subarray(at, at + CHUNK)) === 0) at += CHUNK;
  while (at < limit && a[at] === b[at]) at += 1;
  return at;
}

/** Bytes equal at the ends of both, at most `limit`. */
function commonSuffix(a: Uint8Array, b: Uint8Array, limit: number): number {
  let length = 0;
  const chunk = (from: number) => Buffer.compare(a.subarray(a.length - from - CHUNK, a.length - from), b.subarray(b.length - from - CHUNK, b.length - from));
  while (length + CHUNK <= limit && chunk(length) === 0) length += CHUNK;
  while (length < limit && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

/** The index of `value` in the ascending `values`, which holds it. */
function indexOf(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class BlobLines {
  private previous: ReadVersion | undefined;

  /** The lines of `blob`, or undefined where only decoding the whole text gives them exactly. */
  linesOf(blob: PolicyBytes): string[] | undefined {
    const body = bodyOf(blob);
    if (body === undefined) {
      this.previous = undefined;
      return undefined;
    }
    const previous = this.previous;
    this.previous = previous === undefined || previous.encoding !== blob.encoding ? readWhole(body, blob.encoding) : readChanged(previous, body, blob.encoding);
    return this.previous.lines;
  }
}

function readWhole(body: Uint8Array, encoding: PolicyEncoding): ReadVersion {
  return { body, encoding, lines: decodeSpan(body, encoding).split('\n'), starts: lineStarts(body, 0, body.length) };
}

/**
 * Lines wholly inside the bytes both versions start with, or wholly inside those they end with, are the same lines;
 * the ones between are decoded. Both ends are cut at a newline, which is never part of a UTF-8 sequence.
 */
function readChanged(previous: ReadVersion, body: Uint8Array, encoding: PolicyEncoding): ReadVersion {
  const old = previous.body;
  const prefix = commonPrefix(old, body);
  const suffix = commonSuffix(old, body, Math.min(old.length, body.length) - prefix);
  const from = prefix === 0 ? 0 : body.lastIndexOf(NEWLINE, prefix - 1) + 1;
  const kept = indexOf(previous.starts, from);
  const newline = body.indexOf(NEWLINE, body.length - suffix);
  const to = newline === -1 ? body.length : newline;
  const shift = body.length - old.length;
  const tail = newline === -1 ? previous.lines.length : indexOf(previous.starts, newline + 1 - shift);
  return {
    body,
    encoding,
    lines: [...previous.lines.slice(0, kept), ...decodeSpan(body.subarray(from, to), encoding).split('\n'), ...previous.lines.slice(tail)],
    starts: [...previous.starts.slice(0, kept), ...lineStarts(body, from, to), ...previous.starts.slice(tail).map((start) => start + shift)],
  };
}
