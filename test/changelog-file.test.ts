import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPolicies, PolicydiffError } from '../src/index.js';
import { mergeIntoChangelog, mergeIntoPolicyChangeList, type ChangelogFileEntry } from '../src/entries/changelog-file.js';
import { writeFileAtomic } from '../src/write.js';
import { tempDir } from './support/cli.js';
import { seed } from './support/fixtures.js';
import { policy, render, style } from './support/generate.js';
import { formatDate, parseDateFormat } from '../src/entries/dates.js';

const november: ChangelogFileEntry = {
  date: '2021-11-18',
  line: '18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.',
};
const september: ChangelogFileEntry = { date: '2021-09-03', line: '3.9.2021 Uppdaterade kapitel: Information som vi samlar in.' };
const january: ChangelogFileEntry = {
  date: '2022-01-05',
  line: '5.1.2022 Uppdaterade kapitel: Hur informationen används.',
  notice: 'Vi delar nu ditt telefonnummer med Twilio.',
};

const keepAChangelog = `# Changelog

All notable changes to our privacy policy.

## [Unreleased]

- Draft: a chapter on cookies.

## 2021-09-03

- 3.9.2021 Uppdaterade kapitel: Information som vi samlar in.
`;

describe('mergeIntoChangelog', () => {
  it('adds the new entries newest first under a heading per date, after Unreleased, and leaves the rest alone', () => {
    expect(mergeIntoChangelog(keepAChangelog, [september, november, january])).toBe(`# Changelog

All notable changes to our privacy policy.

## [Unreleased]

- Draft: a chapter on cookies.

## 2022-01-05

- 5.1.2022 Uppdaterade kapitel: Hur informationen används.
  Vi delar nu ditt telefonnummer med Twilio.

## 2021-11-18

- 18.11.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information.

## 2021-09-03

- 3.9.2021 Uppdaterade kapitel: Information som vi samlar in.
`);
  });

  it('adds nothing the second time', () => {
    const once = mergeIntoChangelog(keepAChangelog, [november, january]);
    expect(mergeIntoChangelog(once, [november, january, september])).toBe(once);
  });

  it('adds an entry under the existing heading of its date, and an older date at the end', () => {
    const text = '# Policy changes\n\n## 2021-11-18\n\n- 18.11.2021 Rättade stavfel.\n\n## 2022-01-05\n\n* 5.1.2022 Nytt.\n';
    expect(mergeIntoChangelog(text, [november, september])).toBe(
      '# Policy changes\n\n## 2021-11-18\n\n- 18.11.2021 Rättade stavfel.\n' +
        `- ${november.line}\n\n## 2022-01-05\n\n* 5.1.2022 Nytt.\n\n## 2021-09-03\n\n- ${september.line}\n`,
    );
  });

  it("keeps the file's heading style, line endings and missing final newline", () => {
    const text = '# Ändringar\r\n\r\n### [18.11.2021]\r\n\r\n* 18.11.2021 Rättade stavfel.';
    expect(mergeIntoChangelog(text, [january])).toBe(
      '# Ändringar\r\n\r\n### [5.1.2022]\r\n\r\n* 5.1.2022 Uppdaterade kapitel: Hur informationen används.\r\n' +
        '  Vi delar nu ditt telefonnummer med Twilio.\r\n\r\n### [18.11.2021]\r\n\r\n* 18.11.2021 Rättade stavfel.',
    );
  });

  it('starts an empty file with a title', () => {
    expect(mergeIntoChangelog('', [november])).toBe(`# Changelog\n\n## 2021-11-18\n\n- ${november.line}\n`);
  });

  it('shows a level set by a commit after the line', () => {
    const entry = { ...september, override: '(level set by the commit: minor)' };
    const once = mergeIntoChangelog('# Changelog\n', [entry]);
    expect(once).toBe(`# Changelog\n\n## 2021-09-03\n\n- ${september.line} (level set by the commit: minor)\n`);
    expect(mergeIntoChangelog(once, [entry])).toBe(once);
  });

  it('does not take dates in a code block for headings', () => {
    const text = '# Changelog\n\n```\n## 2021-01-01\n```\n';
    expect(mergeIntoChangelog(text, [september])).toBe(`# Changelog\n\n\`\`\`\n## 2021-01-01\n\`\`\`\n\n## 2021-09-03\n\n- ${september.line}\n`);
  });

  it('refuses a file with conflict markers, in one line', () => {
    const text = '# Changelog\n\n<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> main\n';
    expect(() => mergeIntoChangelog(text, [november], { fileName: 'CHANGELOG.md' })).toThrow(
      'CHANGELOG.md has an unresolved merge conflict (line 3: "<<<<<<< HEAD"): resolve it and run policydiff again',
    );
    try {
      mergeIntoChangelog(text, [november]);
    } catch (error) {
      expect((error as PolicydiffError).exitCode).toBe(9);
    }
    // A setext underline of exactly seven "=" under "Changes" is a heading, not a conflict.
    expect(mergeIntoChangelog('Changes\n=======\n', [september])).toBe(`Changes\n=======\n\n## 2021-09-03\n\n- ${september.line}\n`);
  });
});

