import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPolicies, type PolicyDiff } from '../src/index.js';
import { fixture, fixturesDir, seedFolders } from './support/fixtures.js';

/**
 * Each seed folder holds v1 (the policy as published), v2 (a realistic next version) in plain text and Markdown,
 * and expected.json: the sections a careful reader names as changed. Both renderings must give exactly that.
 */
interface ExpectedSection {
  path: string[];
  status: string;
  oldHeading?: string;
  modified?: boolean;
}

interface Expected {
  description: string;
  changed: ExpectedSection[];
  formattingOnly?: string[][];
  policyChangelog?: string[];
}

function named(diff: PolicyDiff) {
  const changed = diff.sections
    .filter((s) => s.status !== 'unchanged')
    .map((s) => ({ path: s.path, status: s.status, oldHeading: s.oldHeading, modified: s.modified }));
  const formattingOnly = diff.sections
    .filter((s) => s.status === 'unchanged' && s.changes.length > 0)
    .map((s) => s.path);
  return { changed, formattingOnly, policyChangelog: diff.policyChangelog.map((entry) => entry.text) };
}

/** Markdown headings cannot carry a trailing colon the way plain text does ("Logginformation:"); compare without. */
const comparable = (path: string[]) => path.map((heading) => heading.replace(/:$/, ''));

/** Added and removed sections are modified when they hold text; a moved or renamed one only when said so. */
function expectedModified(section: ExpectedSection): unknown {
  if (section.status === 'added' || section.status === 'removed') return expect.any(Boolean);
  return section.status === 'modified' ? true : (section.modified ?? false);
}

for (const folder of seedFolders().filter((name) => existsSync(`${fixturesDir}${name}/expected.json`))) {
  const expected = JSON.parse(fixture(`${folder}/expected.json`)) as Expected;
  describe(`${folder}: ${expected.description}`, () => {
    for (const extension of ['txt', 'md']) {
      it(`names exactly the changed sections (${extension})`, () => {
        const diff = diffPolicies(fixture(`${folder}/v1.${extension}`), fixture(`${folder}/v2.${extension}`), {
          fileName: `policy.${extension}`,
        });
        const actual = named(diff);
        const want = expected.changed.map((s) => ({
          path: comparable(s.path),
          status: s.status,
          oldHeading: s.oldHeading?.replace(/:$/, ''),
          modified: expectedModified(s),
        }));
        const got = actual.changed.map((s) => ({ ...s, path: comparable(s.path), oldHeading: s.oldHeading?.replace(/:$/, '') }));
        expect(got).toEqual(want);
        if (extension === 'txt') expect(actual.formattingOnly.map(comparable)).toEqual((expected.formattingOnly ?? []).map(comparable));
        expect(actual.policyChangelog).toEqual(expected.policyChangelog ?? []);
      });
    }
  });
}
