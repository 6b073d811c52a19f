import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PolicydiffError, quote } from '../errors.js';

/** What a failed write most likely needs, by the error code Node gives. */
const ADVICE: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'the folder is not writable',
  EPERM: 'the folder is not writable',
  EROFS: 'the file system is read-only',
  EISDIR: 'a folder of that name is in the way',
  ENOSPC: 'the disk is full',
};

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The temp file was never made (its folder is missing or not a folder): there is nothing to remove.
  }
}

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it: the text goes to a temp
 * file in the same folder (a rename is atomic only within one file system), which is then renamed over the target.
 * On any failure the temp file is removed and the error is a `write` error (exit code 9).
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = ADVICE[code] ?? (error instanceof Error ? error.message : String(error));
    throw new PolicydiffError('write', `cannot write ${quote(path)}: ${reason}: choose a writable path`, { cause: error });
  }
}
