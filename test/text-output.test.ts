import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { makeRepo } from './support/repo.js';

/**
 * The terminal output shows what an added or removed section says, as Markdown and HTML do: its first sentences,
 * then how many more there are, so that a long new chapter does not push the rest off the screen.
 */

const lines = (text: string) => text.split('\n');

/** The lines under a section's heading line, up to the next blank line. */
function sectionBody(output: string, heading: string): string[] {
  const all = lines(output);
  const start = all.findIndex((line) => line.includes(heading) && / {2}\[(added|removed)\]$/.test(line));
  expect(start, `no section line for ${heading} in:\n${output}`).toBeGreaterThanOrEqual(0);
  const end = all.indexOf('', start);
  return all.slice(start + 1, end === -1 ? undefined : end);
}

describe('text output of added and removed sections', () => {
  it('shows the sentences of a short added section, every one', () => {
    const result = runCli(['diff', 'fixtures/history-001/v1.txt', 'fixtures/history-001/v2.txt']);
    expect(result.status).toBe(0);
    expect(sectionBody(result.stdout, 'Hur informationen används › Twilio')).toEqual([
      '    + Idun-tjänsten använder Twilios molnbaserade kommunikationstjänst för att sända autentiseringskoder till användarens telefonnummer i samband med inloggningen.',
      '    + Läs mer om hur Twilio använder information på: https://www.twilio.com/legal/privacy',
    ]);
  });

  it('shows the first three sentences of a longer one, then how many more', () => {
    const result = runCli(['diff', 'fixtures/history-001/v1.txt', 'fixtures/history-001/v2.txt']);
    expect(sectionBody(result.stdout, 'Användaren har full kontroll över sin information')).toEqual([
      '    + Användaren har full kontroll över sin information.',
      '    + Detta innebär att man när som helst har rätt att begära en redogörelse över vilken information om användaren som vi besitter.',
      '    + Man har också rätt att begära att informationen raderas.',
      '    … 1 more sentence',
    ]);
  });

  it('shows what a removed section said', () => {
    const result = runCli(['diff', 'fixtures/history-en/v1.md', 'fixtures/history-en/v2.md']);
    expect(sectionBody(result.stdout, 'Cookies')).toEqual([
      '    - Our website uses a single session cookie to keep you signed in.',
      '    - We do not use cookies for tracking or advertising.',
    ]);
  });

  it('shows them in since and log too, the same sentences Markdown shows', () => {
    const repo = makeRepo([
      { message: 'v1', date: '2021-09-03T10:00:00+03:00', files: { 'integritet.txt': fixture('history-001/v1.txt') }, tag: 'v1' },
      { message: 'v2', date: '2021-11-18T10:00:00+02:00', files: { 'integritet.txt': fixture('history-001/v2.txt') } },
    ]);
    const text = runCli(['since', 'v1'], { cwd: repo.dir }).stdout;
    const markdown = runCli(['since', 'v1', '--format', 'md'], { cwd: repo.dir }).stdout;
    const shown = sectionBody(text, 'Hur informationen används › Twilio').map((line) => line.replace(/^ {4}\+ /, ''));
    expect(shown).toHaveLength(2);
    for (const sentence of shown) expect(markdown).toContain(sentence);
  });
});
