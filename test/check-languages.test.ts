import { describe, expect, it } from 'vitest';
import { ExitCode, findLastUpdated } from '../src/index.js';
import { runCli } from './support/cli.js';
import { makeRepo } from './support/repo.js';

/**
 * `check` reads the "last updated" line in every language policydiff writes entries in, in the date formats those
 * languages use (lines as real policies write them, several from the corpus), and says plainly when it had nothing
 * to check and why, instead of "no findings".
 */

describe('the "last updated" line in sv, en, fi, de, fr, da and nb', () => {
  it.each([
    // sv
    ['Senast uppdaterad: 3 mars 2021', '2021-03-03'],
    ['Gäller från den 1 januari 2024', '2024-01-01'],
    ['Senast ändrad 2021-01-24', '2021-01-24'],
    // en
    ['Effective July 8, 2026', '2026-07-08'],
    ['Effective:May 28, 2026', '2026-05-28'],
    ['Last Updated: August 10, 2026', '2026-08-10'],
    ['Last revised on 2 April 2024', '2024-04-02'],
    // A month alone counts as its last day (corpus: Bitwarden); month first where only that reads (DuckDuckGo).
    ['Last revised APRIL-2024', '2024-04-30'],
    ['Last updated 11-21-25', '2025-11-21'],
    // fi
    ['Päivitetty 18. marraskuuta 2021', '2021-11-18'],
    ['Viimeksi päivitetty 1.3.2024', '2024-03-01'],
    // de
    ['Stand: 1. März 2024', '2024-03-01'],
    ['Zuletzt aktualisiert am 12.02.2024', '2024-02-12'],
    ['Letzte Aktualisierung: 5. Januar 2023', '2023-01-05'],
    // fr
    ['Date de la dernière mise à jour : 02/02/2023', '2023-02-02'],
    ['Dernière mise à jour : 1er janvier 2024', '2024-01-01'],
    ['Mis à jour le 15 mars 2023', '2023-03-15'],
    ['publié le22.12.22 mise à jour12.10.23', '2023-10-12'],
    ["Date d'entrée en vigueur : 1 février 2024", '2024-02-01'],
    ['En vigueur à compter du 14 août 2023', '2023-08-14'],
    // da
    ['Sidst opdateret: 1. marts 2024', '2024-03-01'],
    ['Senest opdateret den 12. januar 2023', '2023-01-12'],
    // nb
    ['Sist oppdatert: 1. mars 2024', '2024-03-01'],
    ['Sist endret 12.01.2023', '2023-01-12'],
  ])('reads %j', (line, day) => {
    expect(findLastUpdated(`# Policy\n\n${line}\n\nText.\n`)).toMatchObject({ line: 3, date: day });
  });

  it('keeps both readings of a date that reads day first and month first (DuckDuckGo: "06-03-26")', () => {
    expect(findLastUpdated('# Policy\n\nLast updated 06-03-26\n')).toMatchObject({ date: '2026-03-06', otherDate: '2026-06-03' });
    expect(findLastUpdated('# Policy\n\nSist endret 06.03.2026\n')).not.toHaveProperty('otherDate');
  });

  it('does not take a sentence about updates, or a date of another kind, for the line', () => {
    for (const text of ['Nous mettrons à jour cette politique le cas échéant.', 'We updated May 2021 terms.', 'Les données sont conservées jusqu’au 31/12/2023.']) {
      expect(findLastUpdated(`# Policy\n\n${text}\n`)).toBeUndefined();
    }
  });
});

const FRENCH = (updated: string, data: string) =>
  [
    '# Politique de confidentialité',
    '',
    `Date de la dernière mise à jour : ${updated}`,
    '',
    '## Données collectées',
    '',
    data,
    '',
    '## Vos droits',
    '',
    'Vous pouvez demander l’accès à vos données et leur effacement.',
    '',
  ].join('\n');

describe('policydiff check', () => {
  it('finds a French "last updated" line left behind by a change of meaning', () => {
    const repo = makeRepo([
      { message: 'Première version', date: '2023-02-02T10:00:00+01:00', files: { 'politique-de-confidentialite.md': FRENCH('02/02/2023', 'Nous collectons votre adresse e-mail.') }, tag: 'v1' },
      {
        message: 'Numéro de téléphone',
        date: '2023-05-10T10:00:00+02:00',
        files: { 'politique-de-confidentialite.md': FRENCH('02/02/2023', 'Nous collectons votre adresse e-mail et votre numéro de téléphone, que nous partageons avec Twilio.') },
      },
    ]);
    const result = runCli(['check', '--base', 'v1', '--format', 'json'], { cwd: repo.dir });
    const report = JSON.parse(result.stdout) as { applicable: string[]; findings: { check: string; message: string; fix: string }[] };
    expect(report.applicable).toContain('stale-date');
    const stale = report.findings.find((finding) => finding.check === 'stale-date');
    expect(stale?.message).toContain('Date de la dernière mise à jour : 02/02/2023');
    expect(stale?.fix).toContain('10/05/2023');
    expect(result.status).toBe(ExitCode.threshold);
  });

  it('says plainly when there was nothing to check, and why, in text and JSON', () => {
    const policy = (data: string) => `# Privacy policy\n\n## What we collect\n\n${data}\n\n## Contact\n\nWrite to privacy@example.invalid.\n`;
    const repo = makeRepo([
      { message: 'First version', date: '2024-01-15T10:00:00+01:00', files: { 'privacy.md': policy('We collect your e-mail address.') }, tag: 'v1' },
      { message: 'Typo', date: '2024-02-15T10:00:00+01:00', files: { 'privacy.md': policy('We collect your e‑mail address.') } },
    ]);
    const text = runCli(['check', '--base', 'v1'], { cwd: repo.dir });
    expect(text.status).toBe(0);
    expect(text.stdout).not.toContain('no findings');
    expect(text.stdout).toMatch(/nothing to check/);
    for (const why of ['no translations', 'no "last updated" line', 'no change list', 'no significant change']) expect(text.stdout).toContain(why);
    const json = JSON.parse(runCli(['check', '--base', 'v1', '--format', 'json'], { cwd: repo.dir }).stdout) as { applicable: string[]; skipped: { check: string; reason: string }[] };
    expect(json.applicable).toEqual([]);
    expect(json.skipped.map((skipped) => skipped.check)).toEqual(['translation-drift', 'stale-date', 'missing-change-entry', 'significant-without-notice']);
    for (const skipped of json.skipped) expect(skipped.reason.length).toBeGreaterThan(10);
  });
});
