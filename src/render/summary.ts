import type { PolicyDiff, SectionDiff, SentenceChange } from '../model.js';

/** What all renderers say the same way: which sections to show, and a short summary of each. */

export const isReported = (section: SectionDiff): boolean => section.status !== 'unchanged' || section.changes.length > 0;

/**
 * Whether a change is shown sentence by sentence. A translation is said once (statsLine), not as every sentence
 * removed in one language and added in another; text cut short and back later too, not as every sentence removed.
 */
export const showsSentences = (diff: PolicyDiff): boolean => diff.translation === undefined && diff.truncation?.restored === undefined;

export function reportedSections(diff: PolicyDiff): SectionDiff[] {
  return showsSentences(diff) ? diff.sections.filter(isReported) : [];
}

/** `Chapter › Subsection`, or "(preamble)" for the text before the first chapter. */
export function sectionLabel(section: SectionDiff): string {
  return section.path.length === 0 ? '(preamble)' : section.path.join(' › ');
}

export function statusLabel(section: SectionDiff): string {
  const formattingOnly = section.status === 'unchanged' && section.changes.length > 0;
  if (formattingOnly) return 'formatting only';
  const extra = section.modified && (section.status === 'renamed' || section.status === 'moved') ? ' and modified' : '';
  const moved = section.moved === true ? ' and moved' : '';
  return `${section.status}${moved}${extra}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function changeSummary(changes: readonly SentenceChange[]): string {
  const counts = { added: 0, removed: 0, changed: 0, formatting: 0 };
  for (const change of changes) counts[change.type] += 1;
  const parts: string[] = [];
  if (counts.changed > 0) parts.push(plural(counts.changed, 'sentence changed', 'sentences changed'));
  if (counts.added > 0) parts.push(plural(counts.added, 'sentence added', 'sentences added'));
  if (counts.removed > 0) parts.push(plural(counts.removed, 'sentence removed', 'sentences removed'));
  if (counts.formatting > 0) parts.push(plural(counts.formatting, 'formatting change', 'formatting changes'));
  return parts.join(', ');
}

export function statsLine(diff: PolicyDiff): string {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  if (diff.translation !== undefined) {
    return `Translated: ${names.of(diff.translation.from) ?? diff.translation.from} → ${names.of(diff.translation.to) ?? diff.translation.to}; sentences are not compared across languages.`;
  }
  const number = new Intl.NumberFormat('en');
  if (diff.truncation !== undefined) {
    const { oldChars, newChars, restored } = diff.truncation;
    const back = restored === undefined ? '' : `, back on ${restored}`;
    return `Most of the text was removed (${number.format(oldChars)} → ${number.format(newChars)} characters)${back}; ${sectionCounts(diff)}`;
  }
  if (diff.restoration !== undefined) {
    const { truncatedChars, chars, since } = diff.restoration;
    return `The text is back (${number.format(truncatedChars)} → ${number.format(chars)} characters), compared with ${since}: ${sectionCounts(diff)}`;
  }
  if (diff.sameAs !== undefined) return `The text is again as it was on ${diff.sameAs}: ${sectionCounts(diff)}`;
  if (diff.undone !== undefined) return `${sectionCounts(diff)} Undone on ${diff.undone}: a later version is the text before this change again.`;
  return sectionCounts(diff);
}

function sectionCounts(diff: PolicyDiff): string {
  const { stats } = diff;
  const changed = stats.added + stats.removed + stats.modified + stats.renamed + stats.moved;
  if (changed === 0) {
    // Only the preamble or the title changed in meaning: never "formatting only" beside a level that says more.
    const level = diff.significance?.level;
    if (level !== undefined && level !== 'none') return 'No section changed; the change is in the text before the first section or in the title.';
    const formatting = diff.sections.some((section) => section.changes.length > 0);
    return formatting ? 'No change in meaning: formatting only.' : 'No changes.';
  }
  const parts = (['modified', 'added', 'removed', 'renamed', 'moved'] as const)
    .filter((status) => stats[status] > 0)
    .map((status) => `${stats[status]} ${status}`);
  return `${plural(changed, 'section', 'sections')} changed: ${parts.join(', ')}; ${stats.unchanged} unchanged.`;
}
