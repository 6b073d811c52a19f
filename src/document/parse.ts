import type { PolicyDocument, SourceFormat } from '../model.js';
import { normalizeLineEndings } from './normalize.js';
import { MarkdownVersions, parseMarkdown } from './markdown.js';
import { HeadingOverrideMatcher, type HeadingOverrides } from './heading-overrides.js';
import { parsePlainText, PlainVersions } from './plain.js';

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

const formatOf = (text: string, options: ParseOptions): SourceFormat => options.format ?? detectFormat(text, options.fileName);

/** Reads a policy into its section tree. Never throws on odd text: anything that is not a heading is body text. */
export function parsePolicy(text: string, options: ParseOptions = {}): PolicyDocument {
  const clean = normalizeLineEndings(text);
  const overrides = new HeadingOverrideMatcher(options.headings);
  return formatOf(clean, options) === 'markdown' ? parseMarkdown(clean, overrides) : parsePlainText(clean, overrides);
}

/**
 * Reads many versions of one policy, as a history does: a plain-text line seen in an earlier version is not
 * examined again, and only the chapters around the lines that changed since the version read before are read
 * again (the others are that version's chapter objects); Markdown is lexed again only around those lines. Gives
 * documents equal to parsePolicy's.
 */
export class PolicyParser {
  private readonly plain = new PlainVersions();
  private readonly markdown = new MarkdownVersions();

  parse(text: string, options: ParseOptions = {}): PolicyDocument {
    const clean = normalizeLineEndings(text);
    if (formatOf(clean, options) === 'markdown') return this.markdown.read(clean, options.headings);
    return this.plain.read(clean.split('\n'), options.headings);
  }

  /**
   * A policy given as its text with line endings normalised and the lines of that text (`text.split('\n')`), in a
   * format known without reading it, as a history reads them without decoding each version whole (the lines that
   * did not change are the version before's strings): the same document as `parse` of the text.
   */
  parseLines(read: { text: string; lines: readonly string[] }, format: SourceFormat, options: Pick<ParseOptions, 'headings'> = {}): PolicyDocument {
    return format === 'markdown' ? this.markdown.readLines(read, options.headings) : this.plain.read(read.lines, options.headings);
  }
}
