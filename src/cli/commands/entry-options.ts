import { Option } from 'commander';
import { baseLanguage } from '../../entries/templates.js';
import { buildEntry, commitTrailers, parseDateFormat, TEMPLATES, type CommitTrailers, type DatePattern, type Entry } from '../../entries/index.js';
import { usageError } from '../../errors.js';
import type { CommitInfo } from '../../history/git.js';
import { policyDate, type PolicyChange } from '../../history/history.js';
import type { PolicyDiff } from '../../model.js';

/** What the commands that write changelog entries (`since`, `log`, `diff <rev>`, `changelog`, `notes`) share. */

export const dateFormatOption = () =>
  new Option('--date-format <pattern>', 'how entry lines write dates: D.M.YYYY (default), DD.MM.YYYY, iso, or a pattern of D, DD, M, MM, YYYY');

/** `--date-format`, else the config's `dateFormat`, else D.M.YYYY. Checked once, before any git work, so that a bad pattern fails fast with its own message. */
export function entryDatePattern(dateFormat: string | undefined, configured?: string): DatePattern {
  return parseDateFormat(dateFormat ?? configured);
}

/** Why a file's entries cannot be written in the language its text (or the config) gives, with the fix. */
function missingTemplates(file: string, language: string): string {
  const fix = `use --lang en (templates exist for ${Object.keys(TEMPLATES).join(', ')})`;
  return language === 'und'
    ? `cannot tell the language of ${file} (too little text to detect it): ${fix}, or map the file to its language under "languages" in policydiff.config.json`
    : `no changelog templates for language ${JSON.stringify(language)} of ${file}: ${fix}`;
}

export interface EntryWriterOptions {
  pattern: DatePattern;
  /** `--lang`: the templates to use whatever the text is in; one without templates is an error. */
  lang?: string | undefined;
  /**
   * The command's output is the entries (`changelog`, `notes`): a file whose language has no templates is an error.
   * Otherwise (`since`, `log`, `diff`) the diff is still printed, without entry lines, and `warnings` says why.
   */
  required?: boolean;
}

/**
 * Entries of the changes a command reads. The language comes from `--lang`, else the config's `languages` for the
 * file (the diff was read in it), else detection from the text.
 */
export class EntryWriter {
  /** One line per file whose entries were left out, for stderr after the output. */
  readonly warnings: string[] = [];
  private readonly skipped = new Set<string>();

  constructor(private readonly options: EntryWriterOptions) {}

  /** The entry of one change of a history, or undefined when there is nothing to say (formatting only). */
  forChange(change: PolicyChange): Entry | undefined {
    // Formatting only: the change list gets no line for it (the history says "no change in meaning").
    if (change.formattingOnly) return undefined;
    return this.forDiff(change.file, change.diff, change.date, change.commits.map((commit) => ({ hash: commit.hash, trailers: commit.trailers ?? {} })));
  }

  /**
   * The entry of a file's diff between two revisions, with the trailers of the range's commits that touched it
   * (oldest first): the newest `Policy-Date:` among them dates it, else `day`, the newer revision's.
   */
  forRange(file: string, diff: PolicyDiff, day: string, commits: readonly CommitInfo[]): Entry | undefined {
    const date = commits.map(policyDate).findLast((trailer) => trailer !== undefined) ?? day;
    return this.forDiff(file, diff, date, commits.map(commitTrailers));
  }

  /** The entry of a file's diff dated `date` (`YYYY-MM-DD`), with the trailers of the commits that made it. */
  forDiff(file: string, diff: PolicyDiff, date: string, commits: readonly CommitTrailers[] = []): Entry | undefined {
    if (this.options.lang === undefined && !(baseLanguage(diff.language) in TEMPLATES)) {
      const message = missingTemplates(file, diff.language);
      if (this.options.required === true) throw usageError(message);
      if (!this.skipped.has(file)) this.warnings.push(`${message}; its changes are shown without entry lines`);
      this.skipped.add(file);
      return undefined;
    }
    const entry = buildEntry(diff, {
      date,
      dateFormat: this.options.pattern,
      ...(this.options.lang === undefined ? {} : { language: this.options.lang }),
      ...(diff.significance === undefined ? {} : { significance: diff.significance }),
      commits,
    });
    // A trailer that was malformed or not applied is the maintainer's to fix: say so, once, with the file.
    for (const problem of entry?.problems ?? []) {
      const warning = `${file}: ${problem}`;
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
    }
    return entry;
  }

  /** The warnings on stderr, after the command's output. */
  printWarnings(): void {
    for (const warning of this.warnings) process.stderr.write(`policydiff: ${warning}\n`);
  }
}
