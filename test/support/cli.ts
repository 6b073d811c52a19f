import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterThisTest } from './cleanup.js';

export const binPath = fileURLToPath(new URL('../../bin/policydiff.js', import.meta.url));

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** A user to run the CLI as (only root can switch): for what only a user without root's rights runs into. */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Runs the real, built CLI binary (the test script builds before it tests). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; as?: RunAs; timeoutMs?: number } = {}): RunResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    // A run that must not hang is killed after this long (status -1) instead of holding the test.
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const }),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    ...options.as,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Like runCli, without blocking the test's own event loop: needed when the CLI talks to a server the test runs.
 * `env` values of `undefined` remove the variable.
 */
export function runCliAsync(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return runProcess(process.execPath, [binPath, ...args], { cwd: options.cwd, env });
}

/** Any program, its output collected, without blocking the test's event loop. */
export function runProcess(command: string, args: string[], options: { cwd?: string | undefined; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ status: code ?? -1, stdout, stderr }));
  });
}

/** A temp folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policydiff-test-'));
  afterThisTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
