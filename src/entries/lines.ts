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
