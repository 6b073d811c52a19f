// Bundles the CLI (tsc's dist/cli/main.js and everything it imports, node_modules included) into a few ESM files in
// dist/cli-bundle, which bin/policydiff.js runs. Node resolves, reads and compiles the modules of an ESM graph one
// by one; for the ~90 modules a command loaded that was most of what policydiff's start-up adds to Node's own.
// dist/ itself stays tsc's output: the library that `import 'policydiff'` loads.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.mjs';

const outdir = 'dist/cli-bundle';
// Chunk names carry a content hash: without this, every build would leave the last one's chunks behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/main.js'],
  ...nodeBundle,
  outdir,
  // Each command's module (main.ts imports only the one being run) stays a chunk of its own, loaded when needed.
  splitting: true,
  // Source maps chained to tsc's: `node --enable-source-maps` shows an internal error's stack in src/*.ts.
  sourcemap: true,
});
