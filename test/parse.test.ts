import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/index.js';
import { seed } from './support/fixtures.js';
import { outline } from './support/outline.js';

describe('plain text as published', () => {
  it('reads seed 001: chapters after blank lines, subsections directly followed by text', () => {
    const document = parsePolicy(seed('001'), { fileName: 'policy.txt' });
    expect(document.title).toBe('SEKRETESSPOLICY');
    expect(outline(document)).toEqual([
      'Information som vi samlar in',
      '  Av tekniska orsaker',
      '  För tillhandahållandet av tjänsten',
      '  För rapportering och analys',
      'Hur informationen används',
      '  Firebase',
      '  Twilio',
      'Säkerhet',
      'Samtycke',
      'Användaren har full kontroll över sin information',
      'Ta kontakt',
      'Ändringar i sekretesspolicyn',
      '  Ändringar som har gjorts hittills:',
    ]);
    expect(document.preamble.map((b) => b.raw)[0]).toMatch(/^Den här policyn gäller/);
  });

  it('reads seed 003: numbering gives the depth, a "Senast ändrad" date line is text', () => {
    const document = parsePolicy(seed('003'));
    const lines = outline(document);
    expect(lines.slice(0, 8)).toEqual([
      '1. Information som vi samlar in',
      '  1.1 Information som du uppger',
      '  1.2 Information vi får när du använder våra tjänster',
      '    1.2.1 Enhetsinformation',
      '    1.2.2 Logginformation',
      '    1.2.3 Platsinformation',
      '    1.2.4 Lokal lagring',
      '    1.2.5 Cookies och liknande teknik',
    ]);
    expect(lines.some((line) => line.includes('Senast ändrad'))).toBe(false);
    expect(document.sections[0]?.number).toBe('1');
  });

  it('reads seed 000: `- **bold**` items are sub-headings, a broken paragraph is not a heading', () => {
    const document = parsePolicy(seed('000'));
    const collecting = document.sections.find((s) => s.heading === 'Insamling av information');
    expect(collecting?.children.map((s) => s.heading)).toEqual([
      'Information om enhetens typ',
      'Tekniks logginformation',
      'Platsinformation',
    ]);
    expect(outline(document)).not.toContain('Dessutom är app-datan');
  });

  it('reads seed 002: colon headings as subsections, "iOS" as a heading, a lead-in sentence as text', () => {
    const document = parsePolicy(seed('002'));
    const lines = outline(document);
    expect(document.title).toBe('INTEGRITETSSPOLICY');
    expect(lines).toContain('  Statistisk information:');
    expect(lines).toContain('iOS');
    expect(lines.join('\n')).not.toContain('Vi samlar in följande typer av information:');
  });

  it('reads seed 004: headings ending in ":" directly above their list, an address is not a heading', () => {
    const lines = outline(parsePolicy(seed('004')));
    expect(lines).toContain('Du har rätt att:');
    expect(lines).toContain('Kontaktinformation till dataregistreringsansvarig');
    expect(lines).not.toContain('Kotopro Oy');
  });

  it('handles CRLF, a BOM and NBSP-only separator lines like LF text', () => {
    const lf = seed('001');
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`;
    expect(outline(parsePolicy(crlf))).toEqual(outline(parsePolicy(lf)));
  });
});

describe('Markdown', () => {
  it('takes a single top heading as the title and bold-only items as sub-headings', () => {
    const markdown = [
      '# Sekretesspolicy',
      '',
      'Inledning.',
      '',
      '## Insamling',
      '',
      'Vi samlar in data.',
      '',
      '- **Platsinformation**',
      '',
      'Vi kan samla in plats.',
      '',
      '**Loggar:**',
      '',
      'Vi loggar.',
      '',
      'Säkerhet',
      '--------',
      '',
      '- Vi krypterar.',
      '- Vi granskar.',
    ].join('\n');
    const document = parsePolicy(markdown, { fileName: 'privacy.md' });
    expect(document.format).toBe('markdown');
    expect(document.title).toBe('Sekretesspolicy');
    expect(outline(document)).toEqual(['Insamling', '  Platsinformation', '  Loggar:', 'Säkerhet']);
    expect(document.sections[1]?.blocks.map((b) => b.raw)).toEqual(['- Vi krypterar.', '- Vi granskar.']);
    expect(document.preamble.map((b) => b.raw)).toEqual(['Inledning.']);
  });

  it('detects Markdown by its headings when there is no file name', () => {
    expect(parsePolicy('# Policy\n\n## A\n\nText.\n').format).toBe('markdown');
    expect(parsePolicy(seed('000')).format).toBe('text');
  });

  it('survives deeply nested lists and quotes without a stack overflow', () => {
    const nested = Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n');
    const quoted = `${'> '.repeat(5000)}deep`;
    const document = parsePolicy(`# T\n\n## A\n\n${nested}\n\n${quoted}\n`, { format: 'markdown' });
    const text = document.sections[0]?.blocks.map((block) => block.raw).join('\n') ?? '';
    expect(text).toContain('item 1999');
    expect(text).toContain('deep');
  });

  it('survives 100,000 list or quote markers opening one line', () => {
    for (const marker of ['- ', '* ', '1. ', '> - ', '>']) {
      const document = parsePolicy(`# T\n\n## A\n\n${marker.repeat(100_000)}innerst\n`, { format: 'markdown' });
      const text = document.sections[0]?.blocks.map((block) => block.raw).join('\n') ?? '';
      expect(text).toContain('innerst');
    }
  });
});
