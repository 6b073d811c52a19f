/**
 * Loads the lexicons and rules (JSON data a lawyer can review, see src/lexicons/) and compiles their terms to
 * regular expressions. The JSON is read from disk rather than imported: Node 20 prints an experimental warning
 * for JSON modules, and `tsc` does not copy data files to dist/, so both src/ (tests) and dist/ (the CLI, which
 * ships src/lexicons per package.json "files") must find the same files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inputError } from '../errors.js';
import { morphologyFor } from './morphology.js';
import { escapeRegExp, foldCase, shapeOf, TermList, WORD_CHAR } from './terms.js';
import type { SignificanceCategory, SignificanceLevel } from '../model.js';

export { foldApostrophes, foldCase, TermList, type TermMatch } from './terms.js';

export type MaterialCategory = Exclude<SignificanceCategory, 'other' | 'wording' | 'structure'>;
export type Valence = 'risk' | 'protection' | 'basis' | 'contact' | 'period';
export type ValenceEvent =
  | 'added'
  | 'removed'
  | 'restricted'
  | 'negation-removed'
  | 'negation-added'
  | 'modal-hardened'
  | 'modal-softened'
  | 'promise-withdrawn'
  | 'promise-added'
  | 'limit-removed'
  | 'limit-added'
  | 'list-extended';
export type FindingLevel = Exclude<SignificanceLevel, 'none'>;

/** The shape of src/lexicons/<lang>.json, and of the extra rules a user passes: every field optional and added to. */
export interface LexiconSource {
  language?: string;
  categories?: Partial<Record<MaterialCategory, { terms?: string[]; context?: string[] }>>;
  negations?: string[];
  clauseBreaks?: string[];
  /** Words that open a subordinate clause ("when", "even when", "när"): a negation inside it does not reach the main clause. */
  subordinators?: string[];
  /** Verbs of passing data on ("share", "disclose", "lämna ut"): recipients' context, never a recipient themselves. */
  sharingVerbs?: string[];
  /** Words that open an example ("including", "such as", "t.ex."): what follows illustrates, it does not add. */
  exampleMarkers?: string[];
  /** Finite verbs ("is", "will", "är", "est"): an added phrase with one is a clause, not an item of a list. */
  finiteVerbs?: string[];
  /** Verbs of running a service ("provide", "förbättra"): "to provide {+and improve+} the service" adds no item of data. */
  serviceVerbs?: string[];
  /** Words of a heading over a list of purposes ("purpose", "ändamål"): each new item is a new purpose. */
  purposeHeadings?: string[];
  limiters?: string[];
  processingVerbs?: string[];
  listConjunctions?: string[];
  ageContext?: string[];
  weakModals?: string[];
  permissions?: string[];
  anonymous?: string[];
  restrictors?: string[];
  contactSections?: string[];
  periods?: { units?: Record<string, number>; numbers?: Record<string, number>; short?: string[]; indefinite?: string[] };
  months?: string[];
  stopWords?: string[];
  messages?: Record<string, string>;
}

export interface Rules {
  priority: MaterialCategory[];
  categories: Record<MaterialCategory, Valence>;
  valences: Record<Valence, Partial<Record<ValenceEvent, FindingLevel>>>;
  uncategorised: Partial<Record<ValenceEvent, FindingLevel>>;
  eventOverrides?: Partial<Record<MaterialCategory, Partial<Record<ValenceEvent, FindingLevel>>>>;
  anonymousCap: FindingLevel;
  periods: Record<'longer' | 'shorter' | 'dropped' | 'stated' | 'statedLong' | 'elsewhere', FindingLevel> & { longDays: number };
  age: Record<'lowered' | 'raised', FindingLevel>;
  organisation: Record<'added' | 'removed', FindingLevel>;
  contactChanged: FindingLevel;
  textAdded: FindingLevel;
  textRemoved: FindingLevel;
  legalForms: string[];
}

