import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, diffPolicies, GitRepository, historyChanges, parsePolicy, type CommitInfo, type FileHistory, type FileVersion, type HeadingOverrides } from '../src/index.js';
import { dominantLanguage } from '../src/document/language.js';
import { PolicyParser } from '../src/document/parse.js';
import { makeRepo } from './support/repo.js';
import { applyEdits, edits, policy, render, style } from './support/generate.js';
import { fuzzSettings } from './support/fuzz.js';

/**
 * A history is read with shortcuts that whole-document diffing does not take (documents and sentences reused from
 * version to version, sections with the very same text not diffed): every change must still be exactly the diff
 * of its two versions taken whole.
 */

const settings = fuzzSettings(60, 20190101);

/** Line-level edits beside the model's own, which reach parser states the model never writes. */
type LineEdit = { kind: 'blank' | 'drop' | 'lower' | 'colon' | 'join' | 'heading'; at: number };
const lineEdit: fc.Arbitrary<LineEdit> = fc.record({
  kind: fc.constantFrom('blank' as const, 'drop' as const, 'lower' as const, 'colon' as const, 'join' as const, 'heading' as const),
  at: fc.nat(),
});

function applyLineEdit(text: string, edit: LineEdit, markdown: boolean): string {
  const lines = text.split('\n');
  const at = edit.at % lines.length;
  const line = lines[at]!;
  switch (edit.kind) {
    case 'blank':
      lines.splice(at, 0, '');
      break;
    case 'drop':
      lines.splice(at, 1);
      break;
    case 'lower':
      lines[at] = line.charAt(0).toLowerCase() + line.slice(1);
      break;
    case 'colon':
      lines[at] = `${line}:`;
      break;
    case 'join':
      lines.splice(at, 2, `${line} ${lines[at + 1] ?? ''}`);
      break;
    case 'heading':
      lines.splice(at, 0, '', markdown ? '## Ny rubrik' : 'Ny rubrik', '');
      break;
  }
  return lines.join('\n');
}

function commit(index: number): CommitInfo {
  const date = new Date(Date.UTC(2021, 0, 1 + index)).toISOString();
  return {
    hash: `${index + 1}`.padStart(40, '0'),
    parents: [],
    author: 'Ann',
    authorEmail: 'ann@example.invalid',
    authorDate: date,
    committerDate: date,
    subject: `Edit ${index}`,
    body: '',
    trailers: [],
  };
}

