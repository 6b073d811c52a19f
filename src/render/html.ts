import type { PolicyDiff, PolicyDocument, Section, SourceFormat } from '../model.js';
import { significanceNotice } from './html-notice.js';
import { documentPage, documentPageChunks } from './html-page.js';
import { sectionsHtml, type SectionsContext } from './html-sections.js';
import { escapeHtml, sentenceHtml } from './html-text.js';
import { showsSentences, statsLine } from './summary.js';
import type { RenderOptions, VersionLabel } from './types.js';

/**
 * The redline report: one self-contained HTML page (html-page.ts is the frame, html-assets.ts its style,
 * html-sections.ts the sections of a diff). One diff (`diff`), or several on one page (`since`, `log`, a diff of
 * several files between revisions).
 */

const formatOf = (diff: PolicyDiff): SourceFormat => diff.format ?? 'text';

function titleChange(diff: PolicyDiff): string {
  const { title } = diff;
  if (title === undefined) return '';
  const side = (text: string | undefined) => sentenceHtml(text ?? '(none)', formatOf(diff));
  return `<p class="title-change">Title: <del>${side(title.old)}</del> <ins>${side(title.new)}</ins></p>`;
}

/** What follows the sections: lines added to the policy's own change list, and the diff's notes. */
function extras(diff: PolicyDiff, depth: number): string {
  const parts: string[] = [];
  if (diff.policyChangelog.length > 0) {
    const items = diff.policyChangelog.map((entry) => `<li>${sentenceHtml(entry.text, formatOf(diff))}</li>`).join('');
    parts.push(`<section class="extra"><h${depth}>Added to the policy’s own change list</h${depth}><ul>${items}</ul></section>`);
  }
  for (const note of diff.notes) parts.push(`<p class="note"><strong>Note:</strong> ${escapeHtml(note)}</p>`);
  return parts.join('\n');
}

/** Before / after with their dates; without dates the names only repeat the title, so nothing is shown. */
function versionsHtml(versions: { old?: VersionLabel; new?: VersionLabel } | undefined): string {
  if (versions?.old?.date === undefined && versions?.new?.date === undefined) return '';
  const sides = (['old', 'new'] as const).flatMap((side) => {
    const version = versions[side];
    if (version === undefined) return [];
    const date = version.date === undefined ? '' : ` <time>${escapeHtml(version.date)}</time>`;
    return [`<div><dt>${side === 'old' ? 'Before' : 'After'}</dt><dd>${escapeHtml(version.label)}${date}</dd></div>`];
  });
  return `<dl class="versions">${sides.join('')}</dl>`;
}

function columnLabels(versions: RenderOptions['versions']): { old: string; new: string } {
  return { old: versions?.old?.label ?? 'Before', new: versions?.new?.label ?? 'After' };
}

export function renderDiffHtml(diff: PolicyDiff, options: RenderOptions): string {
  const { versions } = options;
  const fallback = versions?.old !== undefined && versions.new !== undefined ? `${versions.old.label} → ${versions.new.label}` : 'Two versions compared';
  const sections = sectionsHtml(diff, { format: formatOf(diff), labels: columnLabels(versions), idPrefix: '', chapterDepth: 2, unchangedChapters: 'fold' });
  return documentPage({
    language: diff.language,
    header: {
      title: options.title ?? fallback,
      versions: versionsHtml(versions),
      stats: statsLine(diff),
      notice: significanceNotice(diff),
      titleChange: titleChange(diff),
    },
    toc: sections.toc,
    body: [sections.body, extras(diff, 2)].join('\n'),
  });
}

/** One diff of a page with several: a dated change of a history, or one file between two revisions. */
export interface ReportEntry {
  /** `2024-05-01 · privacy.md` */
  heading: string;
  /** A line saying what changed, as a changelog would (`18.11.2021 Uppdaterade kapitel: …`). */
  summary?: string;
  /** Lines under the heading, such as the commits of a change. */
  details?: string[];
  /** Column heads of its side-by-side view (default Before / After). */
  versions?: { old?: VersionLabel; new?: VersionLabel };
  diff: PolicyDiff;
}

