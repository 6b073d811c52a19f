/**
 * Human messages for findings, from the templates in each lexicon's "messages" (so a translator or lawyer edits
 * JSON, not code). A template is looked up as `category.rule`, then `rule`, then in English.
 */
import { bundledLanguages, lexiconFor } from './lexicon.js';
import type { Finding } from './rules.js';

function template(language: string, finding: Finding): string | undefined {
  if (!bundledLanguages().includes(language)) return undefined;
  const { messages } = lexiconFor(language);
  return messages[`${finding.category}.${finding.rule}`] ?? messages[finding.rule];
}

export function formatMessage(language: string, finding: Finding): string {
  const text = template(language, finding) ?? template('en', finding) ?? `${finding.category}: ${finding.rule} {triggers}`;
  const values: Record<string, string> = {
    triggers: finding.triggers.map((trigger) => `“${trigger}”`).join(', '),
    from: finding.from ?? '',
    to: finding.to ?? '',
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
