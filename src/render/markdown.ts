import type { PolicyDiff, PolicyDocument, Section, SentenceChange, WordChange } from '../model.js';
import { noticeMarkdown } from './notice.js';
import { changeSummary, reportedSections, sectionLabel, statsLine, statusLabel } from './summary.js';
import type { RenderOptions } from './types.js';

/**
 * GitHub-flavoured Markdown. Policy text is untrusted (it may come from a pull request): it is escaped so that it
 * cannot open HTML, links, tables or code, and `@name` cannot mention anyone (an e-mail address stays whole).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKUP, (char) => `\\${char}`)
    .replace(MENTION, '@\u200b');
}

/**
 * Characters that could open Markdown. A `_` between two ASCII letters or digits cannot open or close emphasis in
 * GFM, and escaping it would cut an e-mail address such as `first_last@example.fi` in two: the part after the `\_`
 * would be linked alone, to another address.
 */
const MARKUP = /[\\`*{}[\]()#+!|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/**
 * An `@` that GitHub would read as the start of a mention, to be broken with a zero-width space. GitHub (like its
 * html-pipeline MentionFilter, `(?:^|\W)@name`) mentions only when the `@` follows no ASCII word character, so the
 * `@` of `privacy@example.fi` is left whole and the address still links; one after a letter outside ASCII
 * (`ä@team`), `.`, `+`, `-`, a space of any kind or a zero-width character is broken, as GitHub would mention there.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=\w)/g;

function redline(words: readonly WordChange[]): string {
  return words
    .map((word) => {
      const text = escapeMarkdown(word.text);
      if (word.type === 'kept' || text.trim() === '') return text;
      // Keep surrounding spaces outside the markers: GFM ignores `~~ x~~`.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
      return word.type === 'added' ? `${lead}<ins>${core}</ins>${trail}` : `${lead}~~${core}~~${trail}`;
    })
    .join('');
}

/** One sentence change as a Markdown list item, the policy's words escaped. */
export function changeItem(change: SentenceChange): string {
  switch (change.type) {
    case 'added':
      return `- ➕ ${escapeMarkdown(change.new ?? '')}`;
    case 'removed':
      return `- ➖ ~~${escapeMarkdown(change.old ?? '')}~~`;
    case 'changed':
      return `- ✏️ ${redline(change.words ?? [])}`;
    case 'formatting':
      return `- ⚪ ${escapeMarkdown(change.new ?? '')} _(formatting only)_`;
  }
}

export function renderDiffMarkdown(diff: PolicyDiff, options: RenderOptions): string {
  const lines: string[] = [];
  if (options.title !== undefined) lines.push(`## ${escapeMarkdown(options.title)}`, '');
  lines.push(...noticeMarkdown(diff));
  lines.push(statsLine(diff), '');
  const sections = reportedSections(diff);
  if (sections.length > 0) {
    lines.push('| Status | Section | Summary |', '| --- | --- | --- |');
    for (const section of sections) {
      const rename = section.oldHeading !== undefined ? ` (was “${escapeMarkdown(section.oldHeading)}”)` : '';
      lines.push(`| ${statusLabel(section)} | ${escapeMarkdown(sectionLabel(section))}${rename} | ${changeSummary(section.changes)} |`);
    }
    lines.push('');
  }
  for (const section of sections) {
    if (section.changes.length === 0) continue;
    lines.push(`### ${escapeMarkdown(sectionLabel(section))}`, '', ...section.changes.map(changeItem), '');
  }
  if (diff.policyChangelog.length > 0) {
    lines.push('Added to the policy’s own change list:', '');
    lines.push(...diff.policyChangelog.map((entry) => `- ${escapeMarkdown(entry.text)}`), '');
  }
  for (const note of diff.notes) lines.push(`> **Note:** ${escapeMarkdown(note)}`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderOutlineMarkdown(document: PolicyDocument, _options: RenderOptions): string {
  const lines = [`# ${escapeMarkdown(document.title ?? '(no title)')}`, ''];
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      lines.push(`${'  '.repeat(section.level - 1)}- ${escapeMarkdown(section.heading)} (line ${section.line})`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return `${lines.join('\n')}\n`;
}
