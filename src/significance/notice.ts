/**
 * The one summary of a classification that every output shows: its findings, one per concept (category and
 * rule), deduplicated across sentences, the most serious first, each with the words that made it and the sentence
 * it came from. A notice shows the first five and says how many more there are; the JSON keeps them all.
 * Changelog entries, release notes, the PR comment, the HTML report and the text and Markdown notices all read it,
 * so they never disagree on what to say first.
 */
import type { Significance, SignificanceCategory, SignificanceFinding, SignificanceLevel, SignificanceReason } from '../model.js';
import { bundledLanguages, bundledMessages, loadRules } from './lexicon.js';
import { formatMessage } from './messages.js';

/** At most this many findings in a notice; the rest are counted ("and 3 more"). */
export const NOTICE_FINDINGS = 5;

export type NoticeFinding = SignificanceFinding;

const LEVELS: SignificanceLevel[] = ['none', 'editorial', 'minor', 'significant'];
/** Rules that say what changed for the reader, ahead of those that say how the text changed. */
const MATERIAL = new Set<SignificanceCategory>(['personal-data', 'purpose', 'recipients', 'transfer', 'tracking', 'retention', 'rights', 'legal-basis', 'controller', 'security']);

/** A notice names at most this many of a finding's words, each at most this long; the JSON keeps them all. */
const NOTICE_TRIGGERS = 3;
const TRIGGER_LENGTH = 80;
const short = (trigger: string) => (trigger.length <= TRIGGER_LENGTH ? trigger : `${trigger.slice(0, TRIGGER_LENGTH - 1).replace(/\s+\S*$/u, '')}…`);

/** Triggers once each, a genitive folded into its noun ("Twilios", "Twilio's" → "Twilio"). */
function distinct(triggers: readonly string[]): string[] {
  const key = (trigger: string) => trigger.toLocaleLowerCase().replace(/(?:'s|’s|s)$/u, '');
  // The first trigger written each way (lower-cased), found once: a change of a long history has hundreds.
  const firsts = new Map<string, string>();
  for (const trigger of triggers) {
    const lower = trigger.toLocaleLowerCase();
    if (!firsts.has(lower)) firsts.set(lower, trigger);
  }
  const seen = new Set<string>();
  return triggers
    .map((trigger) => firsts.get(key(trigger)) ?? trigger)
    .filter((trigger) => {
      const folded = key(trigger);
      return seen.has(folded) ? false : (seen.add(folded), true);
    });
}

/** The language findings are worded in for `language`: its own where policydiff has its messages, else English. */
export function messagesLanguage(language: string): string {
  return bundledLanguages().includes(language) && bundledMessages(language) !== undefined ? language : 'en';
}

/** The message templates of `language`, English for a language without its own. */
export function messagesFor(language: string): Record<string, string> {
  return bundledMessages(messagesLanguage(language)) ?? {};
}

/** A template words the reason: there is one, and the reason has what it asks for (its from and to). */
function hasTemplate(messages: Record<string, string>, reason: SignificanceReason): boolean {
  const template = messages[`${reason.category}.${reason.rule}`] ?? messages[reason.rule];
  if (template === undefined) return false;
  return (
    (!template.includes('{from}') || reason.from !== undefined) &&
    (!template.includes('{to}') || reason.to !== undefined) &&
    (!template.includes('{triggers}') || reason.triggers.length > 0)
  );
}

function rank(reason: SignificanceReason): number[] {
  const priority = loadRules().priority as SignificanceCategory[];
  const category = priority.indexOf(reason.category);
  return [-LEVELS.indexOf(reason.level), MATERIAL.has(reason.category) ? 0 : 1, category === -1 ? priority.length : category];
}

const compare = (a: number[], b: number[]) => {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
};

/** Every finding of a classification at `minimum` or above, one per concept, most serious first. */
export function noticeFindings(significance: Significance, language: string, minimum: SignificanceLevel = 'editorial'): NoticeFinding[] {
  const messages = messagesFor(language);
  const english = bundledMessages('en') ?? {};
  const floor = LEVELS.indexOf(minimum);
  const groups = new Map<string, SignificanceReason[]>();
  for (const reason of significance.reasons) {
    if (LEVELS.indexOf(reason.level) < floor) continue;
    const specific = messages[`${reason.category}.${reason.rule}`] !== undefined;
    // Reasons whose message does not name the category ("a promise … was removed") merge across categories; one
    // without triggers has nothing to merge and keeps its own words.
    const key = `${reason.level} ${specific ? reason.category : ''} ${reason.rule}${reason.triggers.length === 0 ? ` ${reason.messageEn}` : ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [reason]);
    else group.push(reason);
  }
  const findings = [...groups.values()].map((reasons): NoticeFinding => {
    const first = [...reasons].sort((a, b) => compare(rank(a), rank(b)))[0]!;
    const triggers = distinct(reasons.flatMap((reason) => reason.triggers));
    // Periods and numbers carry from/to, which do not merge: the first one's stand.
    const shown = triggers.slice(0, NOTICE_TRIGGERS).map(short);
    if (triggers.length > NOTICE_TRIGGERS) shown[shown.length - 1] = `${shown.at(-1)!}”, “…`;
    const finding = { category: first.category, level: first.level, rule: first.rule, triggers: shown, ...(first.from === undefined ? {} : { from: first.from }), ...(first.to === undefined ? {} : { to: first.to }) };
    const result: NoticeFinding = {
      level: first.level,
      category: first.category,
      rule: first.rule,
      // A reason no template words (a caller's own) keeps the words it came with.
      message: hasTemplate(messages, first) ? formatMessage(messages, finding) : first.message,
      messageEn: hasTemplate(english, first) ? formatMessage(english, finding) : first.messageEn,
      triggers,
      path: first.path,
      sentences: reasons.length,
    };
    const sentence = first.new ?? first.old;
    if (sentence !== undefined) result.sentence = sentence;
    return result;
  });
  return findings.sort((a, b) => compare(rank(a as unknown as SignificanceReason), rank(b as unknown as SignificanceReason)));
}

export interface Notice {
  /** The findings a notice shows: at most five, the most serious first. */
  shown: NoticeFinding[];
  /** How many more findings the notice leaves out. */
  more: number;
}

/**
 * What a notice of a significant change says: its significant findings, then what else it changes for the reader
 * (a right added, a recipient gone), at most five in all. Undefined below significant: no notice is needed.
 */
export function noticeOf(significance: Significance | undefined, language: string, limit = NOTICE_FINDINGS): Notice | undefined {
  if (significance === undefined || significance.level !== 'significant') return undefined;
  const findings = noticeFindings(significance, language, 'minor').filter((finding) => finding.level === 'significant' || MATERIAL.has(finding.category));
  return { shown: findings.slice(0, limit), more: Math.max(0, findings.length - limit) };
}
