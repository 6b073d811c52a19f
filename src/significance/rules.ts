/**
 * The rules: from the facts of a changed, added or removed sentence (and of its section around it) to findings,
 * each with a level from rules.json and the words that triggered it. Direction is decided by a category's
 * valence (rules.json): a new recipient is worse for the person, a new right is better.
 */
import type { SignificanceCategory, SignificanceLevel, SignificanceRule, WordChange } from '../model.js';
import type { Hit, Period, SentenceFacts } from './facts.js';
import { foldGlyphs } from './facts.js';
import type { FindingLevel, Lexicon, MaterialCategory, Rules, ValenceEvent } from './lexicon.js';
import { wordEdit, type WordEdit } from './words.js';
import { definesOwnName, isOwnName } from './own-names.js';

export interface Finding {
  category: SignificanceCategory;
  level: FindingLevel;
  rule: SignificanceRule;
  triggers: string[];
  from?: string;
  to?: string;
}

/**
 * What the whole document says, old and new: a term, a company or a promise is new when the old document had it
 * nowhere, not merely when the section had not (Meta named in the section already, cookies described elsewhere).
 */
export interface DocumentScope {
  oldTerms: Set<string>;
  newTerms: Set<string>;
  oldNegated: Set<string>;
  newNegated: Set<string>;
  oldOrganisations: Set<string>;
  newOrganisations: Set<string>;
  oldContacts: Set<string>;
  /** Pairs of terms one sentence of the old document relates ("Meta" + "device information"): see relationsOf. */
  oldRelations: Set<string>;
  /** The document's own names (controller, brands, products), lower case. */
  own: ReadonlySet<string>;
}

/** What the rest of the section says, so that "new" means new to the section and not only to the sentence. */
export interface SectionScope {
  document: DocumentScope;
  /** The section's heading says it lists who gets data ("Who we share with", "Recipients"). */
  recipientHeading: boolean;
  /** The section's heading says it lists purposes ("Data controller and purpose", "Ändamål"). */
  purposeHeading: boolean;
  /** The visible text of every sentence removed anywhere in the change. */
  removed: string[];
  /** `category:term` of terms outside a negation, in all old / all new sentences of the section. */
  oldTerms: Set<string>;
  newTerms: Set<string>;
  /** Terms under a negation ("we do not sell"): the section's promises. */
  oldNegated: Set<string>;
  newNegated: Set<string>;
  /** Terms in the new sentences that are not kept as they were (added ones and the new side of changed ones). */
  touchedTerms: Set<string>;
  oldPeriods: Period[];
  touchedPeriods: Period[];
  oldOrganisations: Set<string>;
  newOrganisations: Set<string>;
  oldContacts: Set<string>;
  /** The section's heading says it is about retention / about the controller and how to reach it. */
  retentionHeading: boolean;
  contactHeading: boolean;
  /** The heading, or a lead-in ending in a colon, says the section lists what is collected, used or shared. */
  processingList: boolean;
}

const ORDER: SignificanceLevel[] = ['none', 'editorial', 'minor', 'significant'];
export const levelRank = (level: SignificanceLevel) => ORDER.indexOf(level);
export const maxLevel = (levels: SignificanceLevel[]): SignificanceLevel =>
  levels.reduce<SignificanceLevel>((max, level) => (levelRank(level) > levelRank(max) ? level : max), 'none');

/**
 * A text's words of three letters or more, found once per text: an added sentence is compared with every sentence
 * removed in its change, hundreds when a capture loses a chapter and gets it back the next day.
 */
const words = new Map<string, ReadonlySet<string>>();
function wordsOf(text: string): ReadonlySet<string> {
  let found = words.get(text);
  if (found === undefined) {
    if (words.size >= 4_000) words.clear();
    found = new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
    words.set(text, found);
  }
  return found;
}
/** Share of the words of the shorter text that the other has too. */
function overlap(a: string, b: string): number {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 4) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / Math.max(large.size * 0.85, small.size);
}
const INDIVIDUAL = /individ|identifiable|identifizierbar|identifiable|personlig|profil|henkilökoht/iu;
const PERSONAL = /\b(?:you|your|yours|personal|du|dig|din|dina|ditt|personuppgift\p{L}*|vous|votre|vos|personnelles?|sie|ihre?n?|personenbezogene?n?|sinun|sinusta|henkilö\p{L}*|dine?|personlige?)\b/iu;
const REPRESENTATIVE = /\b(?:representative|representant|représentant|vertreter|edustaja)/iu;
const SIGN_IN_BEFORE = /(?:\b(?:log(?:s|ged|ging)?|sign(?:s|ed|ing)?)[\s-]*(?:in|on)\s+(?:with|using|via|through)|\blogga(?:t|r|s)?\s+in\s+(?:med|via)|\bkirjau\p{L}*\s+|\bse\s+connect\p{L}*\s+(?:avec|via)|\banmeld\p{L}*\s+(?:mit|über))\s+(?:\p{L}+\s+)?$/iu;
const SOURCE_BEFORE = /\b(?:from|från|de la part de|auprès de|von|vom|fra)\s+(?:[\p{L}-]+,?\s+){0,6}$/iu;
/**
 * What a sentence relates, not only what it names: who gets which data or for which purpose, which legal basis
 * for what. "Meta receives Device and Connection Information" is new when no sentence gave Meta that data before,
 * even though both were named.
 */
