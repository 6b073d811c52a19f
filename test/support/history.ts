import { fixture } from './fixtures.js';
import { makeRepo, type TestRepo } from './repo.js';

/** A history fixture (`fixtures/history-*`): the versions of one policy file with their dates and subjects. */
export interface History {
  file: string;
  commits: { version: string; date: string; subject: string; changedChapters: { status: string; heading: string }[] }[];
}

/** A real repository with one commit per version of the fixture, the first tagged `v0`. */
export function historyRepo(folder: string): { repo: TestRepo; file: string; history: History } {
  const history = JSON.parse(fixture(`${folder}/history.json`)) as History;
  const repo = makeRepo(
    history.commits.map((commit, index) => ({
      message: commit.subject,
      date: commit.date,
      files: { [history.file]: fixture(`${folder}/${commit.version}`) },
      ...(index === 0 ? { tag: 'v0' } : {}),
    })),
  );
  return { repo, file: history.file, history };
}

/** A history fixture as a repository with every version tagged, `v0`, `v1`, … (the README's example repository). */
export function taggedHistoryRepo(folder: string): TestRepo {
  const history = JSON.parse(fixture(`${folder}/history.json`)) as History;
  return makeRepo(history.commits.map((commit, index) => ({ message: commit.subject, date: commit.date, files: { [history.file]: fixture(`${folder}/${commit.version}`) }, tag: `v${index}` })));
}
