import type { PolicyChangelogLine } from '../model.js';
import { normalizeSpaces, stripBullet } from './normalize.js';

/**
 * The list of dated changes a policy keeps about itself ("Ändringar som har gjorts hittills:" in seed 001,
 * "Changes to this policy" in English ones). Appending a line to it is the record of a change, not a change.
 */
export const CHANGE_LIST_HEADING =
  /ändring|förändring|uppdatering|historik|change|update|revision|history|muutok|päivity|änderung|aktualisierung|modification|mise à jour|endring|ændring/i;

const ENTRY_DATE = /^\s*(?:[-*•·–]\s*)?(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\b[\s:–-]*/;

export function isChangeListSection(path: readonly string[]): boolean {
  return path.some((heading) => CHANGE_LIST_HEADING.test(heading));
}

/** A dated line of a change list, with the lines of its block it spans (0-based). */
export interface ChangeListEntry extends PolicyChangelogLine {
  firstLine: number;
  lastLine: number;
}

/**
 * The entries a block of a change list holds: each dated line starts one, and a line without a date goes on with
 * the one before (a long entry wrapped). Dated lines without list markers are one Markdown paragraph, one block,
 * yet each is an entry of its own.
 */
export function changeListEntries(blockRaw: string): ChangeListEntry[] {
  const entries: { date: string; lines: string[]; firstLine: number }[] = [];
  blockRaw.split('\n').forEach((line, index) => {
    const date = ENTRY_DATE.exec(stripBullet(normalizeSpaces(line)))?.[1];
    if (date !== undefined) entries.push({ date, lines: [line], firstLine: index });
    else entries.at(-1)?.lines.push(line);
  });
  return entries.map(({ date, lines, firstLine }) => ({ date, text: stripBullet(normalizeSpaces(lines.join('\n'))).trim(), firstLine, lastLine: firstLine + lines.length - 1 }));
}
