import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decodeAs, textEncoding } from '../src/document/decode.js';
import { editedBytes, splitLines } from '../src/entries/lines.js';
import { ExitCode } from '../src/index.js';
import { binPath, runCli, runCliAsync } from './support/cli.js';
import { badInputRow } from './support/table.js';
import { crlf, fromWindows1252, insertedLines, UTF16LE_BOM, utf16le, windows1252 } from './support/encodings.js';
import { fuzzSettings } from './support/fuzz.js';
import { makeRepo, policy, scratchDir, type TestRepo } from './support/repo.js';

/**
 * Issue #20, "nothing lost": what policydiff writes into files people keep (CHANGELOG.md, the policy's own change
 * list, fastlane's release notes, the HTML report). It keeps every byte it does not add, in the file's own
 * encoding; refuses a target a link leads out of the repository, a policy file, a read-only file or a dangling
 * link; loses no entry when two runs write at once; and cleans up the temp file of a run killed mid-write.
 */

const CRLF = Buffer.from('\r\n');
const LF = Buffer.from('\n');

/** An English plain-text policy with its own change list, as published: Windows-1252 punctuation in it. */
const ENGLISH = `Privacy policy

What we collect

We collect your name and e-mail address at Café Crème – “quoted” … 5 €.

Who gets it – “recipients”

We share it with nobody.

Changes to this policy

2021-11-18 Updated chapters: What we collect.
`;

/** v1, then v2 with a new recipient, each as `encode` writes it. */
function englishRepo(encode: (text: string) => Uint8Array, file = 'privacy.txt'): TestRepo {
  return makeRepo([
    { message: 'Policy', date: '2022-01-01T10:00:00+01:00', files: { [file]: encode(ENGLISH) }, tag: 'v1' },
    { message: 'Google Analytics', date: '2022-03-14T10:00:00+01:00', files: { [file]: encode(ENGLISH.replace('nobody', 'Google Analytics in the USA')) } },
  ]);
}

/** The Swedish test policy, then its rights chapter changed (an entry line with "ä" in it). */
function swedishRepo(): TestRepo {
  return makeRepo([
    { message: 'Policy', date: '2022-01-01T10:00:00+01:00', files: { 'privacy.md': policy() }, tag: 'v1' },
    { message: 'Rights', date: '2022-03-14T10:00:00+01:00', files: { 'privacy.md': policy({ rights: 'Du har rätt att begära utdrag, rättelse och radering av dina uppgifter.' }) } },
  ]);
}

const read = (repo: TestRepo, file: string) => readFileSync(join(repo.dir, file));

