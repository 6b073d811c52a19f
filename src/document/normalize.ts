import { withoutNoise, type NoiseRule } from './noise.js';

/**
 * What is not meaning: the forms of white space, bullet glyphs, emphasis markers and heading numbering that
 * editors and exports change without anyone rewriting the policy, and the noise web captures add (noise.ts). Two
 * texts with the same normal form are the same policy text; a difference in the raw text only is reported as
 * `formatting`.
 */

/** NBSP, narrow NBSP, figure space, the other Unicode spaces, and the zero-width characters Word leaves behind. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** A bullet at the start of a line: `-`, `*`, `+`, `·`, `•`, `–`, `—`, `‣`, `◦`, `▪`, and ordered `1.`/`a)` markers are kept. */
export const BULLET = /^[ \t]*(?:[-*+·•–—‣◦▪●○■□➢►✓✔](?=[\s\u00a0])|[·•–—‣◦▪●○■□➢►✓✔])[\s\u00a0]*/;

const ANY_ODD = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad]/;

export function normalizeSpaces(text: string): string {
  // Most lines have none of these; one test is cheaper than two replacing scans.
  return ANY_ODD.test(text) ? text.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ') : text;
}

/**
 * A character that no step of normalizeText removes: not white space, not zero-width, not a bullet or emphasis
 * marker or icon glyph, nor one that NFC turns into one (U+0387 → ·, U+1FEF → `); NFC may combine it with a neighbour,
 * never into nothing.
 */
const KEPT_BY_NORMALIZING = /[^\s\u200b-\u200d\u2060\ufeff\u00ad*_`+\-·•–—‣◦▪●○■□➢►✓✔\u0387\u1fef\p{Co}]/u;
/** An icon font's glyphs, which noise.ts leaves out of every text. */
const ICON_GLYPHS = /\p{Co}/gu;

/**
 * `normalizeText(text) === ''`, without normalising a whole file to find out: any policy has a letter near its
 * start, and one kept character decides it (normalising 1 MB took 50 ms of every read).
 */
export function normalizesToNothing(text: string): boolean {
  // A file of nothing but links is not empty: noise is left out of what is compared, not out of what is there.
  return !KEPT_BY_NORMALIZING.test(text) && normalizeFormatting(text.replace(ICON_GLYPHS, '')) === '';
}

/** True when a line holds nothing but white space (NBSP-only separator lines included). */
export function isBlankLine(line: string): boolean {
  // What normalizeSpaces leaves of such a line is white space that trim() removes: one test, no copy of the line.
  return BLANK_LINE.test(line);
}
const BLANK_LINE = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;

export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

/** `**bold**`, `__bold__`, `` `code` `` markers do not change what a sentence says. */
function stripEmphasis(text: string): string {
  return text.replace(/\*\*|__|`/g, '');
}

/** White space, bullet glyphs and emphasis markers folded. */
function normalizeFormatting(text: string): string {
  return stripEmphasis(stripBullet(normalizeSpaces(text).normalize('NFC')))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparison form of a piece of running text: formatting folded, capture noise (and `noise`) taken out. */
export function normalizeText(text: string, noise: readonly NoiseRule[] = []): string {
  return normalizeFormatting(withoutNoise(normalizeSpaces(text), noise));
}

const HEADING_NUMBER = /^\s*((?:\d+\.)*\d+)\.?\s+(?=\S)/;

/** Splits `1.2.1 Enhetsinformation` into its number and its words. */
export function splitHeadingNumber(heading: string): { number?: string; text: string } {
  const match = HEADING_NUMBER.exec(heading);
  const number = match?.[1];
  if (match && number !== undefined) return { number, text: heading.slice(match[0].length) };
  return { text: heading };
}

/**
 * Heading keys are computed for every section of every version when a history is read, and the same few headings
 * recur; locale-aware lower-casing is the slow part, so keys are remembered (bounded, dropped when large).
 */
const headingKeys = new Map<string, string>();

/** How headings are compared: renumbering, case, a trailing colon and emphasis are not a change. */
export function headingKey(heading: string): string {
  let key = headingKeys.get(heading);
  if (key === undefined) {
    key = normalizeText(splitHeadingNumber(normalizeSpaces(heading).trim()).text)
      .replace(/[:.\s]+$/, '')
      .toLocaleLowerCase('und');
    if (headingKeys.size >= 10_000) headingKeys.clear();
    headingKeys.set(heading, key);
  }
  return key;
}

/** Strips a BOM and unifies line endings (CRLF, CR) to LF. */
export function normalizeLineEndings(text: string): string {
  const unmarked = text.replace(/^\ufeff/, '');
  // Most policies have no CR at all; finding that out is cheaper than a replacing scan of every version's text.
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}
