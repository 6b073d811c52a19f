import type { PolicyDiff, PolicyDocument, Section, SectionDiff, SourceFormat } from '../model.js';
import { documentPage, type PageParts } from './html-page.js';
import { escapeHtml, partsHtml, sentenceHtml } from './html-text.js';
import { significanceNotice } from './html-notice.js';
import { changeSummary, isReported, statsLine, statusLabel } from './summary.js';
import type { RenderOptions } from './types.js';

/**
 * The redline report: one self-contained HTML page (see html-page.ts for the frame, html-assets.ts for its style).
 * Each changed section is shown twice, as a redline and as old | new columns; a CSS toggle shows one of them.
 */

interface Indexed {
  section: SectionDiff;
  id: string;
}

/** A chapter with its subsections, or the preamble alone: the unit the contents list and collapsing work on. */
interface Chapter {
  head: Indexed;
  children: Indexed[];
}

function chapters(diff: PolicyDiff): Chapter[] {
  const result: Chapter[] = [];
  diff.sections.forEach((section, index) => {
    const entry = { section, id: `s-${index}` };
    const last = result.at(-1);
    if (section.level <= 1 || last === undefined) result.push({ head: entry, children: [] });
    else last.children.push(entry);
  });
  return result;
}

/** The text before the first chapter has no heading of its own; readers know it as the introduction. */
const headingText = (section: SectionDiff) => (section.level === 0 ? 'Introduction' : section.heading);
const headingTag = (level: number) => `h${Math.min(Math.max(level, 1) + 1, 6)}`;
const hasText = (section: SectionDiff) => section.parts.length > 0;

function badge(section: SectionDiff): string {
  const kind = section.status === 'unchanged' && section.changes.length > 0 ? 'formatting' : section.status;
  return `<span class="badge st-${kind}">${escapeHtml(statusLabel(section))}</span>`;
}

/** What a heading line cannot say: the old heading of a renamed section, the move of a moved one. */
function provenance(section: SectionDiff): string {
  const lines: string[] = [];
  if (section.oldHeading !== undefined) {
    const moved = section.moved === true ? ' and moved here' : '';
    lines.push(`Renamed${moved} — previously <del class="old-heading">${escapeHtml(section.oldHeading)}</del>`);
  } else if (section.status === 'moved') {
    lines.push('Moved here from another place in the policy');
  }
  return lines.map((line) => `<p class="provenance">${line}</p>`).join('');
}

function changedSection({ section, id }: Indexed, format: SourceFormat, labels: { old: string; new: string }): string {
  const tag = headingTag(section.level);
  const summary = changeSummary(section.changes);
  const column = (side: 'old' | 'new') =>
    `<div class="col ${side}"><div class="colhead">${escapeHtml(labels[side])}</div>${partsHtml(section.parts, side, format) || '<p class="empty">(no text)</p>'}</div>`;
  return [
    `<section class="sec changed lvl-${section.level}" id="${id}">`,
    `<${tag} class="heading"><span>${escapeHtml(headingText(section))}</span> ${badge(section)}</${tag}>`,
    provenance(section),
    summary === '' ? '' : `<p class="summary">${escapeHtml(summary)}</p>`,
    hasText(section) ? `<div class="redline">${partsHtml(section.parts, 'redline', format)}</div>` : '',
    hasText(section) ? `<div class="sbs">${column('old')}${column('new')}</div>` : '',
    '</section>',
  ].join('\n');
}

/** An unchanged section inside a chapter that changed elsewhere: heading shown, text folded away. */
function quietSection({ section, id }: Indexed, format: SourceFormat): string {
  const tag = headingTag(section.level);
  const sentences = section.parts.length;
  const body = hasText(section)
    ? `<details class="fold"><summary>Unchanged text (${sentences} ${sentences === 1 ? 'sentence' : 'sentences'})</summary><div class="text">${partsHtml(section.parts, 'new', format)}</div></details>`
    : '';
  // A chapter heading over changed subsections, with no text of its own, has nothing to call unchanged.
  const label = hasText(section) ? ` ${badge(section)}` : '';
  return `<section class="sec quiet lvl-${section.level}" id="${id}"><${tag} class="heading"><span>${escapeHtml(headingText(section))}</span>${label}</${tag}>${body}</section>`;
}

/** A chapter in which nothing changed: one closed `<details>` with all its text, subsections included. */
function foldedChapter(chapter: Chapter, format: SourceFormat): string {
  const { section, id } = chapter.head;
  const tag = headingTag(section.level);
  const children = chapter.children.map(
    (child) =>
      `<div class="sub lvl-${child.section.level}" id="${child.id}"><${headingTag(child.section.level)} class="heading">${escapeHtml(child.section.heading)}</${headingTag(child.section.level)}><div class="text">${partsHtml(child.section.parts, 'new', format)}</div></div>`,
  );
  return [
    `<details class="sec chapter unchanged lvl-${section.level}" id="${id}">`,
    `<summary><${tag} class="heading"><span>${escapeHtml(headingText(section))}</span> ${badge(section)}</${tag}></summary>`,
    `<div class="text">${partsHtml(section.parts, 'new', format)}</div>`,
    ...children,
    '</details>',
  ].join('\n');
}

