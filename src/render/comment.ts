import type { PolicyDiff, SectionDiff, SignificanceLevel } from '../model.js';
import { wholeDocumentChange } from '../compare/diff.js';
import { maxLevel } from '../significance/rules.js';
import { overrideLead, revisionLevel, type RevisionDiff } from './changes.js';
import { escapeHtml } from './html-text.js';
import { escapeMarkdown } from './markdown-escape.js';
import { changeItem } from './markdown.js';
import { noticeMarkdown } from './notice.js';
import { changeSummary, reportedSections, sectionLabel, statsLine, statusLabel } from './summary.js';

/**
 * The pull-request comment: what a policy change means, at a glance, where the change is reviewed. One comment
 * per pull request, found again by the hidden marker it starts with. Policy text is untrusted here more than
 * anywhere: it is escaped (escapeMarkdown, or HTML escaping inside the `<details>` HTML), so it cannot open HTML,
 * close a `<details>`, write a comment (`<!--`, and so the marker), link, or mention anyone.
 */

export const COMMENT_MARKER = '<!-- policydiff:comment -->';
/** GitHub refuses an issue comment body longer than this (in characters). */
export const COMMENT_LIMIT = 65_536;

/** A file's change; `levelSetByCommit` when a commit of the pull request set its level by a trailer. */
export interface CommentFile extends RevisionDiff {
  /** The changelog entry line (with its notice), when the change has one. */
  entry?: string;
}

export interface CommentOptions {
  /** How the two sides are named, e.g. short commit hashes. */
  base: string;
  head: string;
  /** An extra Markdown section placed after the tables (e.g. the results of `policydiff check`); trusted as given. */
  checks?: string;
  /** Shorter than GitHub's limit in tests; a limit under a few hundred characters leaves room for little but the note. */
  maxLength?: number;
  /** Where the whole comment is when this one had to be shortened (Markdown, e.g. a link to the job summary). */
  fullReport?: string;
}

/** A table row is about a hundred characters: this many keep a file's table well within the comment's limit. */
const MAX_TABLE_ROWS = 150;

const HEADLINE: Record<SignificanceLevel, string> = {
  significant: 'significant — people need a notice',
  minor: 'minor',
  editorial: 'editorial',
  none: 'formatting only',
};

export const highestLevel = (diffs: readonly PolicyDiff[]): SignificanceLevel => maxLevel(diffs.map((diff) => diff.significance?.level ?? 'none'));

/**
 * The pull request's level: the highest of its files', each the level a commit's Policy-Significance trailer set
 * if one did. `setByCommit`: a file at that level has it from a commit, so the headline says whose word it is.
 */
export function commentLevel(files: readonly RevisionDiff[]): { level: SignificanceLevel; setByCommit: boolean } {
  const level = maxLevel(files.map(revisionLevel));
  return { level, setByCommit: files.some((file) => file.levelSetByCommit === level) };
}

/** Text for an HTML context (`<summary>`), where Markdown escapes would show as backslashes. */
function escapeHtmlText(text: string): string {
  return escapeHtml(text.replace(/[\r\n]+/g, ' ')).replace(/@(?=\w)/g, '@\u200b');
}

/**
 * A fenced block of untrusted text, for copying as it is: the fence is longer than any backtick run inside, and
 * `<!--`/`-->` are split by a zero-width space so that the body holds no comment syntax but the marker.
 */
function codeBlock(text: string): string[] {
  let longest = 2;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const fence = '`'.repeat(longest + 1);
  const safe = text.replace(/<!--/g, '<!\u200b--').replace(/-->/g, '--\u200b>');
  return [`${fence}text`, safe, fence];
}

