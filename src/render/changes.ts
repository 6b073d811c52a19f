import { formatDate, parseDateFormat } from '../entries/dates.js';
import type { PolicyChange } from '../history/history.js';
import type { PolicyDiff, SignificanceLevel } from '../model.js';
import { diffToJson } from './json.js';
import { overrideMarkdown, overrideText } from './notice.js';
import { isReported } from './summary.js';
import { escapeMarkdown, renderers, type OutputFormat } from './index.js';

/**
 * Lists of changes from git history (`since`, `log`) and of file diffs between revisions (`diff v1 HEAD`), in each
 * output format. Each entry is rendered on its own, so a caller can render one change at a time; `renderList`
 * frames them. The JSON is the same, byte for byte, as `JSON.stringify(whole, null, 2)` would give.
 */

export interface ListRenderOptions {
  color: boolean;
  /** For text and Markdown; JSON dates are always `YYYY-MM-DD`. */
  dateFormat?: string;
}

/** One file's diff between two revisions, as `diff <rev> [<rev>]` reports it. */
export interface RevisionDiff {
  file: string;
  previousFile?: string;
  diff: PolicyDiff;
  /** The level a `Policy-Significance:` trailer of the range's commits set, over the classifier's. */
  levelSetByCommit?: SignificanceLevel;
}

/** The level a file's change counts for: the one its commits set, else the classifier's. */
export const revisionLevel = (entry: RevisionDiff): SignificanceLevel => entry.levelSetByCommit ?? entry.diff.significance?.level ?? 'none';

/** The line that says a commit set the level, with a blank line, for text or Markdown; none when no commit did. */
export function overrideLead(entry: RevisionDiff, format: OutputFormat): string[] {
  if (entry.levelSetByCommit === undefined) return [];
  const classified = entry.diff.significance?.level ?? 'none';
  return [format === 'md' ? overrideMarkdown(entry.levelSetByCommit, classified) : overrideText(entry.levelSetByCommit, classified), ''];
}

/** The diff fields of the core contract, without their own `schemaVersion` (the list has one). */
function diffFields(diff: PolicyDiff): object {
  const { schemaVersion: _schemaVersion, ...fields } = diffToJson(diff) as PolicyDiff;
  return fields;
}

/**
 * A change of a history lists the sections that changed (formatting-only ones included); the unchanged ones are
 * counted in `stats`. A thousand commits of a 50-section policy would otherwise print fifty thousand unchanged
 * entries; `diff <rev>^ <rev> -- file --format json` gives the full list for one change.
 */
export function changeToJson(change: PolicyChange): object {
  const { diff, ...entry } = change;
  return { ...entry, ...diffFields({ ...diff, sections: diff.sections.filter(isReported) }) };
}

export function revisionDiffToJson(entry: RevisionDiff): object {
  const { diff, ...rest } = entry;
  return { ...rest, ...diffFields(diff) };
}

const shortHash = (hash: string) => hash.slice(0, 7);

/** The entry line and a blank line that open a change in text and Markdown. */
const entryLead = (entry: string | null | undefined, format: OutputFormat): string[] =>
  entry === undefined || entry === null ? [] : [format === 'md' ? escapeMarkdown(entry) : entry, ''];

/** A change as JSON, with its changelog entry line first when it is given (null when it has none). */
export function changeJson(change: PolicyChange, entry?: string | null): object {
  return entry === undefined ? changeToJson(change) : { entry, ...changeToJson(change) };
}

