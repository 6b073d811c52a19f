import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parseDateFormat } from './entries/dates.js';
import { PolicydiffError, quote } from './errors.js';
import { overrideKey, type HeadingOverrides } from './document/heading-overrides.js';
import { extensionsProblem, type LexiconExtensions } from './significance/lexicon.js';

/**
 * policydiff's settings, from the first of `policydiff.config.json`, `.policydiffrc.json`, or the `"policydiff"`
 * key of package.json found in the repository's top folder (the same precedence as the list: one source, never a
 * merge, so that what applies is always one file). Checked by hand: five keys do not need a schema library, and a
 * hand-written check can name the exact key that is wrong.
 */

export type HeadingsSetting = HeadingOverrides | Readonly<Record<string, HeadingOverrides>>;

export interface PolicydiffConfig {
  /** Globs of the policy files, relative to the repository's top folder. */
  files?: string[];
  /** Language per file: glob → language code (`sv`, `en`, `fi`, …). */
  languages?: Record<string, string>;
  /** How dates are shown in text and Markdown output, from `YYYY`, `MM`, `DD` (JSON always has `YYYY-MM-DD`). */
  dateFormat?: string;
  /** Lines that are or are not headings: for every file, or per glob (the first that matches a file). */
  headings?: HeadingsSetting;
  /** Extra significance terms per language (`sv`, `en`, or `*`), added to the bundled lexicons (src/lexicons). */
  significance?: LexiconExtensions;
  /** Sets of files that are translations of one policy (`["privacy.sv.md", "privacy.en.md"]`), for `policydiff check`. */
  translations?: string[][];
  /** A site's own capture noise: regular expressions whose matches are not compared (a widget's text). */
  noise?: string[];
  /** The share of its text (0–1] a version must lose to be reported as having lost most of it (default 0.5; 1 never). */
  truncation?: number;
}

export interface LoadedConfig {
  config: PolicydiffConfig;
  /** The file the config came from (relative name), absent when there is none. */
  source?: string;
}

export const CONFIG_FILES = ['policydiff.config.json', '.policydiffrc.json'] as const;
const KEYS = ['files', 'languages', 'dateFormat', 'headings', 'significance', 'translations', 'noise', 'truncation'] as const;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DATE_FORMAT = /^(?:YYYY|MM|DD|[-./ ])+$/;

/** Whether the entries' date patterns read it: `YYYYMMDD`, with no separator between its parts, is not one. */
function readsAsDatePattern(format: string): boolean {
  try {
    parseDateFormat(format);
    return true;
  } catch {
    return false;
  }
}