describe('writes keep the file’s encoding, byte-order mark and line ends', () => {
  it('changelog --in-policy adds Windows-1252 lines to a Windows-1252 CRLF policy, every other byte kept', () => {
    const repo = englishRepo((text) => windows1252(crlf(text)));
    const before = read(repo, 'privacy.txt');
    const result = runCli(['changelog', 'v1', '--in-policy'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    const added = insertedLines(before, read(repo, 'privacy.txt'), CRLF).map((line) => fromWindows1252(line));
    expect(added.join('')).toBe('2022-03-14 Updated section: Who gets it – “recipients”.\r\n');
    // Written as UTF-8, “ would be three bytes that Windows-1252 reads as â€œ.
    expect(added.join('')).not.toMatch(/â€/);
  });

  it('changelog --write adds UTF-16 lines with CRLF to a UTF-16 CHANGELOG.md with its byte-order mark', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const changelog = crlf('# Changelog\n\n## 2021-11-18\n\n- 18.11.2021 First version, “quoted”.\n');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), utf16le(changelog));
    const result = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    const after = read(repo, 'CHANGELOG.md');
    expect(after.subarray(0, 2)).toEqual(UTF16LE_BOM);
    // All of it UTF-16: decoded and encoded again it is the same bytes.
    const text = after.subarray(2).toString('utf16le');
    expect(utf16le(text)).toEqual(after);
    expect(text).toContain('\r\n- 14.3.2022 Updated section: Who gets it – “recipients”.\r\n');
    insertedLines(utf16le(changelog), after, Buffer.from('\r\n', 'utf16le'));
  });

  it('changelog --write finds the entries a Windows-1252 CHANGELOG.md has already, and adds none again', () => {
    const repo = swedishRepo();
    expect(runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir }).status).toBe(0);
    const utf8 = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(utf8).toContain('rättigheter');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), windows1252(utf8));
    const again = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    expect(again.stderr).toContain('CHANGELOG.md is up to date: no new entries.');
    expect(again.status).toBe(0);
    expect(read(repo, 'CHANGELOG.md')).toEqual(windows1252(utf8));
  });

  it('refuses, changing nothing, an entry that the Windows-1252 CHANGELOG.md cannot hold', () => {
    const repo = makeRepo([
      { message: 'Policy', date: '2022-01-01T10:00:00+01:00', files: { 'privacy.md': policy() }, tag: 'v1' },
      { message: 'Łódź', date: '2022-03-14T10:00:00+01:00', files: { 'privacy.md': `${policy()}\n## Biuro w Łodzi\n\nNasze biuro w Łodzi odpowiada na pytania.\n` } },
    ]);
    const changelog = windows1252('# Changelog\n\nÄndringar – “citat”.\n');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), changelog);
    const result = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    badInputRow('`changelog --write` into a Windows-1252 CHANGELOG.md of an entry it cannot hold (“Łódź”)', result, repo.dir);
    expect(result.stderr).toBe(
      'policydiff: cannot write "CHANGELOG.md" in its encoding: it is Windows-1252, which has no "Ł" (in the added line "- 14.3.2022 Nya kapitel: Biuro w Łodzi."): save the file as UTF-8 and run again\n',
    );
    expect(result.status).toBe(ExitCode.write);
    expect(read(repo, 'CHANGELOG.md')).toEqual(changelog);
  });

  it('keeps a UTF-8 byte-order mark and the lines around a change list byte for byte', () => {
    const repo = englishRepo((text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const before = read(repo, 'privacy.txt');
    expect(runCli(['changelog', 'v1', '--in-policy'], { cwd: repo.dir }).status).toBe(0);
    const added = insertedLines(before, read(repo, 'privacy.txt'), LF);
    expect(added.map((line) => line.toString()).join('')).toBe('2022-03-14 Updated section: Who gets it – “recipients”.\n');
  });
});

