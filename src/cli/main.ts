import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ExitCode, PolicydiffError } from '../errors.js';
import { register as registerChangelog } from './commands/changelog.js';
import { register as registerComment } from './commands/comment.js';
import { register as registerCheck } from './commands/check.js';
import { register as registerDiff } from './commands/diff.js';
import { register as registerHistory } from './commands/history.js';
import { register as registerNotes } from './commands/notes.js';
import { register as registerSections } from './commands/sections.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('policydiff')
    .description('Section-aware diffs and changelog entries for privacy policies and terms kept in git.')
    .version(version, '-V, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      // One line, in the same voice as policydiff's own errors, saying where the usage is explained.
      outputError: (message, write) =>
        write(`policydiff: ${message.replace(/^error: /, '').trimEnd().replace(/\n/g, ' ')} (see policydiff --help)\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ policydiff diff old.txt new.txt             compare two files on disk
  $ policydiff sections privacy.md              show the chapters policydiff sees
  $ policydiff since v1                         changes since tag v1, each with its entry line
  $ policydiff changelog v1 --write CHANGELOG.md
  $ policydiff notes v1 --store play            release notes within Google Play's 500 characters
  $ policydiff comment --base main --post       the pull request's policy comment (GitHub Actions)
  $ policydiff check --base origin/main         CI lint: translations, dates, change lists, notices

Exit codes: 0 ok, 1 --fail-on threshold reached or check errors, 2 usage, 3 bad input file,
4 not a git repository, 5 unknown revision, 6 file not tracked, 7 shallow clone,
8 bad config, 9 write failed, 10 GitHub API failed, 70 internal error; 130/143 stopped by
Ctrl-C/SIGTERM (a file being written is finished first).`,
    );
  registerDiff(program);
  registerSections(program);
  registerHistory(program);
  registerChangelog(program);
  registerNotes(program);
  registerComment(program);
  registerCheck(program);
  return program;
}

function fail(message: string, exitCode: number): void {
  process.stderr.write(`policydiff: ${message}\n`);
  process.exitCode = exitCode;
}

export async function main(argv: string[]): Promise<void> {
  // `policydiff log | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.ok);
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and version are not failures.
      process.exitCode = error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    } else if (error instanceof PolicydiffError) {
      fail(error.message, error.exitCode);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      fail(`internal error, please report it at https://github.com/policydiff/policydiff/issues with this text:\n${detail}`, ExitCode.internal);
    }
  }
}

await main(process.argv);
