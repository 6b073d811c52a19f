import { Option } from 'commander';
import { baseLanguage } from '../../entries/templates.js';
import { buildEntry, parseDateFormat, TEMPLATES, type DatePattern, type Entry } from '../../entries/index.js';
import type { PolicyChange } from '../../history.js';
import { summariseReasons } from '../../significance/summary.js';
import type { Significance } from '../../significance/types.js';

/** What the commands that write changelog entries (`since`, `log`, `changelog`, `notes`) share. */

export const dateFormatOption = () =>
  new Option('--date-format <pattern>', 'how entry lines write dates: D.M.YYYY (default), DD.MM.YYYY, iso, or a pattern of D, DD, M, MM, YYYY');

/** `--date-format`, else the config's `dateFormat`, else D.M.YYYY. Checked once, before any git work, so that a bad pattern fails fast with its own message. */
export function entryDatePattern(dateFormat: string | undefined, configured?: string): DatePattern {
  return parseDateFormat(dateFormat ?? configured);
}

/** The entry's notice names what made the change significant, once per finding, not every detail found beside it. */
function noticeReasons(significance: Significance, language: string): Significance {
  return { level: significance.level, reasons: summariseReasons(significance, language) };
}

/** The entry of one change, or undefined when there is nothing to say (formatting only). */
export function changeEntry(
  change: PolicyChange,
  options: { pattern: DatePattern; lang?: string | undefined; required?: boolean },
): Entry | undefined {
  // Formatting only: the change list gets no line for it (the history says "no change in meaning").
  if (change.formattingOnly) return undefined;
  // A detected language without templates leaves `since`/`log` without entry lines rather than failing them; an
  // explicit --lang, or a command whose output is the entries, gets the error that names --lang en.
  if (options.lang === undefined && options.required !== true && !(baseLanguage(change.diff.language) in TEMPLATES)) return undefined;
  return buildEntry(change.diff, {
    date: change.date,
    dateFormat: options.pattern,
    ...(options.lang === undefined ? {} : { language: options.lang }),
    ...(change.diff.significance === undefined ? {} : { significance: noticeReasons(change.diff.significance, change.diff.language) }),
    commits: change.commits.map((commit) => ({ hash: commit.hash, trailers: commit.trailers ?? {} })),
  });
}
