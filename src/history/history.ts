import { BlobLines, type PolicyBytes } from './blob-lines.js';
import { comparedSizes, diffDocuments, lostMost, type DiffOptions } from '../compare/diff.js';
import type { CommitInfo, DateKind, FileHistory, FileVersion } from './git.js';
import { trailerRecord } from './git-parse.js';
import type { PolicyDiff, PolicyDocument, SourceFormat } from '../model.js';
import { formatOfName, PolicyParser, type ParseOptions } from '../document/parse.js';
import type { HeadingOverrides } from '../document/heading-overrides.js';

/**
 * Versions of a policy file → dated changes. Pure: it takes the texts `git.ts` read and returns data.
 * One change is one commit that touched the file, or all of one day's commits (`perCommit: false`), diffed from
 * the version before the first of them to the version after the last.
 */

export interface HistoryOptions {
  /** Which date of a commit dates its change (default `author`). A `Policy-Date:` trailer wins over both. */
  date?: DateKind;
  /** One change per commit instead of one per day. */
  perCommit?: boolean;
  /** Overrides language detection, for every version. */
  language?: string;
  /** A site's own noise patterns (config `"noise"`), for every version. */
  noise?: readonly string[];
  /** The share of the text a version must lose to be reported as having lost most of it (config `"truncation"`). */
  truncation?: number;
  /** Overrides format detection from the file name. */
  format?: SourceFormat;
  /** Lines that are or are not headings (config `"headings"`), for every version. */
  headings?: HeadingOverrides;
}

export interface ChangeCommit {
  hash: string;
  author: string;
  /** `YYYY-MM-DD`, as dated by the options. */
  date: string;
  subject: string;
  /** The commit's trailers by key (`Policy-Note`, `Policy-Significance`, …), when it has any. */
  trailers?: Record<string, string[]>;
}

export interface PolicyChange {
  /** The file's path after the change. */
  file: string;
  /** Its path before the change, when the change renamed it. */
  previousFile?: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** Oldest first. */
  commits: ChangeCommit[];
  /** The commits changed the text but not its meaning (white space, bullets, emphasis), or did not change it. */
  formattingOnly: boolean;
  diff: PolicyDiff;
}

const POLICY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a commit's `Policy-Date: YYYY-MM-DD` trailer gives (the day the policy takes effect, which owners often
 * set apart from the day they commit), or undefined. A malformed trailer is ignored rather than guessed at.
 */
export function policyDate(commit: CommitInfo): string | undefined {
  return commit.trailers.findLast((entry) => entry.key.toLowerCase() === 'policy-date' && POLICY_DATE.test(entry.value))?.value;
}

/** The day a commit's change counts for: its Policy-Date, else the author or committer date in the offset it was recorded with. */
export function changeDate(commit: CommitInfo, kind: DateKind = 'author'): string {
  return policyDate(commit) ?? (kind === 'committer' ? commit.committerDate : commit.authorDate).slice(0, 10);
}

/** Consecutive versions with the same date, oldest first. Only neighbours merge, so each group's diff is exact. */
export function groupVersions(versions: readonly FileVersion[], options: HistoryOptions = {}): FileVersion[][] {
  const groups: FileVersion[][] = [];
  let lastDate: string | undefined;
  for (const version of versions) {
    const date = changeDate(version.commit, options.date);
    const current = groups.at(-1);
    if (current !== undefined && !options.perCommit && date === lastDate) current.push(version);
    else groups.push([version]);
    lastDate = date;
  }
  return groups;
}

/**
 * Parsed documents by blob, least recently used dropped: a version is the "after" of one change and the "before"
 * of the next. Three entries are enough for that (the next "before" is parsed before the "after" is asked for
 * again), and each document kept longer only gives the garbage collector more to copy.
 */
class DocumentCache {
  private readonly entries = new Map<string, PolicyDocument>();
  private readonly parser = new PolicyParser();
  private readonly lines = new BlobLines();
  constructor(
    private readonly headings: HeadingOverrides | undefined,
    private readonly limit = 3,
  ) {}

