import { decodeWindows1252, type PolicyEncoding } from '../document/decode.js';
import { lowerBound } from '../sorted.js';

/**
 * The lines of one version of a policy after another, as a history reads them: each version differs from the one
 * read before in a few lines, so only the bytes from the first line that differs to the last are decoded, and the
 * lines around them are the very strings of the version before (the line memo then compares pointers). The text
 * is put together from pieces of the text before and the lines decoded, which is quicker than decoding it whole or
 * joining its lines. Gives exactly `normalizeLineEndings(decodeAs(bytes, encoding))` and its lines (`.split('\n')`);
 * where a shortcut could not promise that (UTF-16, a carriage return, a second byte-order mark), it gives nothing
 * and the caller decodes.
 */

/** A policy's bytes as git holds them, and the encoding they are read in. */
export interface PolicyBytes {
  bytes: Uint8Array;
  encoding: PolicyEncoding;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Compared natively in chunks of this size, then in halves of the one that differs, before single bytes are looked at. */
const CHUNK = 4096;

interface ReadVersion {
  /** Without a carriage return (a version with one is decoded whole by the caller). */
  body: Buffer;
  encoding: PolicyEncoding;
  text: string;
  lines: string[];
  /** Byte offset in `body` where each line starts. */
  starts: Float64Array;
  /** Offset in `text` where each line starts. */
  textStarts: Float64Array;
}

/** Where each line starts in the text they are joined into. */
function textStartsOf(lines: readonly string[]): Float64Array {
  const starts = new Float64Array(lines.length);
  for (let index = 1; index < lines.length; index += 1) starts[index] = starts[index - 1]! + lines[index - 1]!.length + 1;
  return starts;
}

/**
 * Not `decodeAs`: a UTF-8 span that starts mid-file keeps bytes that look like a byte-order mark, as the whole text
 * does. Windows-1252 has no mark, and each of its bytes is one character, so a span reads as it does in the whole.
 */
const utf8Span = new TextDecoder('utf-8', { ignoreBOM: true });
function decodeSpan(bytes: Uint8Array, encoding: PolicyEncoding): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : utf8Span.decode(bytes);
}

/**
 * The bytes after a UTF-8 byte-order mark (as a Buffer over the same memory, for its native range compare), or
 * undefined where the whole text must be decoded instead. Carriage returns are looked for by the caller.
 */
function bodyOf({ bytes, encoding }: PolicyBytes): Buffer | undefined {
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return undefined;
  const marked = (at: number) => encoding === 'utf-8' && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  // A second mark would be dropped too (normalizeLineEndings), which a span decoded on its own cannot know.
  if (marked(0) && marked(3)) return undefined;
  const skip = marked(0) ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
}

