import { describe, expect, it } from 'vitest';
import { headingOverridesFor } from '../src/config.js';
import { diffPolicies, parsePolicy, unmatchedHeadingOverrides, validateConfig } from '../src/index.js';
import { outline } from './support/outline.js';

const plain = [
  'INTEGRITETSPOLICY',
  '',
  'Den här policyn gäller appen Lärka.',
  '',
  'Information som vi samlar in',
  '',
  'Vi samlar in ditt namn och din e-postadress när du registrerar dig.',
  'Observera',
  'Uppgifterna lämnas aldrig ut till tredje part.',
  '',
  'Säkerhet',
  '',
  'Vi krypterar all trafik mellan appen och våra servrar.',
  'kontakt',
  'Du når oss på hej@larka.example.',
  '',
].join('\n');

describe('heading overrides in plain text', () => {
  it('reads the text as usual without overrides', () => {
    expect(outline(parsePolicy(plain, { fileName: 'policy.txt' }))).toEqual([
      'Information som vi samlar in',
      'Säkerhet',
    ]);
  });

  it('"add" makes a bare line a chapter wherever it stands in a block, "ignore" keeps a heading-like line as text', () => {
    const withObservera = `${plain}\nObservera\nDetta gäller även säkerhetskopior.\n`;
    expect(outline(parsePolicy(withObservera, { fileName: 'policy.txt' }))).toContain('  Observera');
    const document = parsePolicy(withObservera, { fileName: 'policy.txt', headings: { add: ['Kontakt'], ignore: ['Observera:'] } });
    expect(outline(document)).toEqual(['Information som vi samlar in', 'Säkerhet', 'kontakt']);
    const contact = document.sections[2]!;
    expect(contact.line).toBe(14);
    expect(contact.blocks.map((block) => block.raw)).toEqual(['Du når oss på hej@larka.example.', 'Observera', 'Detta gäller även säkerhetskopior.']);
    expect(document.sections[1]!.blocks.map((block) => block.raw)).toEqual(['Vi krypterar all trafik mellan appen och våra servrar.']);
  });

  it('an added line with numbering takes the depth of its number', () => {
    const text = 'Integritetspolicy\n\n1. Allmänt\n\nVi behandlar personuppgifter.\n\n1.1 Ansvarig\n\nLärka AB är ansvarig.\n1.2 ytterligare kontaktvägar\nRing oss.\n';
    expect(outline(parsePolicy(text, { fileName: 'policy.txt', headings: { add: ['Ytterligare kontaktvägar'] } }))).toEqual([
      '1. Allmänt',
      '  1.1 Ansvarig',
      '  1.2 ytterligare kontaktvägar',
    ]);
  });

  it('an ignored first line is not the title, and a bullet line is never promoted', () => {
    const text = 'Integritetspolicy\n\nVi värnar om din integritet.\n\n- Kontakt\n- Adress\n';
    const document = parsePolicy(text, { fileName: 'policy.txt', headings: { add: ['Kontakt'], ignore: ['Integritetspolicy'] } });
    expect(document.title).toBeUndefined();
    expect(document.sections).toEqual([]);
    expect(document.preamble.map((block) => block.raw)).toEqual(['Integritetspolicy', 'Vi värnar om din integritet.', '- Kontakt', '- Adress']);
  });
});

const markdown = [
  '# Integritetspolicy',
  '',
  '## Information som vi samlar in',
  '',
  'Vi samlar in ditt namn.',
  '',
  '### Observera',
  '',
  'Uppgifterna lämnas aldrig ut.',
  '',
  '## Säkerhet',
  '',
  'Vi krypterar all trafik.',
  '',
  'Kontakt',
  'Du når oss på hej@larka.example.',
  '',
  '**Adress**',
  '',
  'Storgatan 1, Lund.',
  '',
].join('\n');

