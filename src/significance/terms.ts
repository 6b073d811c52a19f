/**
 * Lexicon terms compiled to regular expressions, and the index that tells which of them a text can match at all.
 * A term is words separated by spaces; `=word` matches the whole word, `*word` also inside a compound, else the
 * word's start, and only in a word that is a form of it (so "uppgift" matches "uppgifterna", "face" does not
 * match "facebook"; see morphology.ts).
 */
import type { Morphology } from './morphology.js';

export interface TermMatch {
  /** The lexicon entry as written, which identifies it. */
  term: string;
  /** The words of the text it matched. */
  text: string;
  index: number;
  end: number;
}

/**
 * A letter or digit of the Latin scripts the lexicons are written for. Not `[\\p{L}\\p{N}]`: V8 compiles that
 * class (some 700 ranges) anew at every word boundary of every multi-word term, which made the first
 * classification of a policy take half a second.
 */
export const WORD_CHAR = '[0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u1E00-\\u1EFF]';
// Not "-": with the `u` flag an escaped hyphen outside a class is a syntax error.
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const JOINER = '(?:[\\s\\u00a0]+|[\\s\\u00a0]*[-–/][\\s\\u00a0]*)';

/** The regex of one word of a term: `=word` whole word, `*word` also inside a compound, else a word start. */
function wordSource(word: string, first: boolean, last: boolean): string {
  const exact = word.startsWith('=');
  const infix = word.startsWith('*');
  const body = exact || infix ? word.slice(1) : word;
  // The first word's start and the last word's end are shared by a whole group of terms (see TermList).
  const start = first ? '' : infix ? `(?<!${WORD_CHAR})${WORD_CHAR}*?` : `(?<!${WORD_CHAR})`;
  const end = last ? '' : exact ? `(?!${WORD_CHAR})` : `${WORD_CHAR}*`;
  return start + escapeRegExp(body) + end;
}

/** How a term starts and ends, which decides the group it is compiled in. */
export function shapeOf(term: string): { lead: string; tail: string; body: string } {
  const words = term.split(/\s+/);
  const firstWord = words[0]!;
  const lastWord = words.at(-1)!;
  const firstBody = firstWord.replace(/^[=*]/, '');
  const lead = !/^[\p{L}\p{N}]/u.test(firstBody) ? '' : firstWord.startsWith('*') ? `(?<!${WORD_CHAR})${WORD_CHAR}*?` : `(?<!${WORD_CHAR})`;
  const tail = lastWord.startsWith('=') ? `(?!${WORD_CHAR})` : `${WORD_CHAR}*`;
  const body = words.map((word, index) => wordSource(word, index === 0, index === words.length - 1)).join(JOINER);
  return { lead, tail, body };
}

