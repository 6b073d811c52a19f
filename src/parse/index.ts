import type { PolicyDocument, SourceFormat } from '../model.js';
import { normalizeLineEndings } from '../normalize.js';
import { parseMarkdown } from './markdown.js';
import { HeadingOverrideMatcher, type HeadingOverrides } from './overrides.js';
import { LineMemo, parsePlainLines, parsePlainText } from './plain.js';

export interface ParseOptions {
  /** Wins over the file name and the content. */
  format?: SourceFormat;
  /** Used to tell Markdown (`.md`, `.markdown`) from plain text. */
  fileName?: string;
  /** Lines that are or are not headings, whatever they look like (config `"headings"`). */
  headings?: HeadingOverrides;
}

/** ATX or setext headings; bold bullets and links occur in plain-text exports too (seed 000), so they do not count. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S|^\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$/m;

/** The format the file name gives, if it gives one. */
export function formatOfName(fileName: string | undefined): SourceFormat | undefined {
  if (fileName === undefined) return undefined;
  if (/\.(?:md|markdown|mdx)$/i.test(fileName)) return 'markdown';
  if (/\.txt$/i.test(fileName)) return 'text';
  return undefined;
}

export function detectFormat(text: string, fileName?: string): SourceFormat {
  return formatOfName(fileName) ?? (MARKDOWN_HEADING.test(text) ? 'markdown' : 'text');
}

/** Reads a policy into its section tree. Never throws on odd text: anything that is not a heading is body text. */
export function parsePolicy(text: string, options: ParseOptions = {}): PolicyDocument {
  return parseWith(text, options, undefined);
}

/**
 * Reads many versions of one policy, as a history does: a plain-text line seen in an earlier version is not
 * examined again. Gives the same documents as parsePolicy.
 */
export class PolicyParser {
  private readonly lines = new LineMemo();

  parse(text: string, options: ParseOptions = {}): PolicyDocument {
    return parseWith(text, options, this.lines);
  }

  /**
   * A plain-text policy given as its lines (its text with line endings normalised, split at `\n`), as a history
   * reads them without decoding each version whole: the same document as `parse` of the text.
   */
  parsePlainLines(lines: readonly string[], options: Pick<ParseOptions, 'headings'> = {}): PolicyDocument {
    return parsePlainLines(lines, this.lines, new HeadingOverrideMatcher(options.headings));
  }
}

function parseWith(text: string, options: ParseOptions, lines: LineMemo | undefined): PolicyDocument {
  const clean = normalizeLineEndings(text);
  const format = options.format ?? detectFormat(clean, options.fileName);
  const overrides = new HeadingOverrideMatcher(options.headings);
  return format === 'markdown' ? parseMarkdown(clean, overrides) : parsePlainText(clean, lines, overrides);
}
