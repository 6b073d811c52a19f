// How the benches time a command: wall time, time to its first byte on stdout, CPU time and peak memory (from
// /usr/bin/time, or from the probe inside a node child where there is none), and the size of what it printed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HAVE_TIME = existsSync('/usr/bin/time');
const rssProbe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { maxBuffer: 1 << 30, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * One run of `command args` in `cwd`, its stdout read as it comes (as a pipe to a pager or a file would take it):
 * `ms` wall, `firstByteMs` until the first byte of stdout, `cpuMs` user + system (NaN without /usr/bin/time),
 * `peakMb` peak RSS, `bytes` printed; `stdout` kept when `keep` is set. A node script (`.js`/`.mjs` first
 * argument of process.execPath) is measured by the probe where /usr/bin/time is missing.
 */
export function measure(command, args, cwd, { keep = false } = {}) {
  const probe = !HAVE_TIME && command === process.execPath;
  const [program, programArgs] =
    HAVE_TIME ? ['/usr/bin/time', ['-f', '%M %U %S', command, ...args]]
    : probe ? [command, [rssProbe, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - start) / 1e6;
    const child = spawn(program, programArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstByteMs;
    let bytes = 0;
    const chunks = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => {
      firstByteMs ??= since();
      bytes += chunk.length;
      if (keep) chunks.push(chunk);
    });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = since();
      const errors = Buffer.concat(stderr).toString();
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${errors}`));
      const last = errors.trim().split('\n').at(-1);
      const [kb, user, system] = HAVE_TIME ? last.split(' ').map(Number) : [Number(/maxrss (\d+)/.exec(last)?.[1] ?? NaN), NaN, NaN];
      resolve({ ms, firstByteMs: firstByteMs ?? ms, cpuMs: (user + system) * 1000, peakMb: kb / 1024, bytes, stdout: keep ? Buffer.concat(chunks) : undefined });
    });
  });
}

/** `runs` runs of a command, one after another: medians of times, the highest peak memory, the first run's output. */
export async function measureRuns(command, args, cwd, runs, options = {}) {
  const samples = [];
  for (let index = 0; index < runs; index += 1) samples.push(await measure(command, args, cwd, { keep: options.keep === true && index === 0 }));
  return {
    ms: median(samples.map((sample) => sample.ms)),
    firstByteMs: median(samples.map((sample) => sample.firstByteMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    peakMb: Math.max(...samples.map((sample) => sample.peakMb)),
    bytes: samples[0].bytes,
    stdout: samples[0].stdout,
  };
}
