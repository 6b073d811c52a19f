export interface RenderOptions {
  /** ANSI colours (text format only). */
  color: boolean;
  /** A heading line naming what was compared ("old.txt → new.txt"). */
  title?: string;
}

export type OutputFormat = 'text' | 'md' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'md', 'json'];
