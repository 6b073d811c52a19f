import { diffArrays } from 'diff';
import { byteOrderMark, decodeAs, encodeAs, ENCODING_NAMES, textEncoding, UnencodableError, type PolicyEncoding } from '../document/decode.js';
import { PolicydiffError, quote } from '../errors.js';

/**
 * Files edited in place as lines that keep their own line breaks, so that everything policydiff does not add stays
 * byte for byte what it was.
 */

/** The file's lines, each with its line break; the last may have none. `\r\n`, `\n` and a lone `\r` all end a line. */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

export const lineContent = (line: string): string => line.replace(/(?:\r\n|\n|\r)$/, '');
export const hasLineBreak = (line: string): boolean => /[\r\n]$/.test(line);

/** The line break the file mostly uses; LF for a file without any. */
export function lineBreakOf(text: string): '\n' | '\r\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * git's conflict markers. A lone line of seven `=` is not one: it is also a setext heading underline ("Changes"
 * has seven letters), and git never writes it without the `<<<<<<<` line before it.
 */
const CONFLICT_MARKER = /^(?:<{7}|>{7}|\|{7})(?:[ \t]|$)/;

export function refuseConflicts(lines: readonly string[], fileName: string): void {
  const at = lines.findIndex((line) => CONFLICT_MARKER.test(lineContent(line)));
  if (at === -1) return;
  throw new PolicydiffError(
    'write',
    `${fileName} has an unresolved merge conflict (line ${at + 1}: ${quote(lineContent(lines[at]!), 40)}): resolve it and run policydiff again`,
  );
}

/**
 * Inserts blocks of new lines before line indexes of the original (`lines.length` = at the end). The new lines are
 * written with the file's line break; one before the end of a file without a final line break gets one first.
 */
export function insertLines(lines: readonly string[], insertions: readonly { at: number; lines: string[] }[], eol: string): string {
  const byIndex = new Map<number, string[]>();
  for (const insertion of insertions) byIndex.set(insertion.at, [...(byIndex.get(insertion.at) ?? []), ...insertion.lines]);
  let out = '';
  for (let index = 0; index <= lines.length; index += 1) {
    const added = byIndex.get(index);
    if (added !== undefined && added.length > 0) {
      if (index === lines.length && index > 0 && !hasLineBreak(lines[index - 1]!)) {
        // Keep a file without a final line break without one: the break goes before the new lines instead.
        out += eol + added.join(eol);
      } else {
        out += added.map((line) => line + eol).join('');
      }
    }
    if (index < lines.length) out += lines[index]!;
  }
  return out;
}

/** The lines of `body`, each as its bytes without and with its line break, read in code units (UTF-16: 2 bytes). */
function byteLines(body: Uint8Array, encoding: PolicyEncoding): { content: Uint8Array; whole: Uint8Array }[] {
  const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  const codeAt = (at: number) => (unit === 1 ? body[at]! : encoding === 'utf-16le' ? body[at]! | (body[at + 1]! << 8) : (body[at]! << 8) | body[at + 1]!);
  const lines: { content: Uint8Array; whole: Uint8Array }[] = [];
  let start = 0;
  for (let at = 0; at + unit <= body.length; at += unit) {
    const code = codeAt(at);
    if (code !== 0x0a && code !== 0x0d) continue;
    const end = at;
    // CRLF is one line break; a lone CR ends a line as well (splitLines).
    if (code === 0x0d && at + 2 * unit <= body.length && codeAt(at + unit) === 0x0a) at += unit;
    lines.push({ content: body.subarray(start, end), whole: body.subarray(start, at + unit) });
    start = at + unit;
  }
  if (start < body.length) lines.push({ content: body.subarray(start), whole: body.subarray(start) });
  return lines;
}

/**
 * The bytes of a file edited as text: `edited` is the file's text (`original` read in `encoding`) with lines added,
 * removed or changed. Every line it kept is its original bytes, whatever the decoder made of them (a line that only
 * gained a line break keeps its own bytes before it); the lines it added are written in the file's encoding, after
 * its byte-order mark. Where the encoding cannot write a new line (Windows-1252 has no "Ł"), or the result would
 * not read back as `edited`, it throws: a file is never reported updated over damage. `fileName` is for messages.
 */
export function editedBytes(original: Uint8Array, encoding: PolicyEncoding, edited: string, fileName: string): Uint8Array {
  const mark = byteOrderMark(original, encoding);
  const oldLines = splitLines(decodeAs(original, encoding));
  const oldBytes = byteLines(original.subarray(mark.length), encoding);
  const refuse = (why: string) => new PolicydiffError('write', `cannot write ${fileName} in its encoding: ${why}: save the file as UTF-8 and run again`);
  if (oldBytes.length !== oldLines.length) throw refuse(`its lines cannot be told apart as ${ENCODING_NAMES[encoding]}`);
  const encode = (text: string, line: string) => {
    try {
      return encodeAs(text, encoding);
    } catch (error) {
      if (!(error instanceof UnencodableError)) throw error;
      throw refuse(`it is ${ENCODING_NAMES[encoding]}, which has no ${JSON.stringify(error.character)} (in the added line ${quote(lineContent(line), 60)})`);
    }
  };
  const parts: Uint8Array[] = [mark];
  let at = 0;
  /** Lines just removed, which an added line with the same text (and another line break) takes the bytes of. */
  let removed: number[] = [];
  for (const change of diffArrays(oldLines, splitLines(edited))) {
    if (change.removed) {
      removed = Array.from({ length: change.count }, (_, index) => at + index);
      at += change.count;
      continue;
    }
    if (!change.added) {
      for (let index = 0; index < change.count; index += 1) parts.push(oldBytes[at++]!.whole);
      removed = [];
      continue;
    }
    for (const line of change.value) {
      const same = removed.length > 0 && lineContent(oldLines[removed[0]!]!) === lineContent(line) ? removed.shift()! : undefined;
      parts.push(same === undefined ? encode(line, line) : Buffer.concat([oldBytes[same]!.content, encode(line.slice(lineContent(line).length), line)]));
    }
    removed = [];
  }
  const bytes = Buffer.concat(parts);
  const readBack = textEncoding(bytes);
  if (readBack === undefined || decodeAs(bytes, readBack) !== edited) throw refuse(`read back as ${ENCODING_NAMES[readBack ?? encoding]}, the file would not be the text policydiff wrote`);
  return bytes;
}
