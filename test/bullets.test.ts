import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySignificance, diffPolicies, parsePolicy, type PolicyDiff } from '../src/index.js';
import { runCli, tempDir } from './support/cli.js';

/**
 * Policies are written with bullets as `•`, `·` or `–` (often followed by a non-breaking space), which Markdown
 * does not know as list markers; swapping them for `-` or `*` changes how the text looks, not what it says.
 */

const SV_MD = `# Integritetspolicy

Senast uppdaterad den 1 mars 2024.

## Information som vi samlar in

Vi samlar in följande typer av personuppgifter:
• Namn och e-postadress.
• Telefonnummer, om du anger det.
• IP-adress och information om din enhet.

• **Platsinformation**

Vi använder din position för att visa butiker i närheten.

## Hur informationen används

• Vi skickar orderbekräftelser och kvitton.
• Vi förbättrar tjänsten med anonym statistik.

## Dina rättigheter

Du har rätt att begära utdrag, rättelse och radering av dina uppgifter.
`;

const EN_MD = `# Privacy policy

Last updated on 1 March 2024.

## Information we collect

We collect the following kinds of personal data:
• Your name and email address.
• Your phone number, if you give it.
• Your IP address and information about your device.

• **Location data**

We use your location to show stores near you.

## How we use it

• We send order confirmations and receipts.
• We improve the service with anonymous statistics.

## Your rights

You have the right to access, correct and erase your data.
`;

/** The same policies as plain text the way they are published: bare headings. */
const asPlainText = (markdown: string) => markdown.replace(/^#+ /gm, '');

const policies = {
  sv: { md: SV_MD, txt: asPlainText(SV_MD) },
  en: { md: EN_MD, txt: asPlainText(EN_MD) },
};

const NBSP = '\u00a0';
const glyphs = ['•', '·', '–'];
const spaces = [' ', NBSP];
const markers = ['-', '*'];

/** Every `• ` bullet of the snippet written with another glyph and space. */
function withBullets(text: string, glyph: string, space: string): string {
  return text.replace(/^• /gm, `${glyph}${space}`);
}

function expectFormattingOnly(diff: PolicyDiff): void {
  expect(diff.sections.filter((section) => section.status !== 'unchanged').map((section) => section.heading)).toEqual([]);
  expect(diff.stats.modified).toBe(0);
  for (const section of diff.sections) {
    expect(section.modified).toBe(false);
    expect(section.changes.filter((change) => change.type !== 'formatting')).toEqual([]);
  }
  expect(['none', 'editorial']).toContain(classifySignificance(diff).level);
}

describe('a bullet glyph swap is formatting only', () => {
  for (const [language, texts] of Object.entries(policies)) {
    for (const extension of ['md', 'txt'] as const) {
      for (const glyph of glyphs) {
        for (const space of spaces) {
          for (const marker of markers) {
            const name = `${language} .${extension}: ${glyph}${space === NBSP ? '+NBSP' : ''} ↔ ${marker}`;
            it(name, () => {
              const old = withBullets(texts[extension], glyph, space);
              const swapped = withBullets(texts[extension], marker, ' ');
              const options = { fileName: `policy.${extension}` };
              const forward = diffPolicies(old, swapped, options);
              expect(forward.language).toBe(language);
              expectFormattingOnly(forward);
              expect(forward.sections.some((section) => section.changes.length > 0)).toBe(true);
              expectFormattingOnly(diffPolicies(swapped, old, options));
            });
          }
        }
      }
    }
  }

  it('reads a Markdown paragraph of consecutive `•` lines as one block per line, as a `-` list is read', () => {
    const blocks = (text: string) => parsePolicy(text, { fileName: 'policy.md' }).sections[0]!.blocks.map((block) => block.raw);
    expect(blocks(SV_MD)).toEqual([
      'Vi samlar in följande typer av personuppgifter:',
      '• Namn och e-postadress.',
      '• Telefonnummer, om du anger det.',
      '• IP-adress och information om din enhet.',
    ]);
    expect(blocks(withBullets(SV_MD, '-', ' ')).length).toBe(4);
  });

  it('reads a bullet that is only bold text as a sub-heading, whatever its glyph', () => {
    for (const extension of ['md', 'txt'] as const) {
      for (const glyph of ['•', '·', '–', '-', '*', '▪', '◦', '●', '➢']) {
        for (const space of spaces) {
          const text = withBullets(policies.sv[extension], glyph, space);
          const chapter = parsePolicy(text, { fileName: `policy.${extension}` }).sections[0]!;
          expect(chapter.children.map((child) => child.heading), `${extension} ${glyph}`).toEqual(['Platsinformation']);
        }
      }
    }
  });

  it('still reports a reworded bullet in a swapped list as a change', () => {
    const reworded = withBullets(SV_MD, '-', ' ').replace('Telefonnummer, om du anger det.', 'Telefonnummer och adress, om du anger dem.');
    const diff = diffPolicies(SV_MD, reworded, { fileName: 'policy.md' });
    const chapter = diff.sections.find((section) => section.heading === 'Information som vi samlar in')!;
    expect(chapter.status).toBe('modified');
    expect(chapter.changes.filter((change) => change.type !== 'formatting')).toEqual([
      expect.objectContaining({ type: 'changed', old: '• Telefonnummer, om du anger det.', new: '- Telefonnummer och adress, om du anger dem.' }),
    ]);
  });
});

describe('policydiff diff --format json on a bullet glyph swap', () => {
  for (const [language, texts] of Object.entries(policies)) {
    for (const extension of ['md', 'txt'] as const) {
      it(`${language} .${extension}: •, · and –+NBSP to - and * is formatting only`, () => {
        const dir = tempDir();
        const oldPath = join(dir, `old.${extension}`);
        const newPath = join(dir, `new.${extension}`);
        for (const [glyph, space, marker] of [['•', ' ', '-'], ['·', ' ', '*'], ['–', NBSP, '-']] as const) {
          writeFileSync(oldPath, withBullets(texts[extension], glyph, space));
          writeFileSync(newPath, withBullets(texts[extension], marker, ' '));
          const result = runCli(['diff', oldPath, newPath, '--format', 'json']);
          expect(result.stderr).toBe('');
          expect(result.status).toBe(0);
          const diff = JSON.parse(result.stdout) as PolicyDiff;
          expect(diff.language).toBe(language);
          expect(diff.stats.modified).toBe(0);
          expect(diff.sections.flatMap((section) => section.changes.map((change) => change.type)).filter((type) => type !== 'formatting')).toEqual([]);
          expect(['none', 'editorial']).toContain(diff.significance?.level);
        }
      });
    }
  }
});
