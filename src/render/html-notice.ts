import type { PolicyDiff } from '../model.js';
import { escapeHtml } from './html-text.js';

/**
 * The significance notice at the top of the report. The classifier is developed on its own branch; until its types
 * are in the model, this reads the shape it documents (`diff.significance = { level, reasons[] }`) defensively, so
 * the report shows the notice as soon as a diff carries one and never fails on one that does not.
 */

type Level = 'none' | 'editorial' | 'minor' | 'significant';

interface ReasonLike {
  category?: string;
  level?: string;
  path?: string[] | string;
  message?: string;
  messageEn?: string;
  triggers?: string[];
}

interface SignificanceLike {
  level: Level;
  reasons?: ReasonLike[];
}

const HEADLINES: Record<Level, string> = {
  significant: 'Significant change',
  minor: 'Minor change',
  editorial: 'Editorial changes only',
  none: 'No change in meaning',
};

const EXPLANATIONS: Record<Level, string> = {
  significant: 'These changes may affect users’ rights or how their data is handled; users may need to be notified.',
  minor: 'These changes add or clarify detail without changing what is done with personal data.',
  editorial: 'Wording, spelling or structure changed; the meaning did not.',
  none: 'Nothing but formatting changed.',
};

export function significanceOf(diff: PolicyDiff): SignificanceLike | undefined {
  const value = (diff as { significance?: unknown }).significance;
  if (typeof value !== 'object' || value === null) return undefined;
  const level = (value as { level?: unknown }).level;
  if (typeof level !== 'string' || !(level in HEADLINES)) return undefined;
  return value as SignificanceLike;
}

/** At most this many reasons are listed; the rest are counted. The classifier lists the most severe first. */
const MAX_REASONS = 8;

function reasonHtml(reason: ReasonLike, anchor: (path: string[]) => string | undefined): string {
  const text = reason.messageEn ?? reason.message ?? reason.category ?? '';
  const path = Array.isArray(reason.path) ? reason.path.join(' › ') : reason.path;
  const target = Array.isArray(reason.path) ? anchor(reason.path) : undefined;
  const place = path === undefined || path === '' ? '' : target === undefined ? escapeHtml(path) : `<a href="#${target}">${escapeHtml(path)}</a>`;
  const where = place === '' ? '' : ` <span class="where">(${place})</span>`;
  const triggers = (reason.triggers ?? []).filter((t) => typeof t === 'string' && t !== '');
  const words = triggers.length === 0 ? '' : ` <span class="triggers">${triggers.map((t) => `<q>${escapeHtml(t)}</q>`).join(', ')}</span>`;
  return `<li>${escapeHtml(text)}${where}${words}</li>`;
}

/**
 * The notice for a diff that carries a significance, listing the reasons at its level (a significant change is
 * not explained by its typo fixes); `idPrefix` is that of the diff's section ids, so reasons link to sections.
 */
export function significanceNotice(diff: PolicyDiff, idPrefix = ''): string {
  const significance = significanceOf(diff);
  if (significance === undefined) return '';
  const { level } = significance;
  const all = (significance.reasons ?? []).filter((reason) => typeof reason === 'object' && reason !== null);
  const atLevel = all.filter((reason) => (reason as { level?: unknown }).level === undefined || (reason as { level?: unknown }).level === level);
  const shown = atLevel.slice(0, MAX_REASONS);
  const anchor = (path: string[]) => {
    const index = diff.sections.findIndex((section) => section.path.length === path.length && section.path.every((heading, i) => heading === path[i]));
    return index === -1 ? undefined : `${idPrefix}s-${index}`;
  };
  const more = atLevel.length - shown.length;
  const items = shown.map((reason) => reasonHtml(reason, anchor)).join('') + (more > 0 ? `<li class="more">and ${more} more</li>` : '');
  const list = items === '' ? '' : `<ul>${items}</ul>`;
  // role="note", not "alert": the notice is part of the document, not an event.
  return `<aside class="notice level-${level}" role="note" aria-label="Significance"><p class="headline">${HEADLINES[level]}</p><p>${EXPLANATIONS[level]}</p>${list}</aside>`;
}
