#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A policydiff run is one short burst of work: V8's optimising compiler, inlining callees into their callers,
// spent about as much CPU on its background threads as the main thread spent on the work (`log` of 1,000
// commits: 1.3 s of 2.9 s). Without inlining it compiles far less, and the main thread is no slower. Set before
// any code has been optimised, so every compilation sees it. Only on the Node versions whose V8 has the flag: an
// unknown one would print "unrecognized flag" on every run.
if (Number(process.versions.node.split('.')[0]) <= 24) setFlagsFromString('--no-turbo-inlining');

// The CLI as bundled by scripts/bundle-cli.mjs (`npm run build`): a handful of files to load instead of ~90 modules.
const cli = new URL('../dist/cli-bundle/main.js', import.meta.url);
if (!existsSync(cli)) {
  // A clone run before its build. 11 is ExitCode.notBuilt (src/errors.ts, which is not built either).
  const project = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  process.stderr.write(`policydiff: not built yet: run npm run build in ${project} (or npm ci, which builds it too)\n`);
  process.exit(11);
}
await import(cli.href);
