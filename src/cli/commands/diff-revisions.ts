import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffPolicies, type DiffOptions } from '../../compare/diff.js';
import { PolicydiffError, quote, usageError } from '../../errors.js';
import { readPolicyFile } from '../../document/input.js';
import { isDaySpec, type CommitInfo, type DateKind } from '../../history/git.js';
import { startCommit } from '../revisions.js';
import type { RawFileChange } from '../../history/git-parse.js';
import { overrideLead, renderList, renderRevisionDiff, revisionLevel, type RevisionDiff } from '../../render/changes.js';
import { fileDiffEntry, forFormat, renderReportHtml, type OutputFormat } from '../../render/index.js';
import { refuseToOverwrite, useColor, writeNoise, writeOut } from '../output.js';
import { noiseLines, noiseSummary } from '../../document/noise.js';
import { warn } from '../warnings.js';
import { writeFileUninterrupted } from '../interrupt.js';
import { gitReadOptions, languageFor, openRepository, refuseLinkOutOfRepository, reportTarget, type RepositoryContext, type RepositoryOptions, selectFiles } from '../repository.js';
import { checkFailOnLevels, classified, significanceOptions, type FailOn } from '../significance.js';
import { commitOverrides, commitTrailers, entryText, toIsoDate } from '../../entries/index.js';
import { entryDatePattern, EntryWriter } from './entry-options.js';
import { headingOption, warnUnmatchedHeadings, type ReadPolicy } from '../headings.js';
import { headingOverridesFor, readingOptions } from '../../config.js';

/**
 * The revision mode of `diff`: `diff <rev>` (the working tree against a revision, usually HEAD) and
 * `diff <rev> <rev>`, for the given files or the discovered ones. A file renamed between the two revisions is
 * found under its old name through one `git log --follow` of the range, and the same log gives the commits whose
 * trailers (Policy-Note, Policy-Significance, Policy-Date) apply to the file's change, as they do in `since`.
 */

/** A file's diff between two revisions, with the commits of the range that made it. */
export interface RangeDiff {
  revision: RevisionDiff;
  /** The first-parent commits of the range that touched the file, oldest first; none for the working tree. */
  commits: CommitInfo[];
}

interface RevisionDiffRequest {
  /** One or two revisions; with one, the other side is the working tree. */
  revisions: string[];
  files: string[];
}

/** The working tree's text of a tracked file, `''` when it was deleted. Nothing outside the repository is read. */
function readWorkingFile(context: RepositoryContext, file: string): string {
  const path = join(context.repo.root, file);
  if (!existsSync(path)) return '';
  refuseLinkOutOfRepository(context, path, file);
  return readPolicyFile(path, { maxBytes: context.maxBytes, onFallback: warn });
}

/**
 * The file's path at `from`: the same, or its name before a rename in `changes` (the range's log, newest first), or
 * for the working tree before a `git mv` not yet committed (`staged`: new path → old).
 */
async function pathAt(
  context: RepositoryContext,
  file: string,
  from: string,
  changes: () => Promise<RawFileChange[]>,
  staged: (() => Promise<Map<string, string>>) | undefined,
): Promise<string> {
  if ((await context.repo.blobAt(from, file)) !== undefined) return file;
  if (staged !== undefined) return (await staged()).get(file) ?? file;
  const oldest = (await changes()).at(-1);
  return oldest === undefined ? file : (oldest.previousPath ?? oldest.path);
}

