// The GitHub Action's entry point, bundled with everything it imports into action/dist/index.js by
// `npm run bundle:action`. That file is committed and is what action.yml runs: no npm ci, no build on a run.
import { setFlagsFromString } from 'node:v8';

// As bin/policydiff.js does, for the reason given there.
if (Number(process.versions.node.split('.')[0]) <= 24) setFlagsFromString('--no-turbo-inlining');

await import('../src/cli/main.ts');