/** Lines with their line breaks; the last one may have none. */
const rawLines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
const content = (line: string) => line.replace(/\r?\n$/, '');

const pieces = fc.constantFrom(
  '# Changelog',
  '## [Unreleased]',
  '## 2021-11-18',
  '## [2022-01-05]',
  '### 2020-02-29',
  '## [1.0.0] - 2021-01-01',
  `- ${september.line}`,
  '* Fixed a typo.',
  '```',
  '',
  '',
  'Text about the policy.',
);
const existing = fc
  .record({
    lines: fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ''))), { maxLength: 14 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, crlf, finalNewline }) => {
    const eol = crlf ? '\r\n' : '\n';
    return lines.join(eol) + (finalNewline && lines.length > 0 ? eol : '');
  })
  .filter((text) => !/^(?:<{7}|>{7}|\|{7})/m.test(text));
const entries = fc.subarray([november, september, january, { date: '2020-02-29', line: '29.2.2020 Nytt kapitel: Cookies.' }]);

describe('mergeIntoChangelog properties', () => {
  it('keeps every existing line byte for byte, only adds dated headings, entries and blank lines, and adds nothing twice', () => {
    fc.assert(
      fc.property(existing, entries, (text, list) => {
        const merged = mergeIntoChangelog(text, list);
        const oldLines = rawLines(text);
        const newLines = rawLines(merged);
        const parts = diffArrays(oldLines.map(content), newLines.map(content));
        let oldAt = 0;
        let newAt = 0;
        for (const part of parts) {
          expect(part.removed).toBeFalsy();
          for (const line of part.value) {
            if (part.added) {
              const added =
                (text === '' && line === '# Changelog') ||
                line.trim() === '' || /^#{1,6} \[?[\d.-]+\]?$/.test(line) || list.some((e) => line.includes(e.line) || line.includes(e.notice ?? '\0'));
              expect(added, line).toBe(true);
              newAt += 1;
            } else {
              const oldLine = oldLines[oldAt]!;
              const newLine = newLines[newAt]!;
              // The one allowed byte change: a line break after a last line that had none, to add below it.
              if (oldLine !== newLine) expect(oldAt === oldLines.length - 1 && newLine.startsWith(oldLine)).toBe(true);
              oldAt += 1;
              newAt += 1;
            }
          }
        }
        for (const entry of list) expect(merged).toContain(entry.line);
        if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) expect(/(^|[^\r])\n/.test(merged)).toBe(false);
        expect(mergeIntoChangelog(merged, list)).toBe(merged);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1_500), seed: 20_211_118 },
    );
  });
});

