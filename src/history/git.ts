import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { PolicyBytes } from './blob-lines.js';
import { decodeAs, fallbackReading, fallbackWarning, notTextError, textEncoding, type FallbackReading, type PolicyEncoding } from '../document/decode.js';
import { PolicydiffError, quote, usageError, inputError } from '../errors.js';
import { BatchParser, LOG_FORMAT, parseBatchHeader, parseRawLog, parseStagedChanges, RECORD_SEPARATOR, type CommitInfo, type RawFileChange, type StagedChanges } from './git-parse.js';
import { DEFAULT_MAX_BYTES } from '../document/input.js';

/**
 * All of policydiff's git access. Arguments are always arrays; user-given revisions are validated and go after
 * `--end-of-options`, paths after `--` with `--literal-pathspecs` (so `:(top)` or `*` in a file name is a file
 * name, not pathspec magic). History is read with one `git log` per file and one `git cat-file --batch` for all
 * blobs (PERFORMANCE-NOTES.md: a spawn per revision costs 40× git's own time).
 */

export type { CommitInfo } from './git-parse.js';
export type DateKind = 'author' | 'committer';

export interface FileVersion {
  commit: CommitInfo;
  /** git's raw status letter for the file in this commit: `A`, `M`, `D`, `R`, `C`, `T`. */
  status: string;
  path: string;
  previousPath?: string;
  /** Blob after the commit; absent when the commit deleted the file. */
  blob?: string;
  /**
   * The text after the commit, `''` when it was deleted. From `readHistories` it is read and decoded each time it
   * is asked for (see `bytes`): the texts of a history are never all in memory.
   */
  text: string;
  /**
   * From `readHistories`: the bytes `text` decodes and their encoding, for a reader that decodes only what differs
   * from the version before (not enumerable: the version's data is the text). Read from git's output each time
   * they are asked for.
   */
  readonly bytes?: PolicyBytes;
}

export interface FileHistory {
  /** The path at the end of the range (the last path the file had). */
  file: string;
  /** The file before the first version of the range; absent when it did not exist then. */
  before?: { path: string; blob: string; text: string; readonly bytes?: PolicyBytes };
  /** Oldest first. Merges appear once, as the merge commit (see `readFileChanges`). */
  versions: FileVersion[];
}

export interface ReadOptions {
  maxBytes?: number;
  /** Told, once per file, when a version was not read as it is: Windows-1252, or UTF-8 with stray bytes. */
  onFallback?: (warning: string) => void;
}

/** A revision as messages show it: a full object id shortened as git log shows it. */
const shownRevision = (revision: string) => (/^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 7) : revision);

/** A version as read: its encoding, and its bytes read only where that encoding was a fallback. */
interface ReadVersion {
  path: string;
  revision: string;
  encoding: PolicyEncoding;
  bytes: () => Uint8Array;
}

/** Says how each file of `read` was read where that was a fallback; a file read in several such versions, once. */
function reportFallbacks(read: readonly ReadVersion[], onFallback: ReadOptions['onFallback']): void {
  if (onFallback === undefined) return;
  const byPath = new Map<string, { revision: string; reading: FallbackReading; more: number }>();
  for (const { path, revision, encoding, bytes } of read) {
    const reading = fallbackReading(bytes, encoding);
    if (reading === undefined) continue;
    const seen = byPath.get(path);
    if (seen === undefined) byPath.set(path, { revision, reading, more: 0 });
    else seen.more += 1;
  }
  for (const [path, { revision, reading, more }] of byPath) {
    const later = more === 0 ? '' : ` (and ${more} later ${more === 1 ? 'version' : 'versions'})`;
    onFallback(fallbackWarning(`${quote(path)} at ${shownRevision(revision)}${later}`, reading));
  }
}

const FIX_SHALLOW = 'fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow --tags)';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SAFE_MODES = new Set(['100644', '100755', '000000']);

/**
 * Refuses what must never reach git as a revision: an option (`-x`, `--output=…`), control characters and line
 * breaks (which would split a `cat-file --batch` request), and `..`/`...` ranges (policydiff takes single
 * revisions; `since A --to B` is its range).
 */
export function validateRevision(spec: string): void {
  const problem =
    spec === '' ? 'is empty'
    : spec.startsWith('-') ? 'starts with "-"'
    : /[\u0000-\u001f\u007f]/.test(spec) ? 'contains a control character or line break'
    : spec.includes('..') ? 'is a range'
    : spec.length > 256 ? 'is longer than 256 characters'
    : undefined;
  if (problem !== undefined) {
    throw usageError(`the revision ${quote(spec)} ${problem}: give one tag, branch, commit or date (YYYY-MM-DD)`);
  }
}

