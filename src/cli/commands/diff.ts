import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { diffPolicies, type DiffOptions } from '../../compare/diff.js';
import { readPolicyFile } from '../../document/input.js';
import { noiseLines, noiseSummary } from '../../document/noise.js';
import { writeNoise } from '../output.js';
import type { DateKind } from '../../history/git.js';
import type { SourceFormat } from '../../model.js';
import { forFormat, renderers, type OutputFormat } from '../../render/index.js';
import { formatOption, htmlOption, languageOption, refuseToOverwrite, renderOptions, writeOut } from '../output.js';
import { warn } from '../warnings.js';
import { dateOption } from '../repository.js';
import { writeFileUninterrupted } from '../interrupt.js';
import { isRevisionOperand, looksLikeFileName, operandsAfterDashDash, runRevisionDiff } from './diff-revisions.js';
import { checkFailOn, classified, failOnOption, significanceOptions, type FailOn } from '../significance.js';
import { maxSizeOption, parseMaxSize } from './shared.js';
import { dateFormatOption } from './entry-options.js';
import { headingOption, warnUnmatchedHeadings } from '../headings.js';
import { configuredLanguage, headingOverridesFor, readingOptions } from '../../config.js';
import { runFolder } from '../run-folder.js';

interface DiffCommandOptions {
  format: OutputFormat;
  lang?: string;
  input?: SourceFormat;
  maxSize?: string;
  html?: string;
  cwd?: string;
  failOn?: FailOn;
  dateFormat?: string;
  date: DateKind;
  explain?: boolean;
}

export function register(program: Command): void {
  program
    .command('diff')
    .description('compare two versions of a policy, section by section')
    .argument('<old>', 'the earlier version: a file, or a revision (tag, branch, commit)')
    .argument('[new]', 'the later version: a file, or a revision (default: the working tree)')
    .argument('[files...]', 'with revisions: the policy files (default: found by name or by the config)')
    .addOption(formatOption())
    .addOption(languageOption())
    .addOption(new Option('--input <kind>', 'read both files as this kind instead of guessing from the name').choices(['markdown', 'text']))
    .addOption(maxSizeOption())
    .addOption(htmlOption())
    .addOption(failOnOption())
    .addOption(dateFormatOption())
    .addOption(dateOption())
    .option('--explain', 'also list what was treated as capture noise (link targets, URL queries, e-mail placeholders, the config\'s "noise" patterns)')
    .addHelpText(
      'after',
      `
Examples:
  $ policydiff diff privacy-2023.txt privacy-2024.txt
  $ policydiff diff old.md new.md --format md > CHANGES.md
  $ policydiff diff old.md new.md --format json | jq '.sections[] | select(.status != "unchanged")'
  $ policydiff diff old.md new.md --html report.html
  $ policydiff diff v1 HEAD -- privacy.md        two revisions of a file in git
  $ policydiff diff HEAD                         uncommitted edits of the policy files
  $ policydiff diff v1 HEAD --fail-on significant  exit 1 in CI when people need a notice

With two revisions, the commits between them that touched a file apply their trailers to its change, as in
since: Policy-Note replaces the entry's sentence, Policy-Significance sets the level (--fail-on counts it),
Policy-Date dates the entry (else the newer commit's --date author|committer day).`,
    )
    .action(async (oldPath: string, newPath: string | undefined, files: string[], options: DiffCommandOptions, command: Command) => {
      const dashDash = operandsAfterDashDash(command);
      // `diff -- -old.txt new.txt`: two operands, both after `--`, are two files (a name may then start with "-").
      const twoFilesAfterDashDash = dashDash === 2 && newPath !== undefined && files.length === 0;
      // Revisions when either operand is one: `diff v9 HEAD` is an unknown revision, `diff missing.md HEAD` a missing file.
      const revisions =
        newPath === undefined || files.length > 0 || dashDash !== undefined || (await isRevisionOperand(oldPath, options)) ||
        (!existsSync(resolve(options.cwd ?? '.', oldPath)) && !looksLikeFileName(oldPath) && (await isRevisionOperand(newPath, options)));
      if (!twoFilesAfterDashDash && revisions) {
        return runRevisionDiff([oldPath, ...(newPath === undefined ? [] : [newPath]), ...files], dashDash, options);
      }
      // Like git -C: the files and the report are taken from <dir>, and the config is that of its repository.
      const { base, loaded, pathOf, configPath } = runFolder(options.cwd);
      // Both versions are read alike, with the settings the config gives the newer file, as `diff <rev> <rev> -- file` does.
      const configFile = configPath(newPath);
      const headings = headingOverridesFor(loaded.config, configFile);
      const language = options.lang ?? configuredLanguage(loaded.config, configFile);
      const htmlPath = options.html === undefined ? undefined : pathOf(options.html);
      if (htmlPath !== undefined) refuseToOverwrite(resolve(base, htmlPath), [resolve(base, oldPath), resolve(base, newPath)], options.html!);
      const readOptions = { maxBytes: parseMaxSize(options.maxSize), base, onFallback: warn };
      const oldText = readPolicyFile(oldPath, readOptions);
      const newText = readPolicyFile(newPath, readOptions);
      const diffOptions: DiffOptions = { fileName: newPath, ...headingOption(headings), ...readingOptions(loaded.config) };
      if (language !== undefined) diffOptions.language = language;
      if (options.input !== undefined) diffOptions.format = options.input;
      const diff = classified(diffPolicies(oldText, newText, diffOptions), significanceOptions(loaded));
      const rendering = { ...renderOptions(`${oldPath} → ${newPath}`), versions: { old: { label: oldPath }, new: { label: newPath } } };
      // The report first: if it cannot be written, nothing is printed and the exit code says so.
      if (htmlPath !== undefined) writeFileUninterrupted(htmlPath, renderers.html.diff(diff, rendering), { shown: options.html! });
      writeOut(renderers[options.format].diff(forFormat(diff, options.format), rendering));
      if (options.explain === true) writeNoise(noiseLines(noiseSummary(newText, oldText, loaded.config.noise)));
      warnUnmatchedHeadings(loaded.source, [{ file: oldPath, headings, texts: [oldText] }, { file: newPath, headings, texts: [newText] }]);
      checkFailOn([diff], options.failOn);
    });
}
