import { Option, type Command } from 'commander';
import { renderChecks, runChecks, type CheckOptions } from '../../check/index.js';
import type { CheckFormat } from '../../check/render.js';
import { PolicydiffError } from '../../errors.js';
import type { SourceFormat } from '../../model.js';
import { writeOut } from '../output.js';
import { Progress } from '../progress.js';
import { openRepository, selectFiles, type RepositoryContext } from '../repository.js';
import { significanceOptions } from '../significance.js';
import { maxSizeOption } from './shared.js';

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
  const checkOptions: CheckOptions = { config: context.config, maxBytes: context.maxBytes, classify: significanceOptions(context) };
  if (context.configSource !== undefined) checkOptions.configSource = context.configSource;
  if (input !== undefined) checkOptions.format = input;
  return checkOptions;
}

async function runCheck(files: string[], options: CheckCommandOptions): Promise<void> {
  const progress = new Progress();
  progress.update('reading the repository…');
  try {
    const context = await openRepository({ ...options, format: 'text' });
    const checkOptions = repositoryCheckOptions(context, options.input);
    if (options.base !== undefined) checkOptions.base = options.base;
    if (files.length > 0) checkOptions.files = await selectFiles(context, files);
    progress.update('checking the policies…');
    const report = await runChecks(context.repo, checkOptions);
    progress.done();
    writeOut(renderChecks(report, options.format));
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
    .option('-C, --cwd <dir>', 'run as if started in <dir> (like git -C)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json']).default('text' satisfies CheckFormat))
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
