import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, diffPolicies, historyChanges, type CommitInfo, type FileHistory, type FileVersion } from '../src/index.js';
import { applyEdits, edits, policy, render, style } from './support/generate.js';

/**
 * A history is read with shortcuts that whole-document diffing does not take (documents and sentences reused from
 * version to version, sections with the very same text not diffed): every change must still be exactly the diff
 * of its two versions taken whole.
 */

const runs = Number(process.env.FC_RUNS ?? 60);
const settings = { numRuns: runs, seed: Number(process.env.FC_SEED ?? 20190101) };

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

describe('historyChanges', () => {
  it('gives each change exactly the diff of its two versions, taken whole', () => {
    fc.assert(
      fc.property(histories, ({ texts, file }) => {
        const versions: FileVersion[] = texts.map((text, index) => ({
          commit: commit(index),
          status: index === 0 ? 'A' : 'M',
          path: file,
          blob: `blob-${index}`,
          text,
        }));
        const history: FileHistory = { file, versions };
        const language = detectLanguage(texts.at(-1)!);
        const changes = [...historyChanges(history, { perCommit: true })].reverse();
        expect(changes).toHaveLength(texts.length);
        changes.forEach((change, index) => {
          expect(change.diff).toEqual(diffPolicies(texts[index - 1] ?? '', texts[index]!, { fileName: file, language }));
        });
      }),
      settings,
    );
  });
});
