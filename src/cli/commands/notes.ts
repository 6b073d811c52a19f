import { Option, type Command } from 'commander';
import { join, relative, resolve } from 'node:path';
import { fastlaneNotesPath, mergeReleaseNotes, storeNotes, STORE_LIMITS, type Entry, type Store } from '../../entries/index.js';
import { quote } from '../../errors.js';
import { editTextFile } from '../edit-file.js';
import { formatOption, writeOut } from '../output.js';
import { showControls } from '../../render/index.js';
import { Progress } from '../progress.js';
import { addRepositoryOptions, dateOption, policyFiles, refusePolicyTarget, writeConfinement, type RepositoryContext } from '../repository.js';
import { entryDatePattern, EntryWriter } from './entry-options.js';
import { readChanges, type ChangeRangeOptions } from './read-changes.js';

/**
 * `notes <ref> --store play|appstore`: short release notes for an app update about the policy changes since <ref>,
 * within the store's limit, whole sentences only; `--out <fastlane dir>` writes them where fastlane's supply or
 * deliver read them, keeping the other paragraphs of a notes file. Only editorial changes: says so, writes nothing.
 */

interface NotesOptions extends ChangeRangeOptions {
  format: 'text' | 'json';
  store: Store;
  out?: string;
  versionCode?: string;
}

async function runNotes(start: string, files: string[], options: NotesOptions): Promise<void> {
  // A missing or bad --version-code fails before any git work.
  if (options.out !== undefined) fastlaneNotesPath('.', options.store, 'en', options.versionCode);
  const progress = new Progress();
  progress.update('reading the repository…');
  const byLanguage = new Map<string, Entry[]>();
  let context;
  let paths: string[];
  try {
    const range = await readChanges(start, files, options, progress);
    context = range.context;
    paths = range.paths;
    const writer = new EntryWriter({ pattern: entryDatePattern(undefined, context.config.dateFormat), lang: options.lang, required: true });
    for (const change of range.changes) {
      progress.update(`comparing versions (${change.date})…`);
      const entry = writer.forChange(change);
      if (entry !== undefined) byLanguage.set(entry.language, [...(byLanguage.get(entry.language) ?? []), entry]);
    }
    progress.done();
    writer.printWarnings();
  } finally {
    progress.done();
  }

  const notes: Note[] = [...byLanguage].flatMap(([language, entries]) => {
    const text = storeNotes(entries, { store: options.store, language });
    return text === undefined ? [] : [{ language, entries, text }];
  });
  if (notes.length === 0) {
    process.stderr.write(`policydiff: no policy changes for the release notes since ${start} (editorial changes only, or none): nothing written.\n`);
  } else if (options.out === undefined) {
    if (options.format === 'text') writeOut(showControls(notes.map(({ language, text }) => (notes.length === 1 ? `${text}\n` : `[${language}]\n${text}\n`)).join('\n')));
  } else {
    await writeFastlane(notes, options.out, context, paths, options);
  }
  if (options.format === 'json') writeOut(notesJson(notes, start, options));
}

interface Note {
  language: string;
  entries: Entry[];
  /** The notes as written: within the store's limit, or within what other notes in the same file leave of it. */
  text: string;
  /** The fastlane file they were merged into (`--out`), named under the folder as given, and whether it changed. */
  file?: { path: string; written: boolean };
}

/** The notes per language with their length as the store counts it (UTF-16 units) and its limit. */
function notesJson(notes: readonly Note[], start: string, options: NotesOptions): string {
  const limit = STORE_LIMITS[options.store];
  const report = {
    schemaVersion: 1,
    since: start,
    to: options.to ?? 'HEAD',
    store: options.store,
    limit,
    notes: notes.map(({ language, text, entries, file }) => ({ language, text, length: text.length, limit, entries: entries.map((entry) => entry.line), ...(file === undefined ? {} : { file: file.path, written: file.written }) })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Merges each language's notes into its fastlane file, keeping the other paragraphs (and the file's bytes) there;
 * says on stderr what it wrote. A notes file is never a link out of the repository or to a policy.
 */
async function writeFastlane(notes: Note[], given: string, context: RepositoryContext, paths: readonly string[], options: NotesOptions): Promise<void> {
  const fastlane = resolve(context.base, given);
  const policies = await policyFiles(context, paths);
  for (const note of notes) {
    const path = fastlaneNotesPath(fastlane, options.store, note.language, options.versionCode);
    const shown = join(given, relative(fastlane, path));
    const write = { createFolders: true, confine: writeConfinement(context, path) };
    refusePolicyTarget(path, quote(shown), policies, 'replace the link with the file', { ...write, shown });
    const merge = (existing: string) =>
      mergeReleaseNotes(
        existing,
        (budget) => {
          const text = storeNotes(note.entries, { store: options.store, language: note.language, limit: budget });
          if (text !== undefined) note.text = text;
          return text;
        },
        { store: options.store, language: note.language, fileName: shown },
      ) ?? existing;
    note.file = { path: shown, written: editTextFile(path, shown, merge, { dryRun: false, missingOk: true, write }).written };
  }
  const written = notes.flatMap((note) => (note.file?.written === true ? [note.file.path] : []));
  process.stderr.write(written.length === 0 ? 'policydiff: the release notes are up to date.\n' : written.map((path) => `policydiff: wrote ${path}\n`).join(''));
}

export function register(program: Command): void {
  addRepositoryOptions(
    program
      .command('notes')
      .description(`release notes for an app update about the policy changes since <ref> (Google Play ${STORE_LIMITS.play} characters, App Store ${STORE_LIMITS.appstore})`)
      .argument('<ref>', 'the release the notes are since: a tag, branch or commit, or a date YYYY-MM-DD')
      .argument('[files...]', 'the policy files (default: found by name or by the config)')
      .addOption(new Option('--store <store>', 'the store whose limit the notes keep to').choices(['play', 'appstore']).makeOptionMandatory())
      .option('--to <revision>', 'where to end (default: HEAD)')
      .option('--out <fastlane-dir>', 'write the notes into fastlane metadata under this folder (e.g. fastlane), merging with what is there')
      .option('--version-code <n>', 'the Android versionCode the Google Play notes are filed under (with --store play --out)'),
  )
    .addOption(formatOption(['text', 'json']))
    .addOption(dateOption())
    .addHelpText(
      'after',
      `
Examples:
  $ policydiff notes v2.3.0 --store play
  $ policydiff notes v2.3.0 --store play --out fastlane --version-code 42
  $ policydiff notes v2.3.0 --store appstore --out fastlane
  $ policydiff notes v2.3.0 --store play --format json | jq '.notes[] | {language, length, limit}'`,
    )
    .action((start: string, files: string[], options: NotesOptions) => runNotes(start, files, options));
}