/** `entry`: the change's changelog entry line, printed first (JSON: an `entry` field, null when there is none). */
export function renderChange(change: PolicyChange, format: OutputFormat, options: ListRenderOptions, entry?: string | null): string {
  const date = formatDate(change.date, parseDateFormat(options.dateFormat ?? 'YYYY-MM-DD'));
  const renamed = change.previousFile !== undefined ? ` (renamed from ${change.previousFile})` : '';
  if (format === 'json') return JSON.stringify(changeJson(change, entry), null, 2);
  const lead = entryLead(entry, format);
  if (format === 'md') {
    const commits = change.commits.map((c) => `- \`${shortHash(c.hash)}\` ${escapeMarkdown(c.subject)} (${escapeMarkdown(c.author)})`);
    const title = `## ${escapeMarkdown(date)} — ${escapeMarkdown(change.file)}${escapeMarkdown(renamed)}`;
    return [...lead, title, '', ...commits, '', renderers.md.diff(change.diff, { color: false })].join('\n');
  }
  const commits = change.commits.map((c) => `  ${shortHash(c.hash)} ${c.subject} (${c.author})`);
  const title = `${date}  ${change.file}${renamed}`;
  const bold = options.color ? `\u001b[1m${title}\u001b[0m` : title;
  return [...lead, bold, ...commits, renderers.text.diff(change.diff, { color: options.color })].join('\n');
}

/** `line`: the file's changelog entry line, printed first (JSON: an `entry` field, null when there is none). */
export function renderRevisionDiff(entry: RevisionDiff, range: string, format: OutputFormat, options: ListRenderOptions, line?: string | null): string {
  if (format === 'json') return JSON.stringify(line === undefined ? revisionDiffToJson(entry) : { entry: line, ...revisionDiffToJson(entry) }, null, 2);
  const renamed = entry.previousFile !== undefined ? ` (was ${entry.previousFile})` : '';
  const lead = [...entryLead(line, format), ...overrideLead(entry, format)];
  return [...lead, renderers[format].diff(entry.diff, { color: options.color, title: `${entry.file}${renamed}: ${range}` })].join('\n');
}

/** How `renderList` and `ListWriter` frame a list: its key in JSON, fields beside it, what stands for none. */
export interface ListFrame {
  key: string;
  extra?: Record<string, unknown>;
  emptyText: string;
}

/** How `JSON.stringify({ '': [value] }, null, 2)` starts and ends around the value. */
const FRAME_HEAD = '{\n  "": [\n    ';
const FRAME_TAIL = '\n  ]\n}';

/**
 * Writes rendered entries as they come, framed as `renderList` frames them (byte for byte): JSON as one document
 * `{ schemaVersion: 1, <key>: [ … ], …extra }` whose array is opened before the first entry and closed by `end`,
 * text and Markdown separated by a blank line, or `emptyText` when there were none.
 */
export class ListWriter {
  private count = 0;

  constructor(
    private readonly format: OutputFormat,
    private readonly frame: ListFrame,
    private readonly write: (chunk: string) => void,
  ) {}

  /** The JSON document up to its list, which follows the key's colon. */
  private head(): string {
    return `${JSON.stringify({ schemaVersion: 1, ...this.frame.extra }, null, 2).slice(0, -2)},\n  ${JSON.stringify(this.frame.key)}: `;
  }

  /** An entry rendered on its own (JSON: indented as a document of its own, which is indented here to its place). */
  add(entry: string): void {
    if (this.format === 'json') this.addJson(entry.replaceAll('\n', '\n    '));
    else this.write(`${this.count++ === 0 ? '' : '\n\n'}${entry.trimEnd()}`);
  }

  /** A JSON entry as a value, written indented to its place in the list without indenting it again. */
  addValue(value: object): void {
    // Stringified in a frame that puts it where it stands in the list; the frame is cut off again.
    const framed = JSON.stringify({ '': [value] }, null, 2);
    this.addJson(framed.slice(FRAME_HEAD.length, -FRAME_TAIL.length));
  }

  private addJson(indented: string): void {
    this.write(`${this.count++ === 0 ? `${this.head()}[\n` : ',\n'}    ${indented}`);
  }

  end(): void {
    if (this.format === 'json') this.write(this.count === 0 ? `${this.head()}[]\n}\n` : '\n  ]\n}\n');
    else this.write(this.count === 0 ? `${this.frame.emptyText}\n` : '\n');
  }
}

/** Frames rendered entries as `ListWriter` writes them, all at once. */
export function renderList(entries: readonly string[], format: OutputFormat, frame: ListFrame): string {
  const chunks: string[] = [];
  const writer = new ListWriter(format, frame, (chunk) => chunks.push(chunk));
  for (const entry of entries) writer.add(entry);
  writer.end();
  return chunks.join('');
}
