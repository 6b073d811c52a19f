import { Option, type Command } from 'commander';
import { diffPolicies, type DiffOptions } from '../../diff.js';
import { readPolicyFile } from '../../input.js';
import type { SourceFormat } from '../../model.js';
import { renderers, type OutputFormat } from '../../render/index.js';
import { formatOption, languageOption, renderOptions, writeOut } from '../output.js';
import { maxSizeOption, parseMaxSize } from './shared.js';

interface DiffCommandOptions {
  format: OutputFormat;
  lang?: string;
  input?: SourceFormat;
  maxSize?: string;
}

export function register(program: Command): void {
  program
    .command('diff')
    .description('compare two versions of a policy, section by section')
    .argument('<old>', 'the earlier version (a file)')
    .argument('<new>', 'the later version (a file)')
    .addOption(formatOption())
    .addOption(languageOption())
    .addOption(new Option('--input <kind>', 'read both files as this kind instead of guessing from the name').choices(['markdown', 'text']))
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Examples:
  $ policydiff diff privacy-2023.txt privacy-2024.txt
  $ policydiff diff old.md new.md --format md > CHANGES.md
  $ policydiff diff old.md new.md --format json | jq '.sections[] | select(.status != "unchanged")'`,
    )
    .action((oldPath: string, newPath: string, options: DiffCommandOptions) => {
      const readOptions = { maxBytes: parseMaxSize(options.maxSize) };
      const oldText = readPolicyFile(oldPath, readOptions);
      const newText = readPolicyFile(newPath, readOptions);
      const diffOptions: DiffOptions = { fileName: newPath };
      if (options.lang !== undefined) diffOptions.language = options.lang;
      if (options.input !== undefined) diffOptions.format = options.input;
      const diff = diffPolicies(oldText, newText, diffOptions);
      writeOut(renderers[options.format].diff(diff, renderOptions(`${oldPath} → ${newPath}`)));
    });
}
