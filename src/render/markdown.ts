import type { PolicyDiff, PolicyDocument, Section, SentenceChange, WordChange } from '../model.js';
import { escapeMarkdown } from './markdown-escape.js';
import { noticeMarkdown } from './notice.js';
import { changeSummary, reportedSections, sectionLabel, statsLine, statusLabel } from './summary.js';
import type { RenderOptions } from './types.js';

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
    for (const entry of diff.policyChangelog) lines.push(`- ${escapeMarkdown(entry.text)}`);
    lines.push('');
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
