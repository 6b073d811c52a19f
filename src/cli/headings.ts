import type { LoadedConfig } from '../config.js';
import { quote } from '../errors.js';
import { unmatchedHeadingOverrides, type HeadingOverrides } from '../parse/overrides.js';

/** The config's heading overrides (`"headings"`), which every command that parses a policy passes to the parser. */

/** `{ headings }` to spread into parse, diff or history options; empty when the config has none. */
export function headingOptions(config: LoadedConfig['config']): { headings?: HeadingOverrides } {
  return config.headings === undefined ? {} : { headings: config.headings };
}

/**
 * An override that matches no line of any text read is most likely misspelt or outdated, and would otherwise do
 * nothing without a word: say so on stderr (the result is still printed).
 */
export function warnUnmatchedHeadings(loaded: LoadedConfig, texts: Iterable<string>, files: readonly string[]): void {
  const { headings } = loaded.config;
  if (headings === undefined) return;
  const unmatched = unmatchedHeadingOverrides(texts, headings);
  if (unmatched.length === 0) return;
  const names = unmatched.map((line) => quote(line)).join(', ');
  const verb = unmatched.length === 1 ? 'matches' : 'match';
  process.stderr.write(
    `policydiff: "headings" in ${loaded.source ?? 'the config'}: ${names} ${verb} no line of ${files.join(', ')}: check the spelling against the policy, or remove it\n`,
  );
}
