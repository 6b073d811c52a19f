import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredLanguage, loadConfig, validateConfig } from '../src/config.js';
import { formatDate, parseDateFormat } from '../src/entries/dates.js';
import { discoverPolicyFiles, looksLikePolicy } from '../src/history/discover.js';
import { PolicydiffError } from '../src/errors.js';
import { scratchDir } from './support/repo.js';

function configError(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof PolicydiffError && error.kind === 'config') return error.message;
    throw error;
  }
  throw new Error('expected a config error');
}

describe('config', () => {
  it('accepts the documented keys', () => {
    const config = { files: ['docs/*.md'], languages: { 'docs/privacy-en.md': 'en' }, dateFormat: 'DD.MM.YYYY', headings: { add: ['Kontakt'] }, translations: [['a.sv.md', 'a.en.md']] };
    expect(validateConfig(config, 'x.json')).toEqual(config);
  });

  it.each([
    [{ fiels: ['a.md'] }, '"fiels" in x.json is not a setting: use files, languages, dateFormat, headings, significance, translations, noise, truncation'],
    [{ files: 'a.md' }, '"files" in x.json must be a list of non-empty strings: give globs of the policy files, e.g. ["privacy.md"]'],
    [{ files: ['../secret.md'] }, '"files" in x.json has "../secret.md", which points outside the repository: give globs relative to its top folder'],
    [{ languages: { 'a.md': 'Swedish' } }, '"languages.a.md" in x.json is "Swedish", not a language code: give one such as "sv", "en" or "fi"'],
    [{ dateFormat: 'MM/DD' }, '"dateFormat" in x.json is "MM/DD": combine YYYY, MM and DD with - . / or spaces, e.g. "DD.MM.YYYY"'],
    [{ headings: { remove: [] } }, '"headings.remove" in x.json is not a setting: use headings.add or headings.ignore'],
    [[], 'x.json must hold an object: write { "files": ["privacy.md"] }'],
    [{ translations: ['privacy.sv.md'] }, '"translations[0]" in x.json must be a list of non-empty strings: give the paths of one policy in each of its languages, e.g. ["privacy.md"]'],
    [{ translations: [['privacy.sv.md', 'privacy.sv.md']] }, '"translations[0]" in x.json must name at least two different files: list one policy\'s translations together, e.g. [["privacy.sv.md", "privacy.en.md", "privacy.fi.md"]]'],
    [{ translations: [['a.md', 'b.md'], ['../c.md', 'd.md']] }, '"translations[1]" in x.json has "../c.md", which points outside the repository: give paths relative to its top folder'],
  ])('names the bad key: %j', (value, message) => {
    expect(configError(() => validateConfig(value, 'x.json'))).toBe(message);
  });

  it('reads policydiff.config.json before .policydiffrc.json before package.json, and reports bad JSON in one line', () => {
    const dir = scratchDir();
    expect(loadConfig(dir)).toEqual({ config: {} });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', policydiff: { files: ['a.md'] } }));
    expect(loadConfig(dir)).toEqual({ config: { files: ['a.md'] }, source: 'package.json ("policydiff")' });
    writeFileSync(join(dir, '.policydiffrc.json'), '{ "files": ["b.md"] }');
    expect(loadConfig(dir).config.files).toEqual(['b.md']);
    writeFileSync(join(dir, 'policydiff.config.json'), '{ "files": ["c.md"], }');
    const message = configError(() => loadConfig(dir));
    expect(message).toMatch(/^policydiff\.config\.json is not valid JSON \(.+\): fix the syntax$/);
    expect(message).not.toContain('\n');
  });

  it('gives languages by glob and formats dates', () => {
    expect(configuredLanguage({ languages: { 'docs/**/*-fi.md': 'fi' } }, 'docs/legal/privacy-fi.md')).toBe('fi');
    expect(configuredLanguage({ languages: { 'docs/**/*-fi.md': 'fi' } }, 'privacy.md')).toBeUndefined();
    expect(formatDate('2021-11-18', parseDateFormat('DD.MM.YYYY'))).toBe('18.11.2021');
  });
});

describe('discover', () => {
  const tracked = [
    'README.md', 'CHANGELOG.md', 'docs/privacy.md', 'legal/integritetspolicy.txt', 'legal/Käyttöehdot.md', 'photos.md',
    'tos.md', 'src/privacy.ts', 'node_modules/x/privacy.md', 'de/datenschutz.markdown', 'docs/cookies.md',
  ];

  it('finds files named like a policy in the usual languages', () => {
    expect(tracked.filter(looksLikePolicy)).toEqual([
      'docs/privacy.md', 'legal/integritetspolicy.txt', 'legal/Käyttöehdot.md', 'tos.md', 'de/datenschutz.markdown', 'docs/cookies.md',
    ]);
  });

  it('uses the config globs instead, and says when they match nothing', () => {
    expect(discoverPolicyFiles(tracked, { files: ['legal/**'] })).toEqual(['legal/integritetspolicy.txt', 'legal/Käyttöehdot.md']);
    expect(configError(() => discoverPolicyFiles(tracked, { files: ['policy/*.md'] }, 'policydiff.config.json'))).toBe(
      '"files" in policydiff.config.json ("policy/*.md") matches no tracked file: fix the globs (git ls-files lists the tracked files)',
    );
  });
});
