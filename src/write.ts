import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { inputError, PolicydiffError, quote } from './errors.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temp file in the same folder
 * (rename is atomic only within one file system), flushed, then renamed over the target.
 *
 * Where it writes is checked first: a symbolic link (of the file, or of a folder on the way) may lead to a file
 * inside the folder the write is confined to (the repository), never out of it; a dangling link, a read-only file
 * and anything that is not a regular file are refused, not replaced. `updateFileAtomic` holds a lock file beside the
 * target from reading it to renaming over it, so that two runs updating one file lose nothing. Temp and lock files
 * carry the writer's process id: a run killed with SIGKILL leaves them behind, and the next one removes them.
 *
 * The bytes are written as given: keeping the original's encoding and line endings is the caller's job.
 */

export interface WriteOptions {
  /** Create missing folders on the way (fastlane's metadata tree), instead of failing. */
  createFolders?: boolean;
  /** How messages name the file (default: the path as given). */
  shown?: string;
  /**
   * The folder the file's real path must stay in, through any symbolic link, and how messages name it (e.g. the
   * repository); `fix` says what to do instead. Default: the folder the path names, so that a link there that
   * leads elsewhere is refused.
   */
  confine?: { folder: string; name: string; fix?: string };
}

const FIXES: Record<string, string> = {
  EACCES: 'no permission: check the permissions of the file and its folder',
  EPERM: 'no permission: check the permissions of the file and its folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full: free some space and run again',
  EDQUOT: 'the disk quota is used up: free some space and run again',
  EFBIG: "the file is larger than this system allows to write (ulimit -f or the file system's limit): raise the limit or free space",
  ENOTDIR: 'a part of the path is a file, not a folder: check the path',
  EISDIR: 'it is a folder: give a file path',
};

/** How long a run waits for another one's lock on the same file before it gives up. */
const LOCK_WAIT_MS = 10_000;
/** A temp or lock file older than this is left over, whatever its process id says (ids are reused). */
const STALE_AFTER_MS = 60 * 60 * 1000;

