import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodePolicyBytes } from './decode.js';
import { inputError, quote } from '../errors.js';
import { normalizesToNothing } from './normalize.js';

/** Policies are tens of kilobytes; a file far larger is almost certainly not one, and would only be slow. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  /** The folder a relative path is taken from (`-C`); messages still name the path as given. */
  base?: string;
}

/** Reads a policy file from disk, refusing what cannot be a policy with a message that says what to do. */
export function readPolicyFile(given: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = quote(given);
  const path = options.base === undefined ? given : resolve(options.base, given);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw inputError(`${name} is a directory: give the policy file inside it`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw inputError(`${name} does not exist: check the path`, error);
    throw inputError(`${name} cannot be read (${code ?? 'unknown error'}): check its permissions`, error);
  }
  if (size > maxBytes) {
    throw inputError(
      `${name} is ${Math.ceil(size / 1024 / 1024)} MB, over the ${Math.floor(maxBytes / 1024 / 1024)} MB limit: raise it with --max-size if this really is a policy`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(`${name} cannot be read (${code ?? 'unknown error'}): check its permissions`, error);
  }
  const text = decodePolicyBytes(bytes, name);
  if (normalizesToNothing(text)) throw inputError(`${name} is empty: give a file with the policy's text`);
  return text;
}
