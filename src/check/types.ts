/** What `policydiff check` reports: plain data, serialised unchanged into its JSON output. */

export const CHECK_NAMES = ['translation-drift', 'stale-date', 'missing-change-entry', 'significant-without-notice'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export type CheckSeverity = 'error' | 'warning';

/** A chapter a finding is about, in one file of a translation set. */
export interface CheckChapter {
  file: string;
  /** 1-based position among the file's chapters. */
  position: number;
  heading: string;
}

export interface CheckFinding {
  check: CheckName;
  severity: CheckSeverity;
  /** The file to fix. */
  file: string;
  message: string;
  /** The chapters out of step (translation drift): the one that changed or stands alone, then its counterparts. */
  chapters?: CheckChapter[];
  /** The commit the finding is about (full hash). */
  commit?: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

export interface CheckReport {
  schemaVersion: 1;
  /** Where the checked range starts: the name given (or the default branch found) and its commit. */
  base: { ref: string; commit: string };
  head: string;
  files: string[];
  translationSets: string[][];
  /** The checks that had something to look at (a translation set, a "last updated" line, a change list, a significant change). */
  applicable: CheckName[];
  /** The others, each with why it had nothing to look at. */
  skipped: SkippedCheck[];
  findings: CheckFinding[];
}

/** A check that had nothing to look at, which is no pass. */
export interface SkippedCheck {
  check: CheckName;
  /** Why, starting "no …": "no translations: …". */
  reason: string;
}