const idun = seed('001');

describe('mergeIntoPolicyChangeList', () => {
  const january2022 = { date: '2022-01-05', text: 'Uppdaterade kapitel: Säkerhet.' };

  it("appends to seed 001's own list in its style, and the diff reports no section change", () => {
    const updated = mergeIntoPolicyChangeList(idun, [january2022], { fileName: 'sekretess.txt' });
    expect(updated).toBe(`${idun}\n5.1.2022 Uppdaterade kapitel: Säkerhet.`);
    const diff = diffPolicies(idun, updated, { fileName: 'sekretess.txt' });
    expect(diff.sections.filter((section) => section.status !== 'unchanged' || section.modified)).toEqual([]);
    expect(diff.policyChangelog).toEqual([{ date: '5.1.2022', text: '5.1.2022 Uppdaterade kapitel: Säkerhet.' }]);
  });

  it("is idempotent, and never adds a day the owners' list already has", () => {
    const once = mergeIntoPolicyChangeList(idun, [january2022], { fileName: 'sekretess.txt' });
    expect(mergeIntoPolicyChangeList(once, [january2022], { fileName: 'sekretess.txt' })).toBe(once);
    // The owners wrote their own 3.9.2021 line; a generated one for that day would say it twice.
    expect(mergeIntoPolicyChangeList(idun, [{ date: '2021-09-03', text: 'Uppdaterade kapitel: Information som vi samlar in.' }])).toBe(idun);
  });

  it('keeps bullets, zero-padded ISO dates, newest-first order and CRLF of a Markdown list', () => {
    const policy = [
      '# Privacy Policy',
      '',
      'Intro.',
      '',
      '## Changes to this policy',
      '',
      'We list every change here.',
      '',
      '* 2024-02-10 — Updated section: Retention.',
      '* 2024-01-10 — First version.',
      '',
      '## Contact',
      '',
      'Write to us.',
      '',
    ].join('\r\n');
    const updated = mergeIntoPolicyChangeList(policy, [{ date: '2024-03-01', text: 'Updated section: Contact.' }], { fileName: 'privacy.md' });
    expect(updated).toBe(policy.replace('* 2024-02-10', '* 2024-03-01 — Updated section: Contact.\r\n* 2024-02-10'));
    const diff = diffPolicies(policy, updated, { fileName: 'privacy.md' });
    expect(diff.sections.filter((section) => section.status !== 'unchanged' || section.modified)).toEqual([]);
    expect(diff.policyChangelog.map((line) => line.date)).toEqual(['2024-03-01']);
  });

  it('starts the list under a change chapter that has none yet, in the preferred date format', () => {
    const policy = '# Privacy Policy\n\nIntro.\n\n## Changes to this policy\n\nWe list every change here.\n\n## Contact\n\nWrite to us.\n';
    const updated = mergeIntoPolicyChangeList(policy, [{ date: '2024-03-01', text: 'Updated section: Contact.' }], {
      fileName: 'privacy.md',
      dateFormat: 'YYYY-MM-DD',
    });
    expect(updated).toBe(policy.replace('change here.\n', 'change here.\n\n- 2024-03-01 Updated section: Contact.\n'));
    expect(diffPolicies(policy, updated, { fileName: 'privacy.md' }).policyChangelog).toHaveLength(1);
  });

  it('finds a configured heading, and says what to do when there is no change list', () => {
    const policy = 'Integritet\n\nVi värnar om dig.\n\nHistorik över villkoren\n\nVi skriver här när villkoren ändras.\n';
    expect(mergeIntoPolicyChangeList(policy, [{ date: '2022-01-05', text: 'Nytt.' }], { heading: 'historik över villkoren' })).toBe(
      `${policy}\n5.1.2022 Nytt.\n`,
    );
    const none = 'Integritet\n\nVi värnar om dig.\n\nData exchange\n\nWe share nothing.\n';
    expect(() => mergeIntoPolicyChangeList(none, [{ date: '2022-01-05', text: 'Nytt.' }], { fileName: 'policy.txt' })).toThrow(
      /no change list in policy\.txt: .*--change-list-heading/,
    );
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file through a temp file in the same folder, keeping its mode, and follows a symlink', () => {
    const dir = tempDir();
    const file = join(dir, 'CHANGELOG.md');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new\r\n');
    expect(readFileSync(file, 'utf8')).toBe('new\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    symlinkSync(file, join(dir, 'link.md'));
    writeFileAtomic(join(dir, 'link.md'), 'through the link\n');
    expect(readFileSync(file, 'utf8')).toBe('through the link\n');
    expect(readdirSync(dir).sort()).toEqual(['CHANGELOG.md', 'link.md']);
  });

  it('creates folders when asked, and fails with a one-line write error and no temp file left', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'a', 'b', 'notes.txt'), 'x', { createFolders: true });
    expect(readFileSync(join(dir, 'a', 'b', 'notes.txt'), 'utf8')).toBe('x');
    mkdirSync(join(dir, 'taken'));
    mkdirSync(join(dir, 'taken', 'inner'));
    const attempt = () => writeFileAtomic(join(dir, 'taken'), 'x');
    expect(attempt).toThrow(PolicydiffError);
    expect(attempt).toThrow(/^cannot write ".*taken": it is a folder/);
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.txt'), 'x')).toThrow(/the folder .* does not exist/);
    expect(readdirSync(dir).sort()).toEqual(['a', 'taken']);
  });
});