describe('writes stay in the repository and off the policies', () => {
  /** A file outside the repository that a link may lead to. */
  function victim(repo: TestRepo): string {
    const path = outsideRepository(repo, 'victim.txt');
    writeFileSync(path, 'someone else’s file\n');
    return path;
  }

  /** A path beside the repository (so outside it), removed when the test ends as the repository is. */
  function outsideRepository(repo: TestRepo, name: string): string {
    const path = join(repo.dir, '..', `${repo.dir.split('/').pop()}-${name}`);
    onTestFinished(() => rmSync(path, { recursive: true, force: true }));
    return path;
  }

  it('notes --out refuses a release-notes file that is a link out of the repository', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const outside = victim(repo);
    mkdirSync(join(repo.dir, 'fastlane/metadata/android/en-US/changelogs'), { recursive: true });
    symlinkSync(outside, join(repo.dir, 'fastlane/metadata/android/en-US/changelogs/43.txt'));
    const result = runCli(['notes', 'v1', '--store', 'play', '--out', 'fastlane', '--version-code', '43'], { cwd: repo.dir });
    badInputRow('`notes --out fastlane` where `changelogs/43.txt` is a symbolic link out of the repository', result, repo.dir);
    expect(result.stderr).toBe(
      'policydiff: "fastlane/metadata/android/en-US/changelogs/43.txt" is a symbolic link out of the repository: replace the link with the file, or write somewhere else\n',
    );
    expect(result.status).toBe(ExitCode.input);
    expect(readFileSync(outside, 'utf8')).toBe('someone else’s file\n');
  });

  it('notes --out refuses a fastlane folder that is a link out of the repository', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const outsideFolder = outsideRepository(repo, 'fastlane');
    mkdirSync(outsideFolder);
    symlinkSync(outsideFolder, join(repo.dir, 'fastlane'));
    const result = runCli(['notes', 'v1', '--store', 'play', '--out', 'fastlane', '--version-code', '43'], { cwd: repo.dir });
    badInputRow('`notes --out fastlane` where `fastlane/` is a symbolic link out of the repository', result, repo.dir);
    expect(result.stderr).toBe(
      'policydiff: "fastlane/metadata/android/en-US/changelogs/43.txt" is a symbolic link out of the repository: replace the link with the file, or write somewhere else\n',
    );
    expect(result.status).toBe(ExitCode.input);
    expect(readdirSync(outsideFolder)).toEqual([]);
  });

  it('--html refuses a report path that is a link out of the repository', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const outside = victim(repo);
    symlinkSync(outside, join(repo.dir, 'report.html'));
    const result = runCli(['since', 'v1', '--html', 'report.html'], { cwd: repo.dir });
    badInputRow('`since v1 --html report.html` where report.html is a symbolic link out of the repository', result, repo.dir);
    expect(result.stderr).toBe('policydiff: "report.html" is a symbolic link out of the repository: replace the link with the file, or write somewhere else\n');
    expect(result.status).toBe(ExitCode.input);
    expect(result.stdout).toBe('');
    expect(readFileSync(outside, 'utf8')).toBe('someone else’s file\n');
  });

  it('--html outside a repository refuses a report path that is a link to another folder', () => {
    const dir = scratchDir();
    mkdirSync(join(dir, 'work'));
    writeFileSync(join(dir, 'work/old.txt'), ENGLISH);
    writeFileSync(join(dir, 'work/new.txt'), ENGLISH.replace('nobody', 'Google'));
    writeFileSync(join(dir, 'victim.txt'), 'someone else’s file\n');
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'work/report.html'));
    const result = runCli(['diff', 'old.txt', 'new.txt', '--html', 'report.html'], { cwd: join(dir, 'work') });
    badInputRow('`diff old.txt new.txt --html report.html` outside a repository, report.html a symbolic link to another folder', result, join(dir, 'work'));
    expect(result.stderr).toBe('policydiff: "report.html" is a symbolic link out of its folder: replace the link with the file, or write somewhere else\n');
    expect(result.status).toBe(ExitCode.input);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('someone else’s file\n');
  });

  it('changelog --write refuses the policy file itself', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const before = read(repo, 'privacy.txt');
    const result = runCli(['changelog', 'v1', '--write', 'privacy.txt'], { cwd: repo.dir });
    badInputRow('`changelog --write privacy.txt`: the policy itself', result, repo.dir);
    expect(result.stderr).toBe('policydiff: --write "privacy.txt" is a policy file: give the changelog file, e.g. --write CHANGELOG.md\n');
    expect(result.status).toBe(ExitCode.usage);
    expect(read(repo, 'privacy.txt')).toEqual(before);
  });

  it('changelog --write refuses a CHANGELOG.md that is a link to the policy', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const before = read(repo, 'privacy.txt');
    symlinkSync('privacy.txt', join(repo.dir, 'CHANGELOG.md'));
    const result = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    badInputRow('`changelog --write CHANGELOG.md` where CHANGELOG.md is a symbolic link to the policy', result, repo.dir);
    expect(result.stderr).toBe('policydiff: --write "CHANGELOG.md" is a policy file (a link to "privacy.txt"): give the changelog file, e.g. --write CHANGELOG.md\n');
    expect(result.status).toBe(ExitCode.usage);
    expect(read(repo, 'privacy.txt')).toEqual(before);
  });

  it('changelog --write refuses a read-only CHANGELOG.md instead of replacing it', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const path = join(repo.dir, 'CHANGELOG.md');
    writeFileSync(path, '# Changelog\n');
    chmodSync(path, 0o444);
    const result = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    badInputRow('`changelog --write CHANGELOG.md` where CHANGELOG.md is read-only (0444)', result, repo.dir);
    expect(result.stderr).toBe('policydiff: cannot write "CHANGELOG.md": it is read-only: make it writable (chmod u+w) if policydiff should change it\n');
    expect(result.status).toBe(ExitCode.write);
    expect(readFileSync(path, 'utf8')).toBe('# Changelog\n');
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it('changelog --write refuses a dangling link and leaves it as it was', () => {
    const repo = englishRepo((text) => Buffer.from(text));
    const path = join(repo.dir, 'CHANGELOG.md');
    symlinkSync('docs/CHANGELOG.md', path);
    const result = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md'], { cwd: repo.dir });
    badInputRow('`changelog --write CHANGELOG.md` where CHANGELOG.md is a dangling symbolic link', result, repo.dir);
    expect(result.stderr).toBe('policydiff: "CHANGELOG.md" is a symbolic link to "docs/CHANGELOG.md", which does not exist: create that file, or replace the link with the file\n');
    expect(result.status).toBe(ExitCode.input);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path)).toBe('docs/CHANGELOG.md');
  });
});

