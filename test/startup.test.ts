import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { binPath, tempDir } from './support/cli.js';

const preload = fileURLToPath(new URL('./support/loaded-modules.mjs', import.meta.url));

/** The files Node loads to run the CLI with these arguments, and its exit status. */
function modulesLoaded(args: string[], cwd: string): { status: number | null; modules: string[] } {
  const result = spawnSync(process.execPath, ['--import', preload, binPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const line = result.stderr.split('\n').find((text) => text.startsWith('loaded modules: '));
  if (line === undefined) throw new Error(`no module list in the CLI's stderr:\n${result.stderr}`);
  return { status: result.status, modules: JSON.parse(line.slice('loaded modules: '.length)) as string[] };
}

// Start-up is mostly Node loading modules one by one: the bin runs the bundle `npm run build` makes, a handful of
// files with the dependencies inside, instead of tsc's output and node_modules (about 90 modules for `diff`).
it('runs the bundled CLI: a command loads a handful of files and nothing from node_modules', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'old.txt'), 'Integritetspolicy\n\nVi sparar din e-postadress.\n');
  writeFileSync(join(dir, 'new.txt'), 'Integritetspolicy\n\nVi sparar din e-postadress och ditt namn.\n');
  const { status, modules } = modulesLoaded(['diff', 'old.txt', 'new.txt'], dir);
  expect(status).toBe(0);
  expect(modules.filter((url) => url.includes('/node_modules/'))).toEqual([]);
  expect(modules.length).toBeGreaterThan(1);
  expect(modules.length).toBeLessThanOrEqual(20);
});
