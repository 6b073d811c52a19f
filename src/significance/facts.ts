/**
 * What one sentence says, as far as the rules care: which lexicon terms it has (and whether a negation governs
 * them), its modals, periods, numbers, contact details and company names. Computed once per sentence.
 */
import { foldApostrophes, foldCase, type Lexicon, type MaterialCategory, type TermMatch } from './lexicon.js';

export interface Hit {
  category: MaterialCategory;
  term: string;
  text: string;
  /** A negation stands in the same clause (up to a "but"/"except", or a subordinate clause's "when"/"när"). */
  negated: boolean;
  /** `category:term`, which the rules compare hits by. */
  key: string;
  /**
   * A verb of passing data on ("share", "lämna ut"): it says data goes somewhere, not to whom. It places a
   * negation or modal in the recipients category but is never itself a new recipient.
   */
  verb?: boolean;
  /** A term the user added to the lexicon: counts wherever it stands. */
  explicit?: boolean;
  index: number;
}

export interface Period {
  text: string;
  days: number;
}

export interface SentenceFacts {
  /** The sentence as a reader sees it: link targets, URLs, anchors, code and image syntax blanked out. */
  text: string;
  /**
   * The sentence states something: not a question ("How is my data shared?"), not a line of links (a menu, a
   * table of contents), not a bare heading-like fragment. Only statements carry findings about practices.
   */
  statement: boolean;
  /** Capitalised names the sentence gives (companies, products), for telling the document's own names. */
  names: string[];
  hits: Hit[];
  negations: TermMatch[];
  /** Words that narrow what the sentence allows ("only", "endast"). */
  limiters: TermMatch[];
  /** The sentence says data is collected, used, kept or passed on. */
  processing: boolean;
  /** The sentence sets an age ("must be at least 16"). */
  aboutAge: boolean;
  /** Hedging modals ("may", "kan komma att"), not counting a permission given to the reader ("you may"). */
  weakModals: TermMatch[];
  anonymous: boolean;
  restrictors: TermMatch[];
  periods: Period[];
  numbers: string[];
  contacts: string[];
  organisations: string[];
}

// Starts only where a run of address characters starts: from every letter of a long word without `@` the
// search would otherwise scan to the word's end, which is quadratic (a 1 MB line took minutes).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE = /(?<![\p{L}\p{N}])(?:\+|0)[\d\s\u00a0()-]{6,}\d/gu;
const NUMBER = /\d+(?:[.,:/-]\d+)*/gu;

/**
 * Where a negation's reach ends: at "but"/"except" (clauseBreaks) and where a subordinate clause starts or ends
 * ("when", "even when", "när", "lorsque", "wenn"): "we collect your location even when the app is not in use" does
 * not promise not to collect it.
 */
function segmentEnds(text: string, lexicon: Lexicon): number[] {
  const breaks = [...lexicon.clauseBreaks.matches(text), ...lexicon.subordinators.matches(text)].map((match) => match.index);
  // A subordinate clause closes at the next comma; "not" after it belongs to the main clause again.
  for (const match of lexicon.subordinators.matches(text)) {
    const comma = text.indexOf(',', match.end);
    if (comma !== -1) breaks.push(comma);
  }
  return [...breaks.sort((a, b) => a - b), text.length];
}

function periods(text: string, lexicon: Lexicon): Period[] {
  const found: Period[] = [];
  const { re, unit: anyUnit, days, numbers } = lexicon.period;
  const lower = foldCase(text);
  for (const match of anyUnit.test(lower) ? lower.matchAll(re) : []) {
    const unit = match.slice(3).findIndex((value) => value !== undefined);
    const count = (value: string | undefined) =>
      value === undefined ? undefined : (numbers.get(value.toLowerCase()) ?? Number(value.replace(',', '.')));
    const amount = Math.max(count(match[1]) ?? 0, count(match[2]) ?? 0);
    if (unit >= 0 && Number.isFinite(amount)) found.push({ text: text.slice(match.index, match.index + match[0].length), days: amount * days[unit]! });
  }
  for (const match of lexicon.periodShort.matches(text)) found.push({ text: match.text, days: 1 });
  for (const match of lexicon.periodIndefinite.matches(text)) found.push({ text: match.text, days: Number.POSITIVE_INFINITY });
  return found;
}

