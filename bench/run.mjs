// `npm run bench`: every benchmark, one after another (`npm run bench -- history` runs the ones whose name
// matches). Each is a script of its own that prints its table; add new ones to the list.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = ['diff-sizes.mjs', 'history.mjs', 'capture-history.mjs', 'action.mjs', 'hostile.mjs'];
const filter = process.argv[2];
let failed = false;
for (const name of BENCHES.filter((bench) => filter === undefined || bench.includes(filter))) {
  console.log(`\n# ${name}`);
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(name, import.meta.url))], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exitCode = failed ? 1 : 0;
