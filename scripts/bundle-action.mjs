// Bundles what the GitHub Action runs (action/main.mjs: the CLI, node_modules included) into one file,
// action/dist/index.js, committed so that a run needs neither `npm ci` nor a build. `--out <file>` writes it
// elsewhere: test/action.test.ts builds a fresh one that way and fails when the committed file differs.
// The bundle reads src/lexicons and package.json at run time, two folders up, as dist/cli-bundle does.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const outfile = outIndex === -1 ? 'action/dist/index.js' : process.argv[outIndex + 1];
if (outfile === undefined) throw new Error('--out needs a file name');
await build({
  ...nodeBundle,
  // Paths in the bundle's comments are relative to this folder: the same file from every checkout.
  absWorkingDir: root,
  entryPoints: ['action/main.mjs'],
  outfile,
});
