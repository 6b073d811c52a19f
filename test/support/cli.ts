import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const binPath = fileURLToPath(new URL('../../bin/policydiff.js', import.meta.url));

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real, built CLI binary (the test script builds before it tests). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temp folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policydiff-test-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