export interface Lexicon {
  language: string;
  categories: { category: MaterialCategory; terms: TermList; context?: TermList }[];
  negations: TermList;
  clauseBreaks: TermList;
  subordinators: TermList;
  sharingVerbs: TermList;
  exampleMarkers: TermList;
  finiteVerbs: TermList;
  purposeHeadings: TermList;
  serviceVerbs: TermList;
  limiters: TermList;
  processingVerbs: TermList;
  listConjunctions: string[];
  ageContext: TermList;
  weakModals: TermList;
  permissions: TermList;
  anonymous: TermList;
  restrictors: TermList;
  contactSections: TermList;
  periodShort: TermList;
  periodIndefinite: TermList;
  /** Number, optional range, unit: group 1 and 2 the numbers, the unit's group gives its length in days. */
  period: { re: RegExp; unit: RegExp; days: number[]; numbers: Map<string, number> };
  months: TermList;
  stopWords: Set<string>;
  messages: Record<string, string>;
  /** Terms a user added (config or library): theirs to trust, so they count wherever they stand. */
  userTerms?: Set<string>;
}

function dataDirectory(): string {
  // src/significance → src/lexicons; dist/significance → ../../src/lexicons (shipped as is).
  const candidates = [new URL('../lexicons/', import.meta.url), new URL('../../src/lexicons/', import.meta.url)];
  for (const candidate of candidates) if (existsSync(new URL('rules.json', candidate))) return fileURLToPath(candidate);
  throw new Error(`policydiff's lexicons are missing: looked in ${candidates.map((url) => fileURLToPath(url)).join(' and ')}`);
}

const readJson = <T>(name: string): T => JSON.parse(readFileSync(`${dataDirectory()}/${name}`, 'utf8')) as T;

let rulesCache: Rules | undefined;
export function loadRules(): Rules {
  rulesCache ??= readJson<Rules>('rules.json');
  return rulesCache;
}

let languagesCache: string[] | undefined;
/** Languages with a bundled lexicon (`sv`, `en`, …). */
export function bundledLanguages(): string[] {
  languagesCache ??= readdirSync(dataDirectory())
    .filter((name) => /^[a-z]{2,3}\.json$/.test(name))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return languagesCache;
}

/** The message templates of a bundled language, without compiling its terms. */
export function bundledMessages(language: string): Record<string, string> | undefined {
  return bundledLanguages().includes(language) ? (bundledSource(language).messages ?? {}) : undefined;
}

const sourceCache = new Map<string, LexiconSource>();
function bundledSource(language: string): LexiconSource {
  let source = sourceCache.get(language);
  if (source === undefined) {
    source = readJson<LexiconSource>(`${language}.json`);
    sourceCache.set(language, source);
  }
  return source;
}

const concat = (a: string[] | undefined, b: string[] | undefined) => [...(a ?? []), ...(b ?? [])];

/** Adds `extra` to `base`: lists are joined, numbers and messages of `extra` win. */
export function mergeLexicons(base: LexiconSource, extra: LexiconSource): LexiconSource {
  const categories: NonNullable<LexiconSource['categories']> = { ...base.categories };
  for (const [name, value] of Object.entries(extra.categories ?? {}) as [MaterialCategory, { terms?: string[]; context?: string[] }][]) {
    const old = categories[name] ?? {};
    categories[name] = { terms: concat(old.terms, value.terms), context: concat(old.context, value.context) };
  }
  type ListKey = 'negations' | 'clauseBreaks' | 'subordinators' | 'sharingVerbs' | 'exampleMarkers' | 'finiteVerbs' | 'serviceVerbs' | 'purposeHeadings' | 'limiters' | 'processingVerbs' | 'listConjunctions' | 'ageContext' | 'weakModals' | 'permissions'
    | 'anonymous' | 'restrictors' | 'contactSections' | 'months' | 'stopWords';
  const list = (key: ListKey) => concat(base[key], extra[key]);
  return {
    language: extra.language ?? base.language ?? 'und',
    categories,
    negations: list('negations'),
    clauseBreaks: list('clauseBreaks'),
    subordinators: list('subordinators'),
    sharingVerbs: list('sharingVerbs'),
    exampleMarkers: list('exampleMarkers'),
    finiteVerbs: list('finiteVerbs'),
    purposeHeadings: list('purposeHeadings'),
    serviceVerbs: list('serviceVerbs'),
    limiters: list('limiters'),
    processingVerbs: list('processingVerbs'),
    listConjunctions: list('listConjunctions'),
    ageContext: list('ageContext'),
    weakModals: list('weakModals'),
    permissions: list('permissions'),
    anonymous: list('anonymous'),
    restrictors: list('restrictors'),
    contactSections: list('contactSections'),
    periods: {
      units: { ...base.periods?.units, ...extra.periods?.units },
      numbers: { ...base.periods?.numbers, ...extra.periods?.numbers },
      short: concat(base.periods?.short, extra.periods?.short),
      indefinite: concat(base.periods?.indefinite, extra.periods?.indefinite),
    },
    months: list('months'),
    stopWords: list('stopWords'),
    messages: { ...base.messages, ...extra.messages },
  };
}

