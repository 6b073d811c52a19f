import type { PolicyDiff, PolicyDocument } from '../model.js';
import { renderDiffHtml, renderOutlineHtml } from './html.js';
import { renderDiffJson, renderOutlineJson } from './json.js';
import { renderDiffMarkdown, renderOutlineMarkdown } from './markdown.js';
import { renderDiffText, renderOutlineText } from './text.js';
import type { OutputFormat, RenderOptions } from './types.js';

export interface Renderer {
  diff(diff: PolicyDiff, options: RenderOptions): string;
  outline(document: PolicyDocument, options: RenderOptions): string;
}

/** One renderer per output format, each a pure function of the data. */
export const renderers: Record<OutputFormat, Renderer> = {
  text: { diff: renderDiffText, outline: renderOutlineText },
  md: { diff: renderDiffMarkdown, outline: renderOutlineMarkdown },
  json: { diff: renderDiffJson, outline: renderOutlineJson },
  html: { diff: renderDiffHtml, outline: renderOutlineHtml },
};

export { OUTPUT_FORMATS, type OutputFormat, type RenderOptions, type VersionLabel } from './types.js';
export { renderReportHtml, ReportPage } from './html.js';
export { changeEntry, fileDiffEntry } from './html-history.js';
export { escapeMarkdown } from './markdown-escape.js';
export { diffToJson } from './json.js';
export { forFormat, showControls, withControlsShown } from './controls.js';
