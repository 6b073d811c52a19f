/**
 * classifySignificance: runs the rules over every sentence-level change of a PolicyDiff and says how much the
 * change matters to the people the policy is about (GDPR Art. 12–14; WP260 rev.01 §29–32 on when a change needs
 * a prominent notice). Pure: a PolicyDiff in, plain data out.
 */
import { diffWords } from 'diff';
import type { DiffPart, PolicyDiff, SectionDiff, Sentence, Significance, SignificanceReason, WordChange } from '../model.js';
import { FactsCache, type SentenceFacts } from './facts.js';
import { bundledMessages, lexiconFor, loadRules, validateExtensions, type LexiconExtensions } from './lexicon.js';
import { formatMessage } from './messages.js';
import { levelRank, maxLevel, relationsOf, RuleSet, type DocumentScope, type Finding, type SectionScope } from './rules.js';
import { noticeFindings } from './notice.js';
import { addOwnNameParts, ownNameParts, ownNamesOf, withoutOwnNames, type OwnNameParts } from './own-names.js';
import { wholeDocumentChange } from '../compare/diff.js';

export interface ClassifyOptions {
  /** Extra terms per language (`sv`, `en`, or `*` for all), added to the bundled lexicons; see src/lexicons/. */
  lexicons?: LexiconExtensions;
}

interface Context {
  diff: PolicyDiff;
  /** A sentence's facts, without the document's own names among its recipients and companies. */
  facts: { get(sentence: Sentence): SentenceFacts; heading: FactsCache['heading']; leadInProcesses: FactsCache['leadInProcesses']; numberKey: FactsCache['numberKey'] };
  document: DocumentScope;
  rules: RuleSet;
  reasons: SignificanceReason[];
  /** Sentences removed in one place and added, word for word, in another: moved, not changed. */
  moved: Set<string>;
  /** Whether a sentence stands in the new document: its sentences are gathered when first asked (most changes never do). */
  inNewDocument(norm: string): boolean;
  /** What a reader sees of every sentence removed anywhere in the change. */
  removedTexts: string[];
}

function push(context: Context, finding: Finding, path: string[], old?: string, nu?: string): void {
  const { lexicon } = context.rules;
  const reason: SignificanceReason = {
    category: finding.category,
    level: finding.level,
    rule: finding.rule,
    path,
    triggers: finding.triggers,
    message: formatMessage(lexicon.messages, finding),
    messageEn: formatMessage(bundledMessages('en'), finding),
  };
  if (finding.from !== undefined) reason.from = finding.from;
  if (finding.to !== undefined) reason.to = finding.to;
  if (old !== undefined) reason.old = old;
  if (nu !== undefined) reason.new = nu;
  context.reasons.push(reason);
}

const isAppendedChangelog = (part: DiffPart) => part.type === 'added' && part.selfChangelog === true;

/**
 * A section without `changes` has only kept sentences and the policy's own appended change lines (model.ts), which
 * no rule reads: most sections of most changes of a history, passed over without looking at their sentences.
 */
const hasChanges = (section: SectionDiff) => section.changes.length > 0;

function movedSentences(diff: PolicyDiff): Set<string> {
  const removed = new Set<string>();
  const added = new Set<string>();
  for (const section of diff.sections) {
    if (!hasChanges(section)) continue;
    for (const part of section.parts) {
      if (part.type === 'removed') removed.add(part.old.norm);
      if (part.type === 'added' && !isAppendedChangelog(part)) added.add(part.new.norm);
    }
  }
  return new Set([...removed].filter((norm) => added.has(norm)));
}

