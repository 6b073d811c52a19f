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

/** The entry a block of a change list holds, if it is a dated line. */
export function changeListEntry(blockRaw: string): PolicyChangelogLine | undefined {
  const text = stripBullet(normalizeSpaces(blockRaw)).trim();
  const date = ENTRY_DATE.exec(text)?.[1];
  return date === undefined ? undefined : { date, text };
}
