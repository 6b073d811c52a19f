import type { DateKind } from '../../history/git.js';
import { historyChanges, mergeChanges, type HistoryOptions, type PolicyChange } from '../../history/history.js';
import type { Progress } from '../progress.js';
import { classified, significanceOptions } from '../significance.js';
import type { ClassifyOptions } from '../../significance/classify.js';
import { gitReadOptions, languageFor, openRepository, selectFiles, type RepositoryContext, type RepositoryOptions } from '../repository.js';
import { headingOption, warnUnmatchedHeadings } from '../headings.js';
import { headingOverridesFor, readingOptions } from '../../config.js';
import { refuseReversed } from '../revisions.js';

/** What `since`, `log`, `changelog` and `notes` share: the changes of the policy files in a range of history. */

export interface ChangeRangeOptions extends RepositoryOptions {
  to?: string;
  date: DateKind;
  perCommit?: boolean;
}

export interface ChangeRange {
  context: RepositoryContext;
  paths: string[];
  /** Commits in the range that touched the files. */
  total: number;
  /** Newest first, computed as they are read. */
  changes: Iterable<PolicyChange>;
}

/** `start` undefined: the whole history up to `--to` (default HEAD). */
export async function readChanges(start: string | undefined, files: readonly string[], options: ChangeRangeOptions, progress: Progress): Promise<ChangeRange> {
  const context = await openRepository(options);
  const { repo } = context;
  const to = options.to === undefined ? await repo.resolveRevision('HEAD') : await repo.resolveEnd(options.to, options.date);
  const from = start === undefined ? undefined : await repo.resolveStart(start, to, options.date);
  if (start !== undefined) await refuseReversed(repo, { from, to }, { from: start, to: options.to ?? 'HEAD' });
  const range = from === undefined ? { to } : { to, from };
  const paths = await selectFiles(context, files, range);
  progress.update(`reading the history of ${paths.length === 1 ? paths[0] : `${paths.length} files`}…`);
  const histories = from === to ? [] : await repo.readHistories(paths, range, gitReadOptions(context));
  const total = histories.reduce((sum, history) => sum + history.versions.length, 0);
  if (context.config.headings !== undefined) {
    progress.done();
    warnUnmatchedHeadings(
      context.configSource,
      histories.map((history) => ({
        file: history.file,
        headings: headingOverridesFor(context.config, history.file),
        texts: [...(history.before === undefined ? [] : [history.before.text]), ...history.versions.map((version) => version.text)],
      })),
    );
  }
  const sources = histories.map((history) => {
    const historyOptions: HistoryOptions = {
      date: options.date,
      perCommit: options.perCommit === true,
      ...headingOption(headingOverridesFor(context.config, history.file)),
      ...readingOptions(context.config),
    };
    const language = languageFor(context, options, history.file);
    if (language !== undefined) historyOptions.language = language;
    if (options.input !== undefined) historyOptions.format = options.input;
    return historyChanges(history, historyOptions);
  });
  return { context, paths, total, changes: withSignificances(mergeChanges(sources), significanceOptions(context)) };
}

/** Each change classified as it is read (the history is lazy: a long one is not held in memory). */
function* withSignificances(changes: Iterable<PolicyChange>, options: ClassifyOptions): Iterable<PolicyChange> {
  for (const change of changes) yield { ...change, diff: classified(change.diff, options) };
}

/** How output names a range: "since v1", "between v1 and v2", "up to HEAD". */
export function rangeWords(start: string | undefined, to: string | undefined): string {
  if (start === undefined) return `up to ${to ?? 'HEAD'}`;
  return to === undefined ? `since ${start}` : `between ${start} and ${to}`;
}
