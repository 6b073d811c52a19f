import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PolicydiffError } from '../src/errors.js';
import { parseRawLog, parseStagedChanges, parseTrailers, BatchParser, type BatchObject } from '../src/history/git-parse.js';
import { GitRepository, validateRevision } from '../src/history/git.js';
import { makeRepo, policy, scratchDir, TestRepo } from './support/repo.js';

async function rejection(promise: Promise<unknown>): Promise<PolicydiffError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PolicydiffError) return error;
    throw error;
  }
  throw new Error('expected a PolicydiffError');
}

function thrown(action: () => unknown): PolicydiffError {
  try {
    action();
  } catch (error) {
    if (error instanceof PolicydiffError) return error;
    throw error;
  }
  throw new Error('expected a PolicydiffError');
}

describe('parsers', () => {
  it('reads trailers and raw entries, renames included', () => {
    expect(parseTrailers('Policy-Date: 2021-11-18\x1dSigned-off-by: A <a@b>')).toEqual([
      { key: 'Policy-Date', value: '2021-11-18' },
      { key: 'Signed-off-by', value: 'A <a@b>' },
    ]);
    const zero = '0'.repeat(40);
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const header = (hash: string, subject: string) =>
      `\x1e${hash}\x1fp1 p2\x1fAnn\x1fann@x\x1f2021-01-02T10:00:00+01:00\x1f2021-01-03T10:00:00+01:00\x1f${subject}\x1fbody\n\x1f\x1f\0\n`;
    const output =
      `${header('c2', 'rename')}:100644 100644 ${a} ${b} R090\0old name.md\0docs/new name.md\0` +
      `${header('c1', 'add')}:000000 100644 ${zero} ${a} A\0old name.md\0`;
    const [renamed, added] = parseRawLog(output);
    expect(renamed).toMatchObject({ status: 'R', path: 'docs/new name.md', previousPath: 'old name.md', previousBlob: a, blob: b });
    expect(renamed!.commit).toMatchObject({ hash: 'c2', parents: ['p1', 'p2'], author: 'Ann', subject: 'rename', body: 'body' });
    expect(added).toMatchObject({ status: 'A', path: 'old name.md', blob: a });
    expect(added!.previousBlob).toBeUndefined();
  });

  it("parses the index's deletions and moves (diff --cached --name-status -z)", () => {
    const staged = parseStagedChanges('D\0privacy.md\0R086\0terms.md\0docs/villkor å.md\0D\0cookies.txt\0');
    expect(staged.deleted).toEqual(['privacy.md', 'cookies.txt']);
    expect([...staged.renamed]).toEqual([['docs/villkor å.md', 'terms.md']]);
    expect(parseStagedChanges('')).toEqual({ deleted: [], renamed: new Map() });
  });

  it('parses cat-file --batch output split anywhere, skipping oversized objects', () => {
    const stream = Buffer.concat([
      Buffer.from('aa blob 3\nabc\n'),
      Buffer.from('bb blob 12\n0123456789AB\n'),
      Buffer.from('cc missing\n'),
      Buffer.from('dd blob 2\nhi\n'),
    ]);
    for (const size of [1, 2, 5, stream.length]) {
      const objects: BatchObject[] = [];
      const parser = new BatchParser((object) => objects.push(object), 10);
      // One buffer refilled for each chunk: the contents must not keep pointing into what was pushed.
      const scratch = Buffer.alloc(size);
      for (let at = 0; at < stream.length; at += size) parser.push(scratch.subarray(0, stream.copy(scratch, 0, at, at + size)));
      scratch.fill(0x2a);
      expect(objects.map((o) => [o.oid, o.type, o.content?.toString()])).toEqual([
        ['aa', 'blob', 'abc'],
        ['bb', 'blob', undefined],
        ['cc', 'missing', undefined],
        ['dd', 'blob', 'hi'],
      ]);
    }
  });

  it('keeps contents larger than its shared buffers, and empty ones, whole', () => {
    const large = Buffer.alloc(5 * 1024 * 1024, 0x61);
    const stream = Buffer.concat([Buffer.from('aa blob 0\n\n'), Buffer.from(`bb blob ${large.length}\n`), large, Buffer.from('\ncc blob 3\nxyz\n')]);
    const objects: BatchObject[] = [];
    const parser = new BatchParser((object) => objects.push(object));
    for (let at = 0; at < stream.length; at += 65536) parser.push(stream.subarray(at, at + 65536));
    expect(objects.map((o) => [o.oid, o.content?.length])).toEqual([['aa', 0], ['bb', large.length], ['cc', 3]]);
    expect(objects[1]!.content!.equals(large)).toBe(true);
    expect(objects[2]!.content!.toString()).toBe('xyz');
  });
});

