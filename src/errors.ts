/**
 * Every failure a user can cause, each with its own exit code. The CLI maps them in one place; anything else is
 * an internal error and says how to report it. Codes are part of the public contract (see docs/bad-input.md "Exit codes").
 */
export const ExitCode = {
  ok: 0,
  /** `--fail-on` threshold reached. */
  threshold: 1,
  usage: 2,
  input: 3,
  notARepository: 4,
  unknownRevision: 5,
  untrackedFile: 6,
  shallowHistory: 7,
  config: 8,
  write: 9,
  /** GitHub's API failed or refused (other than a fork's read-only token, which falls back to the job summary). */
  github: 10,
  /** A clone run before its build (`dist/` missing). bin/policydiff.js exits with it without loading any of this. */
  notBuilt: 11,
  internal: 70,
} as const;

export type ExitCodeName = keyof typeof ExitCode;

export class PolicydiffError extends Error {
  readonly exitCode: number;
  constructor(
    readonly kind: ExitCodeName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PolicydiffError';
    this.exitCode = ExitCode[kind];
  }
}

export const usageError = (message: string) => new PolicydiffError('usage', message);
export const inputError = (message: string, cause?: unknown) => new PolicydiffError('input', message, { cause });

/** Quote user-provided text in a message without letting it span lines or run on. */
export function quote(value: string, max = 80): string {
  const oneLine = value.replace(/[\r\n\t]+/g, ' ');
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  // JSON escapes C0 controls; DEL and the C1 controls (a terminal's CSI is U+009B) are escaped the same way.
  return JSON.stringify(cut).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
