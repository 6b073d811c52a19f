import { flatten } from './align.js';
import type { DiffPart, PolicyDiff, PolicyDocument, SectionDiff } from '../model.js';
import { headingKey } from '../document/normalize.js';

/**
 * The promise that nothing is lost: from a diff alone, the kept and removed parts give back the old text and the
 * kept and added parts the new one (in normal form: one line per heading and per sentence). Users can check a
 * diff with it; the property tests check every diff with it.
 */

type Side = 'old' | 'new';

function sideText(part: DiffPart, side: Side): string | undefined {
  if (side === 'old') return part.type === 'added' ? undefined : part.old.norm;
  return part.type === 'removed' ? undefined : part.new.norm;
}

function sectionLines(heading: string, sentences: string[]): string[] {
  return [`§ ${headingKey(heading)}`, ...sentences];
}

export function rebuildText(diff: PolicyDiff, side: Side): string {
  const index = (section: SectionDiff) => (side === 'old' ? section.oldIndex : section.newIndex);
  return diff.sections
    .filter((section) => index(section) !== undefined)
    .sort((a, b) => index(a)! - index(b)!)
    .flatMap((section) => {
      const heading = side === 'old' ? (section.oldHeading ?? section.heading) : section.heading;
      const sentences = section.parts.flatMap((part) => sideText(part, side) ?? []);
      return sectionLines(heading, sentences);
    })
    .join('\n');
}

/** The same normal form, straight from a parsed document. */
export function canonicalText(document: PolicyDocument): string {
  return flatten(document)
    .flatMap((node) => sectionLines(node.heading, node.sentences.map((sentence) => sentence.norm)))
    .join('\n');
}
