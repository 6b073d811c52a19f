import { Marked, type Tokens } from 'marked';
import type { DiffPart, Sentence, SourceFormat, WordChange } from '../model.js';

/**
 * Policy text as HTML. The text is untrusted (it may come from a pull request), so everything here escapes: raw
 * HTML in a Markdown policy is shown as the characters it is made of, links keep only harmless schemes, and images
 * become their alt text, because a report that loads a remote image is neither self-contained nor private.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Schemes a reader may follow from a report; `javascript:`, `data:` and the like are dropped with their link. */
const SAFE_HREF = /^(?:https?:|mailto:|tel:|#)/i;

const inline = new Marked({
  gfm: true,
  // No `breaks`: a sentence never spans lines in the model; line structure comes from blocks.
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ text }: Tokens.Image) => (text === '' ? '' : `<span class="img-alt">[${escapeHtml(text)}]</span>`),
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { href, title, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      const target = href.trim();
      if (!SAFE_HREF.test(target)) return label;
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(target)}"${titleAttribute} rel="noopener noreferrer nofollow">${label}</a>`;
    },
  },
});

/**
 * Longer than this, a "sentence" is not prose (a policy's longest run to a full stop is a few thousand characters)
 * and is shown as typed: marked's inline emphasis takes time that grows faster than its length (160 KB of `*a`:
 * 54 s), and a report must not stall on it.
 */
const MAX_INLINE_MARKDOWN = 20_000;

/** One sentence as written: Markdown inline formatting rendered (raw HTML escaped), plain text escaped. */
export function sentenceHtml(raw: string, format: SourceFormat): string {
  if (format === 'text' || raw.length > MAX_INLINE_MARKDOWN) return escapeHtml(raw);
  return inline.parseInline(raw, { async: false });
}

/** A list marker opening a block: Markdown's `-` `*` `+` `1.`, and the glyphs published policies use. */
const LIST_MARKER = /^\s*([-*+•·–—]|\d{1,3}[.)])\s+/u;

/** Splits a block's first sentence into its list marker (shown as a hanging bullet) and the rest. */
export function splitMarker(raw: string, format: SourceFormat): { marker?: string; rest: string } {
  const match = LIST_MARKER.exec(raw);
  if (match === null) return { rest: raw };
  const glyph = match[1]!;
  // Markdown bullets are syntax, not text: show them as a bullet. Plain text keeps the glyph its author typed.
  const marker = format === 'markdown' && /^[-*+]$/.test(glyph) ? '•' : glyph;
  return { marker, rest: raw.slice(match[0].length) };
}

/**
 * The word diff of a changed sentence; `side` keeps one version's words only (for the side-by-side columns).
 * Markdown is rendered per run of words: markup within a run (`*only*`) is formatted, markup split across runs
 * stays as typed.
 */
export function wordsHtml(words: readonly WordChange[], format: SourceFormat, side?: 'old' | 'new'): string {
  return words
    .map((word, index) => {
      const text = sentenceHtml(word.text, format);
      if (word.type === 'kept') return text;
      if (word.type === 'removed') return side === 'new' ? '' : `<del>${text}</del>`;
      if (side === 'old') return '';
      // A replacement reads "old new" in a redline: the word diff has no space between the two, so add one.
      const previous = words[index - 1];
      const spaced = side === undefined && previous?.type === 'removed' && !/\s$/.test(previous.text) && !/^\s/.test(word.text);
      return `${spaced ? ' ' : ''}<ins>${text}</ins>`;
    })
    .join('');
}

export type View = 'redline' | 'old' | 'new';

interface Piece {
  start: boolean;
  marker?: string;
  html: string;
}

/** The sentence a part shows in a view, if any (a removed sentence is not in the new column, and so on). */
function sideSentence(part: DiffPart, view: View): Sentence | undefined {
  if (part.type === 'added') return view === 'old' ? undefined : part.new;
  if (part.type === 'removed') return view === 'new' ? undefined : part.old;
  return view === 'old' ? part.old : part.new;
}

function piece(part: DiffPart, view: View, format: SourceFormat): Piece | undefined {
  const sentence = sideSentence(part, view);
  if (sentence === undefined) return undefined;
  const start = sentence.blockStart === true;
  const { marker, rest } = start ? splitMarker(sentence.raw, format) : { rest: sentence.raw };
  const base: Piece = marker === undefined ? { start, html: '' } : { start, marker, html: '' };
  switch (part.type) {
    case 'kept':
      return { ...base, html: sentenceHtml(rest, format) };
    case 'formatting':
      return { ...base, html: `<span class="fmt" title="Only the formatting changed">${sentenceHtml(rest, format)}</span>` };
    case 'changed':
      return { ...base, html: `<span class="chg">${wordsHtml(part.words, format, view === 'redline' ? undefined : view)}</span>` };
    case 'removed':
      return { ...base, html: `<del class="whole">${sentenceHtml(rest, format)}</del>` };
    case 'added':
      return { ...base, html: `<ins class="whole">${sentenceHtml(rest, format)}</ins>` };
  }
}

/**
 * Which parts a trimmed view shows: each that is not kept as it was, and `context` kept ones before and after it.
 * The same for every view of a section, so that its columns hold the same stretches as its redline.
 */
export function shownParts(parts: readonly DiffPart[], context: number): boolean[] {
  const shown = new Array<boolean>(parts.length).fill(false);
  parts.forEach((part, index) => {
    if (part.type === 'kept') return;
    for (let near = Math.max(0, index - context); near <= Math.min(parts.length - 1, index + context); near += 1) shown[near] = true;
  });
  return shown;
}

/** The paragraph that stands for a run of sentences a trimmed view leaves out. */
const elided = (count: number): string => `<p class="elided">… ${count} unchanged ${count === 1 ? 'sentence' : 'sentences'} …</p>`;

/**
 * A section's sentences as paragraphs: a new paragraph wherever a sentence opened a block in its version, so
 * plain text keeps its lines and lists their items. With `shown`, the parts it leaves out are counted in their place
 * (a shown part after them opens a paragraph).
 */
export function partsHtml(parts: readonly DiffPart[], view: View, format: SourceFormat, shown?: readonly boolean[]): string {
  const blocks: (Piece[] | string)[] = [];
  let left = 0;
  parts.forEach((part, index) => {
    if (shown !== undefined && !shown[index]) {
      left += 1;
      return;
    }
    const next = piece(part, view, format);
    if (next === undefined) return;
    const last = blocks.at(-1);
    if (left > 0) {
      blocks.push(elided(left));
      left = 0;
      blocks.push([next]);
    } else if (next.start || last === undefined || typeof last === 'string') blocks.push([next]);
    else last.push(next);
  });
  if (left > 0) blocks.push(elided(left));
  return blocks
    .map((block) => {
      if (typeof block === 'string') return block;
      const marker = block[0]!.marker;
      const body = block.map((p) => p.html).join(' ');
      return marker === undefined ? `<p>${body}</p>` : `<p class="li"><span class="marker">${escapeHtml(marker)}</span>${body}</p>`;
    })
    .join('\n');
}