describe('revisions', () => {
  it.each(['-x', '--output=/etc/passwd', 'v1..v2', 'a\nb', 'HEAD\u0000', ''])('refuses %j before it reaches git', (spec) => {
    const error = thrown(() => validateRevision(spec));
    expect(error.kind).toBe('usage');
    expect(error.message).not.toContain('\n');
  });

  it('resolves tags, refuses unknown ones, and says when a repository has no commits', async () => {
    const dir = scratchDir();
    const empty = makeRepo([], join(dir, 'empty'));
    expect((await rejection((await GitRepository.open(empty.dir)).resolveRevision('HEAD'))).kind).toBe('unknownRevision');
    const repo = makeRepo([{ message: 'first', date: '2021-01-01T10:00:00Z', files: { 'privacy.md': policy() }, tag: 'v1' }], join(dir, 'repo'));
    const git = await GitRepository.open(repo.dir);
    expect(await git.resolveRevision('v1')).toBe(repo.git(['rev-parse', 'HEAD']).trim());
    const unknown = await rejection(git.resolveRevision('v9'));
    expect(unknown.kind).toBe('unknownRevision');
    expect(unknown.message).toMatch(/^unknown revision "v9": give a tag/);
  });

  it('fails outside a repository with notARepository, from any folder inside one it finds the root', async () => {
    const dir = scratchDir();
    expect((await rejection(GitRepository.open(dir))).kind).toBe('notARepository');
    const repo = makeRepo([{ message: 'first', date: '2021-01-01T10:00:00Z', files: { 'docs/privacy.md': policy() } }], join(dir, 'r'));
    const git = await GitRepository.open(join(repo.dir, 'docs'));
    expect(git.root).toBe(repo.dir);
    expect(git.repoPath('privacy.md', join(repo.dir, 'docs'))).toBe('docs/privacy.md');
    expect(thrown(() => git.repoPath('../../outside.md', join(repo.dir, 'docs'))).kind).toBe('usage');
  });

  it('resolves a day to the last commit before it; a day before the first commit is the whole history', async () => {
    const repo = makeRepo([
      { message: 'a', date: '2021-01-10T23:30:00+02:00', files: { 'privacy.md': policy() } },
      { message: 'b', date: '2021-03-01T08:00:00+01:00', files: { 'privacy.md': policy({ intro: 'Ny inledning.' }) } },
    ]);
    const git = await GitRepository.open(repo.dir);
    const head = await git.resolveRevision('HEAD');
    const first = repo.git(['rev-parse', 'HEAD~1']).trim();
    expect(await git.resolveStart('2021-02-01', head)).toBe(first);
    // The day as its author saw it: 23:30 at +02:00 is still the 10th.
    expect(await git.resolveStart('2021-01-11', head)).toBe(first);
    expect(await git.resolveStart('2021-01-10', head)).toBeUndefined();
    expect(await git.resolveStart('2022-01-01', head)).toBe(head);
    expect((await rejection(git.resolveStart('2021-02-30', head))).kind).toBe('usage');
  });
});

