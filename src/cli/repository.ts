import { Option, type Command } from 'commander';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { configuredLanguage, loadConfig, type PolicydiffConfig } from '../config.js';
import { discoverPolicyFiles } from '../history/discover.js';
import { inputError, PolicydiffError, quote, usageError } from '../errors.js';
import { writeTarget, type WriteOptions } from '../write.js';
import { GitRepository, type DateKind } from '../history/git.js';
import type { SourceFormat } from '../model.js';
import { parseMaxSize, maxSizeOption } from './commands/shared.js';
import { languageOption } from './output.js';
import { warn } from './warnings.js';

/** What the commands that read a repository (`since`, `log`, `diff <rev>`) share: options, repository, config, files. */

export interface RepositoryOptions {
  cwd?: string;
  lang?: string;
  input?: SourceFormat;
  maxSize?: string;
}

export const dateOption = () =>
  new Option('--date <kind>', 'date changes by the author or the committer date (a Policy-Date: trailer wins)').choices(['author', 'committer']).default('author' satisfies DateKind);

export function addRepositoryOptions(command: Command): Command {
  return command
    .addOption(languageOption())
    .addOption(new Option('--input <kind>', 'read the files as this kind instead of guessing from their names').choices(['markdown', 'text']))
    .addOption(maxSizeOption());
}

export interface RepositoryContext {
  repo: GitRepository;
  config: PolicydiffConfig;
  configSource?: string;
  /** The folder relative paths are given from. */
  base: string;
  maxBytes: number;
}

/** How the commands read policy texts from git: within the size limit, saying when a file was not read as it is. */
export const gitReadOptions = (context: RepositoryContext) => ({ maxBytes: context.maxBytes, onFallback: warn });

export async function openRepository(options: RepositoryOptions): Promise<RepositoryContext> {
  const maxBytes = parseMaxSize(options.maxSize);
  const base = resolve(options.cwd ?? process.cwd());
  const repo = await GitRepository.open(base);
  const { config, source } = loadConfig(repo.root);
  const context: RepositoryContext = { repo, config, base, maxBytes };
  if (source !== undefined) context.configSource = source;
  return context;
}

/** The commits a command reads: `from..to`, or all of `to`'s history. */
export interface CommitRange {
  to: string;
  from?: string;
  /** The range goes on to the working tree (`diff <rev>`): files deleted from the index since `from` count too. */
  workingTree?: boolean;
}

/**
 * The files discovery picks policies from: the tracked ones, and for a range also those a commit of the range
 * deleted (or, up to the working tree, a `git rm` not yet committed), so that a policy removed in the range is
 * reported as removed instead of silently left out.
 */
export async function discoverableFiles(context: RepositoryContext, range?: CommitRange): Promise<string[]> {
  const tracked = await context.repo.trackedFiles();
  if (range === undefined) return tracked;
  const deleted = await context.repo.deletedFiles(range.to, range.from);
  if (range.workingTree === true) deleted.push(...(await context.repo.stagedChanges(range.from ?? range.to)).deleted);
  return deleted.length === 0 ? tracked : [...new Set([...tracked, ...deleted])].sort();
}

/**
 * The repository-relative paths to read: the ones given (each must be tracked now or have been once), else the
 * config's globs or the files named like a policy among the tracked files and those deleted in `range`.
 */
export async function selectFiles(context: RepositoryContext, given: readonly string[], range?: CommitRange): Promise<string[]> {
  if (given.length === 0) return discoverPolicyFiles(await discoverableFiles(context, range), context.config, context.configSource).map(nameable);
  const tracked = await context.repo.trackedFiles();
  const index = new Set(tracked);
  const files: string[] = [];
  for (const path of given) {
    const file = nameable(context.repo.repoPath(path, context.base));
    if (!index.has(file) && !(await context.repo.everTracked(file))) {
      throw new PolicydiffError('untrackedFile', `${quote(path)} has never been committed to this repository: check the path, or git add and commit it first`);
    }
    if (!files.includes(file)) files.push(file);
  }
  return files;
}

/**
 * A file name policydiff can pass back to git and print on one line. git lists names as bytes; one that is not
 * UTF-8 (Latin-1 from an old system) arrives with replacement characters and would match nothing, so its changes
 * would silently be missed; a line break would break every line-based output.
 */