function scopeOf(section: SectionDiff, context: Context): SectionScope {
  const scope: SectionScope = {
    document: context.document,
    recipientHeading: false,
    purposeHeading: false,
    removed: context.removedTexts,
    oldTerms: new Set(),
    newTerms: new Set(),
    oldNegated: new Set(),
    newNegated: new Set(),
    touchedTerms: new Set(),
    oldPeriods: [],
    touchedPeriods: [],
    oldOrganisations: new Set(),
    newOrganisations: new Set(),
    oldContacts: new Set(),
    retentionHeading: false,
    contactHeading: false,
    processingList: false,
  };
  const note = (facts: SentenceFacts, side: 'old' | 'new', touched: boolean) => {
    for (const hit of facts.hits) {
      const { key } = hit;
      if (hit.negated) (side === 'old' ? scope.oldNegated : scope.newNegated).add(key);
      else (side === 'old' ? scope.oldTerms : scope.newTerms).add(key);
      if (touched && !hit.negated) scope.touchedTerms.add(key);
    }
    for (const name of facts.organisations) (side === 'old' ? scope.oldOrganisations : scope.newOrganisations).add(name);
    if (side === 'old') {
      for (const period of facts.periods) scope.oldPeriods.push(period);
      for (const contact of facts.contacts) scope.oldContacts.add(contact);
    }
    // One at a time: a sentence can hold more periods than a spread's arguments may be.
    if (touched) for (const period of facts.periods) scope.touchedPeriods.push(period);
  };
  for (const part of section.parts) {
    if (isAppendedChangelog(part)) continue;
    if ('old' in part) note(context.facts.get(part.old), 'old', false);
    if ('new' in part) note(context.facts.get(part.new), 'new', part.type === 'added' || part.type === 'changed');
  }
  const heading = context.facts.heading([...section.path, section.oldHeading ?? ''].join('\n'));
  scope.retentionHeading = heading.retention;
  scope.recipientHeading = heading.recipients;
  scope.purposeHeading = heading.purposes;
  scope.contactHeading = heading.contact;
  const leadIns = section.parts.flatMap((part) => ('new' in part ? [part.new.norm] : 'old' in part ? [part.old.norm] : [])).filter((text) => text.trimEnd().endsWith(':'));
  scope.processingList = heading.processing || leadIns.some((text) => context.facts.leadInProcesses(text));
  return scope;
}

/**
 * The engine shows a sentence whose date changed as removed + added; pair them back when only numbers differ. Each
 * added sentence takes the first removed one not yet taken with the same number key, looked up in an index of the
 * removed ones by key: linear in the parts, where searching the removed list for each added sentence was quadratic
 * (a rewrite of 20,000 numbered sentences took minutes).
 */
function pairByNumbers(parts: DiffPart[], context: Context): DiffPart[] {
  type Removed = Extract<DiffPart, { type: 'removed' }>;
  const byKey = new Map<string, Removed[]>();
  for (const part of parts) {
    if (part.type !== 'removed') continue;
    const key = context.facts.numberKey(part.old.norm);
    const queue = byKey.get(key);
    if (queue === undefined) byKey.set(key, [part]);
    else queue.push(part);
  }
  /** How many of each key's removed sentences are taken: they are taken in order. */
  const taken = new Map<string, number>();
  const result: DiffPart[] = [];
  const used = new Set<DiffPart>();
  for (const part of parts) {
    if (used.has(part)) continue;
    if (part.type === 'added' && !isAppendedChangelog(part) && /\d/.test(part.new.norm)) {
      const key = context.facts.numberKey(part.new.norm);
      const next = taken.get(key) ?? 0;
      const match = byKey.get(key)?.[next];
      if (match !== undefined) {
        taken.set(key, next + 1);
        used.add(match);
        const words: WordChange[] = diffWords(match.old.norm, part.new.norm).map((change) => ({
          type: change.added ? 'added' : change.removed ? 'removed' : 'kept',
          text: change.value,
        }));
        result.push({ type: 'changed', old: match.old, new: part.new, words });
        continue;
      }
    }
    result.push(part);
  }
  return result.filter((part) => !used.has(part));
}

function classifySection(section: SectionDiff, context: Context): void {
  const { path } = section;
  const structure = (rule: 'moved' | 'renamed' | 'renumbered', from?: string, to?: string) => {
    const finding: Finding = { category: 'structure', level: 'editorial', rule, triggers: unique([from, to]) };
    if (from !== undefined) finding.from = from;
    if (to !== undefined) finding.to = to;
    push(context, finding, path);
  };
  if (section.status === 'moved' || section.moved === true) structure('moved');
  if (section.status === 'renamed') structure('renamed', section.oldHeading, section.heading);
  else if (section.oldHeading !== undefined && section.oldHeading !== section.heading && section.status !== 'removed') {
    structure('renumbered', section.oldHeading, section.heading);
  }
  if (!hasChanges(section) || !section.parts.some((part) => part.type === 'changed' || part.type === 'added' || part.type === 'removed')) return;

  const scope = scopeOf(section, context);
  const { facts, rules } = context;
  const restated = new Restatements(section.parts.flatMap((part) => (part.type === 'removed' || part.type === 'changed' ? [facts.get(part.old).text] : [])));
  for (const part of pairByNumbers(section.parts, context)) {
    if (part.type === 'changed') {
      for (const finding of rules.changed(facts.get(part.old), facts.get(part.new), part.words, scope)) {
        push(context, finding, path, part.old.raw, part.new.raw);
      }
    } else if (part.type === 'added' && !isAppendedChangelog(part)) {
      if (context.moved.has(part.new.norm)) {
        push(context, { category: 'structure', level: 'editorial', rule: 'moved', triggers: [] }, path, undefined, part.new.raw);
        continue;
      }
      // A sentence split in two (a table row cut at a new full stop): the first piece restates the old one.
      if (restated.has(facts.get(part.new).text)) {
        push(context, { category: 'wording', level: 'editorial', rule: 'wording', triggers: [] }, path, undefined, part.new.raw);
        continue;
      }
      for (const finding of rules.added(facts.get(part.new), scope)) push(context, finding, path, undefined, part.new.raw);
    } else if (part.type === 'removed') {
      if (context.moved.has(part.old.norm)) continue;
      // The same sentence still stands elsewhere in the new document: a repeated passage removed, nothing lost.
      if (context.inNewDocument(part.old.norm)) {
        push(context, { category: 'structure', level: 'editorial', rule: 'moved', triggers: [] }, path, part.old.raw);
        continue;
      }
      for (const finding of rules.removed(facts.get(part.old), scope)) push(context, finding, path, part.old.raw);
    }
  }
}

