import { PolicydiffError, quote, usageError } from '../errors.js';
import { isDaySpec, type DateKind, type GitRepository } from '../history/index.js';

/**
 * Revisions as every command takes them: a tag, branch or commit, or a day `YYYY-MM-DD`. A day that starts a
 * comparison names the last commit before it, one that ends it the last commit of that day, so that the day's own
 * changes are in the range either way (git.ts: resolveStart, resolveEnd).
 */

/** Where a comparison starts (`diff <old>`, `check --base`, `comment --base`): a day before the first commit names no version. */
export async function startCommit(repo: GitRepository, spec: string, to: string, kind: DateKind = 'author'): Promise<string> {
  const commit = await repo.resolveStart(spec, to, kind);
  if (commit === undefined) {
    throw new PolicydiffError('unknownRevision', `no commit before ${spec}: the history starts on or after that day, so give a later date (policydiff log shows the whole history)`);
  }
  return commit;
}

/**
 * A range runs forward: `since HEAD --to v1` or `since 2022-01-01 --to 2021-01-01` would otherwise read as "no
 * changes". `from` undefined (the whole history) or equal to `to` (nothing since) is in order.
 */
export async function refuseReversed(repo: GitRepository, range: { from?: string | undefined; to: string }, given: { from: string; to: string }): Promise<void> {
  const reversedDays = isDaySpec(given.from) && isDaySpec(given.to) && given.to < given.from;
  if (!reversedDays && (range.from === undefined || range.from === range.to || !(await repo.isAncestor(range.to, range.from)))) return;
  throw usageError(`the range is reversed: --to ${quote(given.to)} comes before ${quote(given.from)}, where it starts: give the earlier one first`);
}
