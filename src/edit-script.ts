import { wordDiff, type ChangeObject } from 'diff';

/**
 * jsdiff's `diffWords` and `diffArrays`, with the same result to the character, faster. jsdiff finds the shortest
 * edit script with a path object and a change object allocated for every step, and compares tokens as trimmed
 * strings each time; a 1 MB policy with a tenth of its sentences changed spent a third of its diff there, much of
 * it collecting that garbage. Here the same search (same diagonals, same choice between inserting and removing,
 * same pruning) runs on token numbers, with paths in typed arrays and change runs in a pool. Tokenising, joining and
 * the white-space tidying afterwards are jsdiff's own (its public `wordDiff` methods), so only the search is ours.
 * test/edit-script.test.ts compares both with jsdiff on generated input, and would catch a jsdiff upgrade that
 * changes its search.
 */

const enum Run {
  Kept = 0,
  Added = 1,
  Removed = 2,
}

/** Change runs as a linked list in parallel arrays, most recent last; a run is never changed once made. */
class RunPool {
  counts: number[] = [];
  kinds: Run[] = [];
  previous: number[] = [];

  add(count: number, kind: Run, previous: number): number {
    this.counts.push(count);
    this.kinds.push(kind);
    this.previous.push(previous);
    return this.counts.length - 1;
  }
}

/** Values as numbers, equal when their keys are (for jsdiff's word diff: the trimmed token texts). */
function tokenNumbers(oldTokens: readonly string[], newTokens: readonly string[], keyOf: (token: string) => string): [Int32Array, Int32Array] {
  const numbers = new Map<string, number>();
  const numberOf = (tokens: readonly string[]) => {
    const result = new Int32Array(tokens.length);
    for (let index = 0; index < tokens.length; index += 1) {
      const key = keyOf(tokens[index]!);
      let number = numbers.get(key);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(key, number);
      }
      result[index] = number;
    }
    return result;
  };
  return [numberOf(oldTokens), numberOf(newTokens)];
}

const NO_RUN = -1;

/**
 * The change runs of the shortest edit script from `old` to `nu`, newest last as pool indexes, or undefined past
 * `maxEditLength` edits. A transcription of jsdiff's `diffWithOptionsObj` (diff/base.js), step for step.
 */