const letters = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
/** Old sentences looked at for one added sentence, at most: those with its rarest run of three words. */
const MAX_RESTATED_CANDIDATES = 64;

/**
 * The removed and rewritten sentences of a section, each as its words, indexed by every run of three words, so that
 * whether an added sentence's words stand, in order, inside one of them is looked up among the few that share its
 * rarest run of three, not searched for in all: a section of 20,000 rewritten sentences made that quadratic.
 */
class Restatements {
  private readonly texts: string[];
  private readonly byTrigram = new Map<string, number[]>();

  constructor(oldTexts: readonly string[]) {
    this.texts = oldTexts.map((old) => ` ${letters(old)} `);
    this.texts.forEach((text, index) => {
      const words = text.trim().split(' ');
      for (let at = 0; at + 3 <= words.length; at += 1) {
        const trigram = `${words[at]} ${words[at + 1]} ${words[at + 2]}`;
        const found = this.byTrigram.get(trigram);
        if (found === undefined) this.byTrigram.set(trigram, [index]);
        else if (found.at(-1) !== index) found.push(index);
      }
    });
  }

  /** `text`'s words, three or more, stand in order inside one of the old sentences. */
  has(text: string): boolean {
    const words = letters(text);
    const list = words.split(' ');
    if (list.length < 3) return false;
    let rarest: number[] | undefined;
    for (let at = 0; at + 3 <= list.length; at += 1) {
      const found = this.byTrigram.get(`${list[at]} ${list[at + 1]} ${list[at + 2]}`);
      // A run of three words no old sentence has: none holds them all.
      if (found === undefined) return false;
      if (rarest === undefined || found.length < rarest.length) rarest = found;
    }
    return rarest!.slice(0, MAX_RESTATED_CANDIDATES).some((index) => this.texts[index]!.includes(` ${words} `));
  }
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined && value !== ''))];

/** What one version of the document says, as a whole: the terms, companies, contacts and relations it has. */
interface VersionFacts {
  terms: Set<string>;
  negated: Set<string>;
  organisations: Set<string>;
  contacts: Set<string>;
  relations: Set<string>;
  own: Set<string>;
}

/** What one side of a section says, its part of its version's facts. */
interface SideFacts extends Omit<VersionFacts, 'own'> {
  names: OwnNameParts;
}

/**
 * What one sentence adds to its version's facts, found once per sentence (its facts are one object per text and
 * lexicon, see FactsCache): a history's versions have most of their sentences in common.
 */
interface SentenceShare {
  terms: string[];
  negated: string[];
  organisations: string[];
  relations: string[];
  names: OwnNameParts;
}
const shares = new WeakMap<SentenceFacts, SentenceShare>();
function shareOf(facts: SentenceFacts, rules: RuleSet): SentenceShare {
  let share = shares.get(facts);
  if (share !== undefined) return share;
  share = { terms: [], negated: [], organisations: facts.organisations.map((name) => name.toLowerCase()), relations: relationsOf(facts).map((relation) => relation.key), names: ownNameParts([facts]) };
  for (const hit of facts.hits) {
    // "Staff who logged in with Google" does not make Google a known recipient.
    if (hit.verb === true || !rules.placedInSentence(hit, facts)) continue;
    (hit.negated ? share.negated : share.terms).push(hit.key);
  }
  shares.set(facts, share);
  return share;
}

