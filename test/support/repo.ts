import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterThisTest } from './cleanup.js';

/**
 * Throwaway git repositories built from a declarative list of commits (like changesets' `gitdir()`), with a local
 * identity, fixed dates, and no signing or hooks from the developer's own config; removed after each test.
 */

export interface CommitSpec {
  message: string;
  /** Files to write (a string or bytes) or delete (`null`). */
  files?: Record<string, string | Uint8Array | null>;
  /** `git mv from to`, done before the files are written. */
  move?: [from: string, to: string];
  /** ISO date for both author and committer unless `committerDate` is given. */
  date: string;
  committerDate?: string;
  tag?: string;
}

export class TestRepo {
  constructor(readonly dir: string) {}

  git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  commit(spec: CommitSpec): string {
    if (spec.move !== undefined) this.git(['mv', ...spec.move]);
    for (const [path, content] of Object.entries(spec.files ?? {})) {
      const file = join(this.dir, path);
      if (content === null) {
        unlinkSync(file);
        this.git(['rm', '--cached', '--quiet', path]);
        continue;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      this.git(['add', path]);
    }
    this.git(['commit', '--quiet', '--allow-empty', '-m', spec.message], {
      GIT_AUTHOR_DATE: spec.date,
      GIT_COMMITTER_DATE: spec.committerDate ?? spec.date,
    });
    if (spec.tag !== undefined) this.git(['tag', spec.tag]);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  write(path: string, content: string | Uint8Array): void {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A temp folder outside any repository, removed after the test. */
export function scratchDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'policydiff-git-')));
  afterThisTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function makeRepo(commits: CommitSpec[] = [], dir = scratchDir()): TestRepo {
  mkdirSync(dir, { recursive: true });
  const repo = new TestRepo(dir);
  repo.git(['init', '--quiet', '--initial-branch=main']);
  repo.git(['config', 'user.name', 'Test Owner']);
  repo.git(['config', 'user.email', 'owner@example.invalid']);
  repo.git(['config', 'commit.gpgsign', 'false']);
  repo.git(['config', 'tag.gpgsign', 'false']);
  repo.git(['config', 'core.hooksPath', '/dev/null']);
  for (const spec of commits) repo.commit(spec);
  return repo;
}

/** A policy with three chapters whose bodies are easy to edit one at a time. */
export function policy(parts: { intro?: string; data?: string; rights?: string; contact?: string } = {}): string {
  return [
    '# Integritetspolicy',
    '',
    parts.intro ?? 'Vi värnar om din integritet och följer dataskyddsförordningen.',
    '',
    '## Vilka uppgifter vi samlar in',
    '',
    parts.data ?? 'Vi samlar in namn och e-postadress när du skapar ett konto.',
    '',
    '## Dina rättigheter',
    '',
    parts.rights ?? 'Du har rätt att begära utdrag och rättelse av dina uppgifter.',
    '',
    '## Kontakt',
    '',
    parts.contact ?? 'Kontakta oss på privacy@example.invalid om du har frågor.',
    '',
  ].join('\n');
}