/** Whether a revision is written as a day (`YYYY-MM-DD`), which every command that takes a revision also takes. */
export const isDaySpec = (spec: string): boolean => ISO_DAY.test(spec);

function isValidDay(day: string): boolean {
  if (!ISO_DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

export class GitRepository {
  private constructor(
    private readonly git: GitRunner,
    /** Absolute path of the work tree's top folder. */
    readonly root: string,
    readonly shallow: boolean,
    /** Commits where a shallow clone's history is cut off. */
    private readonly shallowCommits: ReadonlySet<string>,
  ) {}

  private readonly staged = new Map<string, Promise<StagedChanges>>();

  /** The repository holding `dir` (default: the current folder). */
  static async open(dir: string = process.cwd()): Promise<GitRepository> {
    const where = resolve(dir);
    if (!existsSync(where) || !statSync(where).isDirectory()) {
      throw usageError(`${quote(dir)} is not a folder: give -C the folder of your policy's repository`);
    }
    const git = new GitRunner(where);
    let lines: string[];
    try {
      lines = (await git.raw(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'shallow'])).split('\n');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/dubious ownership/.test(message)) {
        throw new PolicydiffError('notARepository', `git refuses to read ${quote(where)} because another user owns it: run git config --global --add safe.directory <that folder>`, { cause: error });
      }
      throw new PolicydiffError('notARepository', `${quote(where)} is not inside a git repository (or is a bare one): run policydiff in your policy's repository or pass -C <folder>`, { cause: error });
    }
    const [root = '', shallowFlag = '', shallowFile = ''] = lines;
    if (root === '') throw new PolicydiffError('notARepository', `${quote(where)} is inside a .git folder, not a work tree: run policydiff in the work tree`);
    const shallow = shallowFlag.trim() === 'true';
    const shallowPath = resolve(where, shallowFile.trim());
    const shallowCommits = shallow && existsSync(shallowPath) ? new Set(readFileSync(shallowPath, 'utf8').split('\n').filter(Boolean)) : new Set<string>();
    return new GitRepository(new GitRunner(root), root, shallow, shallowCommits);
  }

  /** The commit a revision names, or `undefined`; `--quiet` makes git answer with empty output, not an error. */
  private async lookup(spec: string): Promise<string | undefined> {
    let output: string;
    try {
      output = await this.git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec}^{commit}`]);
    } catch (error) {
      // An object that exists but is no commit (HEAD^{tree}, a blob's id): git says so even with --quiet.
      const message = error instanceof Error ? error.message : String(error);
      const kind = /expected commit type, but the object dereferences to (\w+) type/.exec(message)?.[1];
      if (kind !== undefined) {
        throw new PolicydiffError('unknownRevision', `the revision ${quote(spec)} is a ${kind}, not a commit: give a tag, branch or commit (git log --oneline lists the commits) or a date as YYYY-MM-DD`);
      }
      if (/expected \w+ type, but the object dereferences to/.test(message)) return undefined;
      throw error;
    }
    const hash = output.trim();
    return hash === '' ? undefined : hash;
  }

  /** A tag, branch, commit or other single revision → its commit hash; unknown ones are errors with the fix. */
  async resolveRevision(spec: string): Promise<string> {
    validateRevision(spec);
    const hash = await this.lookup(spec);
    if (hash !== undefined) return hash;
    if (spec === 'HEAD') {
      throw new PolicydiffError('unknownRevision', 'the repository has no commits yet: commit the policy first');
    }
    if (this.shallow) {
      throw new PolicydiffError('shallowHistory', `this clone is shallow and its history does not reach ${quote(spec)}: ${FIX_SHALLOW}`);
    }
    throw new PolicydiffError('unknownRevision', `unknown revision ${quote(spec)}: give a tag, branch or commit (git tag --list shows the tags) or a date as YYYY-MM-DD`);
  }

  /**
   * Where a range starts: a revision, or a day `YYYY-MM-DD` → the last first-parent commit of `to` dated before
   * that day (by author or committer date, as the output dates changes), so that the day's changes are in the
   * range. A day before the first commit is the whole history (`undefined`). A revision named like a day wins.
   */
  async resolveStart(spec: string, to: string, kind: DateKind = 'author'): Promise<string | undefined> {
    validateRevision(spec);
    const hash = await this.lookup(spec);
    if (hash !== undefined) {
      await this.assertReachable(hash, spec, to);
      return hash;
    }
    if (!ISO_DAY.test(spec)) return this.resolveRevision(spec);
    return this.newestDatedCommit(to, spec, kind, (day) => day < spec);
  }

  /**
   * Where a range ends: a revision, or a day `YYYY-MM-DD` → the last first-parent commit of HEAD dated on or
   * before that day, so that the day's changes are in the range, as they are when it starts one. A day before
   * the first commit names no version: an error.
   */
  async resolveEnd(spec: string, kind: DateKind = 'author'): Promise<string> {
    validateRevision(spec);
    const hash = await this.lookup(spec);
    if (hash !== undefined) return hash;
    if (!ISO_DAY.test(spec)) return this.resolveRevision(spec);
    const found = await this.newestDatedCommit(await this.resolveRevision('HEAD'), spec, kind, (day) => day <= spec);
    if (found === undefined) throw new PolicydiffError('unknownRevision', `no commit on or before ${spec}: the history starts later, so give a later date`);
    return found;
  }

  /** The newest first-parent commit of `to` whose day satisfies `fits`, if any. */
  private async newestDatedCommit(to: string, spec: string, kind: DateKind, fits: (day: string) => boolean): Promise<string | undefined> {
    if (!isValidDay(spec)) throw usageError(`${quote(spec)} is not a calendar date: give a date as YYYY-MM-DD, e.g. 2021-01-31`);
    const output = await this.git.raw(['log', '--first-parent', '--no-show-signature', '--format=%H%x1f%aI%x1f%cI', '--end-of-options', to, '--']);
    for (const line of output.split('\n')) {
      const [hash = '', authorDate = '', committerDate = ''] = line.split('\x1f');
      if (hash === '') continue;
      if (fits((kind === 'committer' ? committerDate : authorDate).slice(0, 10))) return hash;
      if (this.shallowCommits.has(hash)) {
        throw new PolicydiffError('shallowHistory', `this clone is shallow and its history does not reach ${spec}: ${FIX_SHALLOW}`);
      }
    }
    return undefined;
  }

  /** Whether the commit `ancestor` is `commit` or in its history. */
  async isAncestor(ancestor: string, commit: string): Promise<boolean> {
    const base = await this.git.raw(['merge-base', '--end-of-options', ancestor, commit]).then((output) => output.trim(), () => '');
    return base === ancestor;
  }

  /** A commit's author or committer day (`YYYY-MM-DD`), in the offset it was recorded with. */
  async commitDay(hash: string, kind: DateKind = 'author'): Promise<string> {
    const output = await this.git.raw(['log', '-1', '--no-show-signature', `--format=${kind === 'committer' ? '%cI' : '%aI'}`, '--end-of-options', hash, '--']);
    return output.trim().slice(0, 10);
  }

  /** In a shallow clone a resolvable start may still be cut off from `to`; git would then list everything. */
  private async assertReachable(from: string, spec: string, to: string): Promise<void> {
    if (!this.shallow) return;
    // No common ancestor: empty output; objects cut off by the clone: git fails. Both mean the same here.
    const base = await this.git.raw(['merge-base', '--end-of-options', from, to]).then((output) => output.trim(), () => '');
    if (base === '') {
      throw new PolicydiffError('shallowHistory', `this clone is shallow and its history does not reach ${quote(spec)}: ${FIX_SHALLOW}`);
    }
  }

  /**
   * Where a branch left the default branch: the merge base of `head` with `origin/HEAD` (what the remote calls its
   * default), else the first of origin/main, origin/master, main, master that exists. Undefined when none does.
   */
  async defaultBranchBase(head: string): Promise<{ ref: string; commit: string } | undefined> {
    const remoteHead = (await this.git.raw(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(() => '')).trim();
    for (const ref of [remoteHead, 'origin/main', 'origin/master', 'main', 'master']) {
      if (ref === '' || (await this.lookup(ref)) === undefined) continue;
      const commit = (await this.git.raw(['merge-base', '--end-of-options', head, ref]).catch(() => '')).trim();
      if (commit !== '') return { ref, commit };
    }
    return undefined;
  }

  /** Paths of the files in the index, relative to the root, `/`-separated. */
  async trackedFiles(): Promise<string[]> {
    return (await this.git.raw(['ls-files', '-z'])).split('\0').filter((path) => path !== '');
  }

  /**
   * Paths that a first-parent commit of `from..to` (or of all of `to`'s history) deleted, newest deletion first: a
   * policy removed in the range is no longer in the index, yet its removal is a change to report. One `git log` for
   * the whole range; renames are detected (`-M`, whatever `diff.renames` says), so a moved file is not a deletion.
   */
  async deletedFiles(to: string, from?: string): Promise<string[]> {
    const range = from === undefined ? to : `${from}..${to}`;
    const output = await this.git.raw([
      'log', '--first-parent', '--diff-merges=first-parent', '-M', '--diff-filter=D', '--name-only', '-z', '--no-color', '--format=', '--end-of-options', range, '--',
    ]);
    const paths = output.split('\0').map((path) => path.replace(/^\n+/, '')).filter((path) => path !== '');
    return [...new Set(paths)];
  }

  /**
   * What the index has done to `from`'s files and no commit records yet: paths it no longer holds (a `git rm`, which
   * takes the file out of `trackedFiles`) and files it moved (`git mv`), new path → old. Renames are detected as in
   * `deletedFiles`, so a moved file is not a deletion.
   */
  stagedChanges(from: string): Promise<StagedChanges> {
    // Discovery asks for the deletions and the diff of each moved file for the renames: one git diff serves both.
    let changes = this.staged.get(from);
    if (changes === undefined) {
      changes = this.git
        .raw(['diff', '--cached', '-M', '--diff-filter=DR', '--name-status', '-z', '--no-color', '--end-of-options', from, '--'])
        .then(parseStagedChanges);
      this.staged.set(from, changes);
    }
    return changes;
  }

  /** Whether any commit reachable from any ref ever held `path`. */
  async everTracked(path: string): Promise<boolean> {
    const output = await this.git.raw(['--literal-pathspecs', 'log', '--all', '--format=%H', '-1', '--', path]);
    return output.trim() !== '';
  }

  /**
   * A path given by the user (relative to `base`, the folder policydiff runs in) → the repository-relative path
   * git uses. Paths outside the work tree are refused, so that nothing is read beyond it.
   */
  repoPath(path: string, base: string = process.cwd()): string {
    if (/[\u0000-\u001f\u007f]/.test(path)) throw usageError(`the path ${quote(path)} contains a control character or line break: give the policy file's path`);
    const inside = relative(this.root, resolve(base, path));
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw usageError(`${quote(path)} is outside the repository at ${quote(this.root)}: give a file inside it`);
    }
    return inside.split(sep).join('/');
  }

  /**
   * What each commit in `from..to` (or all of `to`'s history) did to one file, following renames, newest first.
   * `--first-parent` makes a merge count once: the mainline sees a merged branch's edits as one change, the merge
   * commit's diff against its first parent (`--diff-merges=first-parent`, git ≥ 2.31, explicit so that a
   * `log.diffMerges` setting cannot change it), and the branch's own commits, which are not on the mainline, are
   * not listed again.
   */
  async readFileChanges(path: string, to: string, from?: string, onChanges?: (changes: readonly RawFileChange[]) => void): Promise<RawFileChange[]> {
    const range = from === undefined ? to : `${from}..${to}`;
    const changes: RawFileChange[] = [];
    const read = (records: Buffer) => {
      const parsed = parseRawLog(records.toString('utf8'));
      changes.push(...parsed);
      onChanges?.(parsed);
    };
    // Commits are parsed as git lists them, each once the next one's record separator (ASCII, so never inside a
    // UTF-8 sequence) has arrived.
    let pending: Buffer[] = [];
    await this.git.stream(
      [
        '--literal-pathspecs', 'log', '--first-parent', '--diff-merges=first-parent', '--follow', '-z', '--raw', '--no-abbrev', '--no-color',
        '--no-show-signature', `--format=${LOG_FORMAT}`, '--end-of-options', range, '--', path,
      ],
      (chunk) => {
        const last = chunk.lastIndexOf(RECORD_SEPARATOR);
        if (last === -1) {
          pending.push(chunk);
          return;
        }
        read(Buffer.concat([...pending, chunk.subarray(0, last)]));
        pending = [chunk.subarray(last)];
      },
    );
    read(Buffer.concat(pending));
    return changes;
  }

  /** The file's blob at a revision (`undefined` if absent there). Symlinks and submodules are refused. */
  async blobAt(revision: string, path: string): Promise<string | undefined> {
    const output = await this.git.raw(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', '--end-of-options', revision, '--', path]);
    const entry = output.split('\0').find((line) => line.endsWith(`\t${path}`));
    if (entry === undefined) return undefined;
    const [mode = '', , oid = ''] = entry.split(/[ \t]/);
    assertRegularFile(mode, path, revision);
    return oid;
  }

  /** The texts of many blobs through one `git cat-file --batch` (see `readPolicyBlobs`). */
  async readTexts(blobs: ReadonlyMap<string, { path: string; revision: string }>, options: ReadOptions = {}): Promise<Map<string, string>> {
    const checked = await this.readPolicyBlobs(blobs, options);
    return new Map([...checked].map(([oid, blob]) => [oid, decodeAs(blob.bytes, blob.encoding)]));
  }

  /**
   * Many blobs through one `git cat-file --batch`, checked (missing, too large, binary; their encoding) and kept as
   * bytes, half the size of the text. `blobs` maps each object id to the path and revision that name it in
   * messages; the first in its order that cannot be read is the error.
   */
  private async readPolicyBlobs(blobs: ReadonlyMap<string, { path: string; revision: string }>, options: ReadOptions): Promise<Map<string, PolicyBytes>> {
    if (blobs.size === 0) return new Map();
    const batch = new BlobBatch(this.root, options.maxBytes ?? DEFAULT_MAX_BYTES);
    batch.ask(blobs.keys());
    return checkBlobs(await batch.finish(), blobs, batch.maxBytes);
  }

  /**
   * The history of each file in the range, with every version's text. All blobs are read by one `cat-file --batch`
   * (into a temporary file, see BlobFile) and checked before this returns; a version's text is read from there
   * when it is asked for.
   */
  async readHistories(paths: readonly string[], range: { to: string; from?: string }, options: ReadOptions = {}): Promise<FileHistory[]> {
    if (paths.length === 0) return [];
    // cat-file is asked for each version's blob as the log names it, so that git reads blobs while the log runs.
    const file = new BlobFile(this.root);
    let logs: RawFileChange[][];
    let blobs: Map<string, { path: string; revision: string }>;
    let stored: ReadonlyMap<string, StoredText>;
    try {
      logs = await Promise.all(paths.map((path) => this.readFileChanges(path, range.to, range.from, (changes) => file.ask(changes.map((change) => change.blob)))));
      blobs = this.historyBlobs(logs, range.from);
      file.ask(blobs.keys());
      stored = checkBlobs(await file.finish(options.maxBytes ?? DEFAULT_MAX_BYTES), blobs, options.maxBytes ?? DEFAULT_MAX_BYTES);
    } catch (error) {
      file.close();
      throw error;
    }
    reportFallbacks(
      logs.flatMap((changes) => changes.flatMap((change) => {
        const blob = change.blob === undefined ? undefined : stored.get(change.blob);
        return blob === undefined ? [] : [{ path: change.path, revision: change.commit.hash, encoding: blob.encoding, bytes: () => file.read(blob) }];
      })),
      options.onFallback,
    );
    /** Adds `text` and the `bytes` it is decoded from, both read when asked for (see FileVersion). */
    const withText = <T extends object>(target: T, oid: string | undefined): T & { text: string } => {
      const blob = oid === undefined ? undefined : stored.get(oid);
      if (blob === undefined) return Object.assign(target, { text: '' });
      const bytes = (): PolicyBytes => ({ bytes: file.read(blob), encoding: blob.encoding });
      Object.defineProperty(target, 'bytes', { get: bytes, enumerable: false });
      return Object.defineProperty(target, 'text', { get: () => decodeAs(file.read(blob), blob.encoding), enumerable: true }) as T & { text: string };
    };
    const histories = paths.map((path, index) => {
      const changes = logs[index]!;
      const history: FileHistory = { file: changes.at(-1)?.path ?? path, versions: [] };
      const first = changes[0];
      if (first?.previousBlob !== undefined) {
        history.before = withText({ path: first.previousPath ?? first.path, blob: first.previousBlob }, first.previousBlob);
      }
      for (const change of changes) {
        const version: FileVersion = withText({ commit: change.commit, status: change.status, path: change.path }, change.blob);
        if (change.previousPath !== undefined) version.previousPath = change.previousPath;
        if (change.blob !== undefined) version.blob = change.blob;
        history.versions.push(version);
      }
      return history;
    });
    BlobFile.closeWhenUnused(file);
    return histories;
  }

  /**
   * The blobs of the files' logs (each turned oldest first), checked to be regular files, each named by the oldest
   * version that has it, so that messages name where it first appeared.
   */
  private historyBlobs(logs: RawFileChange[][], from: string | undefined): Map<string, { path: string; revision: string }> {
    const blobs = new Map<string, { path: string; revision: string }>();
    const want = (oid: string | undefined, path: string, revision: string) => {
      if (oid !== undefined && !blobs.has(oid)) blobs.set(oid, { path, revision });
    };
    for (const changes of logs) {
      changes.reverse();
      const first = changes[0];
      this.assertComplete(first, from);
      if (first !== undefined) want(first.previousBlob, first.previousPath ?? first.path, first.commit.parents[0] ?? `${first.commit.hash}^`);
      for (const change of changes) {
        assertRegularFile(change.mode, change.path, change.commit.hash);
        assertRegularFile(change.previousMode, change.previousPath ?? change.path, change.commit.hash);
        want(change.blob, change.path, change.commit.hash);
      }
    }
    return blobs;
  }

  /** A file that "appears" at the commit where a shallow clone is cut off has older history we cannot see. */
  private assertComplete(oldest: RawFileChange | undefined, from: string | undefined): void {
    if (oldest === undefined || !this.shallowCommits.has(oldest.commit.hash) || oldest.status !== 'A') return;
    const what = from === undefined ? 'the start of the history' : 'the start of the range';
    throw new PolicydiffError('shallowHistory', `this clone is shallow and its history does not reach ${what} of ${quote(oldest.path)}: ${FIX_SHALLOW}`);
  }

  /** Several files' texts at one revision through one `ls-tree` and one `cat-file --batch`; absent files are left out. */
  async readFilesAt(revision: string, paths: readonly string[], options: ReadOptions = {}): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (paths.length === 0) return result;
    const output = await this.git.raw(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', '--end-of-options', revision, '--', ...paths]);
    const blobs = new Map<string, { path: string; revision: string }>();
    const oids = new Map<string, string>();
    for (const entry of output.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab === -1) continue;
      const [mode = '', , oid = ''] = entry.slice(0, tab).split(' ');
      const path = entry.slice(tab + 1);
      if (!paths.includes(path)) continue;
      assertRegularFile(mode, path, revision);
      oids.set(path, oid);
      if (!blobs.has(oid)) blobs.set(oid, { path, revision });
    }
    const found = await this.readPolicyBlobs(blobs, options);
    const read = [...oids].map(([path, oid]) => ({ path, revision, blob: found.get(oid) ?? checkBlob<PolicyBytes>(undefined, path, revision, options.maxBytes ?? DEFAULT_MAX_BYTES) }));
    reportFallbacks(read.map(({ path, blob }) => ({ path, revision, encoding: blob.encoding, bytes: () => blob.bytes })), options.onFallback);
    for (const { path, blob } of read) result.set(path, decodeAs(blob.bytes, blob.encoding));
    return result;
  }

  /** One file's text at one revision, or `undefined` if it does not exist there. */
  async readFileAt(revision: string, path: string, options: ReadOptions = {}): Promise<string | undefined> {
    const oid = await this.blobAt(revision, path);
    if (oid === undefined) return undefined;
    const blob = (await this.readPolicyBlobs(new Map([[oid, { path, revision }]]), options)).get(oid) ?? checkBlob<PolicyBytes>(undefined, path, revision, options.maxBytes ?? DEFAULT_MAX_BYTES);
    reportFallbacks([{ path, revision, encoding: blob.encoding, bytes: () => blob.bytes }], options.onFallback);
    return decodeAs(blob.bytes, blob.encoding);
  }
}