/** The texts of a history: a generated policy, then each step's model edits and line edits on the one before. */
const histories = fc
  .record({
    model: policy,
    look: style,
    steps: fc.array(fc.record({ edits, lines: fc.array(lineEdit, { maxLength: 2 }) }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ model, look, steps }) => {
    const texts = [render(model, look)];
    let current = model;
    for (const step of steps) {
      current = applyEdits(current, step.edits);
      texts.push(step.lines.reduce((text, edit) => applyLineEdit(text, edit, look.markdown), render(current, look)));
    }
    return { texts, file: look.markdown ? 'privacy.md' : 'privacy.txt' };
  });

describe('PolicyParser', () => {
  it('reads each version of a history, newest or oldest first, as parsePolicy reads it alone', () => {
    fc.assert(
      fc.property(histories, fc.boolean(), fc.nat(), fc.constantFrom<'add' | 'ignore' | undefined>('add', 'ignore', undefined), ({ texts, file }, newestFirst, pick, override) => {
        // A config heading picked from the text, the same object for every version as a history passes it.
        const lines = texts[0]!.split('\n').filter((line) => line.trim() !== '');
        const headings: HeadingOverrides | undefined = override === undefined || lines.length === 0 ? undefined : { [override]: [lines[pick % lines.length]!] };
        const parser = new PolicyParser();
        for (const text of newestFirst ? [...texts].reverse() : texts) {
          const options = { fileName: file, ...(headings === undefined ? {} : { headings }) };
          expect(parser.parse(text, options)).toEqual(parsePolicy(text, options));
        }
      }),
      // Parsing is cheap next to diffing: more runs reach more of the parser's states.
      { ...settings, numRuns: settings.numRuns * 5 },
    );
  });
});

describe('historyChanges', () => {
  it('gives each change exactly the diff of its two versions, taken whole', () => {
    fc.assert(
      fc.property(histories, ({ texts, file }) => {
        const versions: FileVersion[] = texts.map((text, index) => ({
          commit: commit(index),
          status: index === 0 ? 'A' : 'M',
          path: file,
          // Named by content, as git names blobs: a text taken back is the same blob again.
          blob: `blob-${texts.indexOf(text)}`,
          text,
        }));
        const history: FileHistory = { file, versions };
        const changes = [...historyChanges(history, { perCommit: true })].reverse();
        const dayOf = (date: string) => Math.round((Date.parse(date) - Date.UTC(2021, 0, 1)) / 86_400_000);
        expect(changes).toHaveLength(texts.length);
        changes.forEach((change, index) => {
          // A translation is found between versions, each in its own language; given one language, there is none.
          const { translation, restoration, sameAs, undone, ...diff } = change.diff;
          if (translation !== undefined) expect(dominantLanguage(texts[index - 1]!)).not.toBe(dominantLanguage(texts[index]!));
          // Text back after a cut, or taken back to an earlier version, is compared with that version; the change
          // it took back says when.
          const since = restoration?.since ?? sameAs;
          const from = since === undefined ? index - 1 : dayOf(since);
          if (since !== undefined) expect(from).toBeLessThan(index - 1);
          if (sameAs !== undefined) expect(texts[from]).toBe(texts[index]);
          if (undone !== undefined) expect(changes[dayOf(undone)]!.diff.sameAs).toBeDefined();
          // Each version's language is found once in a history, and a version that mostly keeps its successor's
          // text inherits it (real-world.test.ts checks languages); the rest is the diff taken whole.
          expect([detectLanguage(texts[index]!), changes[index + 1]?.diff.language, detectLanguage(texts[from] ?? '')]).toContain(change.diff.language);
          if (diff.truncation?.restored !== undefined) {
            expect(changes.find((later) => later.date === diff.truncation!.restored)?.diff.restoration).toBeDefined();
            const { restored: _restored, ...truncation } = diff.truncation;
            diff.truncation = truncation;
          }
          expect(diff).toEqual(diffPolicies(texts[from] ?? '', texts[index]!, { fileName: file, language: change.diff.language }));
        });
      }),
      settings,
    );
  });

  it('reads a real repository\'s versions from the bytes that changed, across encodings and line ends, as whole texts', async () => {
    const model = fc.sample(policy, { numRuns: 1, seed: 7 })[0]!;
    const base = render(model, { markdown: false, nbsp: false, bullets: false });
    const lines = base.split('\n');
    const edited = (index: number) => [...lines.slice(0, index), `Vi sparar uppgifterna i högst ${index} månader – “endast” här.`, ...lines.slice(index + 1)].join('\n');
    const versions: (string | Buffer)[] = [
      base,
      edited(3),
      `\ufeff${edited(4)}`,
      `\ufeff${edited(5)}\n`,
      edited(5).replace(/\n/g, '\r\n'),
      Buffer.from(edited(6), 'latin1'),
      Buffer.from(edited(7), 'latin1'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(edited(8), 'utf16le')]),
      edited(lines.length - 1),
      `${edited(lines.length - 1)}\n\nNy sista rad.`,
    ];
    const repo = makeRepo(versions.map((content, index) => ({ message: `v${index}`, date: `2021-01-${10 + index}T10:00:00Z`, files: { 'privacy.txt': content } })));
    const git = await GitRepository.open(repo.dir);
    const [history] = await git.readHistories(['privacy.txt'], { to: 'HEAD' });
    const texts = history!.versions.map((version) => version.text);
    const language = detectLanguage(texts.at(-1)!);
    const changes = [...historyChanges(history!, { perCommit: true })].reverse();
    expect(changes).toHaveLength(versions.length);
    changes.forEach((change, index) => {
      expect(change.diff).toEqual(diffPolicies(texts[index - 1] ?? '', texts[index]!, { fileName: 'privacy.txt', language }));
    });
  });
});