function configError(source: string, key: string, problem: string, fix: string): PolicydiffError {
  return new PolicydiffError('config', `${key === '' ? '' : `"${key}" in `}${source} ${problem}: ${fix}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringList(value: unknown, source: string, key: string, what: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw configError(source, key, 'must be a list of non-empty strings', `give ${what}, e.g. ["privacy.md"]`);
  }
  return value as string[];
}

/** `{ add, ignore }` at `key` (`headings`, or `headings.<glob>`). */
function validateOverrides(value: unknown, source: string, key: string): HeadingOverrides {
  if (!isRecord(value)) throw configError(source, key, 'must be an object', 'write { "add": [...], "ignore": [...] }');
  const overrides: HeadingOverrides = {};
  for (const list of Object.keys(value)) {
    if (list !== 'add' && list !== 'ignore') throw configError(source, `${key}.${list}`, 'is not a setting', `use ${key}.add or ${key}.ignore`);
    const lines = stringList(value[list], source, `${key}.${list}`, 'heading lines');
    const wordless = lines.find((line) => overrideKey(line) === '');
    if (wordless !== undefined) throw configError(source, `${key}.${list}`, `has ${quote(wordless)}, which has no words to match`, 'give the heading\'s words, e.g. "Kontakt"');
    overrides[list] = lines;
  }
  const both = overrides.add?.find((line) => overrides.ignore?.some((other) => overrideKey(other) === overrideKey(line)));
  if (both !== undefined) throw configError(source, key, `has ${quote(both)} in both add and ignore`, 'keep it in one of them');
  return overrides;
}

const isOverrideList = (key: string) => key === 'add' || key === 'ignore';

/** `headings`: one `{ add, ignore }` for every file, or one per glob (`{ "legal/*.txt": { add, ignore } }`). */
function validateHeadings(value: unknown, source: string): HeadingsSetting {
  const perGlob = isRecord(value) && Object.entries(value).some(([key, entry]) => !isOverrideList(key) && isRecord(entry));
  if (!perGlob) return validateOverrides(value, source, 'headings');
  const setting: Record<string, HeadingOverrides> = {};
  for (const [glob, entry] of Object.entries(value)) {
    if (isOverrideList(glob)) {
      const firstGlob = Object.keys(value).find((key) => !isOverrideList(key))!;
      throw configError(source, `headings.${firstGlob}`, 'is a glob next to add or ignore', 'give add and ignore for every file, or per glob, not both');
    }
    setting[glob] = validateOverrides(entry, source, `headings.${glob}`);
  }
  return setting;
}

/** Checks a parsed config object; `source` names it in messages. */
export function validateConfig(value: unknown, source: string): PolicydiffConfig {
  if (!isRecord(value)) throw configError(source, '', 'must hold an object', 'write { "files": ["privacy.md"] }');
  const config: PolicydiffConfig = {};
  for (const key of Object.keys(value)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw configError(source, key, 'is not a setting', `use ${KEYS.join(', ')}`);
    }
  }
  if (value.files !== undefined) {
    const files = stringList(value.files, source, 'files', 'globs of the policy files');
    refuseOutside(files, source, 'files', 'give globs relative to its top folder');
    config.files = files;
  }
  if (value.languages !== undefined) {
    if (!isRecord(value.languages)) throw configError(source, 'languages', 'must be an object', 'map files to languages, e.g. { "privacy.md": "sv" }');
    for (const [glob, language] of Object.entries(value.languages)) {
      if (typeof language !== 'string' || !LANGUAGE.test(language)) {
        throw configError(source, `languages.${glob}`, `is ${quote(String(language))}, not a language code`, 'give one such as "sv", "en" or "fi"');
      }
    }
    config.languages = value.languages as Record<string, string>;
  }
  if (value.dateFormat !== undefined) {
    const format = value.dateFormat;
    if (typeof format !== 'string' || !DATE_FORMAT.test(format) || !format.includes('YYYY') || !format.includes('MM') || !format.includes('DD') || !readsAsDatePattern(format)) {
      throw configError(source, 'dateFormat', `is ${quote(String(format))}`, 'combine YYYY, MM and DD with - . / or spaces, e.g. "DD.MM.YYYY"');
    }
    config.dateFormat = format;
  }
  if (value.headings !== undefined) config.headings = validateHeadings(value.headings, source);
  if (value.significance !== undefined) {
    const problem = extensionsProblem(value.significance);
    if (problem !== undefined) throw configError(source, `significance${problem.key === '' ? '' : `.${problem.key}`}`, problem.problem, 'see src/lexicons/sv.json for the shape');
    config.significance = value.significance as LexiconExtensions;
  }
  if (value.translations !== undefined) config.translations = translationSets(value.translations, source);
  if (value.noise !== undefined) config.noise = noisePatterns(value.noise, source);
  if (value.truncation !== undefined) {
    const share = value.truncation;
    if (typeof share !== 'number' || !(share > 0 && share <= 1)) {
      throw configError(source, 'truncation', `is ${quote(String(share))}`, 'give the share of the text a version must lose, above 0 and at most 1, e.g. 0.5 (1 turns it off)');
    }
    config.truncation = share;
  }
  return config;
}

/** `noise`: regular expressions (JavaScript syntax, Unicode mode), each of which must match some text. */
function noisePatterns(value: unknown, source: string): string[] {
  const patterns = stringList(value, source, 'noise', 'regular expressions of text to leave out of the comparison');
  patterns.forEach((pattern, index) => {
    let expression: RegExp;
    try {
      expression = new RegExp(pattern, 'u');
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid';
      throw configError(source, `noise[${index}]`, `is not a regular expression (${reason})`, 'escape the special characters, e.g. "How is my data shared\\?"');
    }
    if (expression.test('')) throw configError(source, `noise[${index}]`, `matches empty text (${quote(pattern)})`, 'give a pattern that matches the noise itself, e.g. "Download pdf"');
  });
  return patterns;
}

/** What the config changes in how versions are read and compared: its noise patterns and truncation share. */
export function readingOptions(config: PolicydiffConfig): { noise?: string[]; truncation?: number } {
  return { ...(config.noise === undefined ? {} : { noise: config.noise }), ...(config.truncation === undefined ? {} : { truncation: config.truncation }) };
}

function refuseOutside(paths: readonly string[], source: string, key: string, fix: string): void {
  for (const path of paths) {
    if (path.startsWith('/') || path.split('/').includes('..')) {
      throw configError(source, key, `has ${quote(path)}, which points outside the repository`, fix);
    }
  }
}

const TRANSLATIONS_EXAMPLE = 'e.g. [["privacy.sv.md", "privacy.en.md", "privacy.fi.md"]]';

function translationSets(value: unknown, source: string): string[][] {
  if (!Array.isArray(value)) throw configError(source, 'translations', 'must be a list of sets of files', `give the translations of each policy, ${TRANSLATIONS_EXAMPLE}`);
  return value.map((set: unknown, index) => {
    const key = `translations[${index}]`;
    const files = stringList(set, source, key, 'the paths of one policy in each of its languages');
    if (files.length < 2 || new Set(files).size !== files.length) {
      throw configError(source, key, 'must name at least two different files', `list one policy's translations together, ${TRANSLATIONS_EXAMPLE}`);
    }
    refuseOutside(files, source, key, 'give paths relative to its top folder');
    return files;
  });
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'invalid JSON';
    throw new PolicydiffError('config', `${source} is not valid JSON (${reason}): fix the syntax`, { cause: error });
  }
}

