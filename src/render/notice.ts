import type { PolicyDiff, SignificanceLevel } from '../model.js';
import { noticeOf, type NoticeFinding } from '../significance/notice.js';
// A cycle with markdown.ts, safe: escapeMarkdown is a hoisted function only called at render time.
import { escapeMarkdown } from './markdown-escape.js';

/**
 * The significance notice that opens text and Markdown output: a block with the reasons when the change is
 * significant (people need a prominent notice, GDPR Art. 12–14), one line otherwise. Reasons are shown in the
 * policy's language, the frame in English like the rest of the output.
 */

const SUMMARY: Record<SignificanceLevel, string> = {
  significant: 'people whose data this policy covers should be given a prominent notice of it (GDPR Art. 12–14)',
  minor: 'real but not material, no notice needed',
  editorial: 'wording, spelling, dates or structure only',
  none: 'formatting only',
};

function listed(diff: PolicyDiff): { reasons: NoticeFinding[]; more: number } | undefined {
  const notice = noticeOf(diff.significance, diff.language);
  return notice === undefined ? undefined : { reasons: notice.shown, more: notice.more };
}

const where = (reason: NoticeFinding) => (reason.path.length === 0 ? '' : reason.path.join(' › '));

/** The level in words; a first version has nothing to compare with, text cut short and back says what it was. */
function levelWords(diff: PolicyDiff, level: SignificanceLevel): string {
  if (diff.significance?.firstVersion === true) return 'first version';
  if (diff.truncation?.restored !== undefined) return `most of the text missing from this version, back on ${diff.truncation.restored}`;
  if (diff.restoration !== undefined && level === 'none') return `the text is back, unchanged since ${diff.restoration.since}`;
  if (diff.sameAs !== undefined && level === 'none') return `the text is again as it was on ${diff.sameAs}`;
  return SUMMARY[level];
}

export function noticeText(diff: PolicyDiff, bold: (text: string) => string = (text) => text): string[] {
  const significance = diff.significance;
  if (significance === undefined) return [];
  const block = listed(diff);
  if (block === undefined) return [`Significance: ${significance.level} (${levelWords(diff, significance.level)})`];
  const lines = [bold(`SIGNIFICANT CHANGE: ${SUMMARY.significant}.`)];
  for (const reason of block.reasons) lines.push(`  ! ${reason.message}${where(reason) === '' ? '' : `  (${where(reason)})`}`);
  if (block.more > 0) lines.push(`  … and ${block.more} more`);
  return lines;
}

export function noticeMarkdown(diff: PolicyDiff): string[] {
  const significance = diff.significance;
  if (significance === undefined) return [];
  const block = listed(diff);
  if (block === undefined) return [`**Significance:** ${significance.level} (${levelWords(diff, significance.level)})`, ''];
  // A GitHub alert: rendered as a warning box on GitHub, a plain quote elsewhere.
  const lines = ['> [!WARNING]', `> **Significant change:** ${SUMMARY.significant}.`, '>'];
  for (const reason of block.reasons) {
    lines.push(`> - ${escapeMarkdown(reason.message)}${where(reason) === '' ? '' : ` _(${escapeMarkdown(where(reason))})_`}`);
  }
  if (block.more > 0) lines.push(`> - … and ${block.more} more`);
  return [...lines, ''];
}

/**
 * A commit's `Policy-Significance:` trailer overruled the classifier. Said beside the notice, which still shows
 * what the text alone reads as: the owner's word sets the level, it does not hide the findings.
 */
const overrideWords = (level: SignificanceLevel, classified: SignificanceLevel) => `${level} (Policy-Significance trailer; the text alone reads as ${classified})`;

export const overrideText = (level: SignificanceLevel, classified: SignificanceLevel): string => `Level set by the commit: ${overrideWords(level, classified)}`;

export const overrideMarkdown = (level: SignificanceLevel, classified: SignificanceLevel): string => `**Level set by the commit:** ${overrideWords(level, classified)}`;
