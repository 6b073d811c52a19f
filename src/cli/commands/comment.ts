import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { renderCommentChecks, runChecks, type CheckFinding, type CheckSeverity } from '../../check/index.js';
import { plural } from '../../check/wording.js';
import { discoverPolicyFiles } from '../../history/discover.js';
import { entryText } from '../../entries/index.js';
import { PolicydiffError, quote, usageError } from '../../errors.js';
import { GitHubApiError, GitHubClient, upsertComment, type UpsertResult } from '../../github/client.js';
import type { SourceFormat } from '../../model.js';
import { revisionDiffToJson, revisionLevel } from '../../render/changes.js';
import { COMMENT_LIMIT, COMMENT_MARKER, commentLevel, renderPolicyComment, type CommentFile, type CommentOptions } from '../../render/comment.js';
import { formatOption, languageOption, writeOut } from '../output.js';
import { discoverableFiles, nameable, openRepository, selectFiles, type CommitRange, type RepositoryContext } from '../repository.js';
import { failOnReached, type FailOn } from '../significance.js';
import { repositoryCheckOptions } from './check.js';
import { entryDatePattern, EntryWriter } from './entry-options.js';
import { revisionDiffs } from './diff-revisions.js';
import { warnUnmatchedHeadings, type ReadPolicy } from '../headings.js';
import { maxSizeOption } from './shared.js';
import { startCommit } from '../revisions.js';

/**
 * `comment`: the pull request's policy comment (the GitHub Action runs it with --post). Base and head default to
 * the pull request's base commit (from the event payload) and HEAD; the comment is printed, and with --post
 * written to the pull request through GitHub's API, once, updated in place on every run.
 */

interface CommentCommandOptions {
  base?: string;
  head: string;
  files?: string;
  format: 'md' | 'json';
  post?: boolean;
  failOn: FailOn | 'none';
  /** False with --no-checks. */
  checks: boolean;
  failOnChecks: CheckSeverity | 'none';
  cwd?: string;
  lang?: string;
  input?: SourceFormat;
  maxSize?: string;
}

/** What policydiff reads from a `pull_request` event payload. */
interface PullRequestEvent {
  number?: number;
  baseSha?: string;
  fork: boolean;
}

function readEvent(path: string | undefined): PullRequestEvent | undefined {
  if (path === undefined || path === '') return undefined;
  let payload: { number?: unknown; pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { repo?: { fork?: unknown } | null } } };
  try {
    payload = JSON.parse(readFileSync(path, 'utf8')) as typeof payload;
  } catch (error) {
    throw usageError(`cannot read the event payload GITHUB_EVENT_PATH=${quote(path)} (${error instanceof Error ? error.message : String(error)}): run in a GitHub Actions job, or give --base`);
  }
  const pull = payload?.pull_request;
  const number = pull?.number ?? payload?.number;
  const event: PullRequestEvent = { fork: pull?.head?.repo?.fork === true };
  if (typeof number === 'number' && Number.isInteger(number) && number > 0) event.number = number;
  if (typeof pull?.base?.sha === 'string') event.baseSha = pull.base.sha;
  return event;
}

/** `--files` as the action passes it: globs, one a line (or one). */
async function commentFiles(context: RepositoryContext, given: string[], globs: string | undefined, range: CommitRange): Promise<string[]> {
  if (given.length > 0 || globs === undefined || globs.trim() === '') return selectFiles(context, given, range);
  const files = globs.split(/\r?\n/).map((glob) => glob.trim()).filter((glob) => glob !== '');
  try {
    // Each name checked as discovery's are: one git cannot be given back (not UTF-8) is an error, not a silent skip.
    return discoverPolicyFiles(await discoverableFiles(context, range), { ...context.config, files }, '--files').map(nameable);
  } catch (error) {
    if (!(error instanceof PolicydiffError) || error.kind !== 'config') throw error;
    throw usageError(`--files ${files.map((glob) => quote(glob)).join(', ')} matches no tracked file: fix the glob (git ls-files lists the tracked files)`);
  }
}