/** Finds and checks the config in `dir` (the repository's top folder). No config is an empty one. */
export function loadConfig(dir: string): LoadedConfig {
  for (const name of CONFIG_FILES) {
    const path = join(dir, name);
    if (existsSync(path)) return { config: validateConfig(parseJson(readFileSync(path, 'utf8'), name), name), source: name };
  }
  const packagePath = join(dir, 'package.json');
  if (existsSync(packagePath)) {
    const manifest = parseJson(readFileSync(packagePath, 'utf8'), 'package.json');
    if (isRecord(manifest) && manifest.policydiff !== undefined) {
      const source = 'package.json ("policydiff")';
      return { config: validateConfig(manifest.policydiff, source), source };
    }
  }
  return { config: {} };
}

/** The language the config gives a file (first matching glob), if any. */
export function configuredLanguage(config: PolicydiffConfig, file: string): string | undefined {
  for (const [glob, language] of Object.entries(config.languages ?? {})) {
    if (picomatch(glob, { dot: true })(file)) return language;
  }
  return undefined;
}

/** The heading overrides the config gives a file (repository-relative): the ones for every file, or those of the first matching glob. */
export function headingOverridesFor(config: PolicydiffConfig, file: string): HeadingOverrides | undefined {
  const { headings } = config;
  if (headings === undefined) return undefined;
  const entries = Object.entries(headings);
  if (entries.length === 0 || entries.some(([key]) => isOverrideList(key))) return headings as HeadingOverrides;
  return entries.find(([glob]) => picomatch(glob, { dot: true })(file))?.[1] as HeadingOverrides | undefined;
}