function compilePeriod(source: LexiconSource): Lexicon['period'] {
  const numbers = new Map(Object.entries(source.periods?.numbers ?? {}).map(([word, value]) => [foldCase(word), value]));
  const units = Object.entries(source.periods?.units ?? {})
    .map(([term, days]): [string, number] => [foldCase(term), days])
    .sort((a, b) => b[0].length - a[0].length);
  const numberWords = [...numbers.keys()].sort((a, b) => b.length - a.length).map((word) => `${escapeRegExp(word)}(?!${WORD_CHAR})`);
  const number = `(?<!${WORD_CHAR})(\\d+(?:[.,]\\d+)?|${numberWords.join('|') || '(?!)'})`;
  const range = `(?:[\\s\\u00a0]*(?:[-–]|till|to|och|and|or|eller)[\\s\\u00a0]*(\\d+(?:[.,]\\d+)?|${numberWords.join('|') || '(?!)'}))?`;
  const unit = units.map(([term]) => { const { lead, tail, body } = shapeOf(term); return `(${lead}${body}${tail})`; }).join('|') || '(?!)';
  // Matched against the text folded to lower case (see TermList): unit terms and number words are lower case.
  return {
    // "two (2) years": a figure in brackets after the number word.
    re: new RegExp(`${number}(?:[\\s\\u00a0]*\\(\\d+\\))?${range}[\\s\\u00a0-]*(?:${unit})`, 'gu'),
    // Every period ends in a unit: most sentences have none, and looking for one alone is several times faster.
    unit: new RegExp(unit, 'u'),
    days: units.map(([, days]) => days),
    numbers,
  };
}

export function compileLexicon(source: LexiconSource): Lexicon {
  // A merge of all lexicons (a language without its own) has no one stemmer: its word starts stay word starts.
  const morphology = source.language === undefined || source.language === 'mul' ? undefined : morphologyFor(source.language);
  const list = (terms: readonly string[] | undefined) => new TermList(terms ?? [], morphology);
  const categories = Object.entries(source.categories ?? {}).map(([category, value]) => {
    const entry: Lexicon['categories'][number] = { category: category as MaterialCategory, terms: list(value.terms) };
    if (value.context !== undefined && value.context.length > 0) entry.context = list(value.context);
    return entry;
  });
  return {
    language: source.language ?? 'und',
    categories,
    negations: list(source.negations ?? []),
    clauseBreaks: list(source.clauseBreaks ?? []),
    subordinators: list(source.subordinators),
    sharingVerbs: list(source.sharingVerbs),
    exampleMarkers: list(source.exampleMarkers),
    finiteVerbs: list(source.finiteVerbs),
    purposeHeadings: list(source.purposeHeadings),
    serviceVerbs: list(source.serviceVerbs),
    limiters: list(source.limiters ?? []),
    processingVerbs: list(source.processingVerbs ?? []),
    listConjunctions: [...new Set((source.listConjunctions ?? []).map((word) => word.toLowerCase()))],
    ageContext: list(source.ageContext ?? []),
    weakModals: list(source.weakModals ?? []),
    permissions: list(source.permissions ?? []),
    anonymous: list(source.anonymous ?? []),
    restrictors: list(source.restrictors ?? []),
    contactSections: list(source.contactSections ?? []),
    periodShort: list(source.periods?.short ?? []),
    periodIndefinite: list(source.periods?.indefinite ?? []),
    period: compilePeriod(source),
    months: new TermList((source.months ?? []).map((month) => `=${month}`)),
    stopWords: new Set((source.stopWords ?? []).map((word) => word.toLowerCase())),
    messages: source.messages ?? {},
  };
}

/** Extra rules per language (`sv`, `en`, …), or for every language under `*`. */
export type LexiconExtensions = Record<string, LexiconSource>;

const compiledCache = new Map<string, Lexicon>();
/**
 * Lexicons with a caller's extra rules, per extensions object and language: a history classifies each of its
 * changes with the same config, and compiling the lexicon anew for each (which also lost its facts cache) cost
 * more than the classification. The extensions are read when first used with a language.
 */