/** At most this many git processes run at once for one repository (as with simple-git, which this replaced). */
const MAX_PROCESSES = 5;

/**
 * Runs git in one folder and gives its output as UTF-8 text. An exit code other than 0 with something on stderr is
 * an error with what git said; without, it is an answer (`rev-parse --verify --quiet` of an unknown name). Plain
 * node:child_process rather than simple-git, whose loading was 30 ms of CPU of every command that opens a repository.
 */
class GitRunner {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly cwd: string) {}

  async raw(args: readonly string[]): Promise<string> {
    const stdout: Buffer[] = [];
    await this.stream(args, (chunk) => stdout.push(chunk));
    return Buffer.concat(stdout).toString('utf8');
  }

  /** Runs git, handing its output to `onOutput` as it comes. */
  async stream(args: readonly string[], onOutput: (chunk: Buffer) => void): Promise<void> {
    // A finished process hands its slot to the next one waiting.
    if (this.running < MAX_PROCESSES) this.running += 1;
    else await new Promise<void>((resume) => this.waiting.push(resume));
    try {
      await this.run(args, onOutput);
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.running -= 1;
      else next();
    }
  }

  private run(args: readonly string[], onOutput: (chunk: Buffer) => void): Promise<void> {
    return new Promise((done, fail) => {
      const child = spawn('git', args, { cwd: this.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      const stderr: Buffer[] = [];
      child.stdout.on('data', onOutput);
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', fail);
      child.on('close', (code) => {
        if (code !== 0 && code !== null && stderr.length > 0) fail(new Error(Buffer.concat(stderr).toString('utf8')));
        else done();
      });
    });
  }
}

function assertRegularFile(mode: string, path: string, revision: string): void {
  if (SAFE_MODES.has(mode)) return;
  const what = mode === '120000' ? 'a symbolic link' : mode === '160000' ? 'a submodule' : `not a regular file (mode ${mode})`;
  throw inputError(`${quote(path)} is ${what} at ${revision.slice(0, 12)}: give the policy file itself`);
}

/** An object as `cat-file` gave it: what it is, and where it is text, what a reader needs of that text. */
interface Checkable<Text> {
  type: string;
  size: number;
  text?: Text;
}

/**
 * One `git cat-file --batch` process, asked for each blob once, as blobs become known (a log's versions, newest
 * first); what it writes goes to a pipe or to a file. Spawned with node:child_process, not GitRunner: the request
 * goes to the child's stdin, and the blobs are bytes, which decoded as UTF-8 would turn a Windows-1252 policy into
 * replacement characters.
 */
class CatFile {
  readonly child: ChildProcess;
  private readonly asked = new Set<string>();
  private readonly closed: Promise<void>;

  constructor(root: string, stdout: 'pipe' | number) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', stdout, 'pipe'] });
    let stderr = '';
    this.child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Stopped early (stop): git then sees a closed pipe, which is not an error of ours.
    this.child.stdin!.on('error', () => undefined);
    this.closed = new Promise((done, fail) => {
      this.child.on('error', fail);
      this.child.on('close', (code) => (code === 0 ? done() : fail(new Error(`git cat-file --batch exited with ${code}: ${stderr.trim()}`))));
    });
    // A stopped process's end is of no interest; a finished one's is awaited.
    this.closed.catch(() => undefined);
  }

  /** How many blobs it was asked for. */
  get count(): number {
    return this.asked.size;
  }

  /** Asks for the blobs not asked for yet (`undefined`: a version without one). */
  ask(oids: Iterable<string | undefined>): void {
    let request = '';
    for (const oid of oids) {
      if (oid === undefined || this.asked.has(oid)) continue;
      this.asked.add(oid);
      request += `${oid}\n`;
    }
    if (request !== '') this.child.stdin!.write(request);
  }

  /** Once git has written every blob asked for. */
  async finish(): Promise<void> {
    this.child.stdin!.end();
    await this.closed;
  }

  stop(): void {
    this.child.kill();
  }
}

