import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PolicydiffError, quote } from './errors.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temp file in the same folder
 * (rename is atomic only within one file system), flushed, then renamed over the target. The text is written as
 * given: keeping the original's encoding and line endings is the caller's job.
 */

export interface WriteOptions {
  /** Create missing folders on the way (fastlane's metadata tree), instead of failing. */
  createFolders?: boolean;
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

function writeError(path: string, error: unknown): PolicydiffError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const name = quote(path, 200);
  const reason =
    code === 'ENOENT' ? `the folder ${quote(dirname(path), 200)} does not exist: create it first`
    : FIXES[code] ?? `${code || (error instanceof Error ? error.message : String(error))}: check the path`;
  return new PolicydiffError('write', `cannot write ${name}: ${reason}`, { cause: error });
}

/** The file a path names, through symlinks, so that a linked CHANGELOG.md stays a link to the updated file. */
function target(path: string): { path: string; mode?: number } {
  try {
    const real = realpathSync(path);
    const stat = statSync(real);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return { path: real, mode: stat.mode & 0o7777 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path };
    throw error;
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array | readonly string[], options: WriteOptions = {}): void {
  let temp: string | undefined;
  try {
    const file = target(path);
    if (options.createFolders) mkdirSync(dirname(file.path), { recursive: true });
    temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx', file.mode ?? 0o666);
    try {
      // The umask would otherwise narrow the mode of a replaced file.
      if (file.mode !== undefined) fchmodSync(fd, file.mode);
      // Text in pieces (a long report) is written piece by piece, never put together.
      for (const piece of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) {
        const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file.path);
    temp = undefined;
  } catch (error) {
    if (temp !== undefined) {
      try {
        unlinkSync(temp);
      } catch {
        // The temp file was never created or is gone already; the original error is what matters.
      }
    }
    throw writeError(path, error);
  }
}
