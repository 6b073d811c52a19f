import type { RunResult } from './cli.js';

/**
 * `BAD_INPUT_TABLE=1`: a test of bad input prints its case as a row of docs/bad-input.md's tables, from the real
 * run: what the user sees on stderr (the run's folder written `<dir>`) and the exit code.
 */
export function badInputRow(name: string, result: RunResult, dir?: string): void {
  if (process.env.BAD_INPUT_TABLE !== '1') return;
  const shown = (dir === undefined ? result.stderr : result.stderr.split(dir).join('<dir>')).trimEnd().split('\n').join(' ⏎ ');
  console.log(`| ${name} | \`${shown.replace(/\|/g, '\\|')}\` | ${result.status} |`);
}