/** `name<<delimiter` blocks, so that a multi-line value (or one holding `name=`) cannot set another output. */
function writeOutputs(path: string | undefined, outputs: Record<string, string>): void {
  if (path === undefined || path === '') return;
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `policydiff_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
  try {
    appendFileSync(path, text);
  } catch (error) {
    throw new PolicydiffError('write', `cannot write the step outputs to GITHUB_OUTPUT=${quote(path)} (${(error as NodeJS.ErrnoException).code ?? String(error)}): run in a GitHub Actions job or unset GITHUB_OUTPUT`);
  }
}

function requiredEnv(name: string, why: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw usageError(`--post needs ${name} (${why}): run it in a GitHub Actions job, or set ${name}`);
  return value;
}

const SUMMARY_FAILURES: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'no permission',
  EPERM: 'no permission',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

/** GitHub's limit for one step's job summary (1 MiB); a longer summary is not shown at all. */
const SUMMARY_LIMIT = 1024 * 1024;

/** Appends Markdown to the job summary, GITHUB_STEP_SUMMARY; a summary that cannot be written is the run's failure. */
function appendToSummary(path: string, markdown: string): void {
  try {
    appendFileSync(path, markdown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = SUMMARY_FAILURES[code] ?? (code || String(error));
    throw new PolicydiffError('write', `cannot write the job summary GITHUB_STEP_SUMMARY=${quote(path, 200)}: ${reason}: run in a GitHub Actions job, or unset GITHUB_STEP_SUMMARY`, { cause: error });
  }
}

const summaryPath = () => process.env.GITHUB_STEP_SUMMARY || undefined;

/** The workflow run's page, where its job summary is shown, when the job's variables say which it is. */
function runPage(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = process.env;
  if (!server || !repository || !run || !/^https?:\/\//.test(server) || !/^\d+$/.test(run)) return undefined;
  return `${server.replace(/\/$/, '')}/${repository}/actions/runs/${run}`;
}

/**
 * The comment as posted: whole when it fits GitHub's limit. A longer one is shortened with a note that says where
 * the whole one is: the job summary, where it is written (up to the summary's own limit), when the job has one.
 */
function commentBody(files: CommentFile[], options: CommentOptions): string {
  const whole = renderPolicyComment(files, { ...options, maxLength: Number.MAX_SAFE_INTEGER });
  if (whole.length <= COMMENT_LIMIT) return whole;
  const summary = summaryPath();
  if (summary === undefined) return renderPolicyComment(files, options);
  const page = runPage();
  const body = renderPolicyComment(files, { ...options, fullReport: `the full comment is in the job summary of ${page === undefined ? 'this workflow run' : `[this workflow run](${page})`}` });
  const cut = whole.length <= SUMMARY_LIMIT ? whole : `${whole.slice(0, whole.lastIndexOf('\n', SUMMARY_LIMIT - 200))}\n\n_… cut at GitHub's limit of 1 MiB for a job summary._\n`;
  appendToSummary(summary, `${cut}\n`);
  return body;
}

/**
 * Upserts the comment. A 403 that is not a rate limit means the token may not write (always so for a fork's pull
 * request): the comment goes to the job summary instead, with the reason, and the run goes on (exit 0). Every other
 * failure is the run's, named for what it is (refused, rate limited, GitHub down or silent, an answer not JSON).
 */
async function post(body: string, changed: boolean, event: PullRequestEvent | undefined): Promise<UpsertResult | undefined> {
  const token = requiredEnv('GITHUB_TOKEN', 'the token that writes the comment');
  const repository = requiredEnv('GITHUB_REPOSITORY', 'owner/name');
  if (event?.number === undefined) throw usageError('--post needs the pull request number from the event payload GITHUB_EVENT_PATH: run the action on pull_request events');
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  let client: GitHubClient;
  try {
    client = new GitHubClient({ token, apiUrl, repository });
  } catch (error) {
    if (error instanceof GitHubApiError) throw usageError(error.message);
    throw error;
  }
  try {
    return await upsertComment(client, event.number, body, { marker: COMMENT_MARKER, createIfMissing: changed });
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    if (error.kind !== 'refused' || error.status !== 403) {
      const fix = error.kind === 'refused' || error.kind === 'unreachable' ? ': check the token input and GITHUB_API_URL' : '';
      throw new PolicydiffError('github', `could not write the pull request comment: ${error.message}${fix}`);
    }
    const reason = event.fork
      ? 'a pull request from a fork gets a read-only token'
      : 'the token may not write pull request comments (give the job permissions: pull-requests: write)';
    const summary = summaryPath();
    if (summary === undefined) {
      throw new PolicydiffError('github', `GitHub refused the comment (403: ${reason}) and GITHUB_STEP_SUMMARY is not set: run policydiff comment without --post to see it`);
    }
    const note = `> [!NOTE]\n> policydiff could not comment on this pull request: ${reason}. The comment it would have written follows.\n\n`;
    appendToSummary(summary, `${note}${body}\n`);
    process.stderr.write(`policydiff: GitHub refused the comment (403: ${reason}); wrote it to the job summary instead\n`);
    return undefined;
  }
}