const fileTitle = (file: CommentFile) =>
  `\`${file.file.replace(/`/g, "'")}\`${file.previousFile === undefined ? '' : ` (was \`${file.previousFile.replace(/`/g, "'")}\`)`}`;

/** An entry longer than this is cut in a comment that had to be shortened (the job summary has it whole). */
const SHORT_ENTRY = 2_000;

/** A file's notice, entry, counts and table of at most `rows` rows; `short` cuts a very long entry. */
function summaryOf(file: CommentFile, rows: number, short: boolean): string[] {
  const lines = [`### ${escapeMarkdown(file.file)}${file.previousFile === undefined ? '' : ` (was ${escapeMarkdown(file.previousFile)})`}`, ''];
  lines.push(...overrideLead(file, 'md'), ...noticeMarkdown(file.diff));
  if (file.entry !== undefined) {
    const entry = short && file.entry.length > SHORT_ENTRY ? `${file.entry.slice(0, SHORT_ENTRY - 1)}…` : file.entry;
    lines.push('**Changelog entry**, ready to paste:', '', ...codeBlock(entry), '');
  }
  lines.push(statsLine(file.diff), '');
  const sections = reportedSections(file.diff);
  if (sections.length > 0 && rows > 0) {
    lines.push('| Status | Section | Summary |', '| --- | --- | --- |');
    for (const section of sections.slice(0, rows)) {
      const rename = section.oldHeading === undefined ? '' : ` (was “${escapeMarkdown(section.oldHeading)}”)`;
      lines.push(`| ${statusLabel(section)} | ${escapeMarkdown(sectionLabel(section))}${rename} | ${changeSummary(section.changes) || '—'} |`);
    }
    if (sections.length > rows) lines.push(`| … | ${sections.length - rows} more sections | |`);
    lines.push('');
  }
  return lines;
}

const tableRows = (file: CommentFile) => reportedSections(file.diff).length;

