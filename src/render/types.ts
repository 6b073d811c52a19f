/** One version of a comparison as a report names it: a file or revision, and its date when known. */
export interface VersionLabel {
  label: string;
  /** As the caller wants it shown (`2024-05-01`); renderers do not format dates. */
  date?: string;
}

export interface RenderOptions {
  /** ANSI colours (text format only). */
  color: boolean;
  /** A heading line naming what was compared ("old.txt → new.txt"). */
  title?: string;
  /** The two versions compared, for reports that name each side (HTML). */
  versions?: { old?: VersionLabel; new?: VersionLabel };
}

export type OutputFormat = 'text' | 'md' | 'json' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'md', 'json', 'html'];
