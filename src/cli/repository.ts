import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { configuredLanguage, loadConfig, type LoadedConfig, type PolicydiffConfig } from '../config.js';
import { discoverPolicyFiles } from '../discover.js';
import { PolicydiffError, quote } from '../errors.js';
import { GitRepository, type DateKind } from '../git.js';
import type { SourceFormat } from '../model.js';
import type { OutputFormat } from '../render/index.js';
import { parseMaxSize, maxSizeOption } from './commands/shared.js';
import { formatOption, languageOption } from './output.js';

/** What the commands that read a repository (`since`, `log`, `diff <rev>`) share: options, repository, config, files. */

export interface RepositoryOptions {
  cwd?: string;
  format: OutputFormat;
  lang?: string;
  input?: SourceFormat;
  maxSize?: string;
}

export const dateOption = () =>
  new Option('--date <kind>', 'date changes by the author or the committer date (a Policy-Date: trailer wins)').choices(['author', 'committer']).default('author' satisfies DateKind);

export function addRepositoryOptions(command: Command): Command {
  return command
    .option('-C, --cwd <dir>', 'run as if started in <dir> (like git -C)')
    .addOption(formatOption())
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

export async function openRepository(options: RepositoryOptions): Promise<RepositoryContext> {
  const maxBytes = parseMaxSize(options.maxSize);
  const base = resolve(options.cwd ?? process.cwd());
  const repo = await GitRepository.open(base);
  const { config, source } = loadConfig(repo.root);
  const context: RepositoryContext = { repo, config, base, maxBytes };
  if (source !== undefined) context.configSource = source;
  return context;
}

/** The config as it was loaded, with the file it came from. */
export function loadedConfig(context: RepositoryContext): LoadedConfig {
  return context.configSource === undefined ? { config: context.config } : { config: context.config, source: context.configSource };
}

/**
 * The repository-relative paths to read: the ones given (each must be tracked now or have been once), else the
 * config's globs or the files named like a policy.
 */
export async function selectFiles(context: RepositoryContext, given: readonly string[]): Promise<string[]> {
  const tracked = await context.repo.trackedFiles();
  if (given.length === 0) return discoverPolicyFiles(tracked, context.config, context.configSource);
  const index = new Set(tracked);
  const files: string[] = [];
  for (const path of given) {
    const file = context.repo.repoPath(path, context.base);
    if (!index.has(file) && !(await context.repo.everTracked(file))) {
      throw new PolicydiffError('untrackedFile', `${quote(path)} has never been committed to this repository: check the path, or git add and commit it first`);
    }
    if (!files.includes(file)) files.push(file);
  }
  return files;
}

/** `--lang` wins over the config's language for the file; neither means: detect it from the text. */
export function languageFor(context: RepositoryContext, options: RepositoryOptions, file: string): string | undefined {
  return options.lang ?? configuredLanguage(context.config, file);
}