/** The sentence a part has on one side (none for an appended change line, which no rule reads). */
function sideSentence(part: DiffPart, side: 'old' | 'new'): Sentence | undefined {
  if (isAppendedChangelog(part)) return undefined;
  return side === 'old' ? ('old' in part ? part.old : undefined) : 'new' in part ? part.new : undefined;
}

/** The parts' sentences on one side are these, one for one (a history's versions share their sentence objects). */
function sameSide(parts: readonly DiffPart[], side: 'old' | 'new', sentences: readonly Sentence[]): boolean {
  let at = 0;
  for (const part of parts) {
    const sentence = sideSentence(part, side);
    if (sentence === undefined) continue;
    if (sentences[at] !== sentence) return false;
    at += 1;
  }
  return at === sentences.length;
}

const NO_FACTS: SideFacts = { terms: new Set(), negated: new Set(), organisations: new Set(), contacts: new Set(), relations: new Set(), names: { names: new Set(), statements: 0, counts: new Map() } };

/**
 * The facts of one side of a section, kept by its sentences (looked up by the first, then compared one for one)
 * and the facts cache (whose lexicon they are found with): a history's neighbouring changes have the very same
 * sentences in every section that did not change, and a section that changed is the next change's old side. A
 * version's facts are added up from its sections', each worked out once, instead of reading every sentence of both
 * versions for every change.
 */
const sideCache = new WeakMap<FactsCache, WeakMap<Sentence, { sentences: Sentence[]; facts: SideFacts }[]>>();
function sideFacts(parts: readonly DiffPart[], side: 'old' | 'new', cache: FactsCache, rules: RuleSet): SideFacts {
  let first: Sentence | undefined;
  for (let index = 0; first === undefined && index < parts.length; index += 1) first = sideSentence(parts[index]!, side);
  if (first === undefined) return NO_FACTS;
  let byFirst = sideCache.get(cache);
  if (byFirst === undefined) sideCache.set(cache, (byFirst = new WeakMap()));
  const known = byFirst.get(first) ?? [];
  const hit = known.find((entry) => sameSide(parts, side, entry.sentences));
  if (hit !== undefined) return hit.facts;
  const found: SideFacts = { terms: new Set(), negated: new Set(), organisations: new Set(), contacts: new Set(), relations: new Set(), names: { names: new Set(), statements: 0, counts: new Map() } };
  const sentences: Sentence[] = [];
  for (const part of parts) {
    const sentence = sideSentence(part, side);
    if (sentence === undefined) continue;
    sentences.push(sentence);
    const facts = cache.get(sentence);
    const share = shareOf(facts, rules);
    for (const key of share.terms) found.terms.add(key);
    for (const key of share.negated) found.negated.add(key);
    for (const name of share.organisations) found.organisations.add(name);
    for (const contact of facts.contacts) found.contacts.add(contact);
    for (const relation of share.relations) found.relations.add(relation);
    addOwnNameParts(found.names, share.names);
  }
  // A few versions of a section that starts the same way are kept; more are computed again.
  byFirst.set(first, [{ sentences, facts: found }, ...known.slice(0, 3)]);
  return found;
}

/**
 * The facts of the last versions added up, by the facts of their sections: the new version of one change of a
 * history is the old version of the next, added up once.
 */
const versions: { sides: SideFacts[]; title: string | undefined; facts: VersionFacts }[] = [];

/** The facts of the old or the new version of the diff, added up from its sections. */
function versionFacts(diff: PolicyDiff, side: 'old' | 'new', cache: FactsCache, rules: RuleSet): VersionFacts {
  const sides = diff.sections.map((section) => sideFacts(section.parts, side, cache, rules));
  const title = diff.title?.[side];
  const known = versions.find((entry) => entry.title === title && entry.sides.length === sides.length && entry.sides.every((facts, index) => facts === sides[index]));
  if (known !== undefined) return known.facts;
  const found: VersionFacts = { terms: new Set(), negated: new Set(), organisations: new Set(), contacts: new Set(), relations: new Set(), own: new Set() };
  for (const part of sides) {
    for (const key of ['terms', 'negated', 'organisations', 'contacts', 'relations'] as const) for (const value of part[key]) found[key].add(value);
  }
  found.own = ownNamesOf(sides.map((part) => part.names), [title]);
  versions.unshift({ sides, title, facts: found });
  if (versions.length > 3) versions.pop();
  return found;
}

