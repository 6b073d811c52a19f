import type { PolicyDocument, Section } from '../../src/index.js';

/** Headings as an indented outline, which is what a reader checks a structure against. */
export function outline(document: PolicyDocument): string[] {
  const lines: string[] = [];
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      lines.push(`${'  '.repeat(section.level - 1)}${section.heading}`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return lines;
}