const extendedCache = new WeakMap<LexiconExtensions, Map<string, Lexicon>>();

/**
 * The lexicon for a policy's language. A language without a bundled lexicon (or `und`, too short to tell) gets
 * all bundled lexicons together, so that a brand name or an English phrase in it is still caught.
 */
export function lexiconFor(language: string, extensions?: LexiconExtensions): Lexicon {
  const languages = bundledLanguages();
  const known = languages.includes(language);
  const extended = extensions !== undefined && (extensions['*'] !== undefined || extensions[language] !== undefined) ? extensions : undefined;
  // Unknown languages share the bundled merge; the extra rules are per language.
  const key = extended === undefined && !known ? '*' : language;
  const cache = extended === undefined ? compiledCache : (extendedCache.get(extended) ?? new Map<string, Lexicon>());
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let source: LexiconSource = known
    ? bundledSource(language)
    : languages.reduce<LexiconSource>((merged, lang) => mergeLexicons(merged, { ...bundledSource(lang), messages: {} }), {});
  // The merge of every lexicon is no one language: its terms are matched without a stemmer ('mul'), its messages are English.
  if (!known) source = { ...source, language: 'mul', messages: bundledSource('en').messages ?? {} };
  if (extended !== undefined) {
    const extra = mergeLexicons(extended['*'] ?? {}, extended[language] ?? {});
    source = mergeLexicons(source, { ...extra, language: source.language ?? 'en' });
  }
  const lexicon = compileLexicon(source);
  if (!known) lexicon.language = 'en';
  if (extended !== undefined) {
    const extra = [extended['*'], extended[language]].flatMap((entry) => Object.values(entry?.categories ?? {}).flatMap((category) => category?.terms ?? []));
    lexicon.userTerms = new Set(extra.map((term) => term.trim()));
  }
  cache.set(key, lexicon);
  if (extended !== undefined) extendedCache.set(extended, cache);
  return lexicon;
}

/**
 * What is wrong with a user's extra rules (from the config or the library), or undefined: checked before use so
 * that a typo is a message naming the key, not a crash or a silently ignored term.
 */
export function extensionsProblem(extensions: unknown): { key: string; problem: string } | undefined {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
  if (!isRecord(extensions)) return { key: '', problem: 'must be an object keyed by language, e.g. { "sv": { "categories": … } }' };
  const categories = Object.keys(loadRules().categories);
  const lists = ['negations', 'clauseBreaks', 'subordinators', 'sharingVerbs', 'exampleMarkers', 'finiteVerbs', 'serviceVerbs', 'purposeHeadings', 'limiters', 'processingVerbs', 'listConjunctions', 'ageContext', 'weakModals', 'permissions', 'anonymous', 'restrictors', 'contactSections', 'months', 'stopWords'];
  for (const [language, source] of Object.entries(extensions)) {
    if (!isRecord(source)) return { key: language, problem: 'must be an object of categories and word lists' };
    for (const [name, value] of Object.entries(source)) {
      const key = `${language}.${name}`;
      if (name === 'categories') {
        if (!isRecord(value)) return { key, problem: 'must be an object of categories' };
        for (const [category, entry] of Object.entries(value)) {
          if (!categories.includes(category)) return { key: `${key}.${category}`, problem: `is not a category; use one of ${categories.join(', ')}` };
          if (!isRecord(entry) || Object.keys(entry).some((field) => field !== 'terms' && field !== 'context') || Object.values(entry).some((list) => !isList(list))) {
            return { key: `${key}.${category}`, problem: 'must be { "terms": [...], "context": [...] } with lists of words' };
          }
        }
      } else if (lists.includes(name)) {
        if (!isList(value)) return { key, problem: 'must be a list of words' };
      } else if (name === 'messages') {
        if (!isRecord(value) || Object.values(value).some((text) => typeof text !== 'string')) return { key, problem: 'must map message keys to texts' };
      } else if (name !== 'periods' && name !== 'language' && !name.startsWith('$')) {
        return { key, problem: `is not a setting; use categories, messages, periods or one of ${lists.join(', ')}` };
      }
    }
  }
  return undefined;
}

export function validateExtensions(extensions: unknown): LexiconExtensions {
  const problem = extensionsProblem(extensions);
  if (problem !== undefined) throw inputError(`significance rules: ${problem.key === '' ? '' : `"${problem.key}" `}${problem.problem}`);
  return extensions as LexiconExtensions;
}
