import { constants } from 'node:os';
import { updateFileAtomic, writeFileAtomic, type WriteOptions } from '../write.js';

/**
 * Ctrl-C (SIGINT) or a CI job's SIGTERM that lands in the middle of a write would, with Node's default handling,
 * kill the process between creating the temp file and renaming it, leaving `.CHANGELOG.md.1a2b3c.tmp` behind. While
 * a file is written these signals are caught instead: the write is synchronous, so the handler runs only once the
 * rename is done (or the temp file removed after a failure), and then exits with the shell's code for the signal
 * (130, 143). Outside writes the default stays, so that Ctrl-C stops a long diff at once.
 */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function exitForSignal(signal: NodeJS.Signals): never {
  process.exit(128 + constants.signals[signal]);
}

/** Runs `write` (synchronous) with SIGINT and SIGTERM held until it is done. */
function uninterrupted<T>(write: () => T): T {
  for (const signal of SIGNALS) process.on(signal, exitForSignal);
  try {
    return write();
  } finally {
    // A signal that arrived during the write is dispatched when the event loop next polls; removing the handler
    // before that would drop it. Two turns of setImmediate reach that poll (one does not).
    setImmediate(() => setImmediate(() => SIGNALS.forEach((signal) => process.off(signal, exitForSignal))));
  }
}

export function writeFileUninterrupted(path: string, data: string | Uint8Array | readonly string[], options: WriteOptions = {}): void {
  uninterrupted(() => writeFileAtomic(path, data, options));
}

/** `updateFileAtomic` (read, change and write under the file's lock), uninterrupted. */
export function updateFileUninterrupted(path: string, update: (current: Buffer | undefined) => Uint8Array | undefined, options: WriteOptions = {}): boolean {
  return uninterrupted(() => updateFileAtomic(path, update, options));
}