/**
 * Blobs through a pipe, each read as it arrives: its encoding is found and its bytes kept, or, where it is not
 * text, its bytes dropped; whether each can be read is decided when all have arrived (`checkBlobs`), so that the
 * one reported is the same whatever order they were asked in.
 */
class BlobBatch {
  private readonly catFile: CatFile;
  private readonly arrived = new Map<string, Checkable<PolicyBytes>>();

  constructor(
    root: string,
    readonly maxBytes: number,
  ) {
    this.catFile = new CatFile(root, 'pipe');
    const parser = new BatchParser((object) => {
      const encoding = object.content === undefined ? undefined : textEncoding(object.content);
      const { type, size } = object;
      this.arrived.set(object.oid, encoding === undefined ? { type, size } : { type, size, text: { bytes: object.content!, encoding } });
    }, maxBytes);
    this.catFile.child.stdout!.on('data', (chunk: Buffer) => parser.push(chunk));
  }

  ask(oids: Iterable<string | undefined>): void {
    this.catFile.ask(oids);
  }

  /** Every blob asked for, once git has given them all. */
  async finish(): Promise<ReadonlyMap<string, Checkable<PolicyBytes>>> {
    await this.catFile.finish();
    return this.arrived;
  }
}

/** Where a blob's text stands in a BlobFile, and its encoding. */
interface StoredText {
  offset: number;
  size: number;
  encoding: PolicyEncoding;
}

