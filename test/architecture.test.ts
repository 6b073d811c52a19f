/**
 * The layout is the architecture (docs/architecture.md): src/ holds one folder per pipeline stage, and a stage
 * imports only earlier ones. These tests read the import statements of src/ and hold the tree to that, so that a
 * shortcut from an early stage into a later one (or a cycle) fails here instead of creeping in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Pipeline order. Root modules are cross-cutting: the foundation every stage may use, config after what it validates, index last. */
const RANK: Record<string, number> = {
  'errors.ts': 0,
  'model.ts': 0,
  'sorted.ts': 0,
  'write.ts': 0,
  document: 1,
  compare: 2,
  history: 3,
  significance: 4,
  lexicons: 4,
  entries: 5,
  'config.ts': 5.5,
  render: 6,
  check: 7,
  github: 8,
  cli: 9,
  'index.ts': 10,
};
const ROOT_MODULES = Object.keys(RANK).filter((name) => name.endsWith('.ts'));

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.ts') ? [path] : [];
  });

const modules = walk(SRC).map((path) => relative(SRC, path));
const imports = new Map(
  modules.map((module) => {
    const text = readFileSync(join(SRC, module), 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)]
      .map((match) => relative(SRC, resolve(dirname(join(SRC, module)), match[1]!)).replace(/\.js$/, '.ts'))
      .filter((target) => target.endsWith('.ts'));
    return [module, targets] as const;
  }),
);
const unitOf = (module: string) => module.split('/')[0]!;

describe('architecture: src/ as a pipeline', () => {
  it('holds only stage folders and a handful of cross-cutting modules at its root', () => {
    const root = readdirSync(SRC);
    expect(root.filter((name) => !(name in RANK))).toEqual([]);
    expect(root.filter((name) => name.endsWith('.ts')).length).toBeLessThanOrEqual(ROOT_MODULES.length);
  });

  it('imports only modules that exist', () => {
    const missing = [...imports].flatMap(([module, targets]) => targets.filter((target) => !modules.includes(target)).map((target) => `${module} → ${target}`));
    expect(missing).toEqual([]);
  });

  it('never imports a later stage', () => {
    const backwards = [...imports].flatMap(([module, targets]) =>
      targets.filter((target) => RANK[unitOf(target)]! > RANK[unitOf(module)]!).map((target) => `${module} → ${target}`),
    );
    expect(backwards).toEqual([]);
  });

  it('has no import cycle', () => {
    // Tarjan's strongly connected components: any component of more than one module is a cycle.
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    const visit = (module: string) => {
      index.set(module, counter);
      low.set(module, counter++);
      stack.push(module);
      for (const target of imports.get(module) ?? []) {
        if (!index.has(target)) {
          visit(target);
          low.set(module, Math.min(low.get(module)!, low.get(target)!));
        } else if (stack.includes(target)) low.set(module, Math.min(low.get(module)!, index.get(target)!));
      }
      if (low.get(module) === index.get(module)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          component.push(member);
        } while (member !== module);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const module of modules) if (!index.has(module)) visit(module);
    expect(cycles).toEqual([]);
  });
});