/** Every sentence of the new document, the sections that did not change included. */
function newSentences(diff: PolicyDiff): Set<string> {
  const norms = new Set<string>();
  for (const section of diff.sections) {
    for (const part of section.parts) if ('new' in part && !isAppendedChangelog(part)) norms.add(part.new.norm);
  }
  return norms;
}

function documentScope(old: VersionFacts, nu: VersionFacts, own: ReadonlySet<string>): DocumentScope {
  return {
    oldTerms: old.terms,
    newTerms: nu.terms,
    oldNegated: old.negated,
    newNegated: nu.negated,
    oldOrganisations: old.organisations,
    newOrganisations: nu.organisations,
    oldContacts: old.contacts,
    oldRelations: old.relations,
    own,
  };
}

export function classifySignificance(diff: PolicyDiff, options: ClassifyOptions = {}): Significance {
  // A first version is news to nobody who was told something before: there is nothing to compare it with.
  if (wholeDocumentChange(diff) === 'first') return { level: 'none', reasons: [], firstVersion: true };
  // Sentences in two languages are not compared (compare/diff.ts): a translation is reported as that, not as every
  // term of one language removed and every term of the other added.
  if (diff.translation !== undefined) return { level: 'editorial', reasons: [] };
  // Text cut short and back later (a capture that had not loaded): readers lost nothing the policy promised, but the
  // version was incomplete, which is more than wording.
  if (diff.truncation?.restored !== undefined) return { level: 'minor', reasons: [] };
  const extensions = options.lexicons === undefined ? undefined : validateExtensions(options.lexicons);
  const rules = loadRules();
  const lexicon = lexiconFor(diff.language, extensions);
  const cache = FactsCache.for(lexicon, rules.legalForms);
  const ruleSet = new RuleSet(rules, lexicon);
  let newDocument: Set<string> | undefined;
  const oldVersion = versionFacts(diff, 'old', cache, ruleSet);
  const newVersion = versionFacts(diff, 'new', cache, ruleSet);
  const own = new Set([...oldVersion.own, ...newVersion.own]);
  const filtered = new Map<SentenceFacts, SentenceFacts>();
  const facts: Context['facts'] = {
    get: (sentence) => {
      const read = cache.get(sentence);
      let found = filtered.get(read);
      if (found === undefined) {
        found = withoutOwnNames(read, own);
        filtered.set(read, found);
      }
      return found;
    },
    heading: (text) => cache.heading(text),
    leadInProcesses: (text) => cache.leadInProcesses(text),
    numberKey: (text) => cache.numberKey(text),
  };
  const context: Context = {
    diff,
    facts,
    document: documentScope(oldVersion, newVersion, own),
    rules: ruleSet,
    reasons: [],
    moved: movedSentences(diff),
    inNewDocument: (norm) => (newDocument ??= newSentences(diff)).has(norm),
    removedTexts: diff.sections.flatMap((section) => section.parts.flatMap((part) => (part.type === 'removed' || part.type === 'changed' ? [facts.get(part.old).text] : []))),
  };
  if (diff.title !== undefined && diff.title.old !== diff.title.new) {
    const finding: Finding = { category: 'structure', level: 'editorial', rule: 'title', triggers: unique([diff.title.old, diff.title.new]) };
    if (diff.title.old !== undefined) finding.from = diff.title.old;
    if (diff.title.new !== undefined) finding.to = diff.title.new;
    push(context, finding, []);
  }
  // Each removed sentence alone may be minor; the policy gone as a whole is what a reader must be told of.
  if (wholeDocumentChange(diff) === 'deleted') {
    push(context, { category: 'structure', level: 'significant', rule: 'policy-removed', triggers: unique([diff.title?.old]) }, []);
  }
  for (const section of diff.sections) classifySection(section, context);
  if (diff.policyChangelog.length > 0) {
    const triggers = diff.policyChangelog.map((line) => (line.text.startsWith(line.date) ? line.text : `${line.date} ${line.text}`));
    push(context, { category: 'structure', level: 'editorial', rule: 'changelog', triggers }, []);
  }
  // Most severe first; Array.prototype.sort is stable, so reading order holds within a level.
  const reasons = context.reasons.sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const significance: Significance = { level: maxLevel(reasons.map((reason) => reason.level)), reasons };
  if (reasons.length > 0) significance.findings = noticeFindings(significance, lexicon.language);
  return significance;
}

/** The diff with its `significance` set: what the CLI and library callers use. */
export function withSignificance(diff: PolicyDiff, options: ClassifyOptions = {}): PolicyDiff {
  return { ...diff, significance: classifySignificance(diff, options) };
}