describe('mergeIntoPolicyChangeList properties', () => {
  const day = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const listed = fc.record({
    model: policy,
    style,
    days: fc.uniqueArray(day, { maxLength: 4 }),
    newestFirst: fc.boolean(),
    format: fc.constantFrom('D.M.YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD'),
    bullet: fc.constantFrom('', '- ', '– '),
    crlf: fc.boolean(),
    fresh: day,
    again: fc.option(fc.nat(), { freq: 3 }),
  });

  it('appends in the list style, is reported as no section change, and adds nothing the second time', () => {
    fc.assert(
      fc.property(listed, ({ model, style: look, days, newestFirst, format, bullet, crlf, fresh, again }) => {
        // Often a day the list has already, which must not be added a second time.
        const added = again !== null && days.length > 0 ? days[again % days.length]! : fresh;
        const pattern = parseDateFormat(format);
        const ordered = [...days].sort();
        if (newestFirst) ordered.reverse();
        const heading = look.markdown ? '## Ändringar i policyn' : 'Ändringar i policyn';
        const listBullet = look.markdown && bullet === '' ? '- ' : bullet;
        const list = ordered.map((d) => `${listBullet}${formatDate(d, pattern)} Uppdaterade kapitel: Samtycke.`);
        let text = `${render(model, look)}\n${heading}\n\nVi skriver ändringar här.\n\n${list.join('\n')}\n`;
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const fileName = look.markdown ? 'policy.md' : 'policy.txt';
        const merged = mergeIntoPolicyChangeList(text, [{ date: added, text: 'Uppdaterade kapitel: Säkerhet.' }], { fileName, dateFormat: pattern });
        const diff = diffPolicies(text, merged, { fileName });
        expect(diff.sections.filter((section) => section.status !== 'unchanged' || section.modified)).toEqual([]);
        expect(diff.policyChangelog.map((line) => line.date)).toEqual(days.includes(added) ? [] : [formatDate(added, pattern)]);
        expect(mergeIntoPolicyChangeList(merged, [{ date: added, text: 'Uppdaterade kapitel: Säkerhet.' }], { fileName, dateFormat: pattern })).toBe(merged);
        if (crlf) expect(/(^|[^\r])\n/.test(merged)).toBe(false);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 20_210_903 },
    );
  });
});
