import { Option, type Command } from 'commander';
import { readPolicyFile } from '../../document/input.js';
import { noiseLines, noiseSummary } from '../../document/noise.js';
import { writeNoise } from '../output.js';
import type { SourceFormat } from '../../model.js';
import { parsePolicy, type ParseOptions } from '../../document/parse.js';
import { forFormat, renderers, type OutputFormat } from '../../render/index.js';
import { formatOption, renderOptions, writeOut } from '../output.js';
import { warn } from '../warnings.js';
import { maxSizeOption, parseMaxSize } from './shared.js';
import { headingOption, warnUnmatchedHeadings } from '../headings.js';
import { headingOverridesFor } from '../../config.js';
import { runFolder } from '../run-folder.js';

interface SectionsCommandOptions {
  format: OutputFormat;
  input?: SourceFormat;
  maxSize?: string;
  cwd?: string;
}

export function register(program: Command): void {
  program
    .command('sections')
    .description("show how policydiff reads a policy's structure: title, chapters, subsections")
    .argument('<file>', 'the policy file (.txt or .md)')
    .addOption(formatOption())
    .addOption(new Option('--input <kind>', 'read the file as this kind instead of guessing from the name').choices(['markdown', 'text']))
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Examples:
  $ policydiff sections privacy.txt
  $ policydiff sections privacy.md --format json
  $ policydiff sections -C ../website docs/privacy.md   the file and the config taken from ../website`,
    )
    .action((file: string, options: SectionsCommandOptions) => {
      const { base, loaded, configPath } = runFolder(options.cwd);
      const headings = headingOverridesFor(loaded.config, configPath(file));
      const text = readPolicyFile(file, { maxBytes: parseMaxSize(options.maxSize), base, onFallback: warn });
      const parseOptions: ParseOptions = { fileName: file, ...headingOption(headings) };
      if (options.input !== undefined) parseOptions.format = options.input;
      writeOut(renderers[options.format].outline(forFormat(parsePolicy(text, parseOptions), options.format), renderOptions()));
      // What is left out of comparisons, for the reader to check (JSON output stays the document alone).
      if (options.format === 'text' || options.format === 'md') writeNoise(noiseLines(noiseSummary(text, undefined, loaded.config.noise)));
      warnUnmatchedHeadings(loaded.source, [{ file, headings, texts: [text] }]);
    });
}
