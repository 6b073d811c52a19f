import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, runCli, tempDir } from './support/cli.js';
import { seed } from './support/fixtures.js';

/**
 * An interrupted run leaves the old file intact and no temp file behind. The report written is large (2.5 MB), so
 * that its write takes a while; the signal is sent the moment the temp file appears (the widest target for a bad
 * interruption) and at varied delays besides. After each run the report must be the old one or the whole new one,
 * byte for byte, and no `.*.tmp` may remain.
 */

const OLD_REPORT = '<p>the report of last week</p>\n';

function bigPolicies(dir: string): { oldPath: string; newPath: string } {
  mkdirSync(dir, { recursive: true });
  const base = seed('001');
  const copies = Math.ceil(1_000_000 / base.length);
  const oldText = Array.from({ length: copies }, (_, i) => base.replace(/^(\p{Lu}[^.\n]{2,60})$/gmu, `$1 ${i}`)).join('\n');
  const oldPath = join(dir, 'old.txt');
  const newPath = join(dir, 'new.txt');
  writeFileSync(oldPath, oldText);
  writeFileSync(newPath, oldText.replace(/lagras/g, 'sparas'));
  return { oldPath, newPath };
}

interface Interrupted {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  sawTemp: boolean;
}

/** Runs the CLI and sends `signal` when the temp file appears (`delayMs` undefined) or after `delayMs`. */
function runInterrupted(args: string[], dir: string, signal: NodeJS.Signals, delayMs?: number): Promise<Interrupted> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let sawTemp = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const watcher = watch(dir, (_event, name) => {
      if (name === null || !/^\.report\.html\..*\.tmp$/.test(name)) return;
      sawTemp = true;
      if (delayMs === undefined) child.kill(signal);
    });
    const timer = delayMs === undefined ? undefined : setTimeout(() => child.kill(signal), delayMs);
    child.on('close', (status, killedBy) => {
      watcher.close();
      clearTimeout(timer);
      done({ status, signal: killedBy, stderr, sawTemp });
    });
  });
}

describe('an interrupted write', () => {
  const dir = tempDir();

  it('leaves the old report or the whole new one, and no temp file, whenever SIGINT or SIGTERM arrives', async () => {
    const { oldPath, newPath } = bigPolicies(dir);
    const args = ['diff', oldPath, newPath, '--html', 'report.html'];
    const reportPath = join(dir, 'report.html');
    expect(runCli(args, { cwd: dir }).status).toBe(0);
    const newReport = readFileSync(reportPath, 'utf8');
    expect(newReport.length).toBeGreaterThan(2_000_000);

    const rounds: Array<[NodeJS.Signals, number | undefined]> = [];
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (let round = 0; round < 2; round += 1) rounds.push([signal, undefined]);
      for (const delay of [200, 600, 1000]) rounds.push([signal, delay]);
    }
    let hitDuringWrite = 0;
    for (const [signal, delay] of rounds) {
      writeFileSync(reportPath, OLD_REPORT);
      const run = await runInterrupted(args, dir, signal, delay);
      const report = readFileSync(reportPath, 'utf8');
      expect(report === OLD_REPORT || report === newReport, `${signal} after ${delay ?? 'temp file'}: torn report`).toBe(true);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp')), `${signal} after ${delay ?? 'temp file'}`).toEqual([]);
      expect(run.stderr).not.toMatch(/internal error|\n.*\n/);
      if (delay === undefined && run.sawTemp) {
        // Sent once the write had begun: the whole report is there. The exit is the shell's code for the signal when
        // it landed during the write, or death by the signal when the write was over before it arrived.
        hitDuringWrite += 1;
        expect(report).toBe(newReport);
        if (run.status === null) expect(run.signal).toBe(signal);
        else expect([0, signal === 'SIGINT' ? 130 : 143]).toContain(run.status);
      }
    }
    // The test is only worth something if signals really landed while the temp file existed.
    expect(hitDuringWrite).toBeGreaterThan(0);
  });

  it('keeps the old file when the disk is full (a file size limit): exit 9 and one line', () => {
    const { oldPath, newPath } = bigPolicies(dir);
    const reportPath = join(dir, 'report.html');
    writeFileSync(reportPath, OLD_REPORT);
    // `ulimit -f` (in KB) makes the write fail with EFBIG past 1 MB; bash ignores SIGXFSZ so that write() returns it.
    const script = `trap '' XFSZ; ulimit -f 1024; exec "$0" "$@"`;
    const result = spawnSync('bash', ['-c', script, process.execPath, binPath, 'diff', oldPath, newPath, '--html', 'report.html'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.status).toBe(9);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policydiff: cannot write "report.html": the file is larger than this system allows to write (ulimit -f or the file system\'s limit): raise the limit or free space\n');
    expect(readFileSync(reportPath, 'utf8')).toBe(OLD_REPORT);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