  /** `version.text` is read only when the document is not cached: a history's texts are decoded when read. */
  get(version: { blob?: string | undefined; text: string; path: string; bytes?: PolicyBytes | undefined }, format: SourceFormat | undefined): PolicyDocument {
    const fileName = version.path;
    const options = { fileName, ...(format === undefined ? {} : { format }), ...(this.headings === undefined ? {} : { headings: this.headings }) };
    if (version.blob === undefined) return this.parser.parse(version.text, options);
    const cacheKey = `${version.blob}\0${format ?? fileName.slice(fileName.lastIndexOf('.'))}`;
    let document = this.entries.get(cacheKey);
    if (document !== undefined) this.entries.delete(cacheKey);
    else document = this.parse(version, options);
    this.entries.set(cacheKey, document);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return document;
  }

  /** A format known by the file's name or the options is read from the lines that changed, when its bytes allow. */
  private parse(version: { text: string; bytes?: PolicyBytes | undefined }, options: ParseOptions): PolicyDocument {
    const format = options.format ?? formatOfName(options.fileName);
    if (format === undefined || version.bytes === undefined) return this.parser.parse(version.text, options);
    const read = this.lines.read(version.bytes);
    return read === undefined ? this.parser.parse(version.text, options) : this.parser.parseLines(read, format, options);
  }
}

const isFormattingOnly = (diff: PolicyDiff): boolean =>
  diff.restoration === undefined &&
  diff.sameAs === undefined &&
  diff.title === undefined &&
  diff.policyChangelog.length === 0 &&
  diff.sections.every((section) => section.status === 'unchanged' && !section.modified);

/**
 * The changes of one file's history, newest first, computed lazily so that a caller can print each as it comes
 * and memory holds a few parsed versions, not the whole history.
 */
export function* historyChanges(history: FileHistory, options: HistoryOptions = {}): Generator<PolicyChange> {
  const groups = groupVersions(history.versions, options);
  const cache = new DocumentCache(options.headings);
  // Each version's language, found once (and only where the text changed enough to have changed language): the
  // new version's is known from the change after it, newest first.
  const languages = new WeakMap<PolicyDocument, string>();
  const diffOptions: DiffOptions = { languages };
  if (options.language !== undefined) diffOptions.language = options.language;
  if (options.noise !== undefined) diffOptions.noise = options.noise;
  if (options.truncation !== undefined) diffOptions.truncation = options.truncation;
  // The changes that cut the text short, by group index, and the day it came back: found at the later change, which
  // comes first newest first.
  const replay: Replay = { groups, cache, options, diffOptions };
  const restoredOn = new Map<number, string>();
  // The changes undone by a later version that is the very text of a version before them, by group index.
  const undoneOn = new Map<number, string>();
  // The language of the change after this one: a change between two captures too short to tell ("Loading") is
  // written in it rather than left without entry lines.
  let newerLanguage: string | undefined;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index]!;
    const first = group[0]!;
    const last = group.at(-1)!;
    const date = changeDate(last.commit, options.date);
    const previous = index > 0 ? groups[index - 1]!.at(-1)! : undefined;
    const before = previous ?? history.before ?? { path: first.previousPath ?? first.path, blob: undefined, text: '' };
    const oldDocument = cache.get(before, options.format);
    const newDocument = cache.get(last, options.format);
    let diff = diffDocuments(oldDocument, newDocument, diffOptions);
    const earlier = earlierVersion(replay, index, diff, newDocument);
    if (earlier !== undefined) {
      diff = earlier.diff;
      if (earlier.cutAt !== undefined) restoredOn.set(earlier.cutAt, date);
      for (let undone = earlier.undoneFrom ?? index; undone < index; undone += 1) undoneOn.set(undone, date);
    }
    const restored = restoredOn.get(index);
    if (restored !== undefined && diff.truncation !== undefined) diff.truncation.restored = restored;
    const undone = undoneOn.get(index);
    if (undone !== undefined && diff.restoration === undefined && diff.sameAs === undefined && diff.truncation === undefined) diff.undone = undone;
    if (diff.language === 'und' && newerLanguage !== undefined) diff.language = newerLanguage;
    else if (diff.language !== 'und') newerLanguage = diff.language;
    const change: PolicyChange = {
      file: last.path,
      date,
      commits: group.map((version) => {
        const commit: ChangeCommit = {
          hash: version.commit.hash,
          author: version.commit.author,
          date: changeDate(version.commit, options.date),
          subject: version.commit.subject,
        };
        if (version.commit.trailers.length > 0) commit.trailers = trailerRecord(version.commit.trailers);
        return commit;
      }),
      formattingOnly: isFormattingOnly(diff),
      diff,
    };
    if (before.path !== last.path && before.text !== '') change.previousFile = before.path;
    yield change;
  }
}

