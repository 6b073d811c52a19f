/**
 * Pure parsers for the output of the git commands `git.ts` runs. Kept apart from the spawning so that they are
 * tested on inline strings (like changelogen's `parseGitCommit`), and so that `git.ts` stays about processes.
 */

export interface Trailer {
  key: string;
  value: string;
}

export interface CommitInfo {
  hash: string;
  /** First parent first; empty for a root commit (and for the cut-off end of a shallow clone). */
  parents: string[];
  author: string;
  authorEmail: string;
  /** ISO 8601 with the author's own offset, as `%aI` gives it. */
  authorDate: string;
  committerDate: string;
  subject: string;
  /** The message after the subject, trailers included, trimmed. */
  body: string;
  trailers: Trailer[];
}

/** What one commit did to the followed file: git's raw status letter, blobs and paths. */
export interface RawFileChange {
  commit: CommitInfo;
  /** `A` added, `M` modified, `D` deleted, `R` renamed, `C` copied, `T` type changed. */
  status: string;
  /** Path after the commit (the old path for `D`). */
  path: string;
  /** Path before the commit when it differs (renames, copies). */
  previousPath?: string;
  /** Blob before the commit, `undefined` when the file did not exist. */
  previousBlob?: string;
  /** Blob after the commit, `undefined` when the commit deleted it. */
  blob?: string;
  previousMode: string;
  mode: string;
}

const RS = '\x1e';
const US = '\x1f';
const GS = '\x1d';

/**
 * `--format` for `git log -z --raw`: a record separator before each commit, unit separators between fields,
 * trailers joined by a group separator. None of these characters occurs in a commit message that git accepts
 * from an editor, and a message that did contain them would only garble its own record.
 */
export const LOG_FORMAT = `${RS}%H${US}%P${US}%an${US}%ae${US}%aI${US}%cI${US}%s${US}%b${US}%(trailers:unfold,separator=%x1d)${US}`
  .replaceAll(RS, '%x1e')
  .replaceAll(US, '%x1f')
  .replaceAll(GS, '%x1d');

const ZERO_OID = /^0+$/;

export function parseTrailers(text: string): Trailer[] {
  return text
    .split(GS)
    .map((line) => /^([A-Za-z0-9-]+)\s*:\s*(.*)$/s.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ key: match[1]!, value: match[2]!.trim() }));
}

function parseCommit(fields: string[]): CommitInfo {
  const [hash = '', parents = '', author = '', authorEmail = '', authorDate = '', committerDate = '', subject = '', body = '', trailers = ''] =
    fields;
  return {
    hash,
    parents: parents.split(' ').filter((parent) => parent !== ''),
    author,
    authorEmail,
    authorDate,
    committerDate,
    subject,
    body: body.trim(),
    trailers: parseTrailers(trailers),
  };
}

/**
 * Raw entries of one commit, NUL-separated by `-z`: `:<mode> <mode> <oid> <oid> <status>`, then one path, or two
 * for renames and copies (`R086`, `C100`). `--follow` keeps one entry per commit, the followed file.
 */
function parseRawEntries(commit: CommitInfo, text: string): RawFileChange[] {
  const tokens = text.split('\0').map((token) => token.replace(/^\n+/, ''));
  const changes: RawFileChange[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (!token.startsWith(':')) continue;
    const [previousMode = '', mode = '', previousOid = '', oid = '', status = ''] = token.slice(1).split(' ');
    const letter = status.charAt(0);
    const twoPaths = letter === 'R' || letter === 'C';
    const first = tokens[index + 1] ?? '';
    const second = twoPaths ? (tokens[index + 2] ?? '') : first;
    index += twoPaths ? 2 : 1;
    const change: RawFileChange = { commit, status: letter, path: second, previousMode, mode };
    if (twoPaths && first !== second) change.previousPath = first;
    if (!ZERO_OID.test(previousOid)) change.previousBlob = previousOid;
    if (!ZERO_OID.test(oid)) change.blob = oid;
    changes.push(change);
  }
  return changes;
}

/** Parses `git log -z --raw --format=LOG_FORMAT` output, newest commit first as git prints it. */
export function parseRawLog(output: string): RawFileChange[] {
  const changes: RawFileChange[] = [];
  for (const record of output.split(RS)) {
    if (record === '') continue;
    const fields = record.split(US);
    // Nine fields, then what follows the last separator: the raw entries.
    const commit = parseCommit(fields.slice(0, 9));
    changes.push(...parseRawEntries(commit, fields.slice(9).join(US)));
  }
  return changes;
}

export interface BatchObject {
  oid: string;
  /** `blob`, `tree`, …, or `missing` when git does not have the object. */
  type: string;
  size: number;
  /** Absent for a missing object, and for one over the size limit (its bytes are skipped, never buffered). */
  content?: Buffer;
}

/**
 * Incremental parser of `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object, or
 * `<name> missing\n`. Fed chunk by chunk, so that 50 MB of history is never held as one buffer.
 */
export class BatchParser {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private header: { oid: string; type: string; size: number } | undefined;
  /** Bytes of an oversized object still to be skipped. */
  private skipping = 0;

  constructor(
    private readonly onObject: (object: BatchObject) => void,
    private readonly maxSize = Number.POSITIVE_INFINITY,
  ) {}

  push(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    for (;;) {
      if (this.skipping > 0) {
        const skipped = Math.min(this.skipping, this.pendingLength);
        this.skipping -= skipped;
        this.keep(this.take().subarray(skipped));
        if (this.skipping > 0) return;
      }
      if (this.header === undefined) {
        const buffer = this.take();
        const newline = buffer.indexOf(0x0a);
        if (newline === -1) return;
        const line = buffer.subarray(0, newline).toString('utf8');
        this.keep(buffer.subarray(newline + 1));
        const [oid = '', type = '', size] = line.split(' ');
        if (type === 'missing' || size === undefined) {
          this.onObject({ oid, type: 'missing', size: 0 });
          continue;
        }
        this.header = { oid, type, size: Number(size) };
        if (this.header.size > this.maxSize) {
          this.onObject(this.header);
          this.skipping = this.header.size + 1;
          this.header = undefined;
          continue;
        }
      }
      // Content plus the newline git writes after it.
      if (this.pendingLength < this.header.size + 1) return;
      const buffer = this.take();
      const content = Buffer.from(buffer.subarray(0, this.header.size));
      this.keep(buffer.subarray(this.header.size + 1));
      this.onObject({ ...this.header, content });
      this.header = undefined;
    }
  }

  private take(): Buffer {
    if (this.pending.length !== 1) this.pending = [Buffer.concat(this.pending, this.pendingLength)];
    return this.pending[0] ?? Buffer.alloc(0);
  }

  private keep(rest: Buffer): void {
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingLength = rest.length;
  }
}
