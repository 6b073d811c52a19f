import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config.js';
import { quote, usageError } from '../errors.js';

/**
 * Where the commands on files given by path (`diff a b`, `sections`) run: `-C <dir>` like git's, else the current
 * folder. Relative paths are taken from there, and the config is that of the repository the folder belongs to,
 * so that a policy file is read the same way as in its history.
 */
export interface RunFolder {
  base: string;
  loaded: LoadedConfig;
  /** A path given on the command line, as the file system should see it: unchanged without -C, so that messages name it as typed. */
  pathOf(given: string): string;
}

export function runFolder(cwd: string | undefined): RunFolder {
  const base = resolve(cwd ?? process.cwd());
  if (cwd !== undefined && !(existsSync(base) && statSync(base).isDirectory())) {
    throw usageError(`${quote(cwd)} is not a folder: give -C the folder the paths are relative to`);
  }
  return { base, loaded: configAround(base), pathOf: (given) => (cwd === undefined ? given : resolve(base, given)) };
}

/** The config of the repository around `base`, found by its `.git` without running git: these commands work outside a repository and without git. */
function configAround(base: string): LoadedConfig {
  for (let dir = base; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return loadConfig(dir);
    if (dirname(dir) === dir) return { config: {} };
  }
}
