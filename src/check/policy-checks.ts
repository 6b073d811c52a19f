import { noticeFindings } from '../significance/notice.js';
import { changeLevel, changeOverrides } from '../entries/trailers.js';
import { detectDatePattern, formatDate } from '../entries/dates.js';
import { policyChangeListDays } from '../entries/policy-list.js';
import type { PolicyChange } from '../history/history.js';
import type { SignificanceLevel } from '../model.js';
import { findLastUpdated } from './dates.js';
import type { CheckedFile } from './model.js';
import type { CheckFinding } from './types.js';
import { capitalize, shellWord } from './wording.js';

/**
 * The checks of one policy file against its own history since the base: its "last updated" line, its change list,
 * and the acknowledgement of significant changes. A change is *meaningful* when its level is `minor` or
 * `significant` — the classified one, or the one a `Policy-Significance` trailer sets, since that is a human's
 * word on it. Editorial changes (typos, rewording, moves, dates, the change list itself) need no new date or entry.
 */

const short = (hash: string) => hash.slice(0, 7);
const commitName = (change: PolicyChange) => {
  const last = change.commits.at(-1)!;
  return `commit ${short(last.hash)} “${last.subject}”`;
};


const isMeaningful = (level: SignificanceLevel) => level === 'minor' || level === 'significant';

/** The newest change since the base that changed the policy's meaning. */
function newestMeaningful(file: CheckedFile): PolicyChange | undefined {
  return file.changes.find((change) => isMeaningful(changeLevel(change)));
}

/** `day` written the way the policy writes its date, when that style is known; else `YYYY-MM-DD`. */
function inStyleOf(dateText: string, day: string): string {
  const pattern = detectDatePattern([dateText]);
  return pattern === undefined ? day : formatDate(day, pattern);
}

export function staleDate(file: CheckedFile): CheckFinding[] {
  const change = newestMeaningful(file);
  const line = findLastUpdated(file.text);
  if (change === undefined || line === undefined) return [];
  const base = { check: 'stale-date' as const, file: file.file, commit: change.commits.at(-1)!.hash };
  if (line.date === undefined) {
    return [{ ...base, severity: 'warning', message: `${file.file} line ${line.line} “${line.text}” has a date policydiff cannot read, so it cannot tell whether it follows ${commitName(change)} of ${change.date}.`, fix: `write the date as YYYY-MM-DD, D.M.YYYY or “18 November 2021”.` }];
  }
  // A date that also reads the other way round (06-03-26) is stale only if both readings are.
  if (line.date >= change.date || (line.otherDate !== undefined && line.otherDate >= change.date)) return [];
  const expected = `${line.text.slice(0, line.text.indexOf(line.dateText))}${inStyleOf(line.dateText, change.date)}`;
  const before = findLastUpdated(file.before ?? '');
  const untouched = before !== undefined && before.text === line.text;
  const message = untouched
    ? `${file.file} still says “${line.text}” (line ${line.line}): it was not updated when ${commitName(change)} changed the policy's meaning on ${change.date}.`
    : `${file.file} says “${line.text}” (line ${line.line}), a date before ${commitName(change)}, which changed the policy's meaning on ${change.date}.`;
  return [{ ...base, severity: 'error', message, fix: `set the line to ${change.date} or later, e.g. “${expected}”.` }];
}

/** The days of the policy's own change list; undefined when it keeps none. */
export const changeListDays = (file: CheckedFile) => policyChangeListDays(file.text, { fileName: file.file, ...(file.format === undefined ? {} : { format: file.format }) });

export function missingChangeEntry(file: CheckedFile, baseRef: string): CheckFinding[] {
  const change = newestMeaningful(file);
  if (change === undefined) return [];
  const days = changeListDays(file);
  if (days === undefined || days.some((day) => day >= change.date)) return [];
  const newest = days.reduce((max, day) => (day > max ? day : max), '');
  return [
    {
      check: 'missing-change-entry',
      severity: 'error',
      file: file.file,
      commit: change.commits.at(-1)!.hash,
      message: `${file.file} keeps its own change list, but its newest meaningful change (${change.date}, ${commitName(change)}) has no line in it${newest === '' ? '' : `; the newest line is of ${newest}`}.`,
      fix: `run policydiff changelog ${shellWord(baseRef)} --in-policy -- ${shellWord(file.file)}, or add the line by hand.`,
    },
  ];
}

export function significantWithoutNotice(file: CheckedFile): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const change of file.changes) {
    // Any valid trailer is a human's answer to the question, even one that lowers the level.
    if (change.diff.significance?.level !== 'significant' || changeOverrides(change).level !== undefined) continue;
    // The same findings, once each and most serious first, as the notice of the change.
    const reasons = noticeFindings(change.diff.significance, 'en', 'significant');
    const shown = reasons.slice(0, 2).map((reason) => `${reason.messageEn.replace(/\.$/, '')}${reason.path.length === 0 ? '' : ` (${reason.path.join(' › ')})`}`);
    const more = reasons.length > shown.length ? ` and ${reasons.length - shown.length} more` : '';
    findings.push({
      check: 'significant-without-notice',
      severity: 'error',
      file: file.file,
      commit: change.commits.at(-1)!.hash,
      message: `${capitalize(commitName(change))} makes a significant change to ${file.file} without a Policy-Significance trailer: ${shown.join('; ')}${more}.`,
      fix: 'plan the notice to the people the policy covers, then add the trailer “Policy-Significance: significant” to the commit message (git commit --amend, or the squash or merge message).',
    });
  }
  return findings;
}
