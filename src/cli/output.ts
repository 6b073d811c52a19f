import { Option } from 'commander';
import { quote, usageError } from '../errors.js';
import { OUTPUT_FORMATS, showControls, type OutputFormat, type RenderOptions } from '../render/index.js';

/** Options and output handling every command shares. */

/** `--format`, refusing any format the command does not write (exit 2). */
export const formatOption = (formats: readonly string[] = OUTPUT_FORMATS, fallback: string = 'text' satisfies OutputFormat) =>
  new Option('-f, --format <format>', 'output format').choices([...formats]).default(fallback);

export const htmlOption = () => new Option('--html <file>', 'also write the redline report as one self-contained HTML file');

/** `--html new.txt` would replace a policy with its own report: a slip of the keyboard, caught before anything runs. */
export function refuseToOverwrite(target: string, inputs: readonly string[], given: string): void {
  if (inputs.includes(target)) {
    throw usageError(`--html ${quote(given)} is one of the files being compared: write the report to another file, e.g. --html report.html`);
  }
}

export const languageOption = () => new Option('--lang <code>', 'language of the policy (sv, en, fi, …); detected when not given');

/** Colour on a terminal only, never with NO_COLOR (https://no-color.org); FORCE_COLOR wins for CI logs. */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

/** The terminal's width: the one stdout reports, else $COLUMNS (set by shells, and by tests), else 100. */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  const columns = stream.columns ?? Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 100;
}

export function renderOptions(title?: string): RenderOptions {
  const options: RenderOptions = { color: useColor() };
  if (title !== undefined) options.title = title;
  return options;
}

/** The output, in one piece or several written one after another (a long report, never put together). */
export function writeOut(text: string | readonly string[]): void {
  for (const piece of typeof text === 'string' ? [text] : text) process.stdout.write(piece);
}

/** What was treated as capture noise, after the command's own output (nothing when none was found). */
export function writeNoise(lines: readonly string[]): void {
  // The lines quote the policy: its control characters are shown as escapes, as in the rest of the text output.
  if (lines.length > 0) writeOut(showControls(`\n${lines.join('\n')}\n`));
}

/**
 * stdout written piece by piece as the output is made (`since`, `log`). A pipe whose reader is slower than we
 * are fills up; `drained` then waits for it, so that what is still to be written does not pile up in memory.
 */
export class StreamedOutput {
  private full = false;

  readonly write = (chunk: string): void => {
    if (!process.stdout.write(chunk)) this.full = true;
  };

  async drained(): Promise<void> {
    if (!this.full) return;
    this.full = false;
    await new Promise((resume) => process.stdout.once('drain', resume));
  }
}
