/**
 * Warnings that do not stop a run (a file read as Windows-1252, …): collected as they arise, each once, and printed
 * on stderr after the command's output, so that they neither break a progress line nor come before the result.
 */
const pending: string[] = [];

export function warn(message: string): void {
  if (!pending.includes(message)) pending.push(message);
}

export function flushWarnings(): void {
  for (const message of pending.splice(0)) process.stderr.write(`policydiff: ${message}\n`);
}
