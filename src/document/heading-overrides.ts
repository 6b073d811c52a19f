import { BULLET, headingKey } from './normalize.js';

/**
 * The owner's word on what is a heading, for the lines the parser's signals get wrong (config `"headings"`).
 * Lines are matched on their heading key (src/document/normalize.ts): numbering, case, a trailing colon, emphasis and
 * Markdown `#` marks do not matter, so `"Kontakt"` matches `3. KONTAKT:` and `## Kontakt`.
 */
export interface HeadingOverrides {
  /** Lines that are headings although they do not look like one: each opens a chapter (or, numbered, the level of its number). */
  add?: readonly string[];
  /** Lines that look like headings but are text of the section they stand in. */
  ignore?: readonly string[];
}

const ATX_MARKS = /^\s{0,3}#{1,6}(?:\s+|$)|\s+#+\s*$/g;

/** The key a line is matched on. */
export function overrideKey(line: string): string {
  return headingKey(line.replace(ATX_MARKS, ''));
}

export class HeadingOverrideMatcher {
  private readonly added: ReadonlySet<string>;
  private readonly ignored: ReadonlySet<string>;

  constructor(overrides: HeadingOverrides = {}) {
    this.added = new Set((overrides.add ?? []).map(overrideKey));
    this.ignored = new Set((overrides.ignore ?? []).map(overrideKey));
  }

  /** Whether any line can be made a heading: without, the readers skip looking line by line. */
  get addsHeadings(): boolean {
    return this.added.size > 0;
  }

  /** A bare line (not a list item) that the config makes a heading. */
  isAdded(line: string): boolean {
    return this.added.size > 0 && !BULLET.test(line) && this.added.has(overrideKey(line));
  }

  /** A line the config keeps as text, even when it looks like a heading. */
  isIgnored(line: string): boolean {
    return this.ignored.size > 0 && this.ignored.has(overrideKey(line));
  }
}

/**
 * The overrides (as written in the config) that match no line of any of the texts: usually a typo, or a heading
 * that was since reworded, and then the override silently does nothing.
 */
export function unmatchedHeadingOverrides(texts: Iterable<string>, overrides: HeadingOverrides): string[] {
  const wanted = [...(overrides.add ?? []), ...(overrides.ignore ?? [])];
  const missing = new Set(wanted.map(overrideKey));
  for (const text of texts) {
    if (missing.size === 0) break;
    for (const line of text.split(/\r\n?|\n/)) {
      if (line.length > 0 && missing.size > 0) missing.delete(overrideKey(line));
    }
  }
  return wanted.filter((line) => missing.has(overrideKey(line)));
}
