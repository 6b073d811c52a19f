/**
 * Human messages for findings, from the templates in each lexicon's "messages" (so a translator or lawyer edits
 * JSON, not code). A template is looked up as `category.rule`, then `rule`, then in English.
 */
import { bundledMessages } from './lexicon.js';
import type { Finding } from './rules.js';

function template(messages: Record<string, string> | undefined, finding: Finding): string | undefined {
  return messages?.[`${finding.category}.${finding.rule}`] ?? messages?.[finding.rule];
}

/** `messages` are the classifying lexicon's own (with a user's overrides); English is the fallback. */
export function formatMessage(messages: Record<string, string> | undefined, finding: Finding): string {
  const text = template(messages, finding) ?? template(bundledMessages('en'), finding) ?? `${finding.category}: ${finding.rule} {triggers}`;
  const values: Record<string, string> = {
    triggers: finding.triggers.map((trigger) => `“${trigger}”`).join(', '),
    from: finding.from ?? '',
    to: finding.to ?? '',
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