/**
 * One `git cat-file --batch` for a history's blobs, which git writes into a temporary file rather than a pipe: a
 * pipe would hold git to the pace of the caller, 64 KB at a time, while from a file each version is read in one
 * call when its change comes, and no more of the history than that is in memory. The file is removed as soon as git
 * has it open (where the system allows; else when it is closed), so that nothing is left behind whatever happens to
 * the process.
 */
class BlobFile {
  private static readonly unused = new FinalizationRegistry<BlobFile['handle']>((handle) => BlobFile.release(handle));
  private readonly handle: { fd: number; open: boolean; leftover?: { dir: string; path: string } };
  private readonly catFile: CatFile;

  constructor(root: string) {
    const dir = mkdtempSync(join(tmpdir(), 'policydiff-'));
    const path = join(dir, 'blobs');
    this.handle = { fd: openSync(path, 'w+', 0o600), open: true };
    this.catFile = new CatFile(root, this.handle.fd);
    try {
      unlinkSync(path);
      rmdirSync(dir);
    } catch {
      // Windows removes no file that is open: it goes when it is closed, at the latest when the process exits.
      this.handle.leftover = { dir, path };
      const handle = this.handle;
      process.once('exit', () => BlobFile.release(handle));
    }
  }

  /**
   * Closes the file once nothing reads from it any more: every version's text is read through the BlobFile, so it
   * is unreachable only when all of them are (a CLI run ends first, which closes it too).
   */
  static closeWhenUnused(file: BlobFile): void {
    BlobFile.unused.register(file, file.handle, file.handle);
  }