/** `operands` as commander gives them; `filesAfterDashDash`: how many of them came after `--`, if it was given. */
export async function runRevisionDiff(
  operands: string[],
  filesAfterDashDash: number | undefined,
  options: RepositoryOptions & { format: OutputFormat; html?: string; failOn?: FailOn; dateFormat?: string; date?: DateKind; explain?: boolean },
): Promise<void> {
  // A bad --date-format is a usage error before any git work (also outside a repository).
  if (options.dateFormat !== undefined) entryDatePattern(options.dateFormat);
  const [only] = operands;
  if (filesAfterDashDash === undefined && operands.length === 1 && only !== undefined && existsSync(resolve(options.cwd ?? process.cwd(), only))) {
    throw usageError(`missing required argument 'new': diff takes two files, or a revision before the files (policydiff diff HEAD -- ${only})`);
  }
  const context = await openRepository(options);
  const request = await splitOperands(context, operands, filesAfterDashDash);
  if (request.revisions.length === 0 || request.revisions.length > 2) {
    throw usageError('diff takes two files, or one or two revisions before -- and the files after it: e.g. policydiff diff v1 HEAD -- privacy.md');
  }
  const { repo } = context;
  const [fromSpec = 'HEAD', toSpec] = request.revisions;
  const head = await repo.resolveRevision('HEAD');
  const to = toSpec === undefined ? undefined : await repo.resolveEnd(toSpec, options.date);
  const from = await startCommit(repo, fromSpec, to ?? head, options.date);
  // Without a second revision the range is `from..HEAD` and on to the working tree, whose deletions are either
  // still in the index (a plain `rm`) or staged (`git rm`).
  const range = to === undefined ? { to: head, from, workingTree: true } : { to, from };
  const files = await selectFiles(context, request.files, range);
  // Like the files, the report's path is taken from where -C points.
  if (options.html !== undefined) refuseToOverwrite(resolve(context.base, options.html), files.map((file) => join(repo.root, file)), options.html);
  const report = options.html === undefined ? undefined : await reportTarget(context, options.html, files);
  const label = `${fromSpec} → ${toSpec ?? 'working tree'}`;
  const color = useColor();
  // Entry lines are dated like the version they describe: a Policy-Date of the range, else the newer commit's day,
  // or today for the working tree.
  const day = to === undefined ? toIsoDate(new Date()) : await repo.commitDay(to, options.date);
  const writer = new EntryWriter({ pattern: entryDatePattern(options.dateFormat, context.config.dateFormat), lang: options.lang });
  // The HTML report is one page over all files, so their diffs (and entry lines) are kept rather than rendered one at a time.
  const read: ReadPolicy[] = [];
  const ranges = await revisionDiffs(context, options, files, from, to, read);
  const diffs = ranges.map((range) => range.revision);
  const lines = new Map<RevisionDiff, string>();
  for (const { revision, commits } of ranges) {
    const line = writer.forRange(revision.file, revision.diff, day, commits);
    if (line !== undefined) lines.set(revision, entryText(line));
  }
  const entries = options.format === 'html' ? [] : diffs.map((entry) => renderRevisionDiff(forFormat(entry, options.format), label, options.format, { color }, forFormat(lines.get(entry) ?? null, options.format)));
  const extra = { from: fromSpec, to: toSpec ?? null };
  const emptyText = `No changes in ${files.join(', ')} (${label}).`;
  const page = () => {
    const versions = { old: { label: fromSpec }, new: { label: toSpec ?? 'working tree' } };
    const reportEntries = diffs.map((entry) => {
      const reportEntry = fileDiffEntry(entry, versions);
      // The report's line above the change says, like the text output, when a commit set the level.
      const parts = [lines.get(entry), ...overrideLead(entry, 'text').slice(0, 1)].filter((part) => part !== undefined);
      return parts.length === 0 ? reportEntry : { ...reportEntry, summary: parts.join(' — ') };
    });
    return renderReportHtml(reportEntries, { title: `${files.join(', ')}: ${label}`, emptyText });
  };
  if (report !== undefined) writeFileUninterrupted(report.path, page(), report.write);
  writeOut(options.format === 'html' ? page() : renderList(entries, options.format, { key: 'files', extra, emptyText }));
  writer.printWarnings();
  if (options.explain === true) {
    for (const { file, texts } of read) {
      const lines = noiseLines(noiseSummary(texts.at(-1) ?? '', texts[0], context.config.noise));
      if (lines.length > 0) writeNoise([`${file}:`, ...lines]);
    }
  }
  warnUnmatchedHeadings(context.configSource, read);
  checkFailOnLevels(diffs.map(revisionLevel), options.failOn);
}

/**
 * The classified diff of each file from `from` to `to` (the working tree when undefined), leaving out the files
 * whose text is the same on both sides, with the commits of `from..to` that touched it and the level their
 * Policy-Significance trailers set. At most one `git log` per file, read only when the file changed or moved.
 */
export async function revisionDiffs(
  context: RepositoryContext,
  options: RepositoryOptions,
  files: readonly string[],
  from: string,
  to: string | undefined,
  read: ReadPolicy[] = [],
): Promise<RangeDiff[]> {
  const { repo } = context;
  const diffs: RangeDiff[] = [];
  let renamedInIndex: Promise<Map<string, string>> | undefined;
  const staged = to === undefined ? () => (renamedInIndex ??= repo.stagedChanges(from).then((changes) => changes.renamed)) : undefined;
  for (const file of files) {
    let log: Promise<RawFileChange[]> | undefined;
    // The working tree has no commits of its own: nothing between `from` and it.
    const changes = () => (log ??= to === undefined ? Promise.resolve([]) : repo.readFileChanges(file, to, from));
    const oldPath = await pathAt(context, file, from, changes, staged);
    const oldText = (await repo.readFileAt(from, oldPath, gitReadOptions(context))) ?? '';
    const newText = to === undefined ? readWorkingFile(context, file) : ((await repo.readFileAt(to, file, gitReadOptions(context))) ?? '');
    const headings = headingOverridesFor(context.config, file);
    read.push({ file, headings, texts: [oldText, newText] });
    if (oldText === newText) continue;
    const diffOptions: DiffOptions = { fileName: file, ...headingOption(headings), ...readingOptions(context.config) };
    const language = languageFor(context, options, file);
    if (language !== undefined) diffOptions.language = language;
    if (options.input !== undefined) diffOptions.format = options.input;
    const entry: RevisionDiff = { file, diff: classified(diffPolicies(oldText, newText, diffOptions), significanceOptions(context)) };
    if (oldPath !== file) entry.previousFile = oldPath;
    const commits = (await changes()).map((change) => change.commit).reverse();
    const level = commitOverrides(commits.map(commitTrailers), entry.diff.significance?.level).level;
    if (level !== undefined) entry.levelSetByCommit = level;
    diffs.push({ revision: entry, commits });
  }
  return diffs;
}