let organisationPattern: { forms: readonly string[]; re: RegExp } | undefined;
function organisations(text: string, legalForms: readonly string[]): string[] {
  if (organisationPattern?.forms !== legalForms) {
    const forms = [...legalForms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    // Up to four capitalised words before a legal form: "Infracom Communications AB", "Acme Notes Ltd".
    organisationPattern = {
      forms: legalForms,
      re: new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}&'.-]*[\\s\\u00a0]+){1,4})(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    };
  }
  // Most sentences name no company: a legal form must occur for the pattern to match, and looking for one is cheap.
  if (!legalForms.some((form) => text.includes(form))) return [];
  return [...text.matchAll(organisationPattern.re)].map((match) => match[0].replace(/\s+/g, ' ').trim());
}

/** "Article 6(1)(f) GDPR", "artikel 6.1 f", "Art. 6 Abs. 1 lit. a", "article 6, subsection 1, (a)": the legal basis by its letter. */
const ARTICLE_6 = /\b(?:art(?:icle|ikel|iklan|\.)?|article)\s*6\s*(?:\(\s*1\s*\)|\.\s*1|,?\s*(?:paragraph|subsection|para\.?|stycket|punkt|kohta|abs\.?|alinéa|paragraphe)\s*1|\s+1)[\s,]*(?:\(\s*1\s*\)\s*)?(?:point|letter|lit\.?|led|kohta|punkt|point)?\.?\s*\(?([a-f])\)?(?![\p{L}\p{N}])/giu;

function legalBasisArticles(text: string): Hit[] {
  return [...text.matchAll(ARTICLE_6)].map((match) => ({
    category: 'legal-basis' as const,
    term: `Art. 6(1)(${match[1]!.toLowerCase()})`,
    text: match[0].trim(),
    negated: false,
    key: `legal-basis:art6-1-${match[1]!.toLowerCase()}`,
    index: match.index,
  }));
}

function hits(text: string, lexicon: Lexicon, negations: TermMatch[]): Hit[] {
  const ends = segmentEnds(text, lexicon);
  const segmentOf = (index: number) => ends.findIndex((end) => index < end);
  const negatedSegments = new Set(negations.map((match) => segmentOf(match.index)));
  const found: Hit[] = [];
  const add = (category: MaterialCategory, match: TermMatch, verb: boolean) => {
    const hit: Hit = { category, term: match.term, text: match.text, negated: negatedSegments.has(segmentOf(match.index)), key: `${category}:${match.term}`, index: match.index };
    if (verb) hit.verb = true;
    if (lexicon.userTerms?.has(match.term) === true) hit.explicit = true;
    found.push(hit);
  };
  for (const { category, terms, context } of lexicon.categories) {
    if (context !== undefined && !context.test(text)) continue;
    for (const match of terms.matches(text)) add(category, match, false);
  }
  for (const match of lexicon.sharingVerbs.matches(text)) add('recipients', match, true);
  for (const hit of legalBasisArticles(text)) found.push({ ...hit, negated: negatedSegments.has(segmentOf(hit.index)) });
  return found;
}

/**
 * What a reader does not read as words: Markdown link targets and images, bare URLs, `[](#anchor)` links,
 * inline code, HTML tags, e-mail protection placeholders. Blanked with spaces so that offsets stay the same.
 */
const HIDDEN = [
  /!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu,
  /\[\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu,
  /(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu,
  /<(?:https?:|mailto:)[^>\s]*>/gu,
  /\b(?:https?:\/\/|www\.)[^\s)\]>"']+/gu,
  /`[^`]*`/gu,
  /<\/?[a-z][^>]*>/giu,
  /\\?\[email(?:\s|&nbsp;)+protected\\?\]/giu,
];
const MAYBE_HIDDEN = /[\](`<]|https?:|www\.|protected/u;

export function visibleText(text: string): string {
  if (!MAYBE_HIDDEN.test(text)) return text;
  let out = text;
  for (const pattern of HIDDEN) out = out.replace(pattern, (found) => ' '.repeat(found.length));
  return out;
}

const INTERROGATIVE = /^(?:[\s*#>|\-–•·]*(?:\d+(?:\.\d+)*\\?\.?\s+)?)(?:how|what|who|whom|whose|why|when|where|which|can|do|does|is|are|will|hur|vad|vem|vilka|vilken|varför|när|var|kan|får|comment|quoi|que|qu'|qui|pourquoi|quand|où|quel|quelle|quels|quelles|est-ce|wie|was|wer|warum|wann|wo|welche|welcher|kuka|mikä|mitä|miksi|milloin|missä|miten|hvordan|hvad|hvem|hvorfor|hvornår|hva)\b/iu;

/**
 * A statement of practice, as opposed to a question ("How is my data shared?", "Est-ce que l'application collecte
 * mes données ?"), a heading-like line of a table of contents ("5. How your data is shared"), or a line of links.
 */
function isStatement(raw: string, visible: string): boolean {
  const words = visible.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return false;
  const trimmed = visible.replace(/[\s|*_]+$/u, '');
  if (/\?["”»)]*$/u.test(trimmed) && words.length <= 25) return false;
  if (INTERROGATIVE.test(visible) && words.length <= 12 && !/[.!]["”»)]*$/u.test(trimmed)) return false;
  return !isLinkLine(raw);
}

// What stands before the first link and after the last one has no letter or digit in a line of only links.
const LINK_AT_START = /^[^\p{L}\p{N}[]*\[/u;
const LINK_AT_END = /\)[^\p{L}\p{N})]*$/u;

/** Only links (a menu, a list of documents): every word stands inside [link text]. */
function isLinkLine(raw: string): boolean {
  // Most sentences with a link have words before or after it, and stop here.
  if (!LINK_AT_START.test(raw) || !LINK_AT_END.test(raw)) return false;
  const linkText = [...raw.matchAll(/\[([^\]]*)\]\(/gu)].map((match) => match[1]!).join(' ');
  const outside = raw.replace(/!?\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return linkText !== '' && outside.length === 0;
}

/** Capitalised runs of words, a sentence's first word only when a second capital follows ("Braze", "Orange Business Services"). */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’.-]*(?:[\s\u00a0]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&))*(?![\p{L}\p{N}])/gu;
function names(visible: string): string[] {
  return [...visible.matchAll(NAME)].map((match) => match[0].replace(/[.’']+$/u, '').trim()).filter((name) => name.length > 1);
}

/** Month names next to a number ("12 May 2025"), which are dates and not the modal "may". */
function dateMonths(text: string, lexicon: Lexicon): TermMatch[] {
  return lexicon.months
    .matches(text)
    .filter((match) => /\d[\s\u00a0.,]*$/.test(text.slice(0, match.index)) || /^[\s\u00a0.,]*\d/.test(text.slice(match.end)));
}

/** Blanks out the given matches, keeping offsets. */
const blank = (text: string, matches: TermMatch[]) =>
  matches.reduce((out, match) => out.slice(0, match.index) + ' '.repeat(match.end - match.index) + out.slice(match.end), text);

export function sentenceFacts(raw: string, lexicon: Lexicon, legalForms: readonly string[]): SentenceFacts {
  const text = visibleText(foldApostrophes(raw));
  // EMAIL tries every letter of every word as an address's start: not worth it without an "@".
  const emails = text.includes('@') ? (text.match(EMAIL) ?? []) : [];
  const contacts = [...emails, ...(text.match(PHONE) ?? []).filter((phone) => phone.replace(/\D/g, '').length >= 7)];
  const withoutContacts = (emails.length > 0 ? text.replace(EMAIL, ' ') : text).replace(PHONE, ' ');
  const numbers = withoutContacts.match(NUMBER) ?? [];
  if (!isStatement(raw, text)) {
    // A question, a menu or a table of contents says nothing about what is done with data.
    return { text, statement: false, names: [], hits: [], negations: [], limiters: [], processing: false, aboutAge: false, weakModals: [], anonymous: false, restrictors: [], periods: [], numbers, contacts: contacts.map((contact) => contact.trim()), organisations: [] };
  }
  const negations = lexicon.negations.matches(text);
  return {
    text,
    statement: true,
    names: names(text),
    hits: hits(text, lexicon, negations),
    negations,
    limiters: lexicon.limiters.matches(text),
    processing: lexicon.processingVerbs.test(text),
    aboutAge: lexicon.ageContext.test(text),
    weakModals: lexicon.weakModals.matches(blank(blank(text, dateMonths(text, lexicon)), lexicon.permissions.matches(text))),
    anonymous: lexicon.anonymous.test(text),
    restrictors: lexicon.restrictors.matches(text),
    periods: periods(text, lexicon),
    numbers,
    contacts: contacts.map((contact) => contact.trim()),
    organisations: organisations(text, legalForms),
  };
}

/**
 * Caches facts per sentence text. One cache per lexicon is shared by every classification that uses it: the
 * changes of a long history touch sections whose other sentences are the same from version to version, and
 * finding their facts anew for every change was most of `policydiff log`'s time. Facts are never mutated.
 */
type HeadingFacts = { retention: boolean; contact: boolean; processing: boolean; recipients: boolean; purposes: boolean };

export class FactsCache {
  private static readonly shared = new WeakMap<Lexicon, FactsCache>();
  private static readonly MAX_ENTRIES = 50_000;
  private readonly cache = new Map<string, SentenceFacts>();
  private readonly linkLines = new Map<string, SentenceFacts>();
  private readonly headings = new Map<string, HeadingFacts>();
  private readonly leadIns = new Map<string, boolean>();
  private readonly numberKeys = new Map<string, string>();
  constructor(
    private readonly lexicon: Lexicon,
    private readonly legalForms: readonly string[],
  ) {}

  /** The cache shared by all classifications with this lexicon and these legal forms. */
  static for(lexicon: Lexicon, legalForms: readonly string[]): FactsCache {
    let cache = FactsCache.shared.get(lexicon);
    if (cache === undefined || cache.legalForms !== legalForms) {
      cache = new FactsCache(lexicon, legalForms);
      FactsCache.shared.set(lexicon, cache);
    }
    return cache;
  }

  /** The value kept for `text`, else `find`'s, kept; a cache that grows past its bound starts over. */
  private static remember<T>(cache: Map<string, T>, text: string, find: () => T): T {
    let value = cache.get(text);
    if (value === undefined) {
      value = find();
      if (cache.size >= FactsCache.MAX_ENTRIES) cache.clear();
      cache.set(text, value);
    }
    return value;
  }

  /**
   * What a section's headings (joined by newlines) say: that it is about retention, about the controller and how
   * to reach it, about what is processed. Sections keep their headings from version to version.
   */
  heading(headings: string): HeadingFacts {
    return FactsCache.remember(this.headings, headings, () => {
      const { lexicon } = this;
      const category = (name: MaterialCategory) => lexicon.categories.some((entry) => entry.category === name && entry.terms.test(headings));
      return {
        retention: category('retention'),
        contact: lexicon.contactSections.test(headings) || category('controller'),
        processing: lexicon.processingVerbs.test(headings),
        recipients: category('recipients') || lexicon.sharingVerbs.test(headings),
        purposes: lexicon.purposeHeadings.test(headings),
      };
    });
  }

  /** The sentence with its dates and numbers masked (numberKey): asked of every removed sentence for each added one. */
  numberKey(text: string): string {
    return FactsCache.remember(this.numberKeys, text, () => numberKey(text, this.lexicon));
  }

  /** A lead-in ("We collect:") that names processing, as the heading's `processing`. */
  leadInProcesses(text: string): boolean {
    return FactsCache.remember(this.leadIns, text, () => this.lexicon.processingVerbs.test(text));
  }

  /**
   * What a sentence says, read from its normal form (one reading for every way it is formatted), except a line that
   * is nothing but links (a menu), which its normal form no longer shows as links (noise.ts reduces a link to its
   * text): that is read as written, and states nothing.
   */
  get(sentence: { norm: string; raw: string }): SentenceFacts {
    if (isLinkLine(sentence.raw)) return FactsCache.remember(this.linkLines, sentence.raw, () => sentenceFacts(sentence.raw, this.lexicon, this.legalForms));
    return FactsCache.remember(this.cache, sentence.norm, () => sentenceFacts(sentence.norm, this.lexicon, this.legalForms));
  }
}

/** Typographic variants that say the same: quotes, apostrophes, dashes, ellipsis, Markdown emphasis. */
export function foldGlyphs(text: string): string {
  return text
    .replace(/[*_]+/g, '')
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[’‘‚‛`´′]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...');
}

/** Dates and numbers masked, so that "Senast ändrad: 2021-01-24" and "…: 2023-05-02" have the same key. */
export function numberKey(text: string, lexicon: Lexicon): string {
  const months = lexicon.months.matches(text);
  return blank(text, months).replace(/\s+/g, ' ').replace(NUMBER, '#').trim().toLowerCase();
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A misspelling of the same word: one edit in a short word, two in a longer one, never a new first letter
 * ("tell" → "sell" is another word) and never a number.
 */
export function isTypoPair(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x[0] !== y[0]) return false;
  const distance = levenshtein(x, y);
  return distance <= (Math.max(x.length, y.length) <= 5 ? 1 : 2);
}
