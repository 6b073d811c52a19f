import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies, mergeIntoPolicyChangeList } from '../src/index.js';
import { runCli } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { makeRepo } from './support/repo.js';

/**
 * `changelog --in-policy` writes into a list the policy's owners keep by hand: it keeps that list's order, adds no
 * line the owners never wrote (a "first version" line), and reads every dated line as an entry of its own.
 */

const FIRST = '3.9.2021 Uppdatering av information som tjänsten samlar in.';
const SECOND = '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.';
const THIRD = '14.3.2022 Uppdaterade kapitel: Information som vi samlar in, Hur informationen används och Användaren har full kontroll över sin information; nytt avsnitt: Google Analytics.';

describe('changelog --in-policy on seed 001, whose list runs oldest first and has no first-version line', () => {
  it('adds no first-version line, and puts a new line where its date belongs', () => {
    // The seed's v1 committed on 10.5.2021 already lists 3.9.2021 to 18.11.2021 (a policy committed late, with its
    // list); v2 is committed on 10.2.2022, before the list's own 14.3.2022 line that v2 carries.
    const repo = makeRepo([
      { message: 'Sekretesspolicyn', date: '2021-05-10T10:00:00+02:00', files: { 'integritet.txt': fixture('001-idun/v1.txt') } },
      { message: 'Google Analytics', date: '2022-02-10T10:00:00+02:00', files: { 'integritet.txt': fixture('001-idun/v2.txt') } },
    ]);
    const result = runCli(['changelog', '--in-policy'], { cwd: repo.dir });
    expect(result.stderr).toBe('policydiff: added 1 entry to integritet.txt.\n');
    const text = readFileSync(join(repo.dir, 'integritet.txt'), 'utf8');
    expect(text).not.toContain('Första versionen');
    const list = text.split('\n').filter((line) => /^\d{1,2}\.\d{1,2}\.\d{4} /.test(line));
    expect(list.map((line) => line.split(' ')[0])).toEqual(['3.9.2021', '18.11.2021', '10.2.2022', '14.3.2022']);
    expect(list[0]).toBe(FIRST);
    expect(list[1]).toBe(SECOND);
    expect(list[3]).toBe(THIRD);
  });
});

describe('mergeIntoPolicyChangeList keeps the list in its own order', () => {
  const policy = (lines: string[]) => `# Integritetspolicy\n\n## Säkerhet\n\nAll kommunikation är krypterad.\n\n## Ändringar\n\n${lines.join('\n')}\n`;

  it('oldest first: each new line at its date, even between two old ones', () => {
    const merged = mergeIntoPolicyChangeList(policy(['- 3.9.2021 Första ändringen.', '- 14.3.2022 Tredje ändringen.']), [
      { date: '2023-01-05', text: 'Fjärde ändringen.' },
      { date: '2021-11-18', text: 'Andra ändringen.' },
    ]);
    expect(merged).toBe(policy(['- 3.9.2021 Första ändringen.', '- 18.11.2021 Andra ändringen.', '- 14.3.2022 Tredje ändringen.', '- 5.1.2023 Fjärde ändringen.']));
  });

  it('newest first: each new line at its date', () => {
    const merged = mergeIntoPolicyChangeList(policy(['- 14.3.2022 Tredje ändringen.', '- 3.9.2021 Första ändringen.']), [
      { date: '2021-11-18', text: 'Andra ändringen.' },
      { date: '2023-01-05', text: 'Fjärde ändringen.' },
    ]);
    expect(merged).toBe(policy(['- 5.1.2023 Fjärde ändringen.', '- 14.3.2022 Tredje ändringen.', '- 18.11.2021 Andra ändringen.', '- 3.9.2021 Första ändringen.']));
  });
});

describe('Markdown: each dated line of one paragraph is an entry of its own', () => {
  const policy = (list: string) =>
    `# Integritetspolicy\n\n## Vilka uppgifter vi samlar in\n\nVi samlar in namn och e-postadress.\n\n## Ändringar\n\nÄndringar som har gjorts hittills:\n\n${list}\n`;

  it('the diff reports two appended lines as two entries of the policy’s list, not one', () => {
    const before = policy('3.9.2021 Uppdatering av information som tjänsten samlar in.');
    const after = policy('3.9.2021 Uppdatering av information som tjänsten samlar in.\n18.11.2021 Uppdaterade kapitel: Vilka uppgifter vi samlar in.\n14.3.2022 Uppdaterade kapitel: Ändringar.');
    const diff = diffPolicies(before, after, { fileName: 'privacy.md' });
    expect(diff.policyChangelog.map((entry) => entry.text)).toEqual(['18.11.2021 Uppdaterade kapitel: Vilka uppgifter vi samlar in.', '14.3.2022 Uppdaterade kapitel: Ändringar.']);
    expect(diff.sections.filter((section) => section.status !== 'unchanged')).toEqual([]);
  });

  it('a line added to such a paragraph goes into it, and the diff reads it as the list’s own line', () => {
    const before = policy('3.9.2021 Uppdatering av information som tjänsten samlar in.');
    const merged = mergeIntoPolicyChangeList(before, [{ date: '2021-11-18', text: 'Uppdaterade kapitel: Vilka uppgifter vi samlar in.' }], { fileName: 'privacy.md' });
    expect(merged).toBe(policy('3.9.2021 Uppdatering av information som tjänsten samlar in.\n18.11.2021 Uppdaterade kapitel: Vilka uppgifter vi samlar in.'));
    const diff = diffPolicies(before, merged, { fileName: 'privacy.md' });
    expect(diff.policyChangelog.map((entry) => entry.date)).toEqual(['18.11.2021']);
    expect(diff.sections.filter((section) => section.status !== 'unchanged')).toEqual([]);
  });

  it('since shows each line of the list the commit added, on its own', () => {
    const repo = makeRepo([
      { message: 'v1', date: '2021-09-03T10:00:00+03:00', files: { 'privacy.md': policy('3.9.2021 Uppdatering av information som tjänsten samlar in.') }, tag: 'v1' },
      {
        message: 'v2',
        date: '2021-11-18T10:00:00+02:00',
        files: { 'privacy.md': policy('3.9.2021 Uppdatering av information som tjänsten samlar in.\n18.11.2021 Uppdaterade kapitel: Vilka uppgifter vi samlar in.').replace('e-postadress.', 'e-postadress och telefonnummer.') },
      },
    ]);
    const result = runCli(['since', 'v1'], { cwd: repo.dir });
    expect(result.stdout).toContain('Policy change list: + 18.11.2021 Uppdaterade kapitel: Vilka uppgifter vi samlar in.\n');
    expect(result.stdout).not.toContain('Policy change list: + 3.9.2021');
  });
});
