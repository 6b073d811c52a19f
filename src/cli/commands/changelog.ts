import type { Command } from 'commander';
import { createPatch } from 'diff';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeIntoChangelog, mergeIntoPolicyChangeList, type ChangelogFileEntry, type Entry, type PolicyListEntry } from '../../entries/index.js';
import { PolicydiffError, quote, usageError } from '../../errors.js';
import { editTextFile, type EditOptions } from '../edit-file.js';
import { writeOut } from '../output.js';
import { showControls } from '../../render/index.js';
import { Progress } from '../progress.js';
import { addRepositoryOptions, dateOption, policyFiles, refuseLinkOutOfRepository, refusePolicyTarget, writeConfinement } from '../repository.js';
import { dateFormatOption, entryDatePattern, EntryWriter } from './entry-options.js';
import { readChanges, type ChangeRangeOptions } from './read-changes.js';
import { headingOption } from '../headings.js';
import { headingOverridesFor } from '../../config.js';

/**
 * `changelog [start]`: the entries of the changes since <start> (default: the whole history) written where people
 * read them: `--write CHANGELOG.md` (a heading per date, only the entries not there yet) and/or `--in-policy`
 * (the policy's own change list). `--dry-run` prints the patch and writes nothing.
 */

interface ChangelogOptions extends ChangeRangeOptions {
  write?: string;
  inPolicy?: boolean;
  changeListHeading?: string;
  dryRun?: boolean;
  dateFormat?: string;
}

/** One update: the patch for --dry-run, the write otherwise; what was done, for the summary. */
function apply(path: string, shown: string, merge: (before: string) => string, countNew: (before: string, after: string) => number, options: EditOptions): string {
  const { before, after } = editTextFile(path, shown, merge, options);
  if (after === before) return `${shown} is up to date: no new entries.`;
  const added = countNew(before, after);
  const entries = added === 1 ? '1 entry' : `${added} entries`;
  if (options.dryRun) {
    writeOut(showControls(createPatch(shown, before, after, '', '', { context: 2 })));
    return `would add ${entries} to ${shown} (dry run: nothing written).`;
  }
  return `added ${entries} to ${shown}.`;
}

const countAdded = (before: string, after: string) => Math.max(0, after.split('\n').length - before.split('\n').length);

