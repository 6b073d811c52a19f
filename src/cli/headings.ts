import { quote } from '../errors.js';
import { unmatchedHeadingOverrides, type HeadingOverrides } from '../document/heading-overrides.js';

/** The config's heading overrides (`"headings"`), which every command that parses a policy passes to the parser. */

/** `{ headings }` to spread into parse, diff or history options; empty when the config gives the file none. */
export function headingOption(headings: HeadingOverrides | undefined): { headings?: HeadingOverrides } {
  return headings === undefined ? {} : { headings };
}

/** The texts read of one policy file, with the overrides they were parsed with. */
export interface ReadPolicy {
  /** As shown to the user. */
  file: string;
  headings: HeadingOverrides | undefined;
  texts: readonly string[];
}

/**
 * An override that matches no line of any text it applied to is most likely misspelt or outdated, and would
 * otherwise do nothing without a word: say so on stderr, once per set of overrides (the result is still printed).
 */
export function warnUnmatchedHeadings(source: string | undefined, read: readonly ReadPolicy[]): void {
  const groups = new Map<HeadingOverrides, { files: string[]; texts: string[] }>();
  for (const { file, headings, texts } of read) {
    if (headings === undefined) continue;
    const group = groups.get(headings) ?? { files: [], texts: [] };
    if (!group.files.includes(file)) group.files.push(file);
    group.texts.push(...texts);
    groups.set(headings, group);
  }
  for (const [headings, { files, texts }] of groups) {
    const unmatched = unmatchedHeadingOverrides(texts, headings);
    if (unmatched.length === 0) continue;
    const names = unmatched.map((line) => quote(line)).join(', ');
    const verb = unmatched.length === 1 ? 'matches' : 'match';
    process.stderr.write(
      `policydiff: "headings" in ${source ?? 'the config'}: ${names} ${verb} no line of ${files.join(', ')}: check the spelling against the policy, or remove it\n`,
    );
  }
}