export function relationsOf(facts: SentenceFacts): { key: string; from: Hit; to: Hit }[] {
  const relations: { key: string; from: Hit; to: Hit }[] = [];
  if (!facts.statement) return relations;
  const hits = facts.hits.filter((hit) => !hit.negated && hit.verb !== true);
  for (const from of hits) {
    if (from.category !== 'recipients' && from.category !== 'legal-basis') continue;
    for (const to of hits) {
      if (to.key === from.key || !RELATED.has(to.category)) continue;
      if (from.category === 'legal-basis' && to.category === 'legal-basis' && from.key > to.key) continue;
      relations.push({ key: `${from.key}|${to.key}`, from, to });
    }
  }
  return relations;
}
const RELATED = new Set(['personal-data', 'purpose', 'legal-basis', 'transfer']);

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
const longest = (periods: readonly Period[]) => periods.reduce((max, period) => Math.max(max, period.days), -Infinity);

/** A side of a period comparison as findings show it: each period when there are a few, else the longest ones. */
interface PeriodSide {
  periods: readonly Period[];
  text: string;
  longest: number;
}
/** More periods than this on one side (a section's, compared with each new sentence) are shown by their longest. */
const SHOWN_PERIODS = 8;
/**
 * Computed once per list: a section's old periods are compared with every added sentence of the section, and a
 * section of thousands of dated sentences made that quadratic, in time and in the triggers of its findings.
 */
const sides = new WeakMap<readonly Period[], PeriodSide>();
function periodSide(periods: readonly Period[]): PeriodSide {
  let side = sides.get(periods);
  if (side === undefined) {
    const max = longest(periods);
    const shown = periods.length <= SHOWN_PERIODS ? periods : periods.filter((period) => period.days === max).slice(0, SHOWN_PERIODS);
    side = { periods: shown, text: shown.map((period) => period.text).join(', '), longest: max };
    sides.set(periods, side);
  }
  return side;
}