export interface ReportOptions {
  /** What the page covers: `privacy.md since v1`. */
  title: string;
  /** The range, with dates when known. */
  versions?: { old?: VersionLabel; new?: VersionLabel };
  /** Shown instead of entries when there are none. */
  emptyText: string;
  /**
   * Unchanged sentences shown around each change (the others are counted, not shown), and unchanged sections of a
   * changed chapter by their heading only: a long history then stays a page a browser opens quickly. Without it,
   * changed sections are shown whole.
   */
  keptContext?: number;
}

/**
 * Several diffs on one page, each with its heading, notice and sections; the contents list their changed chapters.
 * Each entry is rendered when it is added, so that a long history is held as its page, not as its diffs.
 */
export class ReportPage {
  private readonly toc: string[] = [];
  private readonly articles: string[] = [];
  private language: string | undefined;

  constructor(private readonly options: ReportOptions) {}

  add(entry: ReportEntry): void {
    const id = `c${this.articles.length + 1}`;
    const { diff } = entry;
    this.language ??= diff.language;
    const context: SectionsContext = { format: formatOf(diff), labels: columnLabels(entry.versions), idPrefix: `${id}-`, chapterDepth: 3, unchangedChapters: 'omit' };
    if (this.options.keptContext !== undefined) context.keptContext = this.options.keptContext;
    const sections = sectionsHtml(showsSentences(diff) ? diff : { ...diff, sections: [] }, context);
    this.toc.push(`<li><a href="#${id}">${escapeHtml(entry.heading)}</a>${sections.changedToc === '' ? '' : `<ol>${sections.changedToc}</ol>`}</li>`);
    const details = (entry.details ?? []).map((line) => `<li>${escapeHtml(line)}</li>`).join('');
    this.articles.push(
      [
        `<article class="entry" id="${id}">`,
        `<h2 class="entry-heading">${escapeHtml(entry.heading)}</h2>`,
        // The entry line, then its notice as a paragraph of its own.
        entry.summary === undefined
          ? ''
          : entry.summary.split(/\n\n+/).map((paragraph, index) => `<p class="${index === 0 ? 'entry-summary' : 'entry-notice'}">${escapeHtml(paragraph)}</p>`).join(''),
        details === '' ? '' : `<ul class="entry-details">${details}</ul>`,
        `<p class="stats">${escapeHtml(statsLine(diff))}</p>`,
        titleChange(diff),
        significanceNotice(diff, `${id}-`),
        sections.body,
        extras(diff, 3),
        '</article>',
      ].join('\n'),
    );
  }

  /**
   * The page, in pieces to be written one after another (see documentPageChunks); `versions` (when given) replaces
   * the options' range, which may be known only once the entries are.
   */
  chunks(versions: ReportOptions['versions'] = this.options.versions): string[] {
    const count = this.articles.length;
    return documentPageChunks({
      language: this.language ?? 'und',
      header: {
        title: this.options.title,
        versions: versionsHtml(versions),
        stats: count === 0 ? this.options.emptyText : `${count} ${count === 1 ? 'change' : 'changes'}, newest first.`,
        notice: '',
        titleChange: '',
      },
      toc: this.toc.join('\n'),
      body: this.articles,
    });
  }
}

/** Several diffs on one page (see ReportPage). */
export function renderReportHtml(entries: readonly ReportEntry[], options: ReportOptions): string {
  const page = new ReportPage(options);
  for (const entry of entries) page.add(entry);
  return page.chunks().join('');
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
      const level = Math.min(section.level, 3);
      const tag = `h${Math.min(section.level + 1, 6)}`;
      const head = `<${tag} class="heading l${level}">${escapeHtml(section.heading)} <span class="line">line ${section.line}</span></${tag}>`;
      body.push(`<section class="sec lvl-${section.level}" id="${id}">${head}<div class="text">${paragraphs(section.blocks)}</div></section>`);
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