async function runChangelog(start: string | undefined, files: string[], options: ChangelogOptions): Promise<void> {
  if (options.write === undefined && options.inPolicy !== true) {
    throw usageError('changelog needs a target: --write CHANGELOG.md, --in-policy, or both');
  }
  // A bad --date-format is a usage error before any git work (also outside a repository).
  if (options.dateFormat !== undefined) entryDatePattern(options.dateFormat);
  // So is a folder given to --write, named as given (like the files, it is taken from -C's folder).
  const target = options.write === undefined ? undefined : resolve(options.cwd ?? '.', options.write);
  if (target !== undefined && existsSync(target) && statSync(target).isDirectory()) {
    throw new PolicydiffError('write', `${quote(options.write!)} is a folder: give --write a file, e.g. --write ${join(options.write!, 'CHANGELOG.md')}`);
  }
  const progress = new Progress();
  progress.update('reading the repository…');
  const messages: string[] = [];
  try {
    const { context, paths, changes } = await readChanges(start, files, options, progress);
    const pattern = entryDatePattern(options.dateFormat, context.config.dateFormat);
    const writer = new EntryWriter({ pattern, lang: options.lang, required: true });
    const byFile = new Map<string, Entry[]>();
    const all: { file: string; entry: Entry }[] = [];
    for (const change of changes) {
      progress.update(`comparing versions (${change.date})…`);
      const entry = writer.forChange(change);
      if (entry === undefined) continue;
      all.push({ file: change.file, entry });
      byFile.set(change.file, [...(byFile.get(change.file) ?? []), entry]);
    }
    progress.done();
    writer.printWarnings();
    const dryRun = options.dryRun === true;
    const policies = await policyFiles(context, paths);
    if (options.write !== undefined) {
      // Named as given, like git -C: relative to -C's folder, absolute when given so.
      const shown = options.write;
      const path = resolve(context.base, shown);
      const write = { confine: writeConfinement(context, path, 'replace the link with the file, or give --write the path the link leads to') };
      refusePolicyTarget(path, `--write ${quote(shown)}`, policies, 'give the changelog file, e.g. --write CHANGELOG.md', { ...write, shown });
      // Several policies share one CHANGELOG.md: each line names its file. Decided by the files read, not by the ones
      // that changed in the range, so that the same command always writes the same line and a rerun adds nothing.
      const named = paths.length > 1;
      const fileEntries = all.map(({ file, entry }): ChangelogFileEntry => {
        const item: ChangelogFileEntry = { date: entry.date, line: named ? `${entry.dateText} ${file}: ${entry.text}` : entry.line };
        if (entry.notice !== undefined) item.notice = entry.notice;
        if (entry.override !== undefined) item.override = entry.override;
        return item;
      });
      const merge = (before: string) => {
        const merged = mergeIntoChangelog(before, fileEntries, { fileName: shown });
        // A new file ends with a line break like any other text file.
        return before === '' && merged !== '' && !merged.endsWith('\n') ? `${merged}\n` : merged;
      };
      const countNew = (before: string, after: string) => fileEntries.filter((entry) => !before.includes(entry.line) && after.includes(entry.line)).length;
      messages.push(apply(path, shown, merge, countNew, { dryRun, missingOk: true, write }));
    }

    if (options.inPolicy === true) {
      const tracked = new Set(await context.repo.trackedFiles());
      for (const [file, entries] of byFile) {
        const path = join(context.repo.root, file);
        // Discovery finds a policy the range deleted, to report its removal; there is no list in it to write to.
        if (!tracked.has(file) && !existsSync(path)) {
          messages.push(`${file} was deleted: it has no change list to add to.`);
          continue;
        }
        refuseLinkOutOfRepository(context, path, file);
        // The policy's own list keeps the owner's shape: the dated sentence only; the notice is for readers of the change.
        const listEntries = entries.map((entry): PolicyListEntry => ({
          date: entry.date,
          text: entry.text,
          ...(entry.document === 'first' ? { firstVersion: true } : {}),
        }));
        const listOptions = {
          fileName: file,
          ...(options.input === undefined ? {} : { format: options.input }),
          ...headingOption(headingOverridesFor(context.config, file)),
          ...(options.changeListHeading === undefined ? {} : { heading: options.changeListHeading }),
          ...(options.dateFormat === undefined ? {} : { dateFormat: pattern }),
        };
        const merge = (before: string) => mergeIntoPolicyChangeList(before, listEntries, listOptions);
        const countNew = (before: string, after: string) => (countAdded(before, after) > 0 ? listEntries.filter((entry) => !before.includes(entry.text) && after.includes(entry.text)).length : 0);
        messages.push(apply(path, file, merge, countNew, { dryRun, missingOk: false, write: { confine: writeConfinement(context, path, 'give the policy file itself') } }));
      }
      if (byFile.size === 0) messages.push('no policy changes with an entry in the range: nothing to add to the change lists.');
    }
  } finally {
    progress.done();
  }
  process.stderr.write(`${messages.map((message) => `policydiff: ${message}`).join('\n')}\n`);
}

export function register(program: Command): void {
  addRepositoryOptions(
    program
      .command('changelog')
      .description('write the entries of the policy changes since [start] to CHANGELOG.md and/or the policy’s own change list')
      .argument('[start]', 'where to start: a tag, branch or commit, or a date YYYY-MM-DD (default: the whole history)')
      .argument('[files...]', 'the policy files (default: found by name or by the config)')
      .option('--to <revision>', 'where to end (default: HEAD)')
      .option('--write <file>', 'add the entries not yet in this Keep a Changelog file (created if missing)')
      .option('--in-policy', 'append the new entry lines to the policy’s own change list')
      .option('--change-list-heading <heading>', 'the heading of the policy’s change list, when policydiff does not recognise it')
      .option('--dry-run', 'print the patch instead of writing'),
  )
    .addOption(dateOption())
    .option('--per-commit', 'one entry per commit instead of one per day')
    .addOption(dateFormatOption())
    .addHelpText(
      'after',
      `
Examples:
  $ policydiff changelog --write CHANGELOG.md
  $ policydiff changelog v1 --write CHANGELOG.md --dry-run
  $ policydiff changelog v1 --in-policy -- privacy.md`,
    )
    .action((start: string | undefined, files: string[], options: ChangelogOptions) => runChangelog(start, files, options));
}
