import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { historyRepo } from './support/history.js';

/**
 * Histories reconstructed from a policy's own change list (seed 001: "3.9.2021 Uppdatering av information som
 * tjänsten samlar in", "18.11.2021 Uppdaterade kapitel: …"): `since` must name exactly the chapters each commit changed.
 */
interface ChangeJson {
  date: string;
  commits: { subject: string }[];
  sections: { status: string; path: string[]; level: number }[];
}

/** Chapters with any change in themselves or their subsections, as the policy's own change list names them. */
function changedChapters(change: ChangeJson) {
  const chapters = new Map<string, string>();
  for (const section of change.sections) {
    if (section.status === 'unchanged' || section.path.length === 0) continue;
    const chapter = section.path[0]!;
    const status = section.level === 1 ? section.status : 'modified';
    if (!chapters.has(chapter) || section.level === 1) chapters.set(chapter, status);
  }
  return [...chapters].map(([heading, status]) => ({ status, heading }));
}

for (const folder of ['history-001', 'history-en']) {
  describe(`policydiff since on ${folder}`, () => {
    it('names exactly the chapters that changed in each commit', () => {
      const { repo, file, history } = historyRepo(folder);
      const result = runCli(['since', 'v0', '--format', 'json', '--', file], { cwd: repo.dir });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const changes = (JSON.parse(result.stdout) as { changes: ChangeJson[] }).changes;
      const expected = history.commits.slice(1).reverse();
      expect(changes.map((change) => change.commits.map((c) => c.subject))).toEqual(expected.map((c) => [c.subject]));
      changes.forEach((change, index) => {
        const sortByHeading = (list: { heading: string }[]) => [...list].sort((a, b) => a.heading.localeCompare(b.heading));
        expect(sortByHeading(changedChapters(change))).toEqual(sortByHeading(expected[index]!.changedChapters));
      });
    });
  });
}
