import { existsSync, readFileSync } from 'node:fs';
import { decodeText, type PolicyEncoding } from '../document/decode.js';
import { editedBytes } from '../entries/lines.js';
import { inputError, quote } from '../errors.js';
import { writeTarget, type WriteOptions } from '../write.js';
import { updateFileUninterrupted } from './interrupt.js';
import { warn } from './warnings.js';

/**
 * Files people keep and policydiff adds to (CHANGELOG.md, the policy's own change list, fastlane's release notes):
 * read in their own encoding, changed as text, and written back with every line the change did not touch byte for
 * byte, under the file's lock so that two runs lose nothing (see write.ts).
 */

export interface EditOptions {
  /** Read and change, but write nothing (the checks of a write are made all the same). */
  dryRun: boolean;
  /** A file that does not exist is edited as empty (and created) instead of refused. */
  missingOk: boolean;
  write: WriteOptions;
}

/** The text before and after `edit`; `written` when the file was changed. */
export interface Edited {
  before: string;
  after: string;
  written: boolean;
}

function decodeFile(bytes: Buffer | undefined, shown: string, missingOk: boolean): { text: string; encoding: PolicyEncoding } {
  if (bytes === undefined) {
    if (missingOk) return { text: '', encoding: 'utf-8' };
    throw inputError(`${quote(shown)} does not exist in the working tree: check it out, or run from the repository that has it`);
  }
  return decodeText(bytes, quote(shown), warn, 'give a text file');
}

export function editTextFile(path: string, shown: string, edit: (text: string) => string, options: EditOptions): Edited {
  const write: WriteOptions = { ...options.write, shown };
  if (options.dryRun) {
    const target = writeTarget(path, write);
    const { text } = decodeFile(existsSync(target) ? readFileSync(target) : undefined, shown, options.missingOk);
    return { before: text, after: edit(text), written: false };
  }
  let before = '';
  let after = '';
  const written = updateFileUninterrupted(
    path,
    (bytes) => {
      const file = decodeFile(bytes, shown, options.missingOk);
      before = file.text;
      after = edit(file.text);
      if (after === before) return undefined;
      return bytes === undefined ? Buffer.from(after, 'utf8') : editedBytes(bytes, file.encoding, after, quote(shown));
    },
    write,
  );
  return { before, after, written };
}
