import type { PolicyDiff, PolicyDocument, Section, SectionDiff } from '../model.js';

/**
 * The JSON output contract (README "JSON output"). `parts`, the sentence-by-sentence record that rebuilds both
 * texts, stays in the library: the output lists what changed.
 */
export function diffToJson(diff: PolicyDiff): object {
  const sections = diff.sections.map(({ parts: _parts, ...section }: SectionDiff) => section);
  return { ...diff, sections };
}

export function renderDiffJson(diff: PolicyDiff): string {
  return `${JSON.stringify(diffToJson(diff), null, 2)}\n`;
}

interface OutlineJson {
  heading: string;
  number?: string;
  level: number;
  line: number;
  text: string;
  children: OutlineJson[];
}

function sectionJson(section: Section): OutlineJson {
  const json: OutlineJson = {
    heading: section.heading,
    level: section.level,
    line: section.line,
    text: section.blocks.map((block) => block.raw).join('\n'),
    children: section.children.map(sectionJson),
  };
  if (section.number !== undefined) json.number = section.number;
  return json;
}

export function renderOutlineJson(document: PolicyDocument): string {
  const json = {
    schemaVersion: 1,
    format: document.format,
    title: document.title ?? null,
    preamble: document.preamble.map((block) => block.raw).join('\n'),
    sections: document.sections.map(sectionJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
