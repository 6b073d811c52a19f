import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { DateKind } from '../../history/git.js';
import { entryText, formatDate, parseDateFormat } from '../../entries/index.js';
import { changeJson, ListWriter, renderChange } from '../../render/changes.js';
import { changeEntry as reportEntry, forFormat, ReportPage, type OutputFormat, type VersionLabel } from '../../render/index.js';
import { formatOption, htmlOption, refuseToOverwrite, StreamedOutput, useColor, writeOut } from '../output.js';
import { Progress } from '../progress.js';
import { writeFileUninterrupted } from '../interrupt.js';
import { addRepositoryOptions, dateOption, reportTarget } from '../repository.js';
import { changeLevel } from '../../entries/index.js';
import { checkFailOnLevels, failOnOption, type FailOn } from '../significance.js';
import type { SignificanceLevel } from '../../model.js';
import { dateFormatOption, entryDatePattern, EntryWriter } from './entry-options.js';
import { rangeWords, readChanges, type ChangeRangeOptions } from './read-changes.js';
import { runSummary } from './history-summary.js';

/**
 * Unchanged sentences the history report shows around each change. The whole text of every changed section, in
 * each of its views, made the report of a long captured history 25 MB, which a browser took 40 s to open.
 */
const REPORT_CONTEXT = 1;

interface HistoryCommandOptions extends ChangeRangeOptions {
  format: OutputFormat;
  html?: string;
  date: DateKind;
  dateFormat?: string;
  failOn?: FailOn;
  /** `--summary`: the changes as one table (history-summary.ts). */
  summary?: boolean;
}

/**
 * `since <start>` and `log`: read each policy file's history in the range (one git log per file, one cat-file for
 * all texts), diff version to version, print the changes newest first.
 */
async function runHistory(start: string | undefined, files: string[], options: HistoryCommandOptions): Promise<void> {
  // A bad --date-format is a usage error before any git work (also outside a repository).
  if (options.dateFormat !== undefined) entryDatePattern(options.dateFormat);
  if (options.summary === true) return runSummary(start, files, options);
  const progress = new Progress();
  progress.update('reading the repository…');
  try {
    const { context, paths, total, changes: read } = await readChanges(start, files, options, progress);
    const { repo } = context;
    const pattern = entryDatePattern(options.dateFormat, context.config.dateFormat);
    // Like the files, the report's path is taken from where -C points.
    if (options.html !== undefined) refuseToOverwrite(resolve(context.base, options.html), paths.map((path) => join(repo.root, path)), options.html);
    const reportFile = options.html === undefined ? undefined : await reportTarget(context, options.html, paths);
    const color = useColor();
    const renderOptions = context.config.dateFormat === undefined ? { color } : { color, dateFormat: context.config.dateFormat };
    const when = rangeWords(start, options.to);
    const emptyText = `No changes to ${paths.join(', ')} ${when}.`;
    // Text, Markdown and JSON are written change by change as they are made; the HTML report is one page over all
    // changes, so they are kept rather than rendered one at a time.
    const output = new StreamedOutput();
    const list = options.format === 'html' ? undefined : new ListWriter(options.format, { key: 'changes', emptyText }, output.write);
    const report = options.format === 'html' || options.html !== undefined ? new ReportPage({ title: `${paths.join(', ')} ${when}`, emptyText, keptContext: REPORT_CONTEXT }) : undefined;
    const dates = parseDateFormat(context.config.dateFormat ?? 'YYYY-MM-DD');
    let newest: string | undefined;
    const writer = new EntryWriter({ pattern, lang: options.lang });
    const levels: SignificanceLevel[] = [];
    let done = 0;
    for (const change of read) {
      done += change.commits.length;
      levels.push(changeLevel(change));
      const entry = writer.forChange(change);
      const line = entry === undefined ? null : entryText(entry);
      if (report !== undefined) {
        const date = formatDate(change.date, dates);
        const shown = reportEntry({ ...change, date });
        report.add(line === null ? shown : { ...shown, summary: line });
        newest ??= date;
      }
      if (list === undefined) {
        progress.update(`comparing versions ${done}/${total}…`);
        continue;
      }
      // The progress line would run into the output on a terminal: it ends where the output starts.
      progress.done();
      if (options.format === 'json') list.addValue(changeJson(change, line));
      // Control characters of policy text and commit subjects are shown, not sent to the terminal (JSON keeps them).
      else list.add(renderChange(forFormat(change, options.format), options.format, renderOptions, line === null ? null : forFormat(line, options.format)));
      await output.drained();
    }
    progress.done();
    list?.end();
    if (report !== undefined) {
      // The newest change dates the version the range ends with.
      const versions: { old: VersionLabel; new: VersionLabel } = {
        old: { label: start ?? 'the first version' },
        new: newest === undefined ? { label: options.to ?? 'HEAD' } : { label: options.to ?? 'HEAD', date: newest },
      };
      const page = report.chunks(versions);
      if (reportFile !== undefined) writeFileUninterrupted(reportFile.path, page, reportFile.write);
      if (list === undefined) writeOut(page);
    }
    writer.printWarnings();
    checkFailOnLevels(levels, options.failOn);
  } finally {
    progress.done();
  }
}

const HISTORY_HELP = `
Files come after the options (or after --); without them policydiff reads the files listed in
policydiff.config.json ("files"), else the tracked .md/.txt files named like a policy.`;

/** The options `since` and `log` share beyond the repository ones. */
function addRangeOptions(command: Command): Command {
  return command
    .addOption(formatOption())
    .option('--summary', 'a table of the changes, one row each: date, commits, significance, sections, entry line (on a terminal)')
    .addOption(dateOption())
    .option('--per-commit', 'one change per commit instead of one per day')
    .addOption(htmlOption())
    .addOption(dateFormatOption())
    .addOption(failOnOption('a change of the range'));
}

export function register(program: Command): void {
  addRangeOptions(addRepositoryOptions(
    program
      .command('since')
      .description('every change to the policy files from <start> (a tag, branch, commit or YYYY-MM-DD) to HEAD')
      .argument('<start>', 'where to start: a tag, branch or commit, or a date YYYY-MM-DD (changes from that day on)')
      .argument('[files...]', 'the policy files (default: found by name or by the config)')
      .option('--to <revision>', 'where to end (default: HEAD)'),
  ))
    .addHelpText(
      'after',
      `${HISTORY_HELP}

Examples:
  $ policydiff since v1
  $ policydiff since 2021-01-01 -- docs/privacy.md
  $ policydiff since v1 --to v2 --format md > CHANGES.md
  $ policydiff since v1 --format json | jq '.changes[] | {date, file, stats}'
  $ policydiff since v1 --html changes.html
  $ policydiff since 2024-01-01 --summary`,
    )
    .action((start: string, files: string[], options: HistoryCommandOptions) => runHistory(start, files, options));

  addRangeOptions(addRepositoryOptions(
    program
      .command('log')
      .description('the whole history of the policy files, newest change first')
      .argument('[files...]', 'the policy files (default: found by name or by the config)')
      .option('--to <revision>', 'where to end (default: HEAD)'),
  ))
    .addHelpText(
      'after',
      `${HISTORY_HELP}

Examples:
  $ policydiff log
  $ policydiff log privacy.md --per-commit --date committer
  $ policydiff log --summary                  one line per change, to fit a screen
  $ policydiff log -C ../website --format json`,
    )
    .action((files: string[], options: HistoryCommandOptions) => runHistory(undefined, files, options));
}