const chapterChanged = (chapter: Chapter) => [chapter.head, ...chapter.children].some(({ section }) => isReported(section));

function chapterHtml(chapter: Chapter, format: SourceFormat, labels: { old: string; new: string }): string {
  if (!chapterChanged(chapter)) return foldedChapter(chapter, format);
  const render = (entry: Indexed) => (isReported(entry.section) ? changedSection(entry, format, labels) : quietSection(entry, format));
  return `<div class="chapter-group">\n${[chapter.head, ...chapter.children].map(render).join('\n')}\n</div>`;
}

function tocEntry(chapter: Chapter): string {
  const { section, id } = chapter.head;
  const changedChildren = chapter.children.filter(({ section: child }) => isReported(child));
  // Unchanged chapters go without a badge: muted text says it, and the changed ones stand out.
  const own = isReported(section) ? badge(section) : changedChildren.length > 0 ? '<span class="badge st-inside">changes inside</span>' : '';
  const sub = changedChildren.map(
    (child) => `<li><a href="#${child.id}">${escapeHtml(child.section.heading)}</a> ${badge(child.section)}</li>`,
  );
  const nested = sub.length > 0 ? `<ol>${sub.join('')}</ol>` : '';
  const quiet = chapterChanged(chapter) ? '' : ' class="quiet"';
  return `<li${quiet}><a href="#${id}">${escapeHtml(headingText(section))}</a> ${own}${nested}</li>`;
}

function header(diff: PolicyDiff, options: RenderOptions, format: SourceFormat): PageParts['header'] {
  const { versions } = options;
  const fallback = versions?.old !== undefined && versions.new !== undefined ? `${versions.old.label} → ${versions.new.label}` : 'Two versions compared';
  const sides = (['old', 'new'] as const).flatMap((side) => {
    const version = versions?.[side];
    if (version === undefined) return [];
    const date = version.date === undefined ? '' : ` <time>${escapeHtml(version.date)}</time>`;
    return [`<div><dt>${side === 'old' ? 'Before' : 'After'}</dt><dd>${escapeHtml(version.label)}${date}</dd></div>`];
  });
  const title = diff.title;
  const titleChange =
    title === undefined
      ? ''
      : `<p class="title-change">Title: <del>${sentenceHtml(title.old ?? '(none)', format)}</del> <ins>${sentenceHtml(title.new ?? '(none)', format)}</ins></p>`;
  return {
    title: options.title ?? fallback,
    // Without dates the versions only repeat the title's names; the side-by-side columns still carry them.
    versions: sides.length > 0 && (versions?.old?.date !== undefined || versions?.new?.date !== undefined) ? `<dl class="versions">${sides.join('')}</dl>` : '',
    stats: statsLine(diff),
    notice: significanceNotice(diff),
    titleChange,
  };
}

export function renderDiffHtml(diff: PolicyDiff, options: RenderOptions): string {
  const format: SourceFormat = diff.format ?? 'text';
  const labels = { old: options.versions?.old?.label ?? 'Before', new: options.versions?.new?.label ?? 'After' };
  const groups = chapters(diff);
  const extras: string[] = [];
  if (diff.policyChangelog.length > 0) {
    const items = diff.policyChangelog.map((entry) => `<li>${sentenceHtml(entry.text, format)}</li>`).join('');
    extras.push(`<section class="extra"><h2>Added to the policy’s own change list</h2><ul>${items}</ul></section>`);
  }
  for (const note of diff.notes) extras.push(`<p class="note"><strong>Note:</strong> ${escapeHtml(note)}</p>`);
  return documentPage({
    language: diff.language,
    header: header(diff, options, format),
    toc: groups.map(tocEntry).join('\n'),
    body: [...groups.map((group) => chapterHtml(group, format, labels)), ...extras].join('\n'),
  });
}

/** `sections --format html`: the policy as policydiff reads it, headings and text, for checking the structure. */
export function renderOutlineHtml(document: PolicyDocument, _options: RenderOptions): string {
  const paragraphs = (blocks: Section['blocks']) =>
    blocks.map((block) => `<p>${sentenceHtml(block.raw, document.format)} <span class="line">line ${block.line}</span></p>`).join('');
  const body: string[] = [];
  if (document.preamble.length > 0) body.push(`<section class="sec"><div class="text">${paragraphs(document.preamble)}</div></section>`);
  const toc: string[] = [];
  let next = 0;
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      const id = `o-${next++}`;
      if (section.level === 1) toc.push(`<li><a href="#${id}">${escapeHtml(section.heading)}</a></li>`);
      const tag = headingTag(section.level);
      body.push(`<section class="sec lvl-${section.level}" id="${id}"><${tag} class="heading">${escapeHtml(section.heading)} <span class="line">line ${section.line}</span></${tag}><div class="text">${paragraphs(section.blocks)}</div></section>`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return documentPage({
    language: 'und',
    header: { title: document.title ?? '(no title)', versions: '', stats: `Read as ${document.format === 'markdown' ? 'Markdown' : 'plain text'}.`, notice: '', titleChange: '' },
    toc: toc.join('\n'),
    body: body.join('\n'),
    outline: true,
  });
}