function editScript(old: Int32Array, nu: Int32Array, maxEditLength: number, pool: RunPool): number | undefined {
  const oldLen = old.length;
  const newLen = nu.length;
  const limit = Math.min(maxEditLength, oldLen + newLen);
  // bestPath[k] of jsdiff, k from -(limit + 1) to limit + 1.
  const offset = limit + 1;
  const size = 2 * offset + 1;
  const alive = new Uint8Array(size);
  const oldPositions = new Int32Array(size);
  const lastRuns = new Int32Array(size);

  /** Follows the diagonal from a path's end while the tokens are equal; returns the new position. */
  const extractCommon = (slot: number, diagonal: number): number => {
    let oldPos = oldPositions[slot]!;
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && old[oldPos + 1] === nu[newPos + 1]) {
      newPos += 1;
      oldPos += 1;
      common += 1;
    }
    if (common > 0) lastRuns[slot] = pool.add(common, Run.Kept, lastRuns[slot]!);
    oldPositions[slot] = oldPos;
    return newPos;
  };

  alive[offset] = 1;
  oldPositions[offset] = -1;
  lastRuns[offset] = NO_RUN;
  let newPos = extractCommon(offset, 0);
  if (oldPositions[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return lastRuns[offset];

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= limit; editLength += 1) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const slot = diagonal + offset;
      const removeSlot = slot - 1;
      const addSlot = slot + 1;
      const hasRemove = alive[removeSlot] === 1;
      const hasAdd = alive[addSlot] === 1;
      // Read both before this slot is written; the remove path is used by no one after this diagonal.
      const removeOldPos = oldPositions[removeSlot]!;
      const removeRun = lastRuns[removeSlot]!;
      const addOldPos = oldPositions[addSlot]!;
      const addRun = lastRuns[addSlot]!;
      if (hasRemove) alive[removeSlot] = 0;
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = addOldPos - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        alive[slot] = 0;
        continue;
      }
      const adding = !canRemove || (canAdd && removeOldPos < addOldPos);
      const kind = adding ? Run.Added : Run.Removed;
      const fromRun = adding ? addRun : removeRun;
      oldPositions[slot] = adding ? addOldPos : removeOldPos + 1;
      // Consecutive steps of one kind make one run (a new run object: the old one may be shared by other paths).
      lastRuns[slot] =
        fromRun !== NO_RUN && pool.kinds[fromRun] === kind
          ? pool.add(pool.counts[fromRun]! + 1, kind, pool.previous[fromRun]!)
          : pool.add(1, kind, fromRun);
      alive[slot] = 1;
      newPos = extractCommon(slot, diagonal);
      if (oldPositions[slot]! + 1 >= oldLen && newPos + 1 >= newLen) return lastRuns[slot];
      if (oldPositions[slot]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

/** The change objects jsdiff's buildValues makes of the runs, text joined as its word diff joins tokens. */
function changeObjects(lastRun: number, pool: RunPool, oldTokens: string[], newTokens: string[]): ChangeObject<string>[] {
  const runs: number[] = [];
  for (let run = lastRun; run !== NO_RUN; run = pool.previous[run]!) runs.push(run);
  runs.reverse();
  const changes: ChangeObject<string>[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const run of runs) {
    const count = pool.counts[run]!;
    const kind = pool.kinds[run]!;
    if (kind === Run.Removed) {
      changes.push({ count, added: false, removed: true, value: wordDiff.join(oldTokens.slice(oldPos, oldPos + count)) });
      oldPos += count;
    } else {
      changes.push({ count, added: kind === Run.Added, removed: false, value: wordDiff.join(newTokens.slice(newPos, newPos + count)) });
      newPos += count;
      if (kind === Run.Kept) oldPos += count;
    }
  }
  return changes;
}

/** `diffWords(oldText, newText, { maxEditLength })` of jsdiff: the same changes, or undefined past the limit. */
export function diffWordsFast(oldText: string, newText: string, maxEditLength: number): ChangeObject<string>[] | undefined {
  const options = { maxEditLength };
  const oldTokens = wordDiff.removeEmpty(wordDiff.tokenize(oldText, options));
  const newTokens = wordDiff.removeEmpty(wordDiff.tokenize(newText, options));
  const [old, nu] = tokenNumbers(oldTokens, newTokens, (token) => token.trim());
  const pool = new RunPool();
  const lastRun = editScript(old, nu, maxEditLength, pool);
  if (lastRun === undefined) return undefined;
  return wordDiff.postProcess(changeObjects(lastRun, pool, oldTokens, newTokens), options);
}

export interface ArrayRun {
  count: number;
  added: boolean;
  removed: boolean;
}

/**
 * `diffArrays(oldValues, newValues, { maxEditLength })` of jsdiff for strings compared with `===`, as runs without
 * their values (callers slice their own arrays), or undefined past the limit.
 */
export function diffStringArraysFast(oldValues: readonly string[], newValues: readonly string[], maxEditLength: number): ArrayRun[] | undefined {
  const [old, nu] = tokenNumbers(oldValues, newValues, (value) => value);
  const pool = new RunPool();
  const lastRun = editScript(old, nu, maxEditLength, pool);
  if (lastRun === undefined) return undefined;
  const runs: ArrayRun[] = [];
  for (let run = lastRun; run !== NO_RUN; run = pool.previous[run]!) {
    runs.push({ count: pool.counts[run]!, added: pool.kinds[run] === Run.Added, removed: pool.kinds[run] === Run.Removed });
  }
  return runs.reverse();
}