describe('history', () => {
  it('follows a rename, counts a merge once, and reads each version', async () => {
    const repo = makeRepo([
      { message: 'add', date: '2021-01-01T10:00:00Z', files: { 'privacy.md': policy() }, tag: 'v1' },
      { message: 'move', date: '2021-02-01T10:00:00Z', move: ['privacy.md', 'docs-privacy.md'] },
    ]);
    mkdirSync(join(repo.dir, 'docs'));
    repo.commit({ message: 'move again', date: '2021-02-02T10:00:00Z', move: ['docs-privacy.md', 'docs/privacy.md'] });
    repo.git(['checkout', '--quiet', '-b', 'edit']);
    repo.commit({ message: 'rights on a branch', date: '2021-03-01T10:00:00Z', files: { 'docs/privacy.md': policy({ rights: 'Du har rätt att radera.' }) } });
    repo.git(['checkout', '--quiet', 'main']);
    repo.commit({ message: 'unrelated', date: '2021-03-02T10:00:00Z', files: { 'README.md': 'hej' } });
    repo.git(['merge', '--quiet', '--no-ff', '-m', 'Merge edit', 'edit'], { GIT_AUTHOR_DATE: '2021-03-03T10:00:00Z', GIT_COMMITTER_DATE: '2021-03-03T10:00:00Z' });
    const git = await GitRepository.open(repo.dir);
    const [history] = await git.readHistories(['docs/privacy.md'], { to: await git.resolveRevision('HEAD') });
    expect(history!.file).toBe('docs/privacy.md');
    expect(history!.before).toBeUndefined();
    expect(history!.versions.map((v) => [v.commit.subject, v.status, v.path, v.previousPath])).toEqual([
      ['add', 'A', 'privacy.md', undefined],
      ['move', 'R', 'docs-privacy.md', 'privacy.md'],
      ['move again', 'R', 'docs/privacy.md', 'docs-privacy.md'],
      ['Merge edit', 'M', 'docs/privacy.md', undefined],
    ]);
    expect(history!.versions.at(-1)!.text).toContain('Du har rätt att radera.');

    const [since] = await git.readHistories(['docs/privacy.md'], { to: await git.resolveRevision('HEAD'), from: await git.resolveRevision('v1') });
    expect(since!.before).toMatchObject({ path: 'privacy.md', text: policy() });
    expect(since!.versions).toHaveLength(3);
  });

  it('reads a version\'s text as long as the version is kept, whatever became of the list of histories', async () => {
    const repo = makeRepo([
      { message: 'add', date: '2021-01-01T10:00:00Z', files: { 'privacy.md': policy() } },
      { message: 'edit', date: '2021-02-01T10:00:00Z', files: { 'privacy.md': policy({ rights: 'Du har rätt att radera.' }) } },
    ]);
    const git = await GitRepository.open(repo.dir);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const collect = async () => {
      for (let round = 0; round < 3; round += 1) {
        gc();
        await new Promise((resume) => setTimeout(resume, 20));
      }
    };
    const openFiles = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);
    await collect();
    const before = openFiles();
    // The texts are read from a file that is closed once nothing can read from it: not while a version is kept.
    let version: { text: string } | undefined = (await git.readHistories(['privacy.md'], { to: 'HEAD' }))[0]!.versions[1]!;
    await collect();
    expect(version.text).toContain('Du har rätt att radera.');
    version = undefined;
    await collect();
    expect(openFiles()).toBe(before);
  });

  it('decodes UTF-8 with and without BOM, UTF-16 with BOM and Windows-1252; refuses binary naming the revision', async () => {
    const text = 'Integritet\n\nVi sparar åäö ÅÄÖ.\n';
    const repo = makeRepo([
      { message: 'utf8', date: '2021-01-01T10:00:00Z', files: { 'p.txt': text } },
      { message: 'bom', date: '2021-01-02T10:00:00Z', files: { 'p.txt': `\ufeff${text}x` } },
      { message: 'utf16', date: '2021-01-03T10:00:00Z', files: { 'p.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}y`, 'utf16le')]) } },
      { message: 'cp1252', date: '2021-01-04T10:00:00Z', files: { 'p.txt': Buffer.from(`${text}z`, 'latin1') } },
    ]);
    const git = await GitRepository.open(repo.dir);
    const [history] = await git.readHistories(['p.txt'], { to: 'HEAD' });
    expect(history!.versions.map((v) => v.text.replace(/^\ufeff/, ''))).toEqual([text, `${text}x`, `${text}y`, `${text}z`]);

    const binary = repo.commit({ message: 'oops', date: '2021-01-05T10:00:00Z', files: { 'p.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) } });
    const error = await rejection(git.readHistories(['p.txt'], { to: 'HEAD' }));
    expect(error.kind).toBe('input');
    expect(error.message).toBe(`"p.txt" at ${binary.slice(0, 12)} is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): save the policy as UTF-8 text`);

    // The log names versions newest first; the one reported is still the oldest that cannot be read.
    repo.commit({ message: 'oops again', date: '2021-01-06T10:00:00Z', files: { 'p.txt': Buffer.from([0x50, 0x4b, 0x05, 0x06, 0x00, 0x00]) } });
    expect((await rejection(git.readHistories(['p.txt'], { to: 'HEAD' }))).message).toBe(error.message);
  });

  it('refuses a policy that is a symbolic link in history', async () => {
    const repo = makeRepo([{ message: 'real', date: '2021-01-01T10:00:00Z', files: { 'real.md': policy() } }]);
    symlinkSync('/etc/passwd', join(repo.dir, 'privacy.md'));
    repo.git(['add', 'privacy.md']);
    repo.commit({ message: 'link', date: '2021-01-02T10:00:00Z' });
    const git = await GitRepository.open(repo.dir);
    const error = await rejection(git.readHistories(['privacy.md'], { to: 'HEAD' }));
    expect(error.kind).toBe('input');
    expect(error.message).toMatch(/^"privacy.md" is a symbolic link at [0-9a-f]{12}: give the policy file itself$/);
  });

  it('in a shallow clone, says to fetch the full history when a tag or the start is cut off', async () => {
    const dir = scratchDir();
    const origin = makeRepo(
      [
        { message: 'add', date: '2021-01-01T10:00:00Z', files: { 'privacy.md': policy() }, tag: 'v1' },
        { message: 'edit', date: '2021-02-01T10:00:00Z', files: { 'privacy.md': policy({ intro: 'Ändrad.' }) } },
      ],
      join(dir, 'origin'),
    );
    const clone = new TestRepo(join(dir, 'clone'));
    origin.git(['clone', '--quiet', '--depth', '1', `file://${origin.dir}`, clone.dir]);
    const git = await GitRepository.open(clone.dir);
    expect(git.shallow).toBe(true);
    const tag = await rejection(git.resolveRevision('v1'));
    expect(tag.kind).toBe('shallowHistory');
    expect(tag.message).toContain('fetch-depth: 0');
    const log = await rejection(git.readHistories(['privacy.md'], { to: 'HEAD' }));
    expect(log.kind).toBe('shallowHistory');
    expect((await rejection(git.resolveStart('2021-01-15', 'HEAD'))).kind).toBe('shallowHistory');
  });
});