/** Each changed chapter's redline, its subsections inside it, folded in a `<details>` block. */
function redlinesOf(file: CommentFile): string[] {
  const chapters = new Map<string, SectionDiff[]>();
  for (const section of reportedSections(file.diff)) {
    if (section.changes.length === 0) continue;
    const chapter = section.path[0] ?? '(preamble)';
    chapters.set(chapter, [...(chapters.get(chapter) ?? []), section]);
  }
  return [...chapters].map(([chapter, sections]) => {
    const lines = ['<details>', `<summary>${escapeHtmlText(`${fileTitle(file).replace(/`/g, '')}: ${chapter}`)}</summary>`, ''];
    for (const section of sections) {
      if (section.path.length > 1) lines.push(`**${escapeMarkdown(section.path.slice(1).join(' › '))}**`, '');
      for (const change of section.changes) lines.push(changeItem(change));
      lines.push('');
    }
    lines.push('</details>');
    return lines.join('\n');
  });
}

/** A pull request that deletes a policy says so first: the table of removed chapters alone reads like an edit. */
function removalHeadline(files: readonly CommentFile[], level: SignificanceLevel): string | undefined {
  const removed = files.filter((file) => wholeDocumentChange(file.diff) === 'deleted').map((file) => file.file);
  if (removed.length === 0) return undefined;
  return `${level} — ${removed.length === 1 ? 'policy' : 'policies'} removed: ${removed.map((file) => `\`${file.replace(/`/g, '')}\``).join(', ')}`;
}

/** How much of the comment is shown: redlines, table rows per file, the Checks part, files. */
interface Detail {
  redlines: number;
  rows: number;
  checks: boolean;
  files: number;
}

/**
 * The comment's Markdown, within `maxLength` (GitHub's limit) whatever the number of files and sections. What does
 * not fit is left out in this order, and a note at the end says what and where to find it all: whole redlines from
 * the last back; then the tables' rows, to as many per file as fit; then the Checks part; then whole files from the
 * last back (a very long entry cut). The notice of each file shown is kept whole.
 */
export function renderPolicyComment(files: readonly CommentFile[], options: CommentOptions): string {
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const range = `\`${options.base.replace(/`/g, '')}\` → \`${options.head.replace(/`/g, '')}\``;
  if (files.length === 0) {
    return `${[COMMENT_MARKER, '## Policy change: none', '', `This pull request no longer changes the policy files (${range}).`].join('\n')}\n`;
  }
  const { level, setByCommit } = commentLevel(files);
  const headline = `${removalHeadline(files, level) ?? HEADLINE[level]}${setByCommit ? ' (set by a commit’s Policy-Significance trailer)' : ''}`;
  const head = [COMMENT_MARKER, `## Policy change: ${headline}`, '', `Compared ${range}.`, ''];
  const checks = options.checks !== undefined && options.checks.trim() !== '' ? options.checks.trim() : undefined;
  const redlines = files.flatMap(redlinesOf);
  const [base, headRevision] = [options.base.replace(/`/g, ''), options.head.replace(/`/g, '')];
  const localHint = `run \`policydiff diff ${base} ${headRevision}\` locally for the full redline`;
  const whole = options.fullReport ?? `run \`policydiff comment --base ${base} --head ${headRevision}\` locally for the whole comment`;
  const rowCounts = files.map(tableRows);
  /** The most rows a file's table has in the full comment. */
  const mostRows = Math.min(MAX_TABLE_ROWS, rowCounts.reduce((max, rows) => Math.max(max, rows), 0));

  const note = (detail: Detail): string | undefined => {
    const omittedRedlines = redlines.length - detail.redlines;
    const omittedRows = rowCounts.slice(0, detail.files).reduce((sum, rows) => sum + Math.max(0, rows - detail.rows), 0);
    const tableCut = detail.rows < mostRows;
    if (!tableCut && detail.checks && detail.files === files.length) {
      return omittedRedlines === 0 ? undefined : `_${omittedRedlines} of ${redlines.length} redlines left out to fit GitHub's comment size: ${localHint}._`;
    }
    const parts = [
      omittedRedlines > 0 ? `${omittedRedlines} of ${redlines.length} redlines` : undefined,
      tableCut && omittedRows > 0 ? `${omittedRows} table rows` : undefined,
      !detail.checks && checks !== undefined ? 'the Checks part' : undefined,
      detail.files < files.length ? `${files.length - detail.files} of ${files.length} files` : undefined,
    ].filter((part) => part !== undefined);
    const listed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
    return `_${listed} left out to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters: ${whole}._`;
  };
  const compose = (detail: Detail) => {
    const shortened = detail.files < files.length;
    const lines = [...head];
    for (const file of files.slice(0, detail.files)) lines.push(...summaryOf(file, detail.rows, shortened));
    if (detail.checks && checks !== undefined) lines.push(checks, '');
    if (detail.redlines > 0) lines.push('#### Redlines', '', ...redlines.slice(0, detail.redlines).flatMap((block) => [block, '']));
    const ending = note(detail);
    if (ending !== undefined) lines.push(ending, '');
    return `${lines.join('\n').trimEnd()}\n`;
  };
  /** The largest n in [low, high] for which `fits(n)`, given that fits is monotone; low - 1 when none does. */
  const largest = (low: number, high: number, fits: (n: number) => boolean) => {
    let [found, from, to] = [low - 1, low, high];
    while (from <= to) {
      const middle = Math.floor((from + to) / 2);
      if (fits(middle)) [found, from] = [middle, middle + 1];
      else to = middle - 1;
    }
    return found;
  };
  const fits = (detail: Detail) => compose(detail).length <= limit;
  const all: Detail = { redlines: redlines.length, rows: MAX_TABLE_ROWS, checks: true, files: files.length };
  if (fits({ ...all, redlines: 0 })) {
    // Sized once with every redline left out (the longest note), then filled in order while they fit.
    let used = compose({ ...all, redlines: 0 }).length + '#### Redlines\n\n'.length;
    let kept = 0;
    for (const block of redlines) {
      used += block.length + 2;
      if (used > limit) break;
      kept += 1;
    }
    return compose({ ...all, redlines: kept });
  }
  const rows = largest(0, mostRows - 1, (n) => fits({ ...all, redlines: 0, rows: n }));
  if (rows >= 0) return compose({ ...all, redlines: 0, rows });
  const bare: Detail = { redlines: 0, rows: 0, checks: false, files: files.length };
  if (checks !== undefined && fits({ ...bare, checks: true })) return compose({ ...bare, checks: true });
  const shownFiles = largest(0, files.length, (n) => fits({ ...bare, files: n }));
  const text = compose({ ...bare, files: Math.max(0, shownFiles) });
  // Only a limit too small for the headline and the note itself comes here short of room: cut, not exceeded.
  return text.length <= limit ? text : `${text.slice(0, limit - 2)}…\n`;
}