/** Curly apostrophes are how most policies write "don't"; the lexicons use the straight one. */
export const foldApostrophes = (text: string) => text.replace(/[’‘`´]/g, "'");

/** Lower case with the same length, so that offsets into the folded text are offsets into the original. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => {
    const folded = char.toLowerCase();
    return folded.length === char.length ? folded : char;
  }).join('');
}

/**
 * The lexicon's two dozen term lists are asked about one sentence after another: the sentence is folded once for
 * all of them, not once per list.
 */
let lastFolded = { text: '', lower: '' };
function foldedOnce(text: string): string {
  if (lastFolded.text !== text) lastFolded = { text, lower: foldCase(text) };
  return lastFolded.lower;
}

/**
 * A list of terms compiled to a few alternations: case-sensitive for terms with a capital, the rest matched
 * against the text folded to lower case. Terms are grouped by how they start and end so that each word-boundary
 * class is compiled once per group, and no pattern has the `i` flag: V8 compiles every `\p{L}` class of an `iu`
 * pattern with its case closure, which cost over a second on the first classification.
 */
export class TermList {
  readonly terms: readonly string[];
  /**
   * Each group's pattern twice: `find` without captures, which V8 runs many times faster, looks for matches (most
   * texts have none); `at` captures which term matched, one group per term, and is run only where `find` matched
   * (sticky: one attempt, not one at every place of the text with a hundred captures to reset).
   */
  private readonly patterns: { find: RegExp; at: RegExp; terms: string[]; words: string[][]; folded: boolean }[] = [];

  constructor(
    terms: readonly string[],
    private readonly morphology?: Morphology,
  ) {
    this.terms = [...new Set(terms.map((term) => foldApostrophes(term.trim())).filter((term) => term !== ''))];
    const groups = new Map<string, { lead: string; tail: string; folded: boolean; entries: { term: string; body: string; words: string[] }[] }>();
    for (const term of this.terms) {
      const folded = !/\p{Lu}/u.test(term);
      const written = folded ? foldCase(term) : term;
      const { lead, tail, body } = shapeOf(written);
      const key = `${folded} ${lead} ${tail}`;
      const group = groups.get(key) ?? { lead, tail, folded, entries: [] };
      group.entries.push({ term, body, words: written.split(/\s+/) });
      groups.set(key, group);
    }
    for (const { lead, tail, folded, entries } of groups.values()) {
      // Longest first, so that "kan komma att" wins over "kan" at the same place.
      const sorted = [...entries].sort((a, b) => b.term.length - a.term.length);
      const alternation = sorted.map((entry) => `(${entry.body})`).join('|');
      const plain = sorted.map((entry) => `(?:${entry.body})`).join('|');
      this.patterns.push({
        find: new RegExp(`${lead}(?:${plain})${tail}`, 'gu'),
        at: new RegExp(`${lead}(?:${alternation})${tail}`, 'uy'),
        terms: sorted.map((entry) => entry.term),
        words: sorted.map((entry) => entry.words),
        folded,
      });
    }
  }

  matches(text: string): TermMatch[] {
    const found: TermMatch[] = [];
    let lower: string | undefined;
    for (const { find, at, terms, words, folded } of this.patterns) {
      const subject = folded ? (lower ??= foldedOnce(text)) : text;
      // exec, not matchAll, which copies the pattern for every text.
      find.lastIndex = 0;
      for (let next = find.exec(subject); next !== null; next = find.exec(subject)) {
        const start = next.index;
        if (next[0] === '') {
          find.lastIndex = start + ((subject.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
          continue;
        }
        // The same pattern from the same place takes the same path: the same words, and the term they are.
        at.lastIndex = start;
        const match = at.exec(subject);
        const group = match === null ? -1 : match.findIndex((value, index) => index > 0 && value !== undefined);
        if (match === null || group < 1) continue;
        const end = start + match[0].length;
        if (!this.wordsAreForms(words[group - 1]!, subject.slice(start, end))) continue;
        found.push({ term: terms[group - 1]!, text: text.slice(start, end), index: start, end });
      }
    }
    // Groups can overlap: keep the earliest, then the longest, match at each place.
    found.sort((a, b) => a.index - b.index || b.end - a.end);
    return found.filter((match, index) => index === 0 || match.index >= found[index - 1]!.end || match.index !== found[index - 1]!.index);
  }

  /** Each word start of the term matched a form of that word, not a longer word ("face" in "facebook"). */
  private wordsAreForms(termWords: readonly string[], matched: string): boolean {
    if (this.morphology === undefined) return true;
    const textWords = matched.split(/[\s\u00a0]+|[\s\u00a0]*[-–/][\s\u00a0]*/u).filter((word) => word !== '');
    // A term word with a hyphen of its own ("sub-processor") splits differently: then only the last words are compared.
    const pairs = textWords.length === termWords.length ? termWords.map((word, index) => [word, textWords[index]!] as const) : [[termWords.at(-1)!, textWords.at(-1) ?? ''] as const];
    return pairs.every(([termWord, textWord]) => {
      if (termWord.startsWith('=') || termWord.startsWith('*')) return true;
      const start = termWord.split(/[-–/]/).at(-1)!;
      return this.morphology!.isFormOf(start, textWord);
    });
  }

  test(text: string): boolean {
    let lower: string | undefined;
    const any = this.patterns.some(({ find, folded }) => {
      find.lastIndex = 0;
      return find.test(folded ? (lower ??= foldedOnce(text)) : text);
    });
    return any && (this.morphology === undefined || this.matches(text).length > 0);
  }
}
