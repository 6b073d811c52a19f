import Table from 'cli-table3';

/**
 * Tables for a terminal (cli-table3): every column as wide as its widest cell, except one, which takes the room
 * the terminal has left and wraps its text (`wrap`) or cuts it with "…", so that a row stays one line.
 */

export interface TerminalTableOptions {
  /** The terminal's width in columns. */
  width: number;
  /** The column (index) that takes the room left. */
  flexible: number;
  wrap: boolean;
  color: boolean;
  /** No rule between rows: for one-line rows. */
  compact?: boolean;
}

/** Below this the flexible column would be unreadable: the table is then wider than the terminal. */
const MIN_FLEXIBLE = 12;
/** A space on either side of each cell. */
const PADDING = 2;

const widthOf = (cell: string) => Math.max(0, ...cell.split('\n').map((line) => [...line].length));

export function renderTerminalTable(head: readonly string[], rows: readonly (readonly string[])[], options: TerminalTableOptions): string {
  const natural = head.map((title, column) => Math.max(widthOf(title), ...rows.map((row) => widthOf(row[column] ?? ''))) + PADDING);
  const borders = head.length + 1;
  const others = natural.reduce((sum, width, column) => (column === options.flexible ? sum : sum + width), 0);
  const colWidths = [...natural];
  colWidths[options.flexible] = Math.max(MIN_FLEXIBLE, Math.min(natural[options.flexible]!, options.width - others - borders));
  const table = new Table({
    head: [...head],
    colWidths,
    wordWrap: options.wrap,
    // cli-table3 colours the head red and the borders grey by default: colour only where policydiff's output has it.
    style: { head: options.color ? ['bold'] : [], border: [] },
    ...(options.compact === true ? { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } } : {}),
  });
  table.push(...rows.map((row) => [...row]));
  return `${table.toString()}\n`;
}
