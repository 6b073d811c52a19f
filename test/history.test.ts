import { describe, expect, it } from 'vitest';
import type { CommitInfo, FileHistory, FileVersion } from '../src/history/git.js';
import { changeDate, historyChanges, mergeChanges } from '../src/history/history.js';
import { policy } from './support/repo.js';

let counter = 0;
function commit(date: string, subject: string, extra: Partial<CommitInfo> = {}): CommitInfo {
  counter += 1;
  return {
    hash: `${counter}`.padStart(40, '0'),
    parents: [],
    author: 'Ann',
    authorEmail: 'ann@example.invalid',
    authorDate: date,
    committerDate: date,
    subject,
    body: '',
    trailers: [],
    ...extra,
  };
}

function version(date: string, subject: string, text: string, path = 'privacy.md', extra: Partial<FileVersion> = {}): FileVersion {
  return { commit: commit(date, subject), status: 'M', path, blob: `blob-${text.length}-${subject}`, text, ...extra };
}

const changedHeadings = (diff: { sections: { status: string; heading: string }[] }) =>
  diff.sections.filter((s) => s.status !== 'unchanged').map((s) => `${s.status} ${s.heading}`);

describe('changeDate', () => {
  it('uses the author date by default, the committer date on request, and a Policy-Date trailer over both', () => {
    const plain = commit('2021-01-10T23:30:00+02:00', 'x', { committerDate: '2021-01-12T01:00:00+00:00' });
    expect(changeDate(plain)).toBe('2021-01-10');
    expect(changeDate(plain, 'committer')).toBe('2021-01-12');
    const trailer = { ...plain, trailers: [{ key: 'Policy-Date', value: '2021-11-18' }] };
    expect(changeDate(trailer, 'committer')).toBe('2021-11-18');
    expect(changeDate({ ...plain, trailers: [{ key: 'Policy-Date', value: 'soon' }] })).toBe('2021-01-10');
  });
});

describe('historyChanges', () => {
  const v1 = policy();
  const v2 = policy({ data: 'Vi samlar in namn, e-postadress och telefonnummer när du skapar ett konto.' });
  const v3 = policy({ data: v2.split('\n')[6], rights: 'Du har rätt att begära radering av dina uppgifter.' });

  it('gives a file added in the range every section added, newest change first', () => {
    const history: FileHistory = {
      file: 'privacy.md',
      versions: [{ ...version('2021-01-01T10:00:00Z', 'add', v1), status: 'A' }, version('2021-02-01T10:00:00Z', 'data', v2)],
    };
    const [second, first] = [...historyChanges(history)];
    expect(first!.date).toBe('2021-01-01');
    expect(first!.diff.stats).toMatchObject({ added: 3, removed: 0, modified: 0 });
    expect(second!.date).toBe('2021-02-01');
    expect(changedHeadings(second!.diff)).toEqual(['modified Vilka uppgifter vi samlar in']);
    expect(second!.commits).toEqual([{ hash: expect.any(String), author: 'Ann', date: '2021-02-01', subject: 'data' }]);
  });

  it('merges the commits of one day into one change unless per commit, diffing across all of them', () => {
    const history: FileHistory = {
      file: 'privacy.md',
      before: { path: 'privacy.md', blob: 'b0', text: v1 },
      versions: [version('2021-02-01T09:00:00Z', 'data', v2), version('2021-02-01T17:00:00Z', 'rights', v3)],
    };
    const [day] = [...historyChanges(history)];
    expect(day!.commits.map((c) => c.subject)).toEqual(['data', 'rights']);
    expect(changedHeadings(day!.diff)).toEqual(['modified Vilka uppgifter vi samlar in', 'modified Dina rättigheter']);
    const perCommit = [...historyChanges(history, { perCommit: true })];
    expect(perCommit.map((c) => changedHeadings(c.diff))).toEqual([['modified Dina rättigheter'], ['modified Vilka uppgifter vi samlar in']]);
  });

  it('keeps formatting-only commits, marked as such, and ends a deleted file with every section removed', () => {
    const history: FileHistory = {
      file: 'privacy.md',
      before: { path: 'privacy.md', blob: 'b0', text: v1 },
      versions: [
        version('2021-03-01T10:00:00Z', 'reflow', v1.replace('Vi värnar om din integritet', 'Vi  värnar om din\u00a0integritet')),
        { ...version('2021-04-01T10:00:00Z', 'remove', ''), status: 'D' },
      ],
    };
    const [removed, reflow] = [...historyChanges(history)];
    expect(reflow!.formattingOnly).toBe(true);
    expect(reflow!.diff.sections.some((s) => s.changes.some((c) => c.type === 'formatting'))).toBe(true);
    expect(removed!.formattingOnly).toBe(false);
    expect(removed!.diff.stats).toMatchObject({ removed: 3, added: 0 });
  });

  it('names the previous path of a renamed file', () => {
    const history: FileHistory = {
      file: 'docs/privacy.md',
      before: { path: 'privacy.md', blob: 'b0', text: v1 },
      versions: [version('2021-03-01T10:00:00Z', 'move', v1, 'docs/privacy.md', { status: 'R', previousPath: 'privacy.md', blob: 'b0' })],
    };
    const [moved] = [...historyChanges(history)];
    expect(moved).toMatchObject({ file: 'docs/privacy.md', previousFile: 'privacy.md', formattingOnly: true });
  });
});

describe('mergeChanges', () => {
  it('interleaves several files newest first', () => {
    const a: FileHistory = { file: 'a.md', versions: [version('2021-01-01T10:00:00Z', 'a1', policy(), 'a.md'), version('2021-03-01T10:00:00Z', 'a2', policy({ intro: 'A.' }), 'a.md')] };
    const b: FileHistory = { file: 'b.md', versions: [version('2021-02-01T10:00:00Z', 'b1', policy(), 'b.md')] };
    expect([...mergeChanges([a, b].map((history) => historyChanges(history)))].map((c) => `${c.date} ${c.file}`)).toEqual(['2021-03-01 a.md', '2021-02-01 b.md', '2021-01-01 a.md']);
  });
});

describe('renderList', () => {
  it('frames JSON entries exactly as JSON.stringify of the whole would', async () => {
    const { renderList } = await import('../src/render/changes.js');
    const entries = [{ file: 'a.md', nested: { list: [1, 2] } }, { file: 'b.md', empty: [] }];
    const framed = renderList(entries.map((entry) => JSON.stringify(entry, null, 2)), 'json', { key: 'changes', extra: { from: 'v1' }, emptyText: '' });
    expect(framed).toBe(`${JSON.stringify({ schemaVersion: 1, from: 'v1', changes: entries }, null, 2)}\n`);
    expect(renderList([], 'json', { key: 'changes', emptyText: '' })).toBe(`${JSON.stringify({ schemaVersion: 1, changes: [] }, null, 2)}\n`);
    expect(renderList([], 'text', { key: 'changes', emptyText: 'No changes.' })).toBe('No changes.\n');
  });
});
