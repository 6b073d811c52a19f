import { escapeMarkdown } from '../render/markdown-escape.js';
import { renderTerminalTable } from '../render/table.js';
import { CHECK_NAMES, type CheckFinding, type CheckReport, type SkippedCheck } from './types.js';
import { plural } from './wording.js';

/** `policydiff check`'s findings as text (CI logs), Markdown (the "Checks" part of a PR comment) and JSON. */

export type CheckFormat = 'text' | 'md' | 'json';

function tally(findings: readonly CheckFinding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'no findings';
  return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

/** What was checked, in one line: "3 files, 1 translation set, since main (1a2b3c4)". */
function scope(report: CheckReport): string {
  const sets = report.translationSets.length === 0 ? '' : `, ${plural(report.translationSets.length, 'translation set')}`;
  return `${plural(report.files.length, 'file')}${sets}, since ${report.base.ref} (${report.base.commit.slice(0, 7)})`;
}

/** How the text output lays out findings: lines for logs (the default), or a table on a terminal of this width. */
export interface ChecksTextOptions {
  table?: { width: number; color: boolean };
}

/**
 * The findings as text: a line saying what was checked and found ("nothing to check" when no check had anything to
 * look at), the checks that had nothing to look at with why, then each finding with its fix.
 */
export function renderChecksText(report: CheckReport, options: ChecksTextOptions = {}): string {
  const nothing = report.findings.length === 0 && report.applicable.length === 0;
  const lines = [`policydiff check: ${scope(report)}: ${nothing ? 'nothing to check' : tally(report.findings)}.`];
  for (const { reason } of report.skipped) lines.push(`  not checked: ${reason}.`);
  if (report.findings.length === 0) return `${lines.join('\n')}\n`;
  if (options.table !== undefined) {
    const rows = report.findings.map((finding) => [finding.severity, finding.check, finding.file, `${finding.message}\nfix: ${finding.fix}`]);
    return `${lines.join('\n')}\n${renderTerminalTable(['', 'Check', 'File', 'Finding'], rows, { ...options.table, flexible: 3, wrap: true })}`;
  }
  for (const finding of report.findings) {
    lines.push('', `${finding.severity.padEnd(7)} ${finding.check}  ${finding.file}`, `  ${finding.message}`, `  fix: ${finding.fix}`);
  }
  return `${lines.join('\n')}\n`;
}

const CHECK_TITLES: Record<CheckFinding['check'], string> = {
  'translation-drift': 'Translation drift',
  'stale-date': 'Stale date',
  'missing-change-entry': 'Missing change entry',
  'significant-without-notice': 'Significant without notice',
};

/** What each check confirms when it passes, for the comment's one-line pass. */
const PASSED: Record<CheckFinding['check'], string> = {
  'translation-drift': 'translations in step',
  'stale-date': '"last updated" dates kept',
  'missing-change-entry': 'change lists kept',
  'significant-without-notice': 'significant changes acknowledged',
};

/**
 * The "Checks" part of a pull-request comment. Policy text in messages (headings, lines) is escaped: a pull request
 * may carry it from anyone. `scopeLine` says what was checked, when the caller knows.
 */
export function renderChecksMarkdown(findings: readonly CheckFinding[], scopeLine?: string, skipped: readonly SkippedCheck[] = []): string {
  const lines = ['### Checks', ''];
  if (scopeLine !== undefined) lines.push(escapeMarkdown(scopeLine), '');
  const notChecked = skipped.map(({ reason }) => `- Not checked: ${escapeMarkdown(reason)}.`);
  if (findings.length === 0) {
    const checked = CHECK_NAMES.filter((check) => !skipped.some((skip) => skip.check === check));
    if (checked.length === 0) lines.push('Nothing to check:', '', ...notChecked);
    else if (notChecked.length === 0) lines.push('All checks passed: translations in step, dates and change lists kept, significant changes acknowledged.');
    else lines.push(`All checks passed: ${checked.map((check) => PASSED[check]).join(', ')}.`, '', ...notChecked);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`**${tally(findings)}**`, '');
  for (const finding of findings) {
    const severity = finding.severity === 'error' ? '**Error**' : '**Warning**';
    lines.push(`- ${severity} · ${CHECK_TITLES[finding.check]} · \`${finding.file.replace(/`/g, "'")}\`: ${escapeMarkdown(finding.message)}  `, `  Fix: ${escapeMarkdown(finding.fix)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The "Checks" part of the pull-request comment: the findings, or one line naming what passed; nothing when no
 * check had anything to look at (no translation set, date line, change list or significant change), since a
 * reviewer reads "passed" as "looked and found it right".
 */
export function renderCommentChecks(report: CheckReport): string | undefined {
  if (report.findings.length > 0) return renderChecksMarkdown(report.findings);
  if (report.applicable.length === 0) return undefined;
  const passed = report.applicable.map((check) => PASSED[check]).join(', ');
  return `### Checks\n\nAll checks passed: ${passed}.\n`;
}

export function renderChecksJson(report: CheckReport): string {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  return `${JSON.stringify({ ...report, errors, warnings: report.findings.length - errors }, null, 2)}\n`;
}

export function renderChecks(report: CheckReport, format: CheckFormat, options: ChecksTextOptions = {}): string {
  if (format === 'json') return renderChecksJson(report);
  if (format === 'md') return renderChecksMarkdown(report.findings, `Checked ${scope(report)}.`, report.skipped);
  return renderChecksText(report, options);
}
