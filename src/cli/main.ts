import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ExitCode, PolicydiffError } from '../errors.js';
import { flushWarnings } from './warnings.js';

type CommandModule = { register: (program: Command) => void };

/**
 * Each command's module by the names it registers, in the order `--help` lists them. Only the module of the command
 * being run is loaded (none for the version, all of them for help or a name that is none of these): loading
 * modules is most of policydiff's start-up.
 */
const COMMAND_MODULES: [names: string[], load: () => Promise<CommandModule>][] = [
  [['diff'], () => import('./commands/diff.js')],
  [['sections'], () => import('./commands/sections.js')],
  [['since', 'log'], () => import('./commands/history.js')],
  [['changelog'], () => import('./commands/changelog.js')],
  [['notes'], () => import('./commands/notes.js')],
  [['comment'], () => import('./commands/comment.js')],
  [['check'], () => import('./commands/check.js')],
];

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/**
 * The command an argument list runs: its first operand, past `-C <dir>` (which, as in git, may come before it).
 * `-V`/`--version` or `-h`/`--help` when one comes first.
 */
export function commandName(args: readonly string[]): string | undefined {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '-C' || arg === '--cwd') index += 1;
    else if (!arg.startsWith('--cwd=') && !/^-C./.test(arg)) return arg;
  }
  return undefined;
}

/** The program with the commands `command` (see `commandName`) needs: its own, none, or every one. */
export async function buildProgram(command?: string): Promise<Command> {
  const program = new Command('policydiff')
    .description('Section-aware diffs and changelog entries for privacy policies and terms kept in git.')
    .version(version, '-V, --version')
    // Before or after the command name, as `git -C`; the commands read it as their own --cwd.
    .option('-C, --cwd <dir>', 'run as if started in <dir> (like git -C; before or after the command): files, revisions, the config and the files written are taken from there')
    .configureHelp({ showGlobalOptions: true })
    .hook('preAction', (root, command) => {
      const dir = root.getOptionValue('cwd') as string | undefined;
      if (dir !== undefined && command !== root) command.setOptionValue('cwd', dir);
    })
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
  $ policydiff -C ../website log --summary      one line per change, in another repository
  $ policydiff changelog v1 --write CHANGELOG.md
  $ policydiff notes v1 --store play            release notes within Google Play's 500 characters
  $ policydiff comment --base main --post       the pull request's policy comment (GitHub Actions)
  $ policydiff check --base origin/main         CI lint: translations, dates, change lists, notices

Exit codes: 0 ok, 1 --fail-on threshold reached or check errors, 2 usage, 3 bad input file,
4 not a git repository, 5 unknown revision or date, 6 file not tracked, 7 shallow clone,
8 bad config, 9 write failed, 10 GitHub API failed, 11 not built yet (npm run build),
70 internal error; 130/143 stopped by Ctrl-C/SIGTERM (a file being written is finished first).`,
    );
  const named = COMMAND_MODULES.filter(([names]) => command !== undefined && names.includes(command));
  const needed = command === '-V' || command === '--version' ? [] : named.length > 0 ? named : COMMAND_MODULES;
  const modules = await Promise.all(needed.map(([, load]) => load()));
  for (const { register } of modules) register(program);
  return program;
}

/** Why the output could not be written, and what to do. */
const OUTPUT_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full: free some space or write elsewhere',
  EDQUOT: 'the disk quota is used up: free some space or write elsewhere',
  EFBIG: "it is larger than this system allows to write (ulimit -f or the file system's limit): raise the limit or write elsewhere",
  EIO: 'an input/output error on the device it goes to: write elsewhere',
};

function fail(message: string, exitCode: number): void {
  process.stderr.write(`policydiff: ${message}\n`);
  process.exitCode = exitCode;
}

export async function main(argv: string[]): Promise<void> {
  // `policydiff log | head` closes the pipe early: that is the reader's choice, not an error to report. Any other
  // failure to write the output (`> /dev/full`, a file over `ulimit -f`) ends the run with one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.ok);
    process.stderr.write(`policydiff: cannot write the output: ${OUTPUT_FAILURES[error.code ?? ''] ?? `${error.code ?? error.message}: check where the output goes`}\n`);
    process.exit(ExitCode.write);
  });
  try {
    await (await buildProgram(commandName(argv.slice(2)))).parseAsync(argv);
    // After a turn of the event loop: an output that failed (a full disk) has ended the run with its one line by then.
    await new Promise((done) => setImmediate(done));
    flushWarnings();
  } catch (error) {
    // A threshold reached is a result: the warnings of the run belong with it. A failure is one line.
    if (error instanceof PolicydiffError && error.kind === 'threshold') flushWarnings();
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
