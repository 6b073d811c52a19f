import type { PolicyDiff, SectionDiff, SourceFormat } from '../model.js';
import { escapeHtml, partsHtml, shownParts } from './html-text.js';
import { changeSummary, isReported, statusLabel } from './summary.js';

/**
 * The sections of one diff as HTML: the contents entries and the body. Each changed section is shown twice, as a
 * redline and as old | new columns, and a CSS toggle shows one of them. A page may hold several diffs (a history),
 * so ids carry a prefix and headings start at a given depth.
 */

export interface SectionsContext {
  format: SourceFormat;
  /** Column heads of the side-by-side view. */
  labels: { old: string; new: string };
  /** Makes ids unique on a page with several diffs (`c2-`). */
  idPrefix: string;
  /** The HTML heading level of chapters: 2 under the page title, 3 under a change's heading. */
  chapterDepth: number;
  /**
   * Unchanged chapters: folded with their text (one diff), or left out (a history, where a thousand changes of a
   * 50 KB policy would otherwise repeat it a thousand times).
   */
  unchangedChapters: 'fold' | 'omit';
  /**
   * Unchanged sentences shown before and after each change of a section; the others are counted in their place.
   * Unchanged sections inside a changed chapter then show their heading only. Undefined: everything is shown.
   */
  keptContext?: number;
}

interface Indexed {
  section: SectionDiff;
  id: string;
}

/** A chapter with its subsections, or the preamble alone: the unit the contents list and folding work on. */
interface Chapter {
  head: Indexed;
  children: Indexed[];
}

function chapters(diff: PolicyDiff, context: SectionsContext): Chapter[] {
  const result: Chapter[] = [];
  diff.sections.forEach((section, index) => {
    const entry = { section, id: `${context.idPrefix}s-${index}` };
    const last = result.at(-1);
    if (section.level <= 1 || last === undefined) result.push({ head: entry, children: [] });
    else last.children.push(entry);
  });
  return result;
}

/** The text before the first chapter has no heading of its own; readers know it as the introduction. */
const headingText = (section: SectionDiff) => (section.level === 0 ? 'Introduction' : section.heading);
const hasText = (section: SectionDiff) => section.parts.length > 0;

/** `<hN class="heading lK">`: the tag follows the page's outline, the class the section's level (for its size). */
function heading(section: SectionDiff, context: SectionsContext, inner: string): string {
  const level = Math.max(section.level, 1);
  const tag = `h${Math.min(context.chapterDepth + level - 1, 6)}`;
  return `<${tag} class="heading l${Math.min(level, 3)}">${inner}</${tag}>`;
}

export function badge(section: SectionDiff): string {
  const kind = section.status === 'unchanged' && section.changes.length > 0 ? 'formatting' : section.status;
  return `<span class="badge st-${kind}">${escapeHtml(statusLabel(section))}</span>`;
}

/** What a heading line cannot say: the old heading of a renamed section, the move of a moved one. */
function provenance(section: SectionDiff): string {
  if (section.oldHeading !== undefined) {
    const moved = section.moved === true ? ' and moved here' : '';
    return `<p class="provenance">Renamed${moved} — previously <del class="old-heading">${escapeHtml(section.oldHeading)}</del></p>`;
  }
  return section.status === 'moved' ? '<p class="provenance">Moved here from another place in the policy</p>' : '';
}

function changedSection({ section, id }: Indexed, context: SectionsContext): string {
  const summary = changeSummary(section.changes);
  const shown = context.keptContext === undefined ? undefined : shownParts(section.parts, context.keptContext);
  const column = (side: 'old' | 'new') =>
    `<div class="col ${side}"><div class="colhead">${escapeHtml(context.labels[side])}</div>${partsHtml(section.parts, side, context.format, shown) || '<p class="empty">(no text)</p>'}</div>`;
  return [
    `<section class="sec changed${section.status === 'unchanged' ? ' formatting' : ''} lvl-${section.level}" id="${id}">`,
    heading(section, context, `<span>${escapeHtml(headingText(section))}</span> ${badge(section)}`),
    provenance(section),
    summary === '' ? '' : `<p class="summary">${escapeHtml(summary)}</p>`,
    hasText(section) ? `<div class="redline">${partsHtml(section.parts, 'redline', context.format, shown)}</div>` : '',
    !hasText(section) ? ''
    : shown === undefined ? `<div class="sbs">${column('old')}${column('new')}</div>`
    // A trimmed report's columns are made from the redline by the page's script when they are first shown:
    // written out, they would be most of a long history's report.
    : `<div class="sbs" data-old="${escapeHtml(context.labels.old)}" data-new="${escapeHtml(context.labels.new)}"></div>`,
    '</section>',
  ].join('\n');
}

