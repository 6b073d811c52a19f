import type { PolicyDiff, PolicyDocument, Section, SentenceChange, WordChange } from '../model.js';
import { noticeText } from './notice.js';
import { reportedSections, sectionLabel, statsLine, statusLabel } from './summary.js';
import type { RenderOptions } from './types.js';

/** Terminal output: a line per changed section, then its sentence changes; colour only when asked for. */

const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof ANSI;

function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

const MARKER: Record<string, string> = {
  added: '+',
  removed: '-',
  modified: '~',
  renamed: '»',
  moved: '↕',
  unchanged: '=',
};

function redline(words: readonly WordChange[], paint: ReturnType<typeof painter>): string {
  return words
    .map((word) =>
      word.type === 'added' ? paint('green', `{+${word.text}+}`)
      : word.type === 'removed' ? paint('red', `[-${word.text}-]`)
      : word.text,
    )
    .join('');
}

function changeLines(change: SentenceChange, paint: ReturnType<typeof painter>): string[] {
  switch (change.type) {
    case 'added':
      return [paint('green', `    + ${change.new}`)];
    case 'removed':
      return [paint('red', `    - ${change.old}`)];
    case 'changed':
      return [`    ~ ${redline(change.words ?? [], paint)}`];
    case 'formatting':
      return [];
  }
}

/** How many sentences of an added or removed section the terminal shows before "… N more". */
const WHOLE_SECTION_SENTENCES = 3;

/** An added or removed section's first sentences, as Markdown and HTML show them all; then how many more there are. */
function wholeSectionLines(changes: readonly SentenceChange[], paint: ReturnType<typeof painter>): string[] {
  const sentences = changes.filter((change) => change.type === 'added' || change.type === 'removed');
  const shown = sentences.slice(0, WHOLE_SECTION_SENTENCES).flatMap((change) => changeLines(change, paint));
  const more = sentences.length - WHOLE_SECTION_SENTENCES;
  return more > 0 ? [...shown, paint('dim', `    … ${more === 1 ? '1 more sentence' : `${more} more sentences`}`)] : shown;
}

export function renderDiffText(diff: PolicyDiff, options: RenderOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  if (options.title !== undefined) lines.push(paint('bold', options.title));
  lines.push(...noticeText(diff, (text) => paint('bold', paint('red', text))));
  lines.push(statsLine(diff));
  if (diff.title !== undefined) lines.push(`Title: ${diff.title.old ?? '(none)'} → ${diff.title.new ?? '(none)'}`);
  for (const section of reportedSections(diff)) {
    const rename = section.oldHeading !== undefined ? ` (was "${section.oldHeading}")` : '';
    lines.push('');
    lines.push(`${paint('cyan', MARKER[section.status] ?? '~')} ${paint('bold', sectionLabel(section))}${rename}  [${statusLabel(section)}]`);
    if (section.status === 'added' || section.status === 'removed') {
      lines.push(...wholeSectionLines(section.changes, paint));
      continue;
    }
    const formatting = section.changes.filter((change) => change.type === 'formatting').length;
    for (const change of section.changes) if (change.type !== 'formatting') lines.push(...changeLines(change, paint));
    // Each reformatted sentence would repeat the text unchanged; the count is what a reader needs.
    if (formatting > 0) lines.push(paint('dim', `    = ${formatting === 1 ? '1 sentence' : `${formatting} sentences`} reformatted only (white space, bullets)`));
  }
  for (const entry of diff.policyChangelog) lines.push('', paint('dim', `Policy change list: + ${entry.text}`));
  for (const note of diff.notes) lines.push('', paint('yellow', `Note: ${note}`));
  return `${lines.join('\n')}\n`;
}

export function renderOutlineText(document: PolicyDocument, options: RenderOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  lines.push(`${paint('bold', document.title ?? '(no title)')}  [${document.format}]`);
  if (document.preamble.length > 0) lines.push(`  (preamble: ${document.preamble.length} blocks)`);
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      const size = section.blocks.length === 1 ? '1 block' : `${section.blocks.length} blocks`;
      lines.push(`${'  '.repeat(section.level)}${section.heading}  ${paint('dim', `(line ${section.line}, ${size})`)}`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return `${lines.join('\n')}\n`;
}
