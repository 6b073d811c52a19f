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
/** git's `{ key, value }` list (as `git log --format=%(trailers)` yields it) → values by key. */
export function trailerRecord(list: readonly { key: string; value: string }[]): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const { key, value } of list) (record[key] ??= []).push(value);
  return record;
}

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
/** The byte that starts each commit's record in `git log --format=LOG_FORMAT` output. */
export const RECORD_SEPARATOR = 0x1e;
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
    for (const change of parseRawEntries(commit, fields.slice(9).join(US))) changes.push(change);
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

/** The header line `cat-file --batch` writes before each object (without its newline): `<oid> <type> <size>`, or `<name> missing`. */
export function parseBatchHeader(line: string): { oid: string; type: string; size: number } {
  const [oid = '', type = '', size] = line.split(' ');
  return type === 'missing' || size === undefined ? { oid, type: 'missing', size: 0 } : { oid, type, size: Number(size) };
}

/** Blob contents are copied into shared buffers of this size (one larger object gets one of its own). */
const ARENA_BYTES = 4 * 1024 * 1024;

/**
 * Incremental parser of `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object, or
 * `<name> missing\n`. Fed chunk by chunk, so that 50 MB of history is never held as one buffer. Each content is
 * copied once, natively, into a shared arena as its bytes arrive (not concatenated with what is pending, and not
 * allocated a buffer of its own): a thousand 50 KB versions are then a dozen allocations, not thousands of copies
 * for the garbage collector to track. The chunks pushed are never retained.
 */
export class BatchParser {
  /** An unfinished header line, when a chunk ended inside it. */
  private partialHeader: Buffer | undefined;
  private header: { oid: string; type: string; size: number } | undefined;
  /** Where the current object's content goes, and how many of its bytes have arrived. */
  private content: Buffer | undefined;
  private filled = 0;
  /** Bytes of an oversized object (plus its newline) still to be skipped, or the newline after a content. */
  private skipping = 0;
  private arena = Buffer.alloc(0);
  private arenaUsed = 0;

  constructor(
    private readonly onObject: (object: BatchObject) => void,
    private readonly maxSize = Number.POSITIVE_INFINITY,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skipping > 0) {
        const skipped = Math.min(this.skipping, chunk.length - at);
        this.skipping -= skipped;
        at += skipped;
        continue;
      }
      if (this.header === undefined) {
        const newline = chunk.indexOf(0x0a, at);
        if (newline === -1) {
          this.partialHeader = Buffer.concat([this.joinHeader(chunk.subarray(at))]);
          return;
        }
        const line = this.joinHeader(chunk.subarray(at, newline)).toString('utf8');
        this.partialHeader = undefined;
        at = newline + 1;
        this.startObject(line);
        continue;
      }
      const content = this.content!;
      const copied = chunk.copy(content, this.filled, at, Math.min(chunk.length, at + content.length - this.filled));
      this.filled += copied;
      at += copied;
      if (this.filled === content.length) this.finishObject();
    }
  }

  private joinHeader(part: Buffer): Buffer {
    return this.partialHeader === undefined ? part : Buffer.concat([this.partialHeader, part]);
  }

  private startObject(line: string): void {
    const header = parseBatchHeader(line);
    if (header.type === 'missing') {
      this.onObject(header);
      return;
    }
    if (header.size > this.maxSize) {
      this.onObject(header);
      this.skipping = header.size + 1;
      return;
    }
    this.header = header;
    this.content = this.allocate(header.size);
    this.filled = 0;
    if (header.size === 0) this.finishObject();
  }

  private finishObject(): void {
    const object = { ...this.header!, content: this.content! };
    this.header = undefined;
    this.content = undefined;
    // The newline git writes after each content.
    this.skipping = 1;
    this.onObject(object);
  }

  private allocate(size: number): Buffer {
    if (size > ARENA_BYTES) return Buffer.allocUnsafeSlow(size);
    if (this.arenaUsed + size > this.arena.length) {
      this.arena = Buffer.allocUnsafeSlow(ARENA_BYTES);
      this.arenaUsed = 0;
    }
    const part = this.arena.subarray(this.arenaUsed, this.arenaUsed + size);
    this.arenaUsed += size;
    return part;
  }
}

/** What the index changed against a commit: deleted paths, and moved files by their new path (→ old path). */
export interface StagedChanges {
  deleted: string[];
  renamed: Map<string, string>;
}

/** Parses `git diff --cached -M --diff-filter=DR --name-status -z`: `D\0path\0`, `R086\0old\0new\0`. */
export function parseStagedChanges(output: string): StagedChanges {
  const tokens = output.split('\0');
  const changes: StagedChanges = { deleted: [], renamed: new Map() };
  for (let index = 0; index < tokens.length - 1; ) {
    const status = tokens[index]!;
    if (status.startsWith('R')) {
      changes.renamed.set(tokens[index + 2]!, tokens[index + 1]!);
      index += 3;
    } else {
      if (status === 'D') changes.deleted.push(tokens[index + 1]!);
      index += 2;
    }
  }
  return changes;
}