/** An unchanged section inside a chapter that changed elsewhere: heading shown, text folded away. */
function quietSection({ section, id }: Indexed, context: SectionsContext): string {
  const count = section.parts.length;
  const sentences = `${count} ${count === 1 ? 'sentence' : 'sentences'}`;
  const body =
    !hasText(section) ? ''
    : context.keptContext !== undefined ? `<p class="elided">Unchanged (${sentences}).</p>`
    : `<details class="fold"><summary>Unchanged text (${sentences})</summary><div class="text">${partsHtml(section.parts, 'new', context.format)}</div></details>`;
  // A chapter heading over changed subsections, with no text of its own, has nothing to call unchanged.
  const label = hasText(section) ? ` ${badge(section)}` : '';
  return `<section class="sec quiet lvl-${section.level}" id="${id}">${heading(section, context, `<span>${escapeHtml(headingText(section))}</span>${label}`)}${body}</section>`;
}

/** A chapter in which nothing changed: one closed `<details>` with all its text, subsections included. */
function foldedChapter(chapter: Chapter, context: SectionsContext): string {
  const { section, id } = chapter.head;
  const children = chapter.children.map(
    (child) =>
      `<div class="sub lvl-${child.section.level}" id="${child.id}">${heading(child.section, context, escapeHtml(child.section.heading))}<div class="text">${partsHtml(child.section.parts, 'new', context.format)}</div></div>`,
  );
  return [
    `<details class="sec chapter unchanged lvl-${section.level}" id="${id}">`,
    `<summary>${heading(section, context, `<span>${escapeHtml(headingText(section))}</span> ${badge(section)}`)}</summary>`,
    `<div class="text">${partsHtml(section.parts, 'new', context.format)}</div>`,
    ...children,
    '</details>',
  ].join('\n');
}

const chapterChanged = (chapter: Chapter) => [chapter.head, ...chapter.children].some(({ section }) => isReported(section));

function chapterHtml(chapter: Chapter, context: SectionsContext): string {
  if (!chapterChanged(chapter)) return foldedChapter(chapter, context);
  const render = (entry: Indexed) => (isReported(entry.section) ? changedSection(entry, context) : quietSection(entry, context));
  return `<div class="chapter-group">\n${[chapter.head, ...chapter.children].map(render).join('\n')}\n</div>`;
}

function tocEntry(chapter: Chapter): string {
  const { section, id } = chapter.head;
  const changedChildren = chapter.children.filter(({ section: child }) => isReported(child));
  // Unchanged chapters go without a badge: muted text says it, and the changed ones stand out.
  const own =
    isReported(section) ? ` ${badge(section)}`
    : changedChildren.length > 0 ? ' <span class="badge st-inside">changes inside</span>'
    : '';
  const sub = changedChildren.map((child) => `<li><a href="#${child.id}">${escapeHtml(child.section.heading)}</a> ${badge(child.section)}</li>`);
  const nested = sub.length > 0 ? `<ol>${sub.join('')}</ol>` : '';
  const quiet = chapterChanged(chapter) ? '' : ' class="quiet"';
  return `<li${quiet}><a href="#${id}">${escapeHtml(headingText(section))}</a>${own}${nested}</li>`;
}

function omitting(groups: Chapter[], context: SectionsContext): string {
  const changed = groups.filter(chapterChanged);
  const left = groups.filter((group) => !chapterChanged(group));
  const chaptersLeft = left.filter((group) => group.head.section.level > 0).length;
  const named = [
    ...(chaptersLeft === 0 ? [] : [`${chaptersLeft} unchanged ${chaptersLeft === 1 ? 'chapter' : 'chapters'}`]),
    ...(left.length > chaptersLeft ? ['the unchanged introduction'] : []),
  ];
  const note = named.length === 0 ? '' : `\n<p class="omitted">${named.join(' and ')} not shown.</p>`;
  return changed.map((group) => chapterHtml(group, context)).join('\n') + note;
}

/** The contents entries (`<li>`s: all chapters, or the changed ones only) and the body of one diff. */
export function sectionsHtml(diff: PolicyDiff, context: SectionsContext): { toc: string; changedToc: string; body: string } {
  const groups = chapters(diff, context);
  return {
    toc: groups.map(tocEntry).join('\n'),
    changedToc: groups.filter(chapterChanged).map(tocEntry).join('\n'),
    body: context.unchangedChapters === 'fold' ? groups.map((group) => chapterHtml(group, context)).join('\n') : omitting(groups, context),
  };
}
