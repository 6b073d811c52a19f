import type { PolicyDiff, Significance, SignificanceLevel } from '../model.js';
import { noticeFindings, NOTICE_FINDINGS, noticeOf, type NoticeFinding } from '../significance/notice.js';
import { escapeHtml } from './html-text.js';

/**
 * The significance notice at the top of the report (or of each change in a history), from the classifier's
 * `diff.significance`: the level in words, and the reasons at that level, each linked to its section.
 */

const HEADLINES: Record<SignificanceLevel, string> = {
  significant: 'Significant change',
  minor: 'Minor change',
  editorial: 'Editorial changes only',
  none: 'No change in meaning',
};

const EXPLANATIONS: Record<SignificanceLevel, string> = {
  significant: 'These changes may affect users’ rights or how their data is handled; users may need to be notified.',
  minor: 'These changes add or clarify detail without changing what is done with personal data.',
  editorial: 'Wording, spelling or structure changed; the meaning did not.',
  none: 'Nothing but formatting changed.',
};
const FIRST_VERSION = 'The first version of the policy: there is no earlier text to compare with.';

/** The diff's significance, if it has one with a known level (a diff read back from JSON may carry anything). */
export function significanceOf(diff: PolicyDiff): Significance | undefined {
  const { significance } = diff;
  return significance !== undefined && Object.hasOwn(HEADLINES, significance.level) ? significance : undefined;
}

function reasonHtml(reason: NoticeFinding, anchor: (path: string[]) => string | undefined): string {
  const path = reason.path.join(' › ');
  const target = anchor(reason.path);
  const place = path === '' ? '' : target === undefined ? escapeHtml(path) : `<a href="#${target}">${escapeHtml(path)}</a>`;
  const where = place === '' ? '' : ` <span class="where">(${place})</span>`;
  // The report speaks English; `message` is in the policy's language, for changelogs. Messages quote their
  // triggering words already.
  return `<li>${escapeHtml(reason.messageEn)}${where}</li>`;
}

/**
 * The notice for a diff that carries a significance, listing the reasons at its level (a significant change is
 * not explained by its typo fixes); `idPrefix` is that of the diff's section ids, so reasons link to sections.
 */
export function significanceNotice(diff: PolicyDiff, idPrefix = ''): string {
  const significance = significanceOf(diff);
  if (significance === undefined) return '';
  const { level } = significance;
  // The same findings as every other output: a significant change's notice, else the findings at its level.
  const notice = noticeOf(significance, diff.language);
  const atLevel = notice === undefined ? noticeFindings(significance, diff.language, level).filter((finding) => finding.level === level) : [...notice.shown];
  const shown = atLevel.slice(0, NOTICE_FINDINGS);
  const anchor = (path: string[]) => {
    const index = diff.sections.findIndex((section) => section.path.length === path.length && section.path.every((heading, i) => heading === path[i]));
    return index === -1 ? undefined : `${idPrefix}s-${index}`;
  };
  const more = notice === undefined ? atLevel.length - shown.length : notice.more;
  const items = shown.map((reason) => reasonHtml(reason, anchor)).join('') + (more > 0 ? `<li class="more">and ${more} more</li>` : '');
  const list = items === '' ? '' : `<ul>${items}</ul>`;
  // role="note", not "alert": the notice is part of the document, not an event.
  return `<aside class="notice level-${level}" role="note" aria-label="Significance"><p class="headline">${HEADLINES[level]}</p><p>${significance.firstVersion === true ? FIRST_VERSION : EXPLANATIONS[level]}</p>${list}</aside>`;
}