  private static release(handle: BlobFile['handle']): void {
    if (!handle.open) return;
    handle.open = false;
    closeSync(handle.fd);
    if (handle.leftover === undefined) return;
    unlinkSync(handle.leftover.path);
    rmdirSync(handle.leftover.dir);
  }

  ask(oids: Iterable<string | undefined>): void {
    this.catFile.ask(oids);
  }

  /**
   * Every blob asked for, once git has written them all: where each stands, and the encoding of each that is text
   * (read once here, one blob at a time; one over `maxBytes` is not read).
   */
  async finish(maxBytes: number): Promise<ReadonlyMap<string, Checkable<StoredText>>> {
    await this.catFile.finish();
    const blobs = new Map<string, Checkable<StoredText>>();
    const header = Buffer.alloc(256);
    let content = Buffer.alloc(0);
    for (let at = 0, count = 0; count < this.catFile.count; count += 1) {
      const read = readSync(this.handle.fd, header, 0, header.length, at);
      const newline = header.subarray(0, read).indexOf(0x0a);
      if (newline === -1) throw new Error(`git cat-file --batch wrote no object header at byte ${at}`);
      const { oid, type, size } = parseBatchHeader(header.toString('utf8', 0, newline));
      const offset = at + newline + 1;
      at = type === 'missing' ? offset : offset + size + 1;
      const blob: Checkable<StoredText> = { type, size };
      blobs.set(oid, blob);
      if (type === 'missing' || size > maxBytes) continue;
      if (content.length < size) content = Buffer.alloc(size);
      const encoding = textEncoding(this.readInto(content, { offset, size }));
      if (encoding !== undefined) blob.text = { offset, size, encoding };
    }
    return blobs;
  }