describe('heading overrides in Markdown', () => {
  it('"ignore" demotes a heading to a paragraph of its section, "add" promotes a paragraph line to a chapter', () => {
    expect(outline(parsePolicy(markdown, { fileName: 'policy.md' }))).toEqual([
      'Information som vi samlar in',
      '  Observera',
      'Säkerhet',
      '  Adress',
    ]);
    const document = parsePolicy(markdown, { fileName: 'policy.md', headings: { add: ['kontakt'], ignore: ['Observera', 'Adress'] } });
    expect(document.title).toBe('Integritetspolicy');
    expect(outline(document)).toEqual(['Information som vi samlar in', 'Säkerhet', 'Kontakt']);
    expect(document.sections[0]!.blocks.map((block) => block.raw)).toEqual(['Vi samlar in ditt namn.', 'Observera', 'Uppgifterna lämnas aldrig ut.']);
    expect(document.sections[1]!.blocks.map((block) => block.raw)).toEqual(['Vi krypterar all trafik.']);
    expect(document.sections[2]!.line).toBe(15);
    expect(document.sections[2]!.blocks.map((block) => block.raw)).toEqual(['Du når oss på hej@larka.example.', '**Adress**', 'Storgatan 1, Lund.']);
  });

  it('an added line in a document without headings is a chapter', () => {
    const document = parsePolicy('Vi värnar om dig.\n\nKontakt\n\nRing oss.\n', { format: 'markdown', headings: { add: ['Kontakt'] } });
    expect(outline(document)).toEqual(['Kontakt']);
    expect(document.preamble.map((block) => block.raw)).toEqual(['Vi värnar om dig.']);
  });
});

describe('heading overrides in a diff', () => {
  it('diffPolicies reads both versions with them', () => {
    const newer = plain.replace('Du når oss på hej@larka.example.', 'Du når oss på hej@larka.example eller på 046-123 45 67.');
    const diff = diffPolicies(plain, newer, { fileName: 'policy.txt', headings: { add: ['Kontakt'] } });
    const changed = diff.sections.filter((section) => section.status !== 'unchanged');
    expect(changed.map((section) => section.path)).toEqual([['kontakt']]);
    const without = diffPolicies(plain, newer, { fileName: 'policy.txt' });
    expect(without.sections.filter((section) => section.status !== 'unchanged').map((section) => section.path)).toEqual([['Säkerhet']]);
  });

  it('names the overrides that match no line of any text', () => {
    expect(unmatchedHeadingOverrides([plain, markdown], { add: ['Kontakt', 'Cookies'], ignore: ['### observera', 'Bilagor'] })).toEqual(['Cookies', 'Bilagor']);
    expect(unmatchedHeadingOverrides([], { add: ['Kontakt'] })).toEqual(['Kontakt']);
    expect(unmatchedHeadingOverrides([plain], {})).toEqual([]);
  });
});

describe('heading overrides in the config', () => {
  it.each([
    [{ headings: { add: ['Kontakt'], ignore: ['KONTAKT:'] } }, '"headings" in x.json has "Kontakt" in both add and ignore: keep it in one of them'],
    [{ headings: { ignore: ['Observera', '##'] } }, '"headings.ignore" in x.json has "##", which has no words to match: give the heading\'s words, e.g. "Kontakt"'],
  ])('names the bad key: %j', (value, message) => {
    expect(() => validateConfig(value, 'x.json')).toThrow(message);
  });
});

describe('heading overrides per file', () => {
  const perFile = { headings: { 'legal/*.txt': { add: ['Kontakt'] }, '**/*.md': { ignore: ['Observera'] } } };

  it('takes { "<glob>": { add, ignore } }: the first glob that matches the file gives its overrides', () => {
    const config = validateConfig(perFile, 'x.json');
    expect(headingOverridesFor(config, 'legal/integritet.txt')).toEqual({ add: ['Kontakt'] });
    expect(headingOverridesFor(config, 'docs/privacy.md')).toEqual({ ignore: ['Observera'] });
    expect(headingOverridesFor(config, 'integritet.txt')).toBeUndefined();
    const everyFile = validateConfig({ headings: { add: ['Kontakt'] } }, 'x.json');
    expect(headingOverridesFor(everyFile, 'anything.md')).toEqual({ add: ['Kontakt'] });
    expect(headingOverridesFor(validateConfig({}, 'x.json'), 'anything.md')).toBeUndefined();
  });

  it.each([
    [{ headings: { add: ['Kontakt'], 'legal/*.txt': { add: ['Kontakt'] } } }, '"headings.legal/*.txt" in x.json is a glob next to add or ignore: give add and ignore for every file, or per glob, not both'],
    [{ headings: { 'legal/*.txt': { remove: ['Kontakt'] } } }, '"headings.legal/*.txt.remove" in x.json is not a setting: use headings.legal/*.txt.add or headings.legal/*.txt.ignore'],
    [{ headings: { 'legal/*.txt': { add: 'Kontakt' } } }, '"headings.legal/*.txt.add" in x.json must be a list of non-empty strings'],
  ])('names the bad key: %j', (value, message) => {
    expect(() => validateConfig(value, 'x.json')).toThrow(message);
  });
});
