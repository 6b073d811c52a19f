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
  /** Shorter than GitHub's limit in tests; never below what the notice, entries and tables need. */
  maxLength?: number;
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
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const safe = text.replace(/<!--/g, '<!\u200b--').replace(/-->/g, '--\u200b>');
  return [`${fence}text`, safe, fence];
}

const fileTitle = (file: CommentFile) =>
  `\`${file.file.replace(/`/g, "'")}\`${file.previousFile === undefined ? '' : ` (was \`${file.previousFile.replace(/`/g, "'")}\`)`}`;

/** The part that is never shortened: each file's notice, entry, counts and table. */
function summaryOf(file: CommentFile): string[] {
  const lines = [`### ${escapeMarkdown(file.file)}${file.previousFile === undefined ? '' : ` (was ${escapeMarkdown(file.previousFile)})`}`, ''];
  lines.push(...overrideLead(file, 'md'), ...noticeMarkdown(file.diff));
  if (file.entry !== undefined) lines.push('**Changelog entry**, ready to paste:', '', ...codeBlock(file.entry), '');
  lines.push(statsLine(file.diff), '');
  const sections = reportedSections(file.diff);
  if (sections.length > 0) {
    lines.push('| Status | Section | Summary |', '| --- | --- | --- |');
    for (const section of sections.slice(0, MAX_TABLE_ROWS)) {
      const rename = section.oldHeading === undefined ? '' : ` (was “${escapeMarkdown(section.oldHeading)}”)`;
      lines.push(`| ${statusLabel(section)} | ${escapeMarkdown(sectionLabel(section))}${rename} | ${changeSummary(section.changes) || '—'} |`);
    }
    if (sections.length > MAX_TABLE_ROWS) lines.push(`| … | ${sections.length - MAX_TABLE_ROWS} more sections | |`);
    lines.push('');
  }
  return lines;
}

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

/**
 * The comment's Markdown. Over `maxLength`, whole redlines are left out from the last one back, and the comment
 * says how many and how to see them; the notice, entries and tables are always kept whole.
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
  for (const file of files) head.push(...summaryOf(file));
  if (options.checks !== undefined && options.checks.trim() !== '') head.push(options.checks.trim(), '');
  const redlines = files.flatMap(redlinesOf);
  const localHint = `run \`policydiff diff ${options.base.replace(/`/g, '')} ${options.head.replace(/`/g, '')}\` locally for the full redline`;
  const compose = (kept: number) => {
    const omitted = redlines.length - kept;
    const tail = omitted === 0 ? [] : [`_${omitted} of ${redlines.length} redlines left out to fit GitHub's comment size: ${localHint}._`, ''];
    const body = redlines.length === 0 ? [] : ['#### Redlines', '', ...redlines.slice(0, kept).flatMap((block) => [block, '']), ...tail];
    return `${[...head, ...body].join('\n').trimEnd()}\n`;
  };
  // Sized once with every redline left out (the longest note), then filled in order while they fit.
  let used = compose(0).length;
  let kept = 0;
  for (const block of redlines) {
    used += block.length + 2;
    if (used > limit) break;
    kept += 1;
  }
  return compose(kept);
}
