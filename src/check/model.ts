import type { PolicyChange } from '../history/history.js';
import type { PolicyDiff, PolicyDocument, SourceFormat } from '../model.js';

/** One policy file as the checks see it: its text at the head, and what happened to it since the base. */
export interface CheckedFile {
  /** Repository-relative path at the head. */
  file: string;
  /** The text at the head. */
  text: string;
  /** The text at the base, when the file existed then and changed since. */
  before?: string;
  document: PolicyDocument;
  format?: SourceFormat;
  /** One change per commit since the base, newest first, each classified. */
  changes: PolicyChange[];
  /** Base → head in one diff, classified; absent when the file did not change since the base. */
  diff?: PolicyDiff;
}
