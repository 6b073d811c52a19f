import type { PolicyChange } from '../history/index.js';
import type { SignificanceLevel } from '../model.js';
import { renderTerminalTable } from './table.js';

/** A history as a terminal table (`log --summary`): one row per change, its entry line cut to the terminal's width. */

export interface HistoryRow {
  date: string;
  commits: number;
  level: SignificanceLevel;
  added: number;
  /** Modified, renamed or moved. */
  changed: number;
  removed: number;
  /** The change's entry line; empty when it has none (formatting only). */
  entry: string;
}

export function historyRow(change: PolicyChange, level: SignificanceLevel, entry: string | undefined): HistoryRow {
  const { stats } = change.diff;
  return {
    date: change.date,
    commits: change.commits.length,
    level,
    added: stats.added,
    changed: stats.modified + stats.renamed + stats.moved,
    removed: stats.removed,
    entry: entry ?? '',
  };
}

const HEAD = ['Date', 'Commits', 'Significance', 'Added', 'Changed', 'Removed', 'Entry'];

export function renderHistoryTable(rows: readonly HistoryRow[], options: { width: number; color: boolean }): string {
  const cells = rows.map((row) => [row.date, String(row.commits), row.level, String(row.added), String(row.changed), String(row.removed), row.entry]);
  return renderTerminalTable(HEAD, cells, { ...options, flexible: HEAD.length - 1, wrap: false, compact: true });
}
