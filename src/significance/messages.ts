/**
 * Human messages for findings, from the templates in each lexicon's "messages" (so a translator or lawyer edits
 * JSON, not code). A template is looked up as `category.rule`, then `rule`, then in English.
 */
import { bundledMessages } from './lexicon.js';
import type { Finding } from './rules.js';

function template(messages: Record<string, string> | undefined, finding: Finding): string | undefined {
  return messages?.[`${finding.category}.${finding.rule}`] ?? messages?.[finding.rule];
}

/** A template split at its `{name}` placeholders: every reason of a classification formats one, twice. */
type Piece = string | { name: string; whole: string };
const piecesCache = new Map<string, Piece[]>();
function piecesOf(text: string): Piece[] {
  let pieces = piecesCache.get(text);
  if (pieces === undefined) {
    pieces = [];
    let last = 0;
    for (const match of text.matchAll(/\{(\w+)\}/g)) {
      pieces.push(text.slice(last, match.index), { name: match[1]!, whole: match[0] });
      last = match.index + match[0].length;
    }
    pieces.push(text.slice(last));
    piecesCache.set(text, pieces);
  }
  return pieces;
}

/** `messages` are the classifying lexicon's own (with a user's overrides); English is the fallback. */
export function formatMessage(messages: Record<string, string> | undefined, finding: Finding): string {
  const text = template(messages, finding) ?? template(bundledMessages('en'), finding) ?? `${finding.category}: ${finding.rule} {triggers}`;
  const values: Record<string, string> = {
    triggers: finding.triggers.map((trigger) => `“${trigger}”`).join(', '),
    from: finding.from ?? '',
    to: finding.to ?? '',
  };
  let message = '';
  for (const piece of piecesOf(text)) message += typeof piece === 'string' ? piece : (values[piece.name] ?? piece.whole);
  return message;
}
