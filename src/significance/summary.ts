/**
 * One reason per finding for short notices (a changelog entry, the block on top of a diff): reasons of the same
 * category and rule are merged, their triggers joined and the message written again. The JSON keeps every reason.
 */
import { bundledLanguages, bundledMessages } from './lexicon.js';
import { formatMessage } from './messages.js';
import type { Finding } from './rules.js';
import type { Significance, SignificanceLevel, SignificanceReason } from '../model.js';

/** Triggers once each, a genitive folded into its noun ("Twilios", "Twilio's" → "Twilio"). */
function distinct(triggers: string[]): string[] {
  const key = (trigger: string) => trigger.toLocaleLowerCase().replace(/(?:'s|’s|s)$/u, '');
  const keys = new Set(triggers.map((trigger) => trigger.toLocaleLowerCase()));
  const seen = new Set<string>();
  return triggers
    .map((trigger) => (keys.has(key(trigger)) ? triggers.find((other) => other.toLocaleLowerCase() === key(trigger))! : trigger))
    .filter((trigger) => (seen.has(key(trigger)) ? false : (seen.add(key(trigger)), true)));
}

export function summariseReasons(significance: Significance, language: string, level: SignificanceLevel = significance.level): SignificanceReason[] {
  const messages = bundledLanguages().includes(language) ? bundledMessages(language) : bundledMessages('en');
  // Reasons whose message does not name the category ("a promise … was removed") merge across categories.
  const groups = new Map<string, SignificanceReason[]>();
  for (const reason of significance.reasons) {
    if (reason.level !== level) continue;
    const specific = messages?.[`${reason.category}.${reason.rule}`] !== undefined;
    const key = specific ? `${reason.category} ${reason.rule}` : reason.rule;
    groups.set(key, [...(groups.get(key) ?? []), reason]);
  }
  return [...groups.values()].map((reasons) => {
    const first = reasons[0]!;
    if (reasons.length === 1) return first;
    const triggers = distinct(reasons.flatMap((reason) => reason.triggers));
    // Periods and numbers carry from/to, which do not merge: their first message stands.
    if (/\{from\}|\{to\}/.test(messages?.[first.rule] ?? '')) return { ...first, triggers };
    const finding: Finding = { category: first.category, level: first.level, rule: first.rule, triggers };
    return { ...first, triggers, message: formatMessage(messages, finding), messageEn: formatMessage(bundledMessages('en'), finding) };
  });
}
