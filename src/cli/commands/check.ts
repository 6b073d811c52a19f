import { Option, type Command } from 'commander';
import { renderChecks, runChecks, type CheckOptions } from '../../check/index.js';
import type { CheckFormat } from '../../check/render.js';
import { forFormat } from '../../render/index.js';
import { PolicydiffError } from '../../errors.js';
import type { SourceFormat } from '../../model.js';
import { formatOption, terminalWidth, useColor, writeOut } from '../output.js';
import { warn } from '../warnings.js';
import { Progress } from '../progress.js';
import { openRepository, selectFiles, type RepositoryContext } from '../repository.js';
import { significanceOptions } from '../significance.js';
import { maxSizeOption } from './shared.js';
import { startCommit } from '../revisions.js';

/** `check [--base <ref>]`: the policy lint for CI. Findings go to stdout; errors (and warnings with --strict) exit 1. */

interface CheckCommandOptions {
  cwd?: string;
  base?: string;
  strict?: boolean;
  format: CheckFormat;
  input?: SourceFormat;
  maxSize?: string;
}

/** The checks' options every command that runs them shares: the repository's config, size limit and lexicons. */
export function repositoryCheckOptions(context: RepositoryContext, input: SourceFormat | undefined): CheckOptions {
  const checkOptions: CheckOptions = { config: context.config, maxBytes: context.maxBytes, classify: significanceOptions(context), onFallback: warn };
  if (context.configSource !== undefined) checkOptions.configSource = context.configSource;
  if (input !== undefined) checkOptions.format = input;
  return checkOptions;
}

async function runCheck(files: string[], options: CheckCommandOptions): Promise<void> {
  const progress = new Progress();
  progress.update('reading the repository…');
  try {
    const context = await openRepository(options);
    const checkOptions = repositoryCheckOptions(context, options.input);
    if (options.base !== undefined) {
      // A day names the last commit before it, as in since; findings name the base as it was given.
      checkOptions.base = await startCommit(context.repo, options.base, await context.repo.resolveRevision('HEAD'));
      checkOptions.baseLabel = options.base;
    }
    if (files.length > 0) checkOptions.files = await selectFiles(context, files);
    progress.update('checking the policies…');
    const report = await runChecks(context.repo, checkOptions);
    progress.done();
    // A person at a terminal gets the findings as a table; a CI log keeps the lines, which wrap nowhere.
    writeOut(renderChecks(forFormat(report, options.format), options.format, process.stdout.isTTY === true ? { table: { width: terminalWidth(), color: useColor() } } : {}));
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    const warnings = report.findings.length - errors;
    if (errors > 0) throw new PolicydiffError('threshold', `the check found ${errors === 1 ? '1 error' : `${errors} errors`} (listed above): each says how to fix it`);
    if (options.strict === true && warnings > 0) {
      throw new PolicydiffError('threshold', `the check found ${warnings === 1 ? '1 warning' : `${warnings} warnings`} (listed above), which fail with --strict: fix them, or drop --strict`);
    }
  } finally {
    progress.done();
  }
}

export function register(program: Command): void {
  program
    .command('check')
    .description('lint the policy files for CI: translations in step, "last updated" dates and change lists kept, significant changes acknowledged')
    .argument('[files...]', 'the policy files (default: found by name or by the config)')
    .option('--base <ref>', 'check the changes since this revision (default: the merge base with origin/HEAD, main or master)')
    .option('--strict', 'fail on warnings too')
    .addOption(formatOption(['text', 'md', 'json'] satisfies CheckFormat[]))
    .addOption(new Option('--input <kind>', 'read the files as this kind instead of guessing from their names').choices(['markdown', 'text']))
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Translation sets come from "translations" in policydiff.config.json (e.g. [["privacy.sv.md", "privacy.en.md"]]),
else from file names: privacy.sv.md / privacy.en.md, privacy-fi.md, privacy_fi.txt, sv/privacy.md / en/privacy.md.

Examples:
  $ policydiff check
  $ policydiff check --base origin/main --format md > checks.md
  $ policydiff check --base v1 --format json | jq '.findings[] | {check, file}'

Exit codes: 0 no errors (warnings alone pass unless --strict), 1 errors found, 2 usage, 8 bad config.`,
    )
    .action((files: string[], options: CheckCommandOptions) => runCheck(files, options));
}