/** `policydiff check` over the comment's range and files: its findings, and the comment's "Checks" part if any. */
async function commentChecks(context: RepositoryContext, options: CommentCommandOptions, range: { from: string; to: string }, files: string[]): Promise<{ findings: CheckFinding[]; markdown?: string }> {
  // The short hash names the base in the findings' fixes, runnable locally like the comment's own `policydiff diff`.
  const checkOptions = { ...repositoryCheckOptions(context, options.input), base: range.from, baseLabel: range.from.slice(0, 7), head: range.to, files };
  const report = await runChecks(context.repo, checkOptions);
  const markdown = renderCommentChecks(report);
  return markdown === undefined ? { findings: report.findings } : { findings: report.findings, markdown };
}

/** Why `--fail-on-checks` is reached ("the checks found 2 errors, which reaches --fail-on-checks error"), or undefined. */
function failOnChecksReached(findings: readonly CheckFinding[], failOn: CheckSeverity | 'none'): string | undefined {
  if (failOn === 'none') return undefined;
  const counted = failOn === 'error' ? findings.filter((finding) => finding.severity === 'error') : findings;
  if (counted.length === 0) return undefined;
  const errors = counted.filter((finding) => finding.severity === 'error').length;
  const found = [errors > 0 ? plural(errors, 'error') : '', counted.length > errors ? plural(counted.length - errors, 'warning') : ''].filter(Boolean).join(' and ');
  return `the checks found ${found}, which reaches --fail-on-checks ${failOn} (see the comment's Checks part for the fixes)`;
}

