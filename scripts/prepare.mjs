// npm's `prepare`: builds dist/, so that every way of installing from the source gives a working `policydiff`.
// `npm ci` or `npm install` in a clone and `npm link` run it with the dependencies in place. `npm install -g .` links
// the clone without installing its dependencies, and `npm install -g <git url>` installs them into the global folder
// instead of the clone (npm/cli#8440); in both the build's own tools are missing, so they are installed into the
// clone first, from its lockfile, without scripts (this one included).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The npm that runs this script, else the one on the PATH.
const npmCli = process.env.npm_execpath;
const npm = npmCli !== undefined && /npm-cli\.c?js$/.test(npmCli) ? [process.execPath, npmCli] : ['npm'];

function run(args) {
  const [command, ...rest] = [...npm, ...args];
  const result = spawnSync(command, rest, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const buildTools = ['typescript', 'esbuild'];
if (buildTools.some((name) => !existsSync(`node_modules/${name}/package.json`))) {
  run(['ci', '--global=false', `--prefix=${process.cwd()}`, '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
}
run(['run', 'build']);