describe('two runs at once', () => {
  it('eight changelog --write runs at once into one CHANGELOG.md lose no entry', async () => {
    const repo = makeRepo([{ message: 'Policy', date: '2022-01-01T10:00:00+01:00', files: { 'privacy.md': policy() }, tag: 'c0' }]);
    for (let day = 1; day <= 8; day += 1) {
      const data = `Vi samlar in namn, e-postadress och uppgift nummer ${day}.`;
      repo.commit({ message: `Change ${day}`, date: `2022-02-0${day}T10:00:00+01:00`, files: { 'privacy.md': policy({ data }) }, tag: `c${day}` });
    }
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, index) => runCliAsync(['changelog', `c${index}`, '--to', `c${index + 1}`, '--write', 'CHANGELOG.md'], { cwd: repo.dir })),
    );
    expect(runs.map((run) => run.status)).toEqual(Array(8).fill(0));
    const written = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    const days = [...written.matchAll(/^## (2022-02-0\d)$/gm)].map((match) => match[1]);
    expect(days).toEqual(['2022-02-08', '2022-02-07', '2022-02-06', '2022-02-05', '2022-02-04', '2022-02-03', '2022-02-02', '2022-02-01']);
    expect(readdirSync(repo.dir).filter((name) => name.startsWith('.CHANGELOG.md'))).toEqual([]);
  });
});

describe('a run killed in the middle of a write', () => {
  /** Runs the CLI and kills it with SIGKILL the moment its temp file appears; whether it saw one. */
  function killedMidWrite(args: string[], dir: string): Promise<boolean> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
      let sawTemp = false;
      const watcher = watch(dir, (_event, name) => {
        if (name === null || !/^\.report\.html\..*\.tmp$/.test(name) || sawTemp) return;
        sawTemp = true;
        child.kill('SIGKILL');
      });
      child.on('close', () => {
        watcher.close();
        done(sawTemp);
      });
    });
  }

  it('leaves a temp file that the next run recognises as its own and removes', async () => {
    const dir = scratchDir();
    const chapter = (i: number, word: string) => `Kapitel ${i}\n\nVi ${word} namn och e-post i ${i} dagar. ${'Text om behandling. '.repeat(20)}\n`;
    writeFileSync(join(dir, 'old.txt'), `Policy\n\n${Array.from({ length: 2000 }, (_, i) => chapter(i, 'lagrar')).join('\n')}`);
    writeFileSync(join(dir, 'new.txt'), `Policy\n\n${Array.from({ length: 2000 }, (_, i) => chapter(i, 'sparar')).join('\n')}`);
    const args = ['diff', 'old.txt', 'new.txt', '--html', 'report.html'];
    let left: string[] = [];
    for (let attempt = 0; attempt < 5 && left.length === 0; attempt += 1) {
      if (await killedMidWrite(args, dir)) left = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    }
    // Only worth something if a kill landed while the temp file was there.
    expect(left.length).toBeGreaterThan(0);
    const next = runCli(args, { cwd: dir });
    expect(next.status).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });
});

