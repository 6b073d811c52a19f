import type { Command } from 'commander';
import { renderChange, renderList } from '../../render/changes.js';
import { entryText } from '../../entries/index.js';
import { changeEntry, dateFormatOption, entryDatePattern } from './entry-options.js';
import { useColor, writeOut } from '../output.js';
import { Progress } from '../progress.js';
import { addRepositoryOptions, dateOption } from '../repository.js';
import { readChanges, type ChangeRangeOptions } from './read-changes.js';

interface HistoryCommandOptions extends ChangeRangeOptions {
  dateFormat?: string;
}

/**
 * `since <start>` and `log`: read each policy file's history in the range (one git log per file, one cat-file for
 * all texts), diff version to version, print the changes newest first.
 */
async function runHistory(start: string | undefined, files: string[], options: HistoryCommandOptions): Promise<void> {
  // A bad --date-format is a usage error before any git work (also outside a repository).
  if (options.dateFormat !== undefined) entryDatePattern(options.dateFormat);
  const progress = new Progress();
  progress.update('reading the repository…');
  try {
    const { context, paths, total, changes } = await readChanges(start, files, options, progress);
    const pattern = entryDatePattern(options.dateFormat, context.config.dateFormat);
    const color = useColor();
    const renderOptions = context.config.dateFormat === undefined ? { color } : { color, dateFormat: context.config.dateFormat };
    const entries: string[] = [];
    let done = 0;
    for (const change of changes) {
      done += change.commits.length;
      progress.update(`comparing versions ${done}/${total}…`);
      const entry = changeEntry(change, { pattern, lang: options.lang });
      entries.push(renderChange(change, options.format, renderOptions, entry === undefined ? null : entryText(entry)));
    }
    const when =
      start === undefined ? `up to ${options.to ?? 'HEAD'}`
      : options.to === undefined ? `since ${start}`
      : `between ${start} and ${options.to}`;
    const output = renderList(entries, options.format, { key: 'changes', emptyText: `No changes to ${paths.join(', ')} ${when}.` });
    progress.done();
    writeOut(output);
  } finally {
    progress.done();
  }
}

const HISTORY_HELP = `
Files come after the options (or after --); without them policydiff reads the files listed in
policydiff.config.json ("files"), else the tracked .md/.txt files named like a policy.`;

export function register(program: Command): void {
  addRepositoryOptions(
    program
      .command('since')
      .description('every change to the policy files from <start> (a tag, branch, commit or YYYY-MM-DD) to HEAD')
      .argument('<start>', 'where to start: a tag, branch or commit, or a date YYYY-MM-DD (changes from that day on)')
      .argument('[files...]', 'the policy files (default: found by name or by the config)')
      .option('--to <revision>', 'where to end (default: HEAD)'),
  )
    .addOption(dateOption())
    .option('--per-commit', 'one change per commit instead of one per day')
    .addOption(dateFormatOption())
    .addHelpText(
      'after',
      `${HISTORY_HELP}

Examples:
  $ policydiff since v1
  $ policydiff since 2021-01-01 -- docs/privacy.md
  $ policydiff since v1 --to v2 --format md > CHANGES.md
  $ policydiff since v1 --format json | jq '.changes[] | {date, file, stats}'`,
    )
    .action((start: string, files: string[], options: HistoryCommandOptions) => runHistory(start, files, options));

  addRepositoryOptions(
    program
      .command('log')
      .description('the whole history of the policy files, newest change first')
      .argument('[files...]', 'the policy files (default: found by name or by the config)')
      .option('--to <revision>', 'where to end (default: HEAD)'),
  )
    .addOption(dateOption())
    .option('--per-commit', 'one change per commit instead of one per day')
    .addOption(dateFormatOption())
    .addHelpText(
      'after',
      `${HISTORY_HELP}

Examples:
  $ policydiff log
  $ policydiff log privacy.md --per-commit --date committer
  $ policydiff log -C ../website --format json`,
    )
    .action((files: string[], options: HistoryCommandOptions) => runHistory(undefined, files, options));
}