const BULLET_START = /^\s*(?:[-–—•·*▪◦●]|\d+[.)°])\s*/u;
/** A bullet, or a line short enough to be one item of a list without bullets. */
const isListItem = (text: string) => BULLET_START.test(text) || (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 12;

export class RuleSet {
  constructor(
    readonly rules: Rules,
    readonly lexicon: Lexicon,
  ) {}

  private valenceLevel(category: MaterialCategory, event: ValenceEvent): FindingLevel | undefined {
    return this.rules.eventOverrides?.[category]?.[event] ?? this.rules.valences[this.rules.categories[category]]?.[event];
  }

  private isRisk = (category: SignificanceCategory) =>
    category in this.rules.categories && this.rules.categories[category as MaterialCategory] === 'risk';

  /**
   * Anonymous or aggregated data is not personal data (GDPR Recital 26): a risk about it, or a negation or modal
   * in a sentence about it that no lexicon places, is capped (rules.json anonymousCap). Rights and safeguards are not.
   */
  private cap(finding: Finding, anonymous: boolean): Finding {
    if (!anonymous || !(this.isRisk(finding.category) || finding.category === 'other')) return finding;
    const level = levelRank(finding.level) > levelRank(this.rules.anonymousCap) ? this.rules.anonymousCap : finding.level;
    return { ...finding, level };
  }

  private byPriority(categories: Iterable<MaterialCategory>): MaterialCategory[] {
    const present = new Set(categories);
    return this.rules.priority.filter((category) => present.has(category));
  }

  /**
   * A negation or modal event in a sentence: the most severe level any of its categories gives it, filed under
   * the first such category; with no category, rules.json "uncategorised".
   */
  private sentenceEvent(event: ValenceEvent, hits: Hit[], triggers: string[], anonymous: boolean): Finding | undefined {
    const categories = this.byPriority(hits.filter((hit) => this.rules.categories[hit.category] !== 'period').map((hit) => hit.category));
    if (categories.length === 0) {
      const level = this.rules.uncategorised[event];
      return level === undefined ? undefined : this.cap({ category: 'other', level, rule: event as SignificanceRule, triggers: unique(triggers) }, anonymous);
    }
    let best: Finding | undefined;
    for (const category of categories) {
      const level = this.valenceLevel(category, event);
      if (level === undefined || (best !== undefined && levelRank(level) <= levelRank(best.level))) continue;
      const words = hits.filter((hit) => hit.category === category).map((hit) => hit.text);
      best = { category, level, rule: event as SignificanceRule, triggers: unique([...triggers, ...words]) };
    }
    return best === undefined ? undefined : this.cap(best, anonymous);
  }

  /** Terms that appear or disappear, each category in its own direction. */
  private termFindings(added: Hit[], removed: Hit[], anonymous: boolean, addedEvent: ValenceEvent, removedEvent: ValenceEvent): Finding[] {
    const findings: Finding[] = [];
    for (const [hitsOf, event] of [[added, addedEvent], [removed, removedEvent]] as const) {
      for (const category of this.byPriority(hitsOf.map((hit) => hit.category))) {
        const level = this.valenceLevel(category, event);
        if (level === undefined) continue;
        const rule: SignificanceRule = event === 'added' || event === 'removed' ? event : (event as SignificanceRule);
        const triggers = unique(hitsOf.filter((hit) => hit.category === category).map((hit) => hit.text));
        findings.push(this.cap({ category, level, rule, triggers }, anonymous));
      }
    }
    return findings;
  }

  private isProtection = (hit: Hit) => this.rules.categories[hit.category] === 'protection';
  /** A verb of passing data on is not a recipient, and period words only mark a sentence as about retention. */
  private countsAsTerm = (hit: Hit) => this.rules.categories[hit.category] !== 'period' && hit.verb !== true;

  /** The sentence (or its section) is about data being collected, used, kept or passed on. */
  private aboutProcessing(facts: SentenceFacts, scope: SectionScope): boolean {
    return facts.processing || facts.hits.some((hit) => hit.verb === true) || scope.processingList || scope.recipientHeading;
  }

  /**
   * A recipient or country is a finding only where data goes there: "switch to another service provider", "EU, UK
   * and Swiss individuals may invoke arbitration" and "outside North America" name them without passing data on.
   * Phrases that say it themselves ("third parties", "outside the EU", "Standard Contractual Clauses") need no verb.
   */
  private placed(hit: Hit, facts: SentenceFacts, scope: SectionScope): boolean {
    return this.placedBy(hit, facts, () => this.aboutProcessing(facts, scope));
  }

  /**
   * For what the whole document already says: any mention makes a recipient known, except as a source of data or
   * a way to sign in ("staff who logged in with Google" does not make Google known).
   */
  placedInSentence(hit: Hit, facts: SentenceFacts): boolean {
    return this.placedBy(hit, facts, () => true);
  }

  private placedBy(hit: Hit, facts: SentenceFacts, processing: () => boolean): boolean {
    if ((hit.category !== 'recipients' && hit.category !== 'transfer') || hit.explicit === true) return true;
    // "We receive your name from Slack": a source of data (Art. 14(2)(f)), not a recipient.
    const before = facts.text.slice(Math.max(0, hit.index - 32), hit.index);
    if (hit.category === 'recipients' && SOURCE_BEFORE.test(before)) return false;
    // "Staff who logged in with Google": a way to sign in, not someone data goes to.
    if (hit.category === 'recipients' && SIGN_IN_BEFORE.test(before)) return false;
    if (hit.category === 'transfer' && !/^\p{Lu}[\p{L}.]*$/u.test(hit.text.replace(/^=/, ''))) return true;
    return processing();
  }

  private aboutRetention(facts: SentenceFacts[], scope: SectionScope): boolean {
    return scope.retentionHeading || facts.some((fact) => fact.hits.some((hit) => hit.category === 'retention'));
  }

  private periodFinding(before: readonly Period[], after: readonly Period[], retention: boolean, whenNew: 'stated' | 'compare'): Finding | undefined {
    const { periods } = this.rules;
    if (before.length === 0 && after.length === 0) return undefined;
    const [oldSide, newSide] = [periodSide(before), periodSide(after)];
    const [from, to] = [oldSide.text, newSide.text];
    const triggers = unique([...oldSide.periods, ...newSide.periods].map((period) => period.text));
    if (before.length > 0 && after.length === 0) {
      return retention ? { category: 'retention', level: periods.dropped, rule: 'period-dropped', triggers, from } : undefined;
    }
    if (before.length === 0) {
      if (whenNew !== 'stated') return undefined;
      const level = !retention ? periods.elsewhere : newSide.longest > periods.longDays ? periods.statedLong : periods.stated;
      return { category: 'retention', level, rule: 'period-stated', triggers, to };
    }
    let [old, nu] = [oldSide.longest, newSide.longest];
    if (old === nu && from === to) return undefined;
    // Several periods in one sentence ("ten (10) years … one (1) year" → "… two (2) years"): compare them in order.
    if (old === nu && before.length === after.length) {
      const grown = before.findIndex((period, index) => after[index]!.days > period.days);
      const shrunk = before.findIndex((period, index) => after[index]!.days < period.days);
      if (grown !== -1) [old, nu] = [before[grown]!.days, after[grown]!.days];
      else if (shrunk !== -1) [old, nu] = [before[shrunk]!.days, after[shrunk]!.days];
    }
    if (!retention) return { category: 'wording', level: periods.elsewhere, rule: 'period-changed', triggers, from, to };
    if (nu > old) return { category: 'retention', level: periods.longer, rule: 'period-longer', triggers, from, to };
    if (nu < old) return { category: 'retention', level: periods.shorter, rule: 'period-shorter', triggers, from, to };
    return undefined;
  }

  private organisationFinding(names: string[], facts: SentenceFacts, scope: SectionScope): Finding | undefined {
    // "We receive your name from Slack": a source of data (Art. 14(2)(f)), not someone data goes to.
    const sources = names.filter((name) => new RegExp(`\\b(?:from|från|de la part de|von|lähteestä)\\s+${escapeForRegExp(name)}`, 'iu').test(facts.text));
    if (sources.length > 0 && sources.length === names.length) return { category: 'personal-data', level: 'minor', rule: 'organisation-added', triggers: sources };
    if (names.length === 0) return undefined;
    const controller = scope.contactHeading || facts.hits.some((hit) => hit.category === 'controller') || REPRESENTATIVE.test(facts.text) || definesOwnName(facts.text);
    // The document's own names are never a new recipient; as controller they are (a new group company, a new owner).
    names = controller ? names : names.filter((name) => !isOwnName(name, scope.document.own));
    if (names.length === 0) return undefined;
    // One more example in an "e.g." list that names others already: the kind of recipient is not new.
    const examples = this.lexicon.exampleMarkers.matches(facts.text);
    const example = !controller && names.every((name) => examples.some((marker) => marker.index < facts.text.indexOf(name))) && facts.organisations.length > names.length;
    if (example) return { category: 'recipients', level: 'minor', rule: 'organisation-added', triggers: names };
    return { category: controller ? 'controller' : 'recipients', level: this.rules.organisation.added, rule: 'organisation-added', triggers: names };
  }

  /** A minimum age in a sentence about age: lower lets younger children in (GDPR Art. 8). */
  private ageFinding(o: SentenceFacts, n: SentenceFacts): Finding | undefined {
    if (!o.aboutAge || !n.aboutAge || o.periods.length > 0 || n.periods.length > 0) return undefined;
    const ages = (facts: SentenceFacts) => facts.numbers.map(Number).filter((value) => Number.isInteger(value) && value > 0 && value < 30);
    const [before, after] = [ages(o), ages(n)];
    if (before.length === 0 || after.length === 0) return undefined;
    const [from, to] = [before.reduce((min, age) => Math.min(min, age)), after.reduce((min, age) => Math.min(min, age))];
    if (from === to) return undefined;
    const lowered = to < from;
    return {
      category: 'personal-data',
      level: lowered ? this.rules.age.lowered : this.rules.age.raised,
      rule: lowered ? 'age-lowered' : 'age-raised',
      triggers: unique(n.numbers.filter((value) => Number(value) === to)),
      from: String(from),
      to: String(to),
    };
  }

  changed(o: SentenceFacts, n: SentenceFacts, words: WordChange[], scope: SectionScope): Finding[] {
    if (foldGlyphs(o.text).replace(/\s+/g, ' ') === foldGlyphs(n.text).replace(/\s+/g, ' ')) return [];
    const findings: Finding[] = [];
    const anonymous = o.anonymous && n.anonymous;
    const allHits = [...o.hits, ...n.hits];
    const polarity = o.negations.length !== n.negations.length;
    const modal = !polarity && o.weakModals.length > 0 !== n.weakModals.length > 0;
    // "only"/"endast" works like a negation ("not beyond"): judged the same way, unless a negation already flipped.
    const limit = !polarity && o.limiters.length !== n.limiters.length;
    if (polarity) {
      const appeared = n.negations.length > o.negations.length;
      const words = (appeared ? n.negations : o.negations).map((match) => match.text);
      const finding = this.sentenceEvent(appeared ? 'negation-added' : 'negation-removed', allHits, words, anonymous);
      if (finding) findings.push(finding);
    } else if (modal) {
      const hardened = o.weakModals.length > 0;
      const words = (hardened ? o.weakModals : n.weakModals).map((match) => match.text);
      const finding = this.sentenceEvent(hardened ? 'modal-hardened' : 'modal-softened', allHits, words, anonymous);
      if (finding) findings.push(finding);
    }

    if (limit) {
      const widened = o.limiters.length > n.limiters.length;
      const words = (widened ? o.limiters : n.limiters).map((match) => match.text);
      const finding = this.sentenceEvent(widened ? 'limit-removed' : 'limit-added', allHits, words, anonymous);
      if (finding) findings.push(finding);
    }

    const edit = wordEdit(words);
    if (!polarity && !modal && !limit && edit.typo) {
      return [{ category: 'wording', level: 'editorial', rule: 'typo', triggers: edit.hunks }];
    }

    // Risk and basis terms: new to the document. Protection terms: gone from the sentence and from the document.
    const oldTerms = new Set(o.hits.filter((hit) => !hit.negated).map((hit) => hit.key));
    const newTerms = new Set(n.hits.filter((hit) => !hit.negated).map((hit) => hit.key));
    const { document } = scope;
    let added = n.hits.filter(
      (hit) => !hit.negated && this.countsAsTerm(hit) && this.placed(hit, n, scope) && !(this.isProtection(hit) ? oldTerms : document.oldTerms).has(hit.key),
    );
    let removed = o.hits.filter(
      (hit) => !hit.negated && this.countsAsTerm(hit) && !newTerms.has(hit.key) && !(this.isProtection(hit) ? scope.touchedTerms : document.newTerms).has(hit.key),
    );
    // One safeguard or company put in another's place ("SSL" → "TLS", "Iterable" → "Braze") is not one lost and one new.
    // A legal basis swapped is a new basis; a recipient or country swapped is a new one unless both are examples
    // ("e.g., Iterable" → "e.g., Braze": the kind of recipient stays, the example changes).
    const examples = this.lexicon.exampleMarkers.matches(n.text);
    // A safeguard swapped for another is the same protection; a right swapped for another loses the first right.
    const swappable = (hit: Hit) =>
      hit.category === 'security' || (this.isRisk(hit.category) && examples.some((marker) => marker.index < hit.index));
    const replacedCategories = new Set(
      removed.filter((gone) => swappable(gone) && added.some((hit) => hit.category === gone.category && swappable(hit) && this.replaces(gone, hit, edit))).map((hit) => hit.category),
    );
    const replacements: Finding[] = [];
    for (const category of replacedCategories) {
      const from = removed.filter((hit) => hit.category === category);
      const to = added.filter((hit) => hit.category === category);
      replacements.push({ category, level: 'minor', rule: 'replaced', triggers: unique([...from, ...to].map((hit) => hit.text)), from: unique(from.map((hit) => hit.text)).join(', '), to: unique(to.map((hit) => hit.text)).join(', ') });
    }
    added = added.filter((hit) => !replacedCategories.has(hit.category));
    removed = removed.filter((hit) => !replacedCategories.has(hit.category));
    // A named company in place of another, where the lexicon knows only the new name ("e.g. Iterable" → "e.g. Braze").
    const swappedHunks = edit.hunks.filter((hunk) => /^\p{Lu}[^→]* → \p{Lu}/u.test(hunk));
    const swapped = added.filter((hit) => hit.category === 'recipients' && swappable(hit) && /^\p{Lu}/u.test(hit.text) && swappedHunks.some((hunk) => hunk.split(' → ')[1]!.includes(hit.text)));
    if (swapped.length > 0) {
      const hunks = swappedHunks.filter((hunk) => swapped.some((hit) => hunk.split(' → ')[1]!.includes(hit.text)));
      replacements.push({
        category: 'recipients',
        level: 'minor',
        rule: 'replaced',
        triggers: unique(swapped.map((hit) => hit.text)),
        from: unique(hunks.map((hunk) => hunk.split(' → ')[0]!)).join(', '),
        to: unique(hunks.map((hunk) => hunk.split(' → ')[1]!.replace(/[,.;]+$/u, ''))).join(', '),
      });
      added = added.filter((hit) => !swapped.includes(hit));
    }
    findings.push(...replacements);
    findings.push(...this.termFindings(added, removed, anonymous, 'added', 'removed'));
    const extended = this.listExtension(n, edit, findings, anonymous, scope) ?? this.groundAdded(n, edit, findings, anonymous);
    if (extended) findings.push(extended);

    // A promise that loses part of what it ruled out ("we do not sell to brokers or advertisers" → "…to brokers").
    if (!polarity) {
      const newNegated = new Set(n.hits.filter((hit) => hit.negated).map((hit) => hit.key));
      const dropped = o.hits.filter((hit) => hit.negated && this.isRisk(hit.category) && !newNegated.has(hit.key) && !scope.newNegated.has(hit.key));
      findings.push(...this.termFindings([], dropped, anonymous, 'promise-added', 'promise-withdrawn'));
    }

    const restrictors = n.restrictors.filter((match) => !o.restrictors.some((old) => old.term === match.term));
    const protectedHits = n.hits.filter(this.isProtection);
    if (restrictors.length > 0 && protectedHits.length > 0) {
      const category = this.byPriority(protectedHits.map((hit) => hit.category))[0]!;
      const level = this.valenceLevel(category, 'restricted');
      if (level) findings.push({ category, level, rule: 'restricted', triggers: unique(restrictors.map((match) => match.text)) });
    }

    const retention = this.aboutRetention([o, n], scope) || (n.hits.some((hit) => this.isRisk(hit.category) && !hit.negated) && this.aboutProcessing(n, scope));
    const period = this.periodFinding(o.periods, n.periods, retention, 'stated');
    if (period) findings.push(period);

    const goneOrganisations = o.organisations.filter((name) => !n.organisations.includes(name));
    const newOrganisations = n.organisations.filter((name) => !scope.document.oldOrganisations.has(name.toLowerCase()) && !o.organisations.includes(name));
    const exampleOrganisation = (name: string) => this.lexicon.exampleMarkers.matches(n.text).some((marker) => marker.index < n.text.indexOf(name));
    if (newOrganisations.length > 0 && goneOrganisations.length > 0 && newOrganisations.every(exampleOrganisation)) {
      findings.push({ category: 'recipients', level: 'minor', rule: 'replaced', triggers: unique([...goneOrganisations, ...newOrganisations]), from: goneOrganisations.join(', '), to: newOrganisations.join(', ') });
    } else {
      const organisation = this.organisationFinding(newOrganisations, n, scope);
      if (organisation) findings.push(organisation);
    }

    const age = this.ageFinding(o, n);
    if (age) findings.push(age);

    const contactsChanged = o.contacts.join('\n') !== n.contacts.join('\n');
    const numbersChanged = o.numbers.join(' ') !== n.numbers.join(' ');
    if (contactsChanged || (numbersChanged && (scope.contactHeading || o.contacts.length > 0))) {
      const phrases = edit.addedPhrases.length > 0 ? edit.addedPhrases : edit.removedPhrases;
      const triggers = unique([...n.contacts.filter((c) => !o.contacts.includes(c)), ...phrases]);
      findings.push({ category: 'controller', level: this.rules.contactChanged, rule: 'contact-changed', triggers });
    } else if (numbersChanged && period === undefined && age === undefined) {
      findings.push({ category: 'wording', level: 'editorial', rule: 'numbers-changed', triggers: edit.hunks, from: o.numbers.join(', '), to: n.numbers.join(', ') });
    }

    const relation = this.relationFinding(n, o, scope, findings);
    if (relation) findings.push(relation);

    if (findings.length === 0) findings.push(this.wording(edit));
    return findings;
  }

  /**
   * "We collect your step count {+and heart rate+}": an item joined to a sentence about processing is a new kind
   * of data, recipient or purpose whether or not a lexicon knows the word. Not for a sentence only about rights or
   * safeguards, and not when a term rule has already said the same.
   */
  private listExtension(n: SentenceFacts, edit: WordEdit, findings: Finding[], anonymous: boolean, scope: SectionScope): Finding | undefined {
    if (!this.aboutProcessing(n, scope) || findings.some((finding) => finding.rule === 'added' && this.isRisk(finding.category))) return undefined;
    if (n.hits.length > 0 && n.hits.every(this.isProtection)) return undefined;
    // "You may not share, sell, or transfer your key": a list under a negation rules things out.
    if (n.negations.length > 0) return undefined;
    // A list of what data about organisations or industries is received is not about the reader.
    if (!n.hits.some((hit) => this.isRisk(hit.category) && this.placed(hit, n, scope)) && !PERSONAL.test(n.text)) return undefined;
    const conjunctions = this.lexicon.listConjunctions;
    const hasContent = (phrase: string) =>
      (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => !conjunctions.includes(word.toLowerCase()) && !this.lexicon.stopWords.has(word.toLowerCase()));
    const items = edit.insertions.filter((phrase) => {
      const first = phrase.replace(/^[\s]+/, '');
      const joined = conjunctions.some((word) => (word === ',' ? first.startsWith(',') : first.toLowerCase().startsWith(`${word} `)));
      // An example ("including photos", "t.ex. …") illustrates what was there; a phrase with a verb of its own
      // ("and Company is located in …") is a clause, a condition, not an item; a bracket is an aside.
      const body = first.replace(/^[\s,;]+/, '');
      const example = this.lexicon.exampleMarkers.matches(body).some((match) => match.index <= 12);
      const clause = this.lexicon.finiteVerbs.test(body) || this.lexicon.subordinators.matches(body).some((match) => match.index <= 12);
      // "to provide {+and improve+} the service": a verb joined to a verb names no data, recipient or purpose.
      const words = (body.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !conjunctions.includes(word.toLowerCase()));
      const verbs = words.length > 0 && words.every((word) => this.lexicon.serviceVerbs.test(word));
      return joined && hasContent(first) && !example && !clause && !verbs && !body.startsWith('(');
    });
    if (items.length === 0) return undefined;
    const inItems = n.hits.filter((hit) => this.isRisk(hit.category) && items.some((item) => item.includes(hit.text)));
    const category =
      this.byPriority(inItems.map((hit) => hit.category))[0] ??
      (n.hits.some((hit) => hit.category === 'recipients') ? 'recipients' : 'personal-data');
    const level = this.valenceLevel(category, 'list-extended');
    if (level === undefined) return undefined;
    return this.cap({ category, level, rule: 'list-extended', triggers: unique(items.map((item) => item.replace(/^[\s,]+/, ''))) }, anonymous);
  }

  /**
   * "Meta may also retain your Content: (i) …; (ii) …; and {+(iii) when our systems flag data+}": a new numbered
   * case in a sentence that allows keeping, using or passing on data widens what it allows.
   */
  private groundAdded(n: SentenceFacts, edit: WordEdit, findings: Finding[], anonymous: boolean): Finding | undefined {
    if (n.negations.length > 0 || findings.some((finding) => finding.level === 'significant')) return undefined;
    const grounds = edit.insertions.filter((phrase) => /\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h])\)/u.test(phrase) && (phrase.match(/\p{L}+/gu) ?? []).length >= 4);
    if (grounds.length === 0) return undefined;
    const categories = this.byPriority(n.hits.filter((hit) => !hit.negated && (this.isRisk(hit.category) || hit.category === 'retention')).map((hit) => hit.category));
    const category = categories.includes('retention') ? 'retention' : categories[0];
    if (category === undefined) return undefined;
    return this.cap({ category, level: 'significant', rule: 'list-extended', triggers: unique(grounds) }, anonymous);
  }

  /**
   * Relations of a new or changed sentence that no sentence of the old document had, between terms the old
   * document already had: a known recipient now given known data, a known basis now for another purpose.
   */
  private relationFinding(n: SentenceFacts, o: SentenceFacts | undefined, scope: SectionScope, findings: Finding[]): Finding | undefined {
    if (findings.some((finding) => finding.level === 'significant') || n.anonymous) return undefined;
    const before = new Set(o === undefined ? [] : relationsOf(o).map((relation) => relation.key));
    const fresh = relationsOf(n).filter(
      ({ key, from, to }) =>
        !before.has(key) && !scope.document.oldRelations.has(key) && scope.document.oldTerms.has(from.key) && scope.document.oldTerms.has(to.key) && this.placed(from, n, scope),
    );
    const first = fresh[0];
    if (first === undefined) return undefined;
    const level = this.valenceLevel(first.from.category, 'added');
    if (level === undefined) return undefined;
    // "Twilio (telefonnummer)": who, and what or why, as one piece of evidence.
    const triggers = unique(fresh.filter((relation) => relation.from.category === first.from.category).map((relation) => `${relation.from.text} (${relation.to.text})`));
    return { category: first.from.category, level, rule: 'relation-added', triggers };
  }

  /** `gone` and `hit` stand in one edit hunk of the sentence ("SSL → TLS"): one replaced the other. */
  private replaces(gone: Hit, hit: Hit, edit: WordEdit): boolean {
    return edit.hunks.some((hunk) => {
      const [from, to] = hunk.split(' → ');
      return to !== undefined && from!.includes(gone.text) && to.includes(hit.text);
    });
  }

  private wording(edit: WordEdit): Finding {
    const isContent = (token: string) => token.length > 1 && !this.lexicon.stopWords.has(token.toLowerCase());
    const newWords = edit.unmatchedAdded.filter(isContent);
    const goneWords = edit.unmatchedRemoved.filter(isContent);
    // New information rather than rewording: words added with nothing taken away, or several new words.
    if ((edit.removed.length === 0 && newWords.length > 0) || newWords.length - goneWords.length >= 2) {
      return { category: 'wording', level: this.rules.textAdded, rule: 'clarification', triggers: edit.hunks };
    }
    if (newWords.length === 0 && goneWords.length >= 3) {
      return { category: 'wording', level: this.rules.textRemoved, rule: 'text-removed', triggers: edit.hunks };
    }
    return { category: 'wording', level: 'editorial', rule: 'wording', triggers: edit.hunks };
  }

  added(n: SentenceFacts, scope: SectionScope): Finding[] {
    const findings: Finding[] = [];
    const { document } = scope;
    const fresh = n.hits.filter(
      (hit) => this.countsAsTerm(hit) && this.placed(hit, n, scope) && (this.isProtection(hit) || !(hit.negated ? document.oldNegated : document.oldTerms).has(hit.key)),
    );
    // "We may publish aggregated, de-identified findings": about no one, unless it speaks of individuals' profiles too.
    const anonymous = n.anonymous && !INDIVIDUAL.test(n.text);
    findings.push(...this.termFindings(fresh.filter((hit) => !hit.negated), [], anonymous, 'added', 'removed'));
    findings.push(...this.termFindings(fresh.filter((hit) => hit.negated), [], anonymous, 'promise-added', 'promise-withdrawn'));
    const protectedHits = n.hits.filter(this.isProtection);
    if (n.restrictors.length > 0 && protectedHits.length > 0) {
      const category = this.byPriority(protectedHits.map((hit) => hit.category))[0]!;
      const level = this.valenceLevel(category, 'restricted');
      if (level) findings.push({ category, level, rule: 'restricted', triggers: unique(n.restrictors.map((match) => match.text)) });
    }
    const retention = this.aboutRetention([n], scope);
    const period = retention && scope.oldPeriods.length > 0
      ? this.periodFinding(scope.oldPeriods, n.periods, true, 'compare')
      : this.periodFinding([], n.periods, retention, 'stated');
    // The old periods stand in other sentences: only this sentence's words are its triggers.
    if (period && period.rule !== 'period-dropped') findings.push({ ...period, triggers: unique(n.periods.map((p) => p.text)) });
    const organisation = this.organisationFinding(n.organisations.filter((name) => !document.oldOrganisations.has(name.toLowerCase())), n, scope);
    if (organisation) findings.push(organisation);
    const contacts = n.contacts.filter((contact) => !document.oldContacts.has(contact));
    if (contacts.length > 0) findings.push({ category: 'controller', level: this.rules.contactChanged, rule: 'contact-changed', triggers: contacts });
    const relation = this.relationFinding(n, undefined, scope, findings);
    if (relation) findings.push(relation);
    // An item renumbered or reworded a little ("12° Aggregate …" → "6° To aggregate …") restates one removed elsewhere.
    const restated = findings.length === 0 && scope.removed.some((old) => overlap(old, n.text) >= 0.7);
    if (restated) findings.push({ category: 'wording', level: 'editorial', rule: 'wording', triggers: [] });
    if (findings.length === 0 && (scope.processingList || scope.recipientHeading || scope.purposeHeading) && this.isItem(n)) {
      // "– crash reports and diagnostic data" under "We collect:", "* Orange Business Services by providing an
      // aggregation API" under "Data recipients": a new kind of data or a new recipient, named or not in a lexicon.
      const category = scope.recipientHeading ? 'recipients' : scope.purposeHeading ? 'purpose' : 'personal-data';
      const level = this.valenceLevel(category, 'list-extended');
      if (level) findings.push({ category, level, rule: 'list-extended', triggers: [n.text.replace(BULLET_START, '').replace(/[.;,]+$/, '').trim()] });
    }
    if (findings.length === 0) findings.push(this.plain(n, 'text-added', this.rules.textAdded));
    return findings;
  }

  removed(o: SentenceFacts, scope: SectionScope): Finding[] {
    const findings: Finding[] = [];
    const gone = o.hits.filter(
      (hit) => this.countsAsTerm(hit) && !hit.negated && !(this.isProtection(hit) ? scope.touchedTerms : scope.document.newTerms).has(hit.key),
    );
    findings.push(...this.termFindings([], gone, false, 'added', 'removed'));
    const promises = o.hits.filter((hit) => this.countsAsTerm(hit) && hit.negated && !scope.newNegated.has(hit.key) && !scope.document.newNegated.has(hit.key));
    findings.push(...this.termFindings([], promises, false, 'promise-added', 'promise-withdrawn'));
    // With periods on the new side, the sentence that states them reports the comparison; here only a dropped one.
    if (o.periods.length > 0 && scope.touchedPeriods.length === 0) {
      const period = this.periodFinding(o.periods, scope.touchedPeriods, this.aboutRetention([o], scope), 'compare');
      if (period) findings.push({ ...period, triggers: unique(o.periods.map((p) => p.text)) });
    }
    const names = o.organisations.filter((name) => !scope.newOrganisations.has(name) && !scope.document.newOrganisations.has(name.toLowerCase()));
    if (names.length > 0) findings.push({ category: 'recipients', level: this.rules.organisation.removed, rule: 'organisation-removed', triggers: names });
    if (findings.length === 0) findings.push(this.plain(o, 'text-removed', this.rules.textRemoved));
    return findings;
  }

  /**
   * An item of a list: a bullet or a short line, not a sentence that says something of its own ("External GPT
   * sharing is not supported for …"): no negation, no verb of its own beyond a participle.
   */
  private isItem(n: SentenceFacts): boolean {
    // A lead-in ("Läs mer om hur Google använder information på:") introduces what follows; it is no item.
    if (!(isListItem(n.text) || BULLET_START.test(n.text)) || n.negations.length > 0 || /:\s*$/u.test(n.text)) return false;
    const body = n.text.replace(BULLET_START, '');
    return BULLET_START.test(n.text) || !this.lexicon.finiteVerbs.test(body);
  }

  /** A sentence with no flagged term: new or dropped text, or only a date or a number. */
  private plain(facts: SentenceFacts, rule: 'text-added' | 'text-removed', level: FindingLevel): Finding {
    const words = facts.text.match(/[\p{L}]+/gu) ?? [];
    const months = new Set(this.lexicon.months.matches(facts.text).map((match) => match.text.toLowerCase()));
    const content = words.filter((word) => !months.has(word.toLowerCase()));
    if (facts.numbers.length > 0 && content.length <= 3) {
      return { category: 'wording', level: 'editorial', rule: 'numbers-changed', triggers: [facts.text] };
    }
    return { category: 'wording', level, rule, triggers: [] };
  }
}
