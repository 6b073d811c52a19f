import { changeLevel } from '../../entries/index.js';
import { usageError } from '../../errors.js';
import { checkFailOnLevels, type FailOn } from '../significance.js';
import { historyRow, renderHistoryTable } from '../../render/history-table.js';
import { withControlsShown } from '../../render/index.js';
import { terminalWidth, useColor, writeOut } from '../output.js';
import { Progress } from '../progress.js';
import { entryDatePattern, EntryWriter } from './entry-options.js';
import { rangeWords, readChanges, type ChangeRangeOptions } from './read-changes.js';

/**
 * `log --summary`, `since <start> --summary`: the changes as a table, one row of the terminal's width each, so that
 * a long history fits on a screen. Its own renderer beside the history's formats, which stream change by change.
 */

export interface SummaryOptions extends ChangeRangeOptions {
  dateFormat?: string;
  failOn?: FailOn;
  format?: string;
  html?: string;
}

export async function runSummary(start: string | undefined, files: string[], options: SummaryOptions): Promise<void> {
  if (options.format !== 'text' || options.html !== undefined) {
    throw usageError('--summary prints a table for the terminal: drop --format and --html, or drop --summary');
  }
  const progress = new Progress();
  progress.update('reading the repository…');
  try {
    const { context, paths, total, changes } = await readChanges(start, files, options, progress);
    const writer = new EntryWriter({ pattern: entryDatePattern(options.dateFormat, context.config.dateFormat), lang: options.lang });
    const rows = [];
    let done = 0;
    for (const change of changes) {
      done += change.commits.length;
      progress.update(`comparing versions ${done}/${total}…`);
      const entry = writer.forChange(change);
      // One line per row: the entry's dated line; its notice is in the full output. Control characters shown as escapes.
      rows.push(withControlsShown(historyRow(change, changeLevel(change), entry?.line)));
    }
    progress.done();
    writeOut(rows.length === 0 ? `No changes to ${paths.join(', ')} ${rangeWords(start, options.to)}.\n` : renderHistoryTable(rows, { width: terminalWidth(), color: useColor() }));
    writer.printWarnings();
    checkFailOnLevels(rows.map((row) => row.level), options.failOn);
  } finally {
    progress.done();
  }
}
