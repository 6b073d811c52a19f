import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ExitCode, PolicydiffError } from '../errors.js';

type Registrar = () => Promise<{ register: (program: Command) => void }>;

/**
 * The command modules, in the order help lists them, loaded only when needed: together they bring in the whole
 * library (parsing, diffing, significance, rendering, git), which was most of the start-up of `--version`.
 */
const COMMAND_MODULES: [names: string[], load: Registrar][] = [
  [['diff'], () => import('./commands/diff.js')],
  [['sections'], () => import('./commands/sections.js')],
  [['since', 'log'], () => import('./commands/history.js')],
  [['changelog'], () => import('./commands/changelog.js')],
  [['notes'], () => import('./commands/notes.js')],
  [['comment'], () => import('./commands/comment.js')],
  [['check'], () => import('./commands/check.js')],
];

/**
 * The modules a command line needs: the one of the command it names first, none for `--version`, and all of them
 * otherwise (help lists every command, and an unknown one is answered with the nearest known name).
 */
function modulesFor(argv: string[]): Registrar[] {
  const first = argv[2];
  if (first === '-V' || first === '--version') return [];
  const named = COMMAND_MODULES.find(([names]) => first !== undefined && names.includes(first));
  return named === undefined ? COMMAND_MODULES.map(([, load]) => load) : [named[1]];
}

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function buildProgram(argv: string[]): Promise<Command> {
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
  for (const { register } of await Promise.all(modulesFor(argv).map((load) => load()))) register(program);
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
    await (await buildProgram(argv)).parseAsync(argv);
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