async function runComment(given: string[], options: CommentCommandOptions): Promise<void> {
  if (!options.checks && options.failOnChecks !== 'none') {
    throw usageError(`--fail-on-checks ${options.failOnChecks} needs the checks that --no-checks turns off: drop one of them (the action: checks "true", or fail-on-checks "none")`);
  }
  const event = readEvent(process.env.GITHUB_EVENT_PATH);
  const baseSpec = options.base ?? event?.baseSha;
  if (baseSpec === undefined) throw usageError('comment needs the base to compare with: give --base <revision> (in a pull_request job it is read from the event)');
  const context = await openRepository(options);
  const { repo } = context;
  const to = await repo.resolveEnd(options.head);
  const from = await startCommit(repo, baseSpec, to);
  const files = await commentFiles(context, given, options.files, { to, from });
  const read: ReadPolicy[] = [];
  const ranges = await revisionDiffs(context, options, files, from, to, read);
  const diffs = ranges.map((range) => range.revision);
  const writer = new EntryWriter({ pattern: entryDatePattern(undefined, context.config.dateFormat), lang: options.lang });
  const date = await repo.commitDay(to);
  // The pull request's commits are where a human overrules the machine: their trailers apply as in `since`.
  const commentFilesList: CommentFile[] = ranges.map(({ revision, commits }) => {
    const built = writer.forRange(revision.file, revision.diff, date, commits);
    return built === undefined ? revision : { ...revision, entry: entryText(built) };
  });
  // A pull request that no longer changes the policy gets no Checks part: there is no change to check.
  const checks = options.checks && diffs.length > 0 ? await commentChecks(context, options, { from, to }, files) : { findings: [] };
  const commentOptions: CommentOptions = { base: from.slice(0, 7), head: to.slice(0, 7) };
  if (checks.markdown !== undefined) commentOptions.checks = checks.markdown;
  const body = commentBody(commentFilesList, commentOptions);
  const { level } = commentLevel(diffs);
  const entries = commentFilesList.flatMap((file) => (file.entry === undefined ? [] : [file.entry]));
  let url = '';
  // Posted first: a comment that could not be posted is not printed as if it had been (nothing on stdout on failure).
  if (options.post === true) {
    const result = await post(body, diffs.length > 0, event);
    if (result !== undefined && result.action !== 'none') {
      url = result.url;
      const done = result.action === 'unchanged' ? 'the pull request comment is up to date:' : `${result.action} the pull request comment`;
      process.stderr.write(`policydiff: ${done} ${url}\n`);
    } else if (result?.action === 'none') {
      process.stderr.write('policydiff: the pull request does not change the policy files and has no policydiff comment: nothing to post\n');
    }
  }
  if (options.format === 'json') {
    writeOut(`${JSON.stringify({ schemaVersion: 1, base: from, head: to, level, entries, comment: body, checks: checks.findings, files: diffs.map(revisionDiffToJson) }, null, 2)}\n`);
  } else {
    writeOut(body);
  }
  writer.printWarnings();
  warnUnmatchedHeadings(context.configSource, read);
  const checkErrors = checks.findings.filter((finding) => finding.severity === 'error').length;
  writeOutputs(process.env.GITHUB_OUTPUT, { level, entry: entries.join('\n'), 'comment-url': url, 'check-errors': String(checkErrors) });
  const reached = [
    failOnReached(diffs.map(revisionLevel), options.failOn === 'none' ? undefined : options.failOn),
    failOnChecksReached(checks.findings, options.failOnChecks),
  ].filter((reason) => reason !== undefined);
  if (reached.length > 0) throw new PolicydiffError('threshold', reached.join('; and '));
}

export function register(program: Command): void {
  program
    .command('comment')
    .description("the pull request's policy comment: significance, changelog entry, table and redlines (--post writes it to GitHub)")
    .argument('[files...]', 'the policy files (default: --files, else found by name or by the config)')
    .option('--base <revision>', "the version before the change (default: the pull request's base commit from GITHUB_EVENT_PATH)")
    .option('--head <revision>', 'the version after the change', 'HEAD')
    .option('--files <globs>', 'the policy files as globs from the repository top, one a line (the action input "files")')
    .addOption(formatOption(['md', 'json'], 'md'))
    .option('--post', 'create or update the comment on the pull request (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_API_URL)')
    .addOption(
      new Option('--fail-on <level>', 'exit with code 1 when the change is at least this significant, after posting').choices(['none', 'editorial', 'minor', 'significant']).default('none'),
    )
    .addOption(
      new Option('--fail-on-checks <severity>', 'exit with code 1 when the checks find this (error: errors; warning: errors or warnings), after posting')
        .choices(['none', 'warning', 'error'])
        .default('none'),
    )
    .option('--no-checks', 'leave out the Checks part (the findings of policydiff check over the same range and files)')
    .addOption(languageOption())
    .addOption(new Option('--input <kind>', 'read the files as this kind instead of guessing from their names').choices(['markdown', 'text']))
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
In a GitHub Actions job on pull_request, --base defaults to the pull request's base commit; the checkout needs
the history (actions/checkout with fetch-depth: 0). A 403 from GitHub (a fork's read-only token) puts the
comment in the job summary instead (exit 0). Outputs level, entry, comment-url and check-errors go to GITHUB_OUTPUT.
The Checks part lists what policydiff check finds over the same range and files; when every applicable check
passes it is one line, and when none applies (no translation set, date line, change list or significant change)
it is left out.

Examples:
  $ policydiff comment --base main                      print the comment for the changes since main
  $ policydiff comment --base v1 --head v2 -- privacy.md
  $ policydiff comment --post --fail-on significant     in a pull_request job (what the action runs)
  $ policydiff comment --post --fail-on-checks error    fail the job on a check's error, e.g. translation drift`,
    )
    .action((files: string[], options: CommentCommandOptions) => runComment(files, options));
}