/**
 * Splits `diff`'s operands into revisions and files. After `--` everything is a file; without it, leading operands
 * that name a commit are revisions (at most two) and the rest are files, as git itself decides.
 */
async function splitOperands(context: RepositoryContext, operands: string[], filesAfterDashDash: number | undefined): Promise<RevisionDiffRequest> {
  if (filesAfterDashDash !== undefined) {
    const cut = operands.length - filesAfterDashDash;
    return { revisions: operands.slice(0, cut), files: operands.slice(cut) };
  }
  const revisions: string[] = [];
  let index = 0;
  for (; index < operands.length && revisions.length < 2; index += 1) {
    const operand = operands[index]!;
    const isPath = existsSync(resolve(context.base, operand));
    if (isPath || !(await isRevision(context, operand))) break;
    revisions.push(operand);
  }
  if (revisions.length === 0) {
    const [first = '', second] = operands;
    if (existsSync(resolve(context.base, first))) {
      throw usageError(`diff takes two files, or a revision before the files: e.g. policydiff diff HEAD -- ${first}`);
    }
    // `diff v9 HEAD`: beside a revision, an operand that is no file is a revision, one that does not exist.
    if (second !== undefined && !existsSync(resolve(context.base, second)) && (await isRevision(context, second))) await context.repo.resolveRevision(first);
    throw new PolicydiffError('unknownRevision', `${quote(first)} is neither a file nor a revision: give two files, or a revision such as HEAD or v1 (then -- and the files)`);
  }
  const files = operands.slice(index);
  // `diff HEAD v9`: right after the revision, a name that is no file, was never tracked and is not written like a
  // file name is a revision too, one that does not exist.
  const next = files[0];
  if (revisions.length === 1 && files.length === 1 && next !== undefined && !looksLikeFileName(next) && !existsSync(resolve(context.base, next))) {
    if (!(await context.repo.everTracked(context.repo.repoPath(next, context.base)))) await context.repo.resolveRevision(next);
  }
  return { revisions, files };
}

/** A path, or a name with a policy file's extension: meant as a file even where none exists. */
export const looksLikeFileName = (operand: string): boolean => /[/\\]/.test(operand) || /\.(?:md|markdown|txt|text)$/i.test(operand);

/** A revision of the repository or a day (`YYYY-MM-DD`): what a revision operand may be. */
async function isRevision(context: RepositoryContext, operand: string): Promise<boolean> {
  if (isDaySpec(operand)) return true;
  try {
    await context.repo.resolveRevision(operand);
    return true;
  } catch (error) {
    if (error instanceof PolicydiffError && error.kind === 'usage') throw error;
    return false;
  }
}

/**
 * How many operands came after `--`, or `undefined` without one. Commander drops the `--` itself, so it is looked
 * up in the arguments the program was parsed from, after the command's name.
 */
export function operandsAfterDashDash(command: Command): number | undefined {
  const raw = (command.parent as { rawArgs?: unknown } | null)?.rawArgs;
  if (!Array.isArray(raw)) return undefined;
  const args = raw as string[];
  const dashDash = args.indexOf('--', args.indexOf(command.name()) + 1);
  return dashDash === -1 ? undefined : args.length - dashDash - 1;
}

/**
 * For `diff A B` without `--`: whether A means a revision (`diff v1 privacy.md`) rather than a file
 * (`diff old.txt new.txt`). An existing file, or no repository at all, means files.
 */
export async function isRevisionOperand(operand: string, options: RepositoryOptions): Promise<boolean> {
  if (existsSync(resolve(options.cwd ?? process.cwd(), operand))) return false;
  try {
    return await isRevision(await openRepository(options), operand);
  } catch {
    return false;
  }
}
