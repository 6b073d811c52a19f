import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, resolve } from 'node:path';
import { decodeText } from './decode.js';
import { inputError, quote } from '../errors.js';
import { normalizesToNothing } from './normalize.js';

/** Policies are tens of kilobytes; a file far larger is almost certainly not one, and would only be slow. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  /** The folder a relative path is taken from (`-C`); messages still name the path as given. */
  base?: string;
  /** Told when the file was not read as it is: Windows-1252, or UTF-8 with stray bytes (see decode.ts). */
  onFallback?: (warning: string) => void;
}

const megabytes = (bytes: number) => Math.floor(bytes / 1024 / 1024);
const overLimit = (name: string, maxBytes: number, size?: number) =>
  inputError(
    `${name} ${size === undefined ? 'is over' : `is ${Math.ceil(size / 1024 / 1024)} MB, over`} the ${megabytes(maxBytes)} MB limit: raise it with --max-size if this really is a policy`,
  );

/**
 * A pipe the shell hands over (`<(git show v1:privacy.txt)`, `/dev/stdin`) has a writer by construction; a named
 * pipe in the file system may have none, and opening it would wait for ever.
 */
function isShellPipe(path: string): boolean {
  try {
    return /^pipe:\[\d+\]$/.test(basename(realpathSync(path)));
  } catch {
    return false;
  }
}

/** Refuses what is not a file with its content at hand: a folder, a device, a socket, a named pipe. */
function refuseNonFile(stat: Stats, name: string, path: string): void {
  if (stat.isDirectory()) throw inputError(`${name} is a directory: give the policy file inside it`);
  if (stat.isFile() || (stat.isFIFO() && isShellPipe(path))) return;
  const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
  throw inputError(`${name} is ${what}, not a file: give the policy file`);
}

/** Reads at most `maxBytes` from an open file, checking the limit as the bytes arrive (a pipe has no size). */
function readLimited(fd: number, name: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw overLimit(name, maxBytes);
  }
}

/** Reads a policy file from disk, refusing what cannot be a policy with a message that says what to do. */
export function readPolicyFile(given: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = quote(given);
  const path = options.base === undefined ? given : resolve(options.base, given);
  const cannotRead = (error: unknown) =>
    inputError(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}): check its permissions`, error);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw inputError(`${name} does not exist: check the path`, error);
    throw cannotRead(error);
  }
  // Checked before opening: opening a named pipe waits for a writer, and a device may never end.
  refuseNonFile(stat, name, path);
  if (stat.isFile() && stat.size > maxBytes) throw overLimit(name, maxBytes, stat.size);
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    // The file opened may not be the one looked at a moment ago.
    refuseNonFile(fstatSync(fd), name, path);
    bytes = readLimited(fd, name, maxBytes);
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error) throw error;
    throw cannotRead(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const { text } = decodeText(bytes, name, options.onFallback);
  if (normalizesToNothing(text)) throw inputError(`${name} is empty: give a file with the policy's text`);
  return text;
}
