import type { PolicyDiff } from '../model.js';
import type { ReportEntry } from './html.js';
import type { VersionLabel } from './types.js';

/**
 * Entries of a multi-diff HTML page from what the git commands produce: the dated changes of `since` / `log`, and
 * the per-file diffs of `diff <rev> <rev>`. Typed by shape, so this module does not depend on the git layer.
 */

export interface ChangeLike {
  file: string;
  previousFile?: string;
  /** As it should be shown (the caller applies the configured date format). */
  date: string;
  commits: readonly { hash: string; author: string; subject: string }[];
  diff: PolicyDiff;
}

export interface FileDiffLike {
  file: string;
  previousFile?: string;
  diff: PolicyDiff;
}

const shortHash = (hash: string) => hash.slice(0, 7);

export function changeEntry(change: ChangeLike): ReportEntry {
  const renamed = change.previousFile === undefined ? '' : ` (renamed from ${change.previousFile})`;
  return {
    heading: `${change.date} · ${change.file}${renamed}`,
    details: change.commits.map((commit) => `${shortHash(commit.hash)} ${commit.subject} (${commit.author})`),
    diff: change.diff,
  };
}

/** One file between two revisions; the columns are named after the revisions. */
export function fileDiffEntry(entry: FileDiffLike, versions: { old: VersionLabel; new: VersionLabel }): ReportEntry {
  const renamed = entry.previousFile === undefined ? '' : ` (was ${entry.previousFile})`;
  return { heading: `${entry.file}${renamed}`, versions, diff: entry.diff };
}
