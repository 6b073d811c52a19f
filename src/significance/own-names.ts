/**
 * The document's own names: the controller, its brands and products. Google in Google's privacy policy, Anthropic
 * in Anthropic's, "Advoco" in 'Infracom Communications AB (nedan "Advoco", "vi" eller "oss")' are who "we" are,
 * never a recipient or a new company. Found from the text itself:
 * - a name with its short forms defined beside "we" ('Bitwarden Inc. ("Bitwarden")', '(“GitHub”, “we”, "us")');
 * - the names in the title ("Spotify Privacy Policy");
 * - the domain of the document's own e-mail addresses (privacy@github.com);
 * - a name that stands in a large share of the document's sentences.
 */
import type { SentenceFacts } from './facts.js';

const WE = /(?:^|[\s“"'‘«(,])(?:we|us|our|vi|oss|vår|våra|nous|notre|nos|wir|uns|unser|me|meidän|meitä|os|vores|vår)(?=$|[\s”"'’»),])/iu;
const DEFINED = /hereinafter|referred to as|nedan|härefter|ci-après|ci-dessous|nachfolgend|im folgenden|jäljempänä|herefter|heretter/iu;
const QUOTED = /[“"'‘«„]\s*([^”"'’»“]{2,40}?)\s*[”"'’»“]/gu;
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{N}&.'’-]*(?:,?[\s\u00a0]+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&))*)[\s\u00a0,]*\(([^()]{1,200})\)/gu;
/** Words of a title that name the kind of document, not its owner. */
const GENERIC = /^(?:privacy|policy|policies|statement|notice|terms|term|of|service|services|use|cookie|cookies|and|the|for|consumers?|european|union|economic|area|data|protection|information|general|global|business|legal|conditions|version|integritetspolicy|sekretesspolicy|personuppgiftspolicy|integritet|dataskyddspolicy|politique|de|confidentialité|conditions|générales|d'utilisation|datenschutzerklärung|datenschutzhinweise|datenschutz|tietosuojaseloste|tietosuojakäytäntö|privatlivspolitik|personvernerklæring|api|app|application)$/iu;
const WE_WORDS = /^(?:we|us|our|vi|oss|vår|nous|wir|uns|me|os|company|the company|bolaget|företaget|la société|l'entreprise|das unternehmen|yhtiö)$/iu;

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’:]s$/u, '')
    .replace(/[.,\s]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

function addName(names: Set<string>, name: string): void {
  const cleaned = key(name);
  if (cleaned.length < 2 || WE_WORDS.test(cleaned)) return;
  names.add(cleaned);
  // "Bitwarden Inc." also goes by "Bitwarden"; "Meta Platforms Ireland Limited" by "Meta".
  const first = cleaned.split(' ')[0]!;
  if (first.length >= 3 && !GENERIC.test(first)) names.add(first);
}

/**
 * What some sentences of a document tell of its own names, to be added up over the document (ownNamesOf): a
 * history's versions share most of their sections, whose parts are then worked out once.
 */
export interface OwnNameParts {
  /** Names defined beside "we" and the domains of e-mail addresses. */
  names: Set<string>;
  /** Statements among the sentences, and in how many of them each name's first word stands. */
  statements: number;
  counts: Map<string, number>;
}

export function ownNameParts(sentences: Iterable<SentenceFacts>): OwnNameParts {
  const parts: OwnNameParts = { names: new Set(), statements: 0, counts: new Map() };
  for (const facts of sentences) {
    const text = facts.text;
    if (text.includes('(')) {
      for (const match of text.matchAll(NAME_BEFORE)) {
        const inner = match[2]!;
        if (!WE.test(inner) && !DEFINED.test(inner)) continue;
        addName(parts.names, match[1]!);
        for (const quoted of inner.matchAll(QUOTED)) addName(parts.names, quoted[1]!);
      }
    }
    for (const contact of facts.contacts) {
      const domain = /@([\p{L}\p{N}-]+)\./u.exec(contact)?.[1];
      if (domain !== undefined && domain.length >= 3) parts.names.add(domain.toLowerCase());
    }
    if (!facts.statement) continue;
    parts.statements += 1;
    for (const first of new Set(facts.names.map((name) => key(name).split(' ')[0]!))) parts.counts.set(first, (parts.counts.get(first) ?? 0) + 1);
  }
  return parts;
}

/** Adds `part` to `into` (one sentence's parts to its section's, a section's to its document's). */
export function addOwnNameParts(into: OwnNameParts, part: OwnNameParts): void {
  for (const name of part.names) into.names.add(name);
  into.statements += part.statements;
  for (const [name, count] of part.counts) into.counts.set(name, (into.counts.get(name) ?? 0) + count);
}

/** The document's own names from the parts of all its sentences and its titles. */
export function ownNamesOf(parts: Iterable<OwnNameParts>, titles: readonly (string | undefined)[]): Set<string> {
  const all: OwnNameParts = { names: new Set(), statements: 0, counts: new Map() };
  for (const part of parts) addOwnNameParts(all, part);
  const { names, statements, counts } = all;
  for (const title of titles) {
    for (const word of (title ?? '').replace(/[#*_[\]()]/gu, ' ').split(/[\s,]+/u)) {
      if (/^\p{Lu}/u.test(word) && word.length >= 3 && !GENERIC.test(word.replace(/[.:]$/u, ''))) addName(names, word);
    }
  }
  // The name most sentences are about: in a long policy only its owner's comes back this often.
  for (const [name, count] of counts) {
    if (count >= 5 && count >= statements * 0.15 && name.length >= 3 && !GENERIC.test(name)) names.add(name);
  }
  return names;
}

/** The sentence defines who "we" are ('GitHub Inc. ("GitHub", "we")'): a sentence about the controller. */
export function definesOwnName(text: string): boolean {
  if (!text.includes('(')) return false;
  return [...text.matchAll(/\(([^()]{1,200})\)/gu)].some((match) => (WE.test(match[1]!) || DEFINED.test(match[1]!)) && QUOTED.test(match[1]!));
}

/** `text` is one of the document's own names, or a name that starts with one ("Spotify USA Inc.", "Googles"). */
export function isOwnName(text: string, own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  const name = key(text);
  if (own.has(name)) return true;
  for (const candidate of own) {
    if (name.startsWith(`${candidate} `) || name.startsWith(`${candidate}-`) || candidate.startsWith(`${name} `)) return true;
  }
  return false;
}

/**
 * The facts of a sentence without the recipients that are the document's own names. Companies named with a legal
 * form stay: as a controller, an own name is still news (a new owner); the rules drop it as a recipient.
 */
export function withoutOwnNames(facts: SentenceFacts, own: ReadonlySet<string>): SentenceFacts {
  if (own.size === 0) return facts;
  const hits = facts.hits.filter((hit) => !(hit.category === 'recipients' && /^\p{Lu}/u.test(hit.text) && isOwnName(hit.text, own)));
  return hits.length === facts.hits.length ? facts : { ...facts, hits };
}
