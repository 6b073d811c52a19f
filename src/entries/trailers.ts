/**
 * What the commits of a change say about it in their trailers (`git interpret-trailers` syntax):
 *   Policy-Note: <text>          replaces the generated sentence — humans can always overrule the machine;
 *   Policy-Significance: <level> overrides the classified level.
 * Pure: the git module parses the trailers; this reads them. Keys are case-insensitive, as git's are.
 */
import { trailerRecord } from '../history/git-parse.js';

export const SIGNIFICANCE_LEVELS = ['none', 'editorial', 'minor', 'significant'] as const;
export type SignificanceLevel = (typeof SIGNIFICANCE_LEVELS)[number];

export interface CommitTrailers {
  hash?: string;
  /** Trailer values by key, in the order they appear in the message. */
  trailers: Readonly<Record<string, readonly string[]>>;
}

export interface CommitOverrides {
  /** The notes of all commits, oldest first, joined with a space. */
  note?: string;
  /** The level of the newest commit that sets a valid one. */
  level?: SignificanceLevel;
  /** Trailers that were malformed and ignored, one line each. */
  problems: string[];
}

function values(trailers: CommitTrailers['trailers'], key: string): string[] {
  return Object.entries(trailers).flatMap(([name, list]) => (name.toLowerCase() === key ? [...list] : []));
}

const isLevel = (value: string): value is SignificanceLevel => (SIGNIFICANCE_LEVELS as readonly string[]).includes(value);
const rank = (level: SignificanceLevel) => SIGNIFICANCE_LEVELS.indexOf(level);

const commitName = (commit: CommitTrailers) => (commit.hash === undefined ? 'a commit' : `commit ${commit.hash.slice(0, 7)}`);

/**
 * Commits oldest first, as a change lists them; `classified`: the level the text reads as. A trailer speaks for its
 * own commit: it may raise the level of a change of several commits, but lowers it only when every one of them
 * says a level, so that one commit's "minor" cannot hide a significant edit made by another that said nothing.
 */
export function commitOverrides(commits: readonly CommitTrailers[], classified?: SignificanceLevel): CommitOverrides {
  const notes: string[] = [];
  let level: SignificanceLevel | undefined;
  const problems: string[] = [];
  const silent: CommitTrailers[] = [];
  for (const commit of commits) {
    for (const note of values(commit.trailers, 'policy-note')) {
      if (note.trim() !== '') notes.push(note.trim());
    }
    let said = false;
    for (const raw of values(commit.trailers, 'policy-significance')) {
      const value = raw.trim().toLowerCase();
      if (isLevel(value)) {
        level = value;
        said = true;
      } else {
        problems.push(`${commitName(commit)}: "Policy-Significance: ${raw.trim()}" is not one of ${SIGNIFICANCE_LEVELS.join(', ')}; it was ignored`);
      }
    }
    if (!said) silent.push(commit);
  }
  if (level !== undefined && classified !== undefined && silent.length > 0 && rank(level) < rank(classified)) {
    problems.push(
      `"Policy-Significance: ${level}" was not applied: ${silent.map(commitName).join(', ')} of the same change says no level, so it stays ${classified} (give every commit the trailer to lower it)`,
    );
    level = undefined;
  }
  const overrides: CommitOverrides = { problems };
  if (notes.length > 0) overrides.note = notes.join(' ');
  if (level !== undefined) overrides.level = level;
  return overrides;
}

/** A commit as git's log gives it (`git-parse.ts` CommitInfo) → its trailers by key, as overrides read them. */
export const commitTrailers = (commit: { hash: string; trailers: readonly { key: string; value: string }[] }): CommitTrailers => ({
  hash: commit.hash,
  trailers: trailerRecord(commit.trailers),
});

/** A dated change as history.ts gives it: its commits (oldest first) and its classified diff. */
interface ChangeWithCommits {
  commits: readonly { hash: string; trailers?: Readonly<Record<string, readonly string[]>> }[];
  diff: { significance?: { level: SignificanceLevel } };
}

/** What a change's commits say about it, weighed against the level its text reads as. */
export function changeOverrides(change: ChangeWithCommits): CommitOverrides {
  const commits = change.commits.map((commit) => ({ hash: commit.hash, trailers: commit.trailers ?? {} }));
  return commitOverrides(commits, change.diff.significance?.level);
}

/** The level a change counts at (`--fail-on`, `check`): its commits' Policy-Significance where it applies, else the classifier's. */
export function changeLevel(change: ChangeWithCommits): SignificanceLevel {
  return changeOverrides(change).level ?? change.diff.significance?.level ?? 'none';
}