describe('editedBytes', () => {
  type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  const encode = (text: string, encoding: Encoding, mark: boolean): Buffer => {
    if (encoding === 'windows-1252') return windows1252(text);
    const body = encoding === 'utf-8' ? Buffer.from(text) : encoding === 'utf-16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
    const bom = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    return mark || encoding !== 'utf-8' ? Buffer.concat([Buffer.from(bom), body]) : body;
  };
  /** The file's lines as bytes, each with its line break (LF, CRLF or a lone CR), in code units of `unit` bytes. */
  const byteLines = (bytes: Buffer, skip: number, unit: number, code: (at: number) => number): Buffer[] => {
    const lines: Buffer[] = [];
    let start = skip;
    for (let at = skip; at < bytes.length; at += unit) {
      const char = code(at);
      if (char === 0x0d && at + unit < bytes.length && code(at + unit) === 0x0a) continue;
      if (char === 0x0a || char === 0x0d) {
        lines.push(bytes.subarray(start, at + unit));
        start = at + unit;
      }
    }
    if (start < bytes.length) lines.push(bytes.subarray(start));
    return lines;
  };
  const line = fc.constantFrom('Ändringar – “citat”', 'Vi sparar uppgifter i 12 månader.', '', '- 3.9.2021 Första versionen.', 'Café Crème … 5 €');
  const breakOf = fc.constantFrom('\n', '\r\n', '\r');

  it('keeps every line of the original byte for byte, in any encoding and line ends, and reads back as the text edited', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Encoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
        fc.boolean(),
        fc.array(fc.tuple(line, breakOf), { maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), line), { minLength: 1, maxLength: 4 }),
        (encoding, mark, lines, lastBreak, insertions) => {
          const text = lines.map(([content, lineBreak], index) => (index < lines.length - 1 || lastBreak ? content + lineBreak : content)).join('');
          const original = encode(text, encoding, mark);
          const read = textEncoding(original)!;
          const old = splitLines(decodeAs(original, read));
          const edited = [...old];
          for (const [at, added] of insertions) edited.splice(at % (edited.length + 1), 0, `${added}\n`);
          // A last line without a break gets one when a line goes after it, as insertLines does.
          const joined = edited.map((each, index) => (index < edited.length - 1 && !/[\r\n]$/.test(each) ? `${each}\n` : each)).join('');
          const result = Buffer.from(editedBytes(original, read, joined, '"f"'));
          expect(decodeAs(result, textEncoding(result)!)).toBe(joined);
          const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
          const code = (bytes: Buffer) => (at: number) => (unit === 1 ? bytes[at]! : encoding === 'utf-16le' ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
          const skip = unit === 2 ? 2 : encoding === 'utf-8' && mark ? 3 : 0;
          expect(result.subarray(0, skip)).toEqual(original.subarray(0, skip));
          // Every original line, its break included (or, for a last line that gained one, its text), in order.
          const resultLines = byteLines(result, skip, unit, code(result));
          let found = 0;
          for (const want of byteLines(original, skip, unit, code(original))) {
            while (found < resultLines.length && !resultLines[found]!.subarray(0, want.length).equals(want)) found += 1;
            expect(found, `line ${JSON.stringify(want.toString('latin1'))} kept`).toBeLessThan(resultLines.length);
            found += 1;
          }
        },
      ),
      fuzzSettings(300, 2026),
    );
  });
});