/** How many changes back a version whose text came back is compared with the last version before it was cut, or with the same text. */
const RESTORATION_LOOK_BACK = 10;

/** What looking back from a change of a history needs. */
interface Replay {
  groups: readonly FileVersion[][];
  cache: DocumentCache;
  options: HistoryOptions;
  diffOptions: DiffOptions;
}

/**
 * The diff of a change whose version is an earlier one's text again, from that version: text back after a cut
 * (`cutAt`: the group whose change cut it), or the very text of a version before (`undoneFrom`: the first group
 * whose change it took back). A cut is reported as that even when an earlier version was cut the same way.
 */
function earlierVersion(replay: Replay, index: number, diff: PolicyDiff, newDocument: PolicyDocument): { diff: PolicyDiff; cutAt?: number; undoneFrom?: number } | undefined {
  const restoration = restoredText(replay, index, diff, newDocument);
  if (restoration !== undefined || diff.truncation !== undefined || isFormattingOnly(diff)) return restoration;
  const same = sameTextBefore(replay.groups, index);
  if (same === undefined) return undefined;
  const version = replay.groups[same]!.at(-1)!;
  const sameDiff = diffDocuments(replay.cache.get(version, replay.options.format), newDocument, replay.diffOptions);
  sameDiff.sameAs = changeDate(version.commit, replay.options.date);
  return { diff: sameDiff, undoneFrom: same + 1 };
}

/**
 * A version much larger than the one before it, when a version of at most `RESTORATION_LOOK_BACK` changes before
 * had about as much text: the one before was cut short (a truncated capture, a page that had not loaded), and the
 * text is back. Then the change is diffed from that last whole version, so that it reports what changed since rather
 * than every chapter as new; `cutAt` is the group whose change cut the text.
 */
function restoredText({ groups, cache, options, diffOptions }: Replay, index: number, diff: PolicyDiff, newDocument: PolicyDocument): { diff: PolicyDiff; cutAt: number } | undefined {
  const { oldChars: truncatedChars, newChars: chars } = comparedSizes(diff);
  if (truncatedChars === 0 || !lostMost(chars, truncatedChars, options.truncation)) return undefined;
  for (let whole = index - 2; whole >= Math.max(0, index - 1 - RESTORATION_LOOK_BACK); whole -= 1) {
    const version = groups[whole]!.at(-1)!;
    const candidate = diffDocuments(cache.get(version, options.format), newDocument, diffOptions);
    const wholeChars = comparedSizes(candidate).oldChars;
    // About as much text as the version back: not less (cut too), not far more (back is then only a part of it).
    if (lostMost(chars, wholeChars, options.truncation) || lostMost(wholeChars, chars, options.truncation)) continue;
    candidate.restoration = { since: changeDate(version.commit, options.date), truncatedChars, chars };
    return { diff: candidate, cutAt: whole + 1 };
  }
  return undefined;
}

/**
 * The group of at most `RESTORATION_LOOK_BACK` changes before whose version is the very text of this one (the same
 * blob), nearest first: a capture that flips between two versions of a page, or an edit taken back. Not the version
 * just before, which would make no change.
 */
function sameTextBefore(groups: readonly FileVersion[][], index: number): number | undefined {
  const blob = groups[index]!.at(-1)!.blob;
  if (blob === undefined) return undefined;
  for (let earlier = index - 2; earlier >= Math.max(0, index - 1 - RESTORATION_LOOK_BACK); earlier -= 1) {
    if (groups[earlier]!.at(-1)!.blob === blob) return earlier;
  }
  return undefined;
}

/**
 * The changes of several files, newest first: a lazy merge by date of each file's own (newest-first) sequence,
 * files in the order given on the same date. Each file keeps its commit order even where dates go backwards.
 */
export function* mergeChanges(changes: ReadonlyArray<Iterable<PolicyChange>>): Generator<PolicyChange> {
  const sources = changes.map((source) => source[Symbol.iterator]());
  const heads = sources.map((source) => source.next());
  for (;;) {
    let pick = -1;
    heads.forEach((head, index) => {
      if (head.done === true) return;
      const best = pick === -1 ? undefined : heads[pick];
      if (best === undefined || best.done === true || head.value.date > best.value.date) pick = index;
    });
    if (pick === -1) return;
    const head = heads[pick]!;
    if (head.done !== true) yield head.value;
    heads[pick] = sources[pick]!.next();
  }
}
