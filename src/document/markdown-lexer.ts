import { Lexer, type Token } from 'marked';

/**
 * Markdown's block tokens for the versions of one policy, as a history reads them one after another: each differs
 * from the version before in a few lines, so only the stretches of tokens around those lines are lexed again, and
 * the other tokens are the version before's (marked's lexer was most of the time a Markdown history took).
 *
 * Lexing is one pass over the text that picks a token, then goes on from where it ends; what it picks depends on
 * the text from there on and, for a few tokens, on the token before: a paragraph takes in the lines that continue
 * it, and a single blank line is added to the token before it. Each block ends at the first line that does not
 * continue it, so the tokens before a line are decided by the text up to that line and the line itself — except a
 * code fence or HTML block left open, which would then hold that line (and so never ends right before a token),
 * and a link definition, whose quoted title may run on over any line: a text with a `]:` before the end of the
 * stretch is lexed whole. So from a token that is not blank lines and does not follow a paragraph (a fresh start),
 * whose first line is unchanged, lexing the new text afresh gives the tokens lexing it whole gives. A property test
 * holds the result to lexing each text whole.
 */

/** Ends of the stretch tried before lexing on to the end of the text. */
const MAX_TRIES = 3;

/** A text's top-level block tokens and the offset where each starts. */
export interface LexedText {
  text: string;
  tokens: Token[];
  starts: number[];
}

function lexFresh(text: string): Token[] {
  // The inline tokens (emphasis, links) that `lex` goes on to work out are never read: only the blocks.
  return new Lexer({ gfm: true }).blockTokens(text);
}

/**
 * A stretch of a version's text as a string of its own. The tokens' texts are slices of the text lexed, and a slice
 * keeps its whole string alive: tokens taken over by later versions would keep every version's text in memory.
 */
function copyOf(stretch: string): string {
  return ` ${stretch}`.slice(1);
}

function startsOf(tokens: readonly Token[], from: number): number[] {
  const starts = new Array<number>(tokens.length);
  let offset = from;
  for (let index = 0; index < tokens.length; index += 1) {
    starts[index] = offset;
    offset += tokens[index]!.raw.length;
  }
  return starts;
}

export function lexWhole(text: string): LexedText {
  const tokens = lexFresh(text);
  return { text, tokens, starts: startsOf(tokens, 0) };
}

/**
 * Whether lexing from token `index` on needs nothing of the tokens before it, given that its first line is what it
 * was: it is not a blank line (a single one is added to the token before), and the token before is not a paragraph,
 * which the next token may join (see the module comment).
 */
function startsAfresh(tokens: readonly Token[], index: number): boolean {
  if (index === 0) return true;
  if (tokens[index]!.type === 'space') return false;
  const before = tokens[index - 1]!.type;
  return before !== 'paragraph' && before !== 'text';
}

/** Where the line that starts at `offset` ends, its newline included; Infinity when it has none yet. */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? Infinity : newline + 1;
}

/** Characters compared at a time: as slices, which V8 compares as blocks of memory. */
const CHUNK = 512;

/**
 * The first offset (in the old text) from `from` on where `text`, read from `from + shift`, differs from the old
 * text; the old text's length when it is the start of the new one from there.
 */
function firstDifference(previous: LexedText, from: number, text: string, shift: number): number {
  const old = previous.text;
  let offset = from;
  const end = Math.min(old.length, text.length - shift);
  while (offset < end) {
    const next = Math.min(offset + CHUNK, end);
    if (old.slice(offset, next) !== text.slice(offset + shift, next + shift)) break;
    offset = next;
  }
  while (offset < end && old.charCodeAt(offset) === text.charCodeAt(offset + shift)) offset += 1;
  return offset;
}

/**
 * The tokens of `text`, lexing again only the stretches of it that differ from `previous` (see the module comment):
 * the same tokens as lexWhole gives. Walks the old tokens, the new text `shift` characters further on: the tokens
 * decided before the next difference are taken over; from the last fresh start before it, the new text is lexed up
 * to an old token after it that the lexing meets at a fresh start too, and from there on the walk goes on.
 */
export function lexAfter(previous: LexedText, text: string): LexedText {
  if (text === previous.text) return previous;
  const { tokens, starts } = previous;
  const count = tokens.length;
  const definition = text.indexOf(']:');
  const read: LexedText = { text, tokens: [], starts: [] };
  const take = (from: number, to: number, shift: number) => {
    for (let index = from; index < to; index += 1) {
      read.tokens.push(tokens[index]!);
      read.starts.push(starts[index]! + shift);
    }
  };
  /** Old token `index` is a fresh start, and so is the new text at `starts[index] + shift`. */
  let index = 0;
  let shift = 0;
  for (;;) {
    const difference = firstDifference(previous, index === count ? previous.text.length : starts[index]!, text, shift);
    if (difference === previous.text.length && previous.text.length + shift === text.length) {
      take(index, count, shift);
      return read;
    }
    // The last fresh start whose first line (with its newline, which the tokens before it looked at) is the same.
    let restart = index;
    for (let next = index + 1; next < count && lineEnd(previous.text, starts[next]!) <= difference; next += 1) {
      if (startsAfresh(tokens, next)) restart = next;
    }
    take(index, restart, shift);
    const from = restart === count ? previous.text.length + shift : starts[restart]! + shift;
    const resumed = lexStretch(previous, text, { restart, from, difference, shift, definition });
    if (resumed === undefined) {
      if (definition !== -1) return lexWhole(text);
      const rest = lexFresh(copyOf(text.slice(from)));
      for (const token of rest) read.tokens.push(token);
      for (const start of startsOf(rest, from)) read.starts.push(start);
      return read;
    }
    // One at a time: a document's tokens can be more than a spread's arguments may be.
    for (const token of resumed.tokens) read.tokens.push(token);
    for (const start of resumed.starts) read.starts.push(start);
    index = resumed.index;
    shift = resumed.shift;
  }
}

/**
 * The new text lexed from `from` up to where an old token after the difference stands in it, found by its text
 * and met by the lexing at a fresh start (code or HTML left open in the stretch would run on over it); a few old
 * tokens are tried. Undefined when none is met, or when a link definition stands before the stretch's end.
 */
function lexStretch(
  previous: LexedText,
  text: string,
  { restart, from, difference, shift, definition }: { restart: number; from: number; difference: number; shift: number; definition: number },
): { tokens: Token[]; starts: number[]; index: number; shift: number } | undefined {
  const { tokens, starts } = previous;
  let tries = 0;
  // Where the difference is in the new text: an old token found again stands after it.
  const searchFrom = difference + shift;
  for (let resume = restart + 1; resume < tokens.length && tries < MAX_TRIES; resume += 1) {
    const token = tokens[resume]!;
    if (starts[resume]! <= difference || !startsAfresh(tokens, resume)) continue;
    const at = text.indexOf(token.raw, searchFrom);
    if (at === -1) continue;
    tries += 1;
    const end = Math.min(lineEnd(text, at), text.length);
    if (definition !== -1 && definition < end) return undefined;
    const stretch = lexFresh(copyOf(text.slice(from, end)));
    const stretchStarts = startsOf(stretch, from);
    const meets = stretchStarts.indexOf(at);
    if (meets === -1 || !startsAfresh(stretch, meets)) continue;
    return { tokens: stretch.slice(0, meets), starts: stretchStarts.slice(0, meets), index: resume, shift: at - starts[resume]! };
  }
  return undefined;
}
