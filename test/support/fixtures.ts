import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixture(path: string): string {
  return readFileSync(new URL(path, `file://${fixturesDir}`), 'utf8');
}

/** The fixture folders made from the seed policies: `000-sokigo`, `001-idun`, … */
export function seedFolders(): string[] {
  return readdirSync(fixturesDir).filter((name) => /^\d{3}-/.test(name)).sort();
}

export const seedFolder = (number: string): string => {
  const folder = seedFolders().find((name) => name.startsWith(`${number}-`));
  if (folder === undefined) throw new Error(`no fixture folder for seed ${number}`);
  return folder;
};

export const seed = (number: string): string => fixture(`${seedFolder(number)}/v1.txt`);