/** Offsets where the lines of `bytes[from, to)` start, `from` first: after each newline. */
function lineStarts(bytes: Uint8Array, from: number, to: number): number[] {
  const starts = [from];
  for (let at = bytes.indexOf(NEWLINE, from); at !== -1 && at < to; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
  return starts;
}

function commonPrefix(a: Buffer, b: Buffer): number {
  return commonRun(a, 0, a.length, b, 0, b.length);
}

/** Bytes equal at the ends of both, at most `limit`. */
function commonSuffix(a: Buffer, b: Buffer, limit: number): number {
  let length = 0;
  while (length + CHUNK <= limit && b.compare(a, a.length - length - CHUNK, a.length - length, b.length - length - CHUNK, b.length - length) === 0) length += CHUNK;
  // The CHUNK bytes after `length` differ somewhere: each half that does not is passed in one compare.
  for (let half = CHUNK >> 1; half >= 16; half >>= 1) {
    if (length + half <= limit && b.compare(a, a.length - length - half, a.length - length, b.length - length - half, b.length - length) === 0) length += half;
  }
  while (length < limit && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

export class BlobLines {
  private previous: ReadVersion | undefined;

  /** The text of `blob` (line endings normalised) and its lines, or undefined where only decoding it whole gives them exactly. */
  read(blob: PolicyBytes): { text: string; lines: string[] } | undefined {
    const body = bodyOf(blob);
    if (body === undefined) {
      this.previous = undefined;
      return undefined;
    }
    const previous = this.previous;
    const read = previous === undefined || previous.encoding !== blob.encoding ? readWhole(body, blob.encoding) : readChanged(previous, body, blob.encoding);
    this.previous = read;
    return read === undefined ? undefined : { text: read.text, lines: read.lines };
  }

  /** The lines of `blob` (see `read`). */
  linesOf(blob: PolicyBytes): string[] | undefined {
    return this.read(blob)?.lines;
  }
}

function readWhole(body: Buffer, encoding: PolicyEncoding): ReadVersion | undefined {
  if (body.includes(CARRIAGE_RETURN)) return undefined;
  const text = decodeSpan(body, encoding);
  const lines = text.split('\n');
  return { body, encoding, text, lines, starts: Float64Array.from(lineStarts(body, 0, body.length)), textStarts: textStartsOf(lines) };
}

/**
 * Lines wholly inside the bytes both versions start with, or wholly inside those they end with, are the same lines.
 * Between them, each line is taken to stand where it stood (most edits change words, not the number of lines): a
 * run of bytes equal to the version before is found natively and its lines are kept, a line that differs is decoded
 * on its own. Where lines were added or dropped that stops matching, and after a few lines that differ the rest of
 * the span is decoded at once. Lines are cut at newlines, which are never part of a UTF-8 sequence, so a line
 * decoded on its own is the line decoded with its neighbours.
 */
function readChanged(previous: ReadVersion, body: Buffer, encoding: PolicyEncoding): ReadVersion | undefined {
  const old = previous.body;
  const prefix = commonPrefix(old, body);
  const suffix = commonSuffix(old, body, Math.min(old.length, body.length) - prefix);
  // The bytes both versions share have none: the version before had none.
  const carriageReturn = body.indexOf(CARRIAGE_RETURN, prefix);
  if (carriageReturn !== -1 && carriageReturn < body.length - suffix) return undefined;
  const from = prefix === 0 ? 0 : body.lastIndexOf(NEWLINE, prefix - 1) + 1;
  const kept = lowerBound(previous.starts.length, (at) => previous.starts[at]!, from);
  const newline = body.indexOf(NEWLINE, body.length - suffix);
  const shift = body.length - old.length;
  const tail = newline === -1 ? previous.lines.length : lowerBound(previous.starts.length, (at) => previous.starts[at]!, newline + 1 - shift);
  const span: Span = {
    old,
    oldText: previous.text,
    oldLines: previous.lines,
    oldStarts: previous.starts,
    oldTextStarts: previous.textStarts,
    // Where the span's last line ends in each version: at the newline the suffix starts after, or at the end.
    oldEnd: newline === -1 ? old.length : newline - shift,
    body,
    end: newline === -1 ? body.length : newline,
    encoding,
    lines: [],
    starts: [],
    pieces: [],
  };
  readSpan(span, kept, tail, from);
  const count = previous.lines.length;
  const lines = previous.lines.slice(0, kept).concat(span.lines, previous.lines.slice(tail));
  const starts = new Float64Array(kept + span.starts.length + count - tail);
  starts.set(previous.starts.subarray(0, kept));
  starts.set(span.starts, kept);
  for (let line = tail, at = kept + span.starts.length; line < count; line += 1, at += 1) starts[at] = previous.starts[line]! + shift;
  // The lines before the span and after it, each run one slice of the text before, joined with the span's pieces.
  const pieces = span.pieces;
  if (kept > 0) pieces.unshift(previous.text.slice(0, previous.textStarts[kept]! - 1));
  if (tail < count) pieces.push(previous.text.slice(previous.textStarts[tail]!));
  return { body, encoding, text: pieces.join('\n'), lines, starts, textStarts: textStartsOf(lines) };
}

/** The lines between the common prefix and suffix of two versions, and the lines read so far. */
interface Span {
  old: Buffer;
  oldText: string;
  oldLines: readonly string[];
  oldStarts: Float64Array;
  oldTextStarts: Float64Array;
  oldEnd: number;
  body: Buffer;
  end: number;
  encoding: PolicyEncoding;
  lines: string[];
  starts: number[];
  /** The text of the lines read so far, in pieces of whole lines each, to be joined with newlines. */
  pieces: string[];
}

/** Lines that differ, each decoded on its own, before the rest of a span is decoded at once. */
const SINGLE_LINES = 8;

/** Reads the new version's lines from `at` to the span's end, where the old lines `line` to `tail` stood. */
function readSpan(span: Span, line: number, tail: number, at: number): void {
  const { old, oldStarts, oldLines, body, end, lines, starts, pieces } = span;
  /** Where an old line's newline is (the span's last line: where the span ends). */
  const oldLineEnd = (index: number) => (index + 1 < tail ? oldStarts[index + 1]! - 1 : span.oldEnd);
  /** The first of the old lines being kept one after another, whose text is then one slice of the text before. */
  let run = -1;
  const endRun = (next: number) => {
    if (run === -1) return;
    pieces.push(span.oldText.slice(span.oldTextStarts[run]!, span.oldTextStarts[next - 1]! + oldLines[next - 1]!.length));
    run = -1;
  };
  const keep = (index: number) => {
    lines.push(oldLines[index]!);
    if (run === -1) run = index;
  };
  let singles = 0;
  while (line < tail && at <= end && singles < SINGLE_LINES) {
    // Old lines whose newline lies inside a run of equal bytes are the new lines there; the span's last line ends
    // at its end, never inside a run.
    const runStart = oldStarts[line]!;
    const runEnd = runStart + commonRun(old, runStart, span.oldEnd, body, at, end);
    const offset = at - runStart;
    for (; line + 1 < tail && oldStarts[line + 1]! <= runEnd; line += 1) {
      keep(line);
      starts.push(oldStarts[line]! + offset);
    }
    at = oldStarts[line]! + offset;
    const newline = body.indexOf(NEWLINE, at);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const oldStart = oldStarts[line]!;
    const same = lineEnd - at === oldLineEnd(line) - oldStart && commonRun(old, oldStart, oldLineEnd(line), body, at, lineEnd) === lineEnd - at;
    if (same) keep(line);
    else {
      singles += 1;
      endRun(line);
      const decoded = decodeSpan(body.subarray(at, lineEnd), span.encoding);
      lines.push(decoded);
      pieces.push(decoded);
    }
    starts.push(at);
    line += 1;
    at = lineEnd + 1;
  }
  endRun(line);
  if (at > end) return;
  const rest = decodeSpan(body.subarray(at, end), span.encoding);
  pieces.push(rest);
  // One line at a time: a spread of a span's lines overflows the stack from about 100,000 of them.
  for (const decoded of rest.split('\n')) lines.push(decoded);
  for (const start of lineStarts(body, at, end)) starts.push(start);
}

/** How many bytes from `a[aFrom]` and `b[bFrom]` on are equal, before `aTo` and `bTo`: compared natively in chunks. */
function commonRun(a: Buffer, aFrom: number, aTo: number, b: Buffer, bFrom: number, bTo: number): number {
  const limit = Math.min(aTo - aFrom, bTo - bFrom);
  let length = 0;
  while (length + CHUNK <= limit && b.compare(a, aFrom + length, aFrom + length + CHUNK, bFrom + length, bFrom + length + CHUNK) === 0) length += CHUNK;
  // The CHUNK bytes after `length` differ somewhere: each half that does not is passed in one compare.
  for (let half = CHUNK >> 1; half >= 16; half >>= 1) {
    if (length + half <= limit && b.compare(a, aFrom + length, aFrom + length + half, bFrom + length, bFrom + length + half) === 0) length += half;
  }
  while (length < limit && a[aFrom + length] === b[bFrom + length]) length += 1;
  return length;
}
