import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/index.js';
import { runProcess } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { makeRepo, scratchDir } from './support/repo.js';

/**
 * policydiff as a user gets it: the package npm would publish, installed globally into a prefix of its own, run as
 * `policydiff` from the PATH in another repository. Dependencies come from npm's cache when it has them
 * (`npm ci` put them there), so the test needs the registry only on a machine that never installed them.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The environment without what `npm test` sets for its own run (npm_config_*, npm_lifecycle_*), which would steer the npm run here. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, NO_COLOR: '1', ...extra };
}

describe('install', () => {
  it('npm pack → npm install -g <tarball> → policydiff --version and policydiff since <tag> in another repository', async () => {
    const work = scratchDir();
    // The test command built dist/ already: packing need not build it again.
    const pack = await runProcess('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, env: cleanEnv() });
    expect(pack.status, pack.stderr).toBe(0);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = packed!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['bin/policydiff.js', 'dist/cli-bundle/main.js', 'dist/index.js', 'dist/index.d.ts', 'package.json', 'README.md']));
    expect(files.filter((path) => path.startsWith('test/') || path.startsWith('fixtures/') || /^src\/.*\.ts$/.test(path))).toEqual([]);

    const prefix = join(work, 'prefix');
    const install = await runProcess(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', join(work, packed!.filename)],
      { cwd: work, env: cleanEnv() },
    );
    expect(install.status, install.stderr).toBe(0);

    const env = cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` });
    const repo = makeRepo([
      { message: 'Sekretesspolicy', date: '2021-09-03T10:00:00+03:00', files: { 'integritet.txt': fixture('history-001/v1.txt') }, tag: 'v1' },
      { message: 'Twilio', date: '2021-11-18T10:00:00+02:00', files: { 'integritet.txt': fixture('history-001/v2.txt') } },
    ]);
    expect(await runProcess('policydiff', ['--version'], { cwd: repo.dir, env })).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    const since = await runProcess('policydiff', ['since', 'v1'], { cwd: repo.dir, env });
    expect(since.stderr).toBe('');
    expect(since.status).toBe(0);
    expect(since.stdout.split('\n')[0]).toMatch(/^18\.11\.2021 Uppdaterade kapitel: Hur informationen används och Säkerhet; nya kapitel: Användaren har full kontroll över sin information\./);
  });

  it('run before a build: one line saying to run npm run build, with an exit code of its own', async () => {
    // A clone without dist/: the bin and package.json where they stand in the project.
    const clone = scratchDir();
    mkdirSync(join(clone, 'bin'));
    copyFileSync(join(root, 'bin/policydiff.js'), join(clone, 'bin/policydiff.js'));
    copyFileSync(join(root, 'package.json'), join(clone, 'package.json'));
    const result = await runProcess(process.execPath, [join(clone, 'bin/policydiff.js'), 'since', 'v1'], { cwd: clone, env: cleanEnv() });
    expect(result.status).toBe(ExitCode.notBuilt);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`policydiff: not built yet: run npm run build in ${clone} (or npm ci, which builds it too)\n`);
  });
});