export function nameable(file: string): string {
  if (file.includes('\ufffd')) {
    throw inputError(
      `the file name ${JSON.stringify(file)} is not UTF-8 (git keeps the bytes of another encoding), so policydiff cannot name it to git: rename it to a UTF-8 name (git mv), or name the policy files after --`,
    );
  }
  if (/[\u0000-\u001f\u007f]/.test(file)) {
    throw inputError(
      `the file name ${JSON.stringify(file)} holds a line break or control character, which policydiff cannot show in its output: rename it (git mv), or name the policy files after --`,
    );
  }
  return file;
}

/** `--lang` wins over the config's language for the file; neither means: detect it from the text. */
export function languageFor(context: RepositoryContext, options: RepositoryOptions, file: string): string | undefined {
  return options.lang ?? configuredLanguage(context.config, file);
}

const isWithin = (root: string, path: string) => {
  const inside = relative(root, path);
  return !inside.startsWith('..') && !isAbsolute(inside);
};

/**
 * Where a write to `path` must stay: a path the user names inside the repository stays in it, through any link (a
 * link committed by someone else must not make policydiff overwrite a file elsewhere); a path outside it is the
 * user's own choice and stays in the folder it names.
 */
export function writeConfinement(context: RepositoryContext, path: string, fix?: string): WriteOptions['confine'] {
  const root = realpathSync(context.repo.root);
  const absolute = resolve(path);
  if (!isWithin(context.repo.root, absolute) && !isWithin(root, absolute)) return undefined;
  return { folder: root, name: 'the repository', ...(fix === undefined ? {} : { fix }) };
}

/**
 * The policy files of the repository, by real path, with their repository paths: those a command reads and those
 * found by name or by the config. A write must never land on one (a CHANGELOG.md linked to the policy).
 */
export async function policyFiles(context: RepositoryContext, read: readonly string[]): Promise<Map<string, string>> {
  let found: string[] = [];
  try {
    found = discoverPolicyFiles(await context.repo.trackedFiles(), context.config, context.configSource);
  } catch {
    // No policy found by name or config: the ones read are all there is.
  }
  const files = new Map<string, string>();
  for (const file of new Set([...read, ...found])) {
    const path = join(context.repo.root, file);
    if (existsSync(path)) files.set(realpathSync(path), file);
  }
  return files;
}

/** Refuses a write target that is, or leads to, one of `policies` (see policyFiles). */
export function refusePolicyTarget(path: string, label: string, policies: ReadonlyMap<string, string>, fix: string, write: WriteOptions = {}): void {
  const target = writeTarget(path, write);
  const policy = policies.get(target);
  if (policy === undefined) return;
  const link = resolve(path) === target ? '' : ` (a link to ${quote(policy)})`;
  throw usageError(`${label} is a policy file${link}: ${fix}`);
}

/** Where `--html <given>` writes in a repository, checked before any work: not onto a policy, nor out through a link. */
export async function reportTarget(context: RepositoryContext, given: string, read: readonly string[]): Promise<{ path: string; write: WriteOptions }> {
  const path = resolve(context.base, given);
  const confine = writeConfinement(context, path);
  const write: WriteOptions = { shown: given, ...(confine === undefined ? {} : { confine }) };
  refusePolicyTarget(path, `--html ${quote(given)}`, await policyFiles(context, read), 'write the report to another file, e.g. --html report.html', write);
  return { path, write };
}

/**
 * A path inside the work tree that a symbolic link (of the file or of a folder on the way) leads out of it is
 * refused, read or written: a link committed by someone else must not make policydiff read or overwrite a file
 * elsewhere on the machine. Paths the user gives outside the repository are left alone.
 */
export function refuseLinkOutOfRepository(context: RepositoryContext, path: string, shown: string, fix = 'give the policy file itself'): void {
  const root = realpathSync(context.repo.root);
  const absolute = resolve(path);
  if (!isWithin(context.repo.root, absolute) && !isWithin(root, absolute)) return;
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!isWithin(root, realpathSync(existing))) {
    throw inputError(`${quote(shown)} is a symbolic link out of the repository: ${fix}`);
  }
}
