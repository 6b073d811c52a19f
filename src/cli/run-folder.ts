import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
  /** A path given on the command line as the config's globs see it: relative to the repository's top folder. */
  configPath(given: string): string;
}

export function runFolder(cwd: string | undefined): RunFolder {
  const base = resolve(cwd ?? process.cwd());
  if (cwd !== undefined && !(existsSync(base) && statSync(base).isDirectory())) {
    throw usageError(`${quote(cwd)} is not a folder: give -C the folder the paths are relative to`);
  }
  const { root, loaded } = configAround(base);
  return {
    base,
    loaded,
    pathOf: (given) => (cwd === undefined ? given : resolve(base, given)),
    configPath: (given) => (root === undefined ? given : relative(root, resolve(base, given)).split(sep).join('/')),
  };
}

/** The config of the repository around `base`, found by its `.git` without running git: these commands work outside a repository and without git. */
function configAround(base: string): { root?: string; loaded: LoadedConfig } {
  for (let dir = base; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { root: dir, loaded: loadConfig(dir) };
    if (dirname(dir) === dir) return { loaded: { config: {} } };
  }
}