function writeError(shown: string, error: unknown): PolicydiffError {
  if (error instanceof PolicydiffError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const name = quote(shown, 200);
  const reason =
    code === 'ENOENT' ? `the folder ${quote(dirname(shown), 200)} does not exist: create it first`
    : FIXES[code] ?? `${code || (error instanceof Error ? error.message : String(error))}: check the path`;
  return new PolicydiffError('write', `cannot write ${name}: ${reason}`, { cause: error });
}

const isWithin = (folder: string, path: string) => {
  const inside = relative(folder, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
};

/** Where `path` really is: the real path of the nearest folder on it that exists, and the rest of the path below it. */
function realPath(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

/** The file a write goes to, after the checks; `mode` when it exists, to keep. */
interface Target {
  path: string;
  mode?: number;
}

/**
 * The real path a write to `path` lands on, through links, refused where it leaves the confining folder, where a
 * link leads nowhere, or where the file there is read-only or not a regular file.
 */
function resolveTarget(path: string, options: WriteOptions): Target {
  const shown = options.shown ?? path;
  const absolute = resolve(path);
  const confine = options.confine ?? { folder: dirname(absolute), name: 'its folder' };
  let link: string | undefined;
  try {
    if (lstatSync(absolute).isSymbolicLink()) link = readlinkSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (link !== undefined && !existsSync(absolute)) {
    throw inputError(`${quote(shown)} is a symbolic link to ${quote(link)}, which does not exist: create that file, or replace the link with the file`);
  }
  const real = realPath(absolute);
  if (!isWithin(realPath(resolve(confine.folder)), real)) {
    throw inputError(`${quote(shown)} is a symbolic link out of ${confine.name}: ${confine.fix ?? 'replace the link with the file, or write somewhere else'}`);
  }
  if (!existsSync(real)) return { path: real };
  const stat = statSync(real);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!stat.isFile()) throw new PolicydiffError('write', `cannot write ${quote(shown)}: it is not a regular file (a pipe, device or socket): give a file path`);
  // Root may write a read-only file regardless; its owner made it read-only to keep it as it is.
  if ((stat.mode & 0o222) === 0) {
    throw new PolicydiffError('write', `cannot write ${quote(shown)}: it is read-only: make it writable (chmod u+w) if policydiff should change it`);
  }
  return { path: real, mode: stat.mode & 0o7777 };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temp or lock file of a process that no longer runs (a SIGKILL, a crash), or too old to be anyone's now. */
function isLeftOver(path: string, pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    return !isRunning(pid) || Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Temp files are `.<name>.policydiff-<pid>-<random>.tmp`: the next write of the same file removes left-over ones. */
const tempName = (target: string) => join(dirname(target), `.${basename(target)}.policydiff-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);

function removeLeftOverTemps(target: string): void {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.policydiff-(\\d+)-[0-9a-f]+\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    const path = join(dirname(target), name);
    if (match === null || !isLeftOver(path, Number(match[1]))) continue;
    try {
      unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove after all: the write goes on either way.
    }
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * An exclusive lock on `target`: `.<name>.policydiff.lock` beside it, created only if absent, holding the process
 * id. Waits for another run's lock, removes one its process left behind, and gives up after LOCK_WAIT_MS.
 */
function acquireLock(target: string, shown: string): () => void {
  const lock = join(dirname(target), `.${basename(target)}.policydiff.lock`);
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return () => {
        try {
          unlinkSync(lock);
        } catch {
          // Removed by hand meanwhile: nothing left to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    } catch {
      // Released between our attempt and this read: try again.
    }
    if (Number.isInteger(holder) && isLeftOver(lock, holder)) {
      try {
        unlinkSync(lock);
      } catch {
        // Another run removed it first.
      }
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      const who = Number.isInteger(holder) ? `another policydiff (process ${holder})` : 'another policydiff';
      throw new PolicydiffError(
        'write',
        `cannot write ${quote(shown)}: ${who} has been writing it for ${LOCK_WAIT_MS / 1000} s: let it finish, or remove ${quote(basename(lock))} if no policydiff runs`,
      );
    }
    sleep(25 + Math.random() * 25);
  }
}

/** The bytes into a temp file beside the target, flushed, renamed over it; text in pieces (a long report) piece by piece, never put together. */
function replace(target: Target, data: Uint8Array | readonly string[]): void {
  removeLeftOverTemps(target.path);
  const temp = tempName(target.path);
  let created = false;
  try {
    const fd = openSync(temp, 'wx', target.mode ?? 0o666);
    created = true;
    try {
      // The umask would otherwise narrow the mode of a replaced file.
      if (target.mode !== undefined) fchmodSync(fd, target.mode);
      for (const piece of data instanceof Uint8Array ? [data] : data) {
        const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target.path);
    created = false;
  } finally {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // The temp file is gone already; the original error is what matters.
      }
    }
  }
}

function prepare(path: string, options: WriteOptions): Target {
  const target = resolveTarget(path, options);
  if (options.createFolders) mkdirSync(dirname(target.path), { recursive: true });
  return target;
}

export function writeFileAtomic(path: string, data: string | Uint8Array | readonly string[], options: WriteOptions = {}): void {
  try {
    replace(prepare(path, options), typeof data === 'string' ? [data] : data);
  } catch (error) {
    throw writeError(options.shown ?? path, error);
  }
}

/**
 * Reads the file (undefined when it does not exist yet), hands its bytes to `update`, and writes what that returns
 * (nothing when it returns undefined), all under the file's lock: another run waits until this one has written.
 * Returns whether it wrote.
 */
export function updateFileAtomic(path: string, update: (current: Buffer | undefined) => Uint8Array | undefined, options: WriteOptions = {}): boolean {
  const shown = options.shown ?? path;
  let release: (() => void) | undefined;
  try {
    const target = prepare(path, options);
    release = acquireLock(target.path, shown);
    const current = existsSync(target.path) ? readFileSync(target.path) : undefined;
    const next = update(current);
    if (next === undefined) return false;
    replace(target, next);
    return true;
  } catch (error) {
    throw writeError(shown, error);
  } finally {
    release?.();
  }
}

/** Where a write to `path` would land, after the same checks as a write (for a dry run, or to compare with other files). */
export function writeTarget(path: string, options: WriteOptions = {}): string {
  try {
    return resolveTarget(path, options).path;
  } catch (error) {
    throw writeError(options.shown ?? path, error);
  }
}
