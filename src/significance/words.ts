/**
 * What a word-level edit of one sentence amounts to: a spelling fix, a rewording, or new words. The engine's
 * word diff (jsdiff diffWords) gives runs of kept, removed and added text; this groups them into hunks.
 */
import type { WordChange } from '../model.js';
import { isTypoPair } from './facts.js';

export interface WordEdit {
  added: string[];
  removed: string[];
  unmatchedAdded: string[];
  unmatchedRemoved: string[];
  /** Every removed word is a misspelling of an added one and the other way round. */
  typo: boolean;
  /** The edits as "old → new", "+new", "−old", for showing. */
  hunks: string[];
  /** The added and the removed runs of words, as they stand in the new and the old sentence. */
  addedPhrases: string[];
  removedPhrases: string[];
  /** Added runs with nothing removed in their place. */
  insertions: string[];
}

const TOKEN = /[\p{L}\p{N}'’-]+/gu;
/** Above this many added × removed words an edit is a rewrite, not a spelling fix, and its words are not paired. */
const MAX_TYPO_PAIRS = 250_000;

export function wordEdit(words: WordChange[]): WordEdit {
  const added: string[] = [];
  const removed: string[] = [];
  const hunks: string[] = [];
  const addedPhrases: string[] = [];
  const removedPhrases: string[] = [];
  const insertions: string[] = [];
  let hunk: { removed: string; added: string } | undefined;
  const flush = () => {
    if (hunk === undefined) return;
    const [gone, nu] = [hunk.removed.trim(), hunk.added.trim()];
    if (gone !== '' || nu !== '') hunks.push(gone === '' ? `+${nu}` : nu === '' ? `−${gone}` : `${gone} → ${nu}`);
    if (nu !== '') addedPhrases.push(nu);
    if (gone !== '') removedPhrases.push(gone);
    if (gone === '' && nu !== '') insertions.push(hunk.added);
    hunk = undefined;
  };
  for (const word of words) {
    if (word.type === 'kept') {
      if (word.text.trim() !== '') flush();
      continue;
    }
    hunk ??= { removed: '', added: '' };
    hunk[word.type] += word.text;
    const tokens = word.type === 'added' ? added : removed;
    for (const token of word.text.matchAll(TOKEN)) tokens.push(token[0]);
  }
  flush();
  const unmatchedAdded = [...added];
  const unmatchedRemoved: string[] = [];
  // A spelling fix is a few words; pairing every removed word with every added one of a rewrite is quadratic.
  if (added.length * removed.length > MAX_TYPO_PAIRS) {
    return { added, removed, unmatchedAdded, unmatchedRemoved: [...removed], typo: false, hunks, addedPhrases, removedPhrases, insertions };
  }
  for (const token of removed) {
    const index = unmatchedAdded.findIndex((candidate) => isTypoPair(token, candidate));
    if (index === -1) unmatchedRemoved.push(token);
    else unmatchedAdded.splice(index, 1);
  }
  const typo = added.length > 0 && unmatchedAdded.length === 0 && unmatchedRemoved.length === 0 && added.length === removed.length;
  return { added, removed, unmatchedAdded, unmatchedRemoved, typo, hunks, addedPhrases, removedPhrases, insertions };
}
