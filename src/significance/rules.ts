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

export interface Finding {
  category: SignificanceCategory;
  level: FindingLevel;
  rule: SignificanceRule;
  triggers: string[];
  from?: string;
  to?: string;
}

/** What the rest of the section says, so that "new" means new to the section and not only to the sentence. */
export interface SectionScope {
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

const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
const describePeriods = (periods: Period[]) => periods.map((period) => period.text).join(', ');
const longest = (periods: Period[]) => Math.max(...periods.map((period) => period.days));

const BULLET_START = /^\s*(?:[-–—•·*▪◦●]|\d+[.)])\s*/u;
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
  private countsAsTerm = (hit: Hit) => this.rules.categories[hit.category] !== 'period';

  private aboutRetention(facts: SentenceFacts[], scope: SectionScope): boolean {
    return scope.retentionHeading || facts.some((fact) => fact.hits.some((hit) => hit.category === 'retention'));
  }

  private periodFinding(before: Period[], after: Period[], retention: boolean, whenNew: 'stated' | 'compare'): Finding | undefined {
    const { periods } = this.rules;
    if (before.length === 0 && after.length === 0) return undefined;
    const from = describePeriods(before);
    const to = describePeriods(after);
    const triggers = unique([...before, ...after].map((period) => period.text));
    if (before.length > 0 && after.length === 0) {
      return retention ? { category: 'retention', level: periods.dropped, rule: 'period-dropped', triggers, from } : undefined;
    }
    if (before.length === 0) {
      if (whenNew !== 'stated') return undefined;
      const level = !retention ? periods.elsewhere : longest(after) > periods.longDays ? periods.statedLong : periods.stated;
      return { category: 'retention', level, rule: 'period-stated', triggers, to };
    }
    const [old, nu] = [longest(before), longest(after)];
    if (old === nu && from === to) return undefined;
    if (!retention) return { category: 'wording', level: periods.elsewhere, rule: 'period-changed', triggers, from, to };
    if (nu > old) return { category: 'retention', level: periods.longer, rule: 'period-longer', triggers, from, to };
    if (nu < old) return { category: 'retention', level: periods.shorter, rule: 'period-shorter', triggers, from, to };
    return undefined;
  }

  private organisationFinding(names: string[], facts: SentenceFacts, scope: SectionScope): Finding | undefined {
    if (names.length === 0) return undefined;
    const controller = scope.contactHeading || facts.hits.some((hit) => hit.category === 'controller');
    return { category: controller ? 'controller' : 'recipients', level: this.rules.organisation.added, rule: 'organisation-added', triggers: names };
  }

  /** A minimum age in a sentence about age: lower lets younger children in (GDPR Art. 8). */
  private ageFinding(o: SentenceFacts, n: SentenceFacts): Finding | undefined {
    if (!o.aboutAge || !n.aboutAge || o.periods.length > 0 || n.periods.length > 0) return undefined;
    const ages = (facts: SentenceFacts) => facts.numbers.map(Number).filter((value) => Number.isInteger(value) && value > 0 && value < 30);
    const [before, after] = [ages(o), ages(n)];
    if (before.length === 0 || after.length === 0) return undefined;
    const [from, to] = [Math.min(...before), Math.min(...after)];
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

    // Risk and basis terms: new to the section. Protection terms: gone from the sentence and not restated nearby.
    const oldTerms = new Set(o.hits.filter((hit) => !hit.negated).map((hit) => hit.key));
    const newTerms = new Set(n.hits.filter((hit) => !hit.negated).map((hit) => hit.key));
    const added = n.hits.filter((hit) => !hit.negated && this.countsAsTerm(hit) && !(this.isProtection(hit) ? oldTerms : scope.oldTerms).has(hit.key));
    const removed = o.hits.filter(
      (hit) =>
        !hit.negated &&
        this.countsAsTerm(hit) &&
        !newTerms.has(hit.key) &&
        !(this.isProtection(hit) ? scope.touchedTerms : scope.newTerms).has(hit.key),
    );
    findings.push(...this.termFindings(added, removed, anonymous, 'added', 'removed'));
    const extended = this.listExtension(n, edit, findings, anonymous);
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

    const period = this.periodFinding(o.periods, n.periods, this.aboutRetention([o, n], scope), 'stated');
    if (period) findings.push(period);

    const organisation = this.organisationFinding(n.organisations.filter((name) => !scope.oldOrganisations.has(name)), n, scope);
    if (organisation) findings.push(organisation);

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

    if (findings.length === 0) findings.push(this.wording(edit));
    return findings;
  }

  /**
   * "We collect your step count {+and heart rate+}": an item joined to a sentence about processing is a new kind
   * of data, recipient or purpose whether or not a lexicon knows the word. Not for a sentence only about rights or
   * safeguards, and not when a term rule has already said the same.
   */
  private listExtension(n: SentenceFacts, edit: WordEdit, findings: Finding[], anonymous: boolean): Finding | undefined {
    if (!n.processing || findings.some((finding) => finding.rule === 'added' && this.isRisk(finding.category))) return undefined;
    if (n.hits.length > 0 && n.hits.every(this.isProtection)) return undefined;
    const conjunctions = this.lexicon.listConjunctions;
    const hasContent = (phrase: string) =>
      (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => !conjunctions.includes(word.toLowerCase()) && !this.lexicon.stopWords.has(word.toLowerCase()));
    const items = edit.insertions.filter((phrase) => {
      const first = phrase.replace(/^[\s]+/, '');
      const joined = conjunctions.some((word) => (word === ',' ? first.startsWith(',') : first.toLowerCase().startsWith(`${word} `)));
      return joined && hasContent(first);
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
    const fresh = n.hits.filter((hit) => this.countsAsTerm(hit) && (this.isProtection(hit) || !(hit.negated ? scope.oldNegated : scope.oldTerms).has(hit.key)));
    findings.push(...this.termFindings(fresh.filter((hit) => !hit.negated), [], false, 'added', 'removed'));
    findings.push(...this.termFindings(fresh.filter((hit) => hit.negated), [], false, 'promise-added', 'promise-withdrawn'));
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
    const organisation = this.organisationFinding(n.organisations.filter((name) => !scope.oldOrganisations.has(name)), n, scope);
    if (organisation) findings.push(organisation);
    const contacts = n.contacts.filter((contact) => !scope.oldContacts.has(contact));
    if (contacts.length > 0) findings.push({ category: 'controller', level: this.rules.contactChanged, rule: 'contact-changed', triggers: contacts });
    if (findings.length === 0 && scope.processingList && isListItem(n.text)) {
      // "– crash reports and diagnostic data" under "We collect:": a new kind of data whether or not a lexicon names it.
      const level = this.valenceLevel('personal-data', 'list-extended');
      if (level) findings.push({ category: 'personal-data', level, rule: 'list-extended', triggers: [n.text.replace(BULLET_START, '').replace(/[.;,]+$/, '').trim()] });
    }
    if (findings.length === 0) findings.push(this.plain(n, 'text-added', this.rules.textAdded));
    return findings;
  }

  removed(o: SentenceFacts, scope: SectionScope): Finding[] {
    const findings: Finding[] = [];
    const gone = o.hits.filter(
      (hit) => this.countsAsTerm(hit) && !hit.negated && !(this.isProtection(hit) ? scope.touchedTerms : scope.newTerms).has(hit.key),
    );
    findings.push(...this.termFindings([], gone, false, 'added', 'removed'));
    const promises = o.hits.filter((hit) => this.countsAsTerm(hit) && hit.negated && !scope.newNegated.has(hit.key));
    findings.push(...this.termFindings([], promises, false, 'promise-added', 'promise-withdrawn'));
    // With periods on the new side, the sentence that states them reports the comparison; here only a dropped one.
    if (o.periods.length > 0 && scope.touchedPeriods.length === 0) {
      const period = this.periodFinding(o.periods, scope.touchedPeriods, this.aboutRetention([o], scope), 'compare');
      if (period) findings.push({ ...period, triggers: unique(o.periods.map((p) => p.text)) });
    }
    const names = o.organisations.filter((name) => !scope.newOrganisations.has(name));
    if (names.length > 0) findings.push({ category: 'recipients', level: this.rules.organisation.removed, rule: 'organisation-removed', triggers: names });
    if (findings.length === 0) findings.push(this.plain(o, 'text-removed', this.rules.textRemoved));
    return findings;
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