  /** The bytes of a text that `finish` found. */
  read(text: StoredText): Buffer {
    return this.readInto(Buffer.allocUnsafe(text.size), text);
  }

  private readInto(buffer: Buffer, { offset, size }: { offset: number; size: number }): Buffer {
    const view = buffer.subarray(0, size);
    for (let done = 0; done < size; ) done += readSync(this.handle.fd, view, done, size - done, offset + done);
    return view;
  }

  /** Stops git and closes the file now (a history that could not be read). */
  close(): void {
    this.catFile.stop();
    BlobFile.unused.unregister(this.handle);
    BlobFile.release(this.handle);
  }
}

/** The blobs as policy texts, checked in the order of `sources` (which names each in messages); throws at the first that is not. */
function checkBlobs<Text>(
  arrived: ReadonlyMap<string, Checkable<Text>>,
  sources: ReadonlyMap<string, { path: string; revision: string }>,
  maxBytes: number,
): Map<string, Text> {
  const blobs = new Map<string, Text>();
  for (const [oid, source] of sources) blobs.set(oid, checkBlob(arrived.get(oid), source.path, source.revision, maxBytes));
  return blobs;
}

/** Throws, with the fix, where the blob cannot be read as a policy: missing, over the size limit, binary. */
function checkBlob<Text>(object: Checkable<Text> | undefined, path: string, revision: string, maxBytes: number): Text {
  const where = `${quote(path)} at ${revision.slice(0, 12)}`;
  if (object === undefined || object.type === 'missing') {
    throw new PolicydiffError('shallowHistory', `the text of ${where} is not in this clone (a partial or shallow clone?): ${FIX_SHALLOW}`);
  }
  if (object.size > maxBytes) {
    throw inputError(`${where} is ${Math.ceil(object.size / 1024 / 1024)} MB, over the ${Math.floor(maxBytes / 1024 / 1024)} MB limit: raise it with --max-size if this really is a policy`);
  }
  if (object.text === undefined) throw notTextError(where);
  return object.text;
}
