import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, diffPolicies, ExitCode, GitHubApiError, GitHubClient, renderPolicyComment, withSignificance, type CommentFile } from '../src/index.js';
import { runCliAsync, tempDir, type RunResult } from './support/cli.js';
import { badInputRow } from './support/table.js';
import { fuzzSettings } from './support/fuzz.js';
import { FakeGitHub, rateLimitExhausted } from './support/github.js';
import { makeRepo, policy, type TestRepo } from './support/repo.js';

/**
 * Issue #20, "nothing stalls", for the pull request comment: it fits GitHub's 65,536 characters whatever the
 * number of files; every request has a deadline; server errors and rate limits are retried within a budget; each
 * failure is reported as what it is; stdout holds the comment only when it was posted.
 */

const TOKEN = 'ghs_apiTestToken0987654321';
const REPOSITORY = 'owner/site';
const SIGNIFICANT = 'Vi samlar in namn och e-postadress. Vi delar dina uppgifter med Google Analytics och Facebook, som lagrar dem i USA.';

interface Job {
  server: FakeGitHub;
  dir: string;
  run(args?: string[], env?: Record<string, string | undefined>): Promise<RunResult>;
}

/** main with the policy, a pull request's commit on it, and a GitHub Actions job's environment for it. */
async function pullRequestJob(repo?: TestRepo): Promise<Job> {
  let base: string;
  if (repo === undefined) {
    repo = makeRepo([{ message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { 'privacy.md': policy() } }]);
    base = repo.git(['rev-parse', 'HEAD']).trim();
    repo.commit({ message: 'Change', date: '2024-02-20T10:00:00+01:00', files: { 'privacy.md': policy({ data: SIGNIFICANT }) } });
  } else {
    base = repo.git(['rev-parse', 'HEAD~1']).trim();
  }
  const server = new FakeGitHub(REPOSITORY, TOKEN);
  await server.start();
  const dir = tempDir();
  const event = { number: 7, pull_request: { number: 7, base: { sha: base }, head: { repo: { fork: false } } } };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  writeFileSync(join(dir, 'summary'), '');
  const env = {
    GITHUB_API_URL: server.url,
    GITHUB_TOKEN: TOKEN,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_OUTPUT: undefined,
  };
  const cwd = repo.dir;
  return { server, dir, run: (args = ['comment', '--post'], extra = {}) => runCliAsync(args, { cwd, env: { ...env, ...extra } }) };
}

/** A client of the fake server with short deadlines, as a test can afford them. */
function client(server: FakeGitHub, limits: { timeoutMs?: number; budgetMs?: number } = {}): GitHubClient {
  return new GitHubClient({ token: TOKEN, apiUrl: server.url, repository: REPOSITORY, timeoutMs: limits.timeoutMs ?? 500, budgetMs: limits.budgetMs ?? 5_000, retryDelayMs: 50 });
}

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GitHubApiError);
  return error as GitHubApiError;
}

describe('GitHub client: deadlines, retries, and failures named for what they are', () => {
  it('retries server errors (502, 503) and goes on', async () => {
    const server = new FakeGitHub(REPOSITORY, TOKEN);
    await server.start();
    server.troubles.push({ status: 502, body: '<html>Bad Gateway</html>' }, { status: 503, body: '' });
    expect(await client(server).listIssueComments(7)).toEqual([]);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up on a server that keeps failing within its budget, saying it is a server error', async () => {
    const server = new FakeGitHub(REPOSITORY, TOKEN);
    await server.start();
    for (let i = 0; i < 100; i += 1) server.troubles.push({ status: 500, body: 'oops' });
    const error = await failure(client(server, { budgetMs: 1_000 }).listIssueComments(7));
    expect(error.message).toMatch(/^GET \/repos\/owner\/site\/issues\/7\/comments: GitHub answered 500 \(a server error\) \d+ times in \d+ s: GitHub may be down; run the job again later$/);
  });

  it('stops waiting for a server that answers nothing', async () => {
    const server = new FakeGitHub(REPOSITORY, TOKEN);
    await server.start();
    server.troubles.push('silence', 'silence', 'silence', 'silence', 'silence', 'silence', 'silence', 'silence');
    const started = Date.now();
    const error = await failure(client(server, { timeoutMs: 300, budgetMs: 1_500 }).listIssueComments(7));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.message).toMatch(/^GET \/repos\/owner\/site\/issues\/7\/comments: no answer from GitHub within 0\.3 s, \d+ tries in \d+ s: GitHub may be down; run the job again later$/);
  }, 15_000);

  it('stops waiting for an answer that trickles in, instead of reporting a comment at "undefined"', async () => {
    const server = new FakeGitHub(REPOSITORY, TOKEN);
    await server.start();
    server.troubles.push('trickle');
    const error = await failure(client(server, { timeoutMs: 500, budgetMs: 1_000 }).createIssueComment(7, 'body'));
    expect(error.message).toMatch(/^POST \/repos\/owner\/site\/issues\/7\/comments: the answer did not arrive within 0\.5 s/);
  }, 15_000);

  it('reports an answer that is not JSON as such', async () => {
    const server = new FakeGitHub(REPOSITORY, TOKEN);
    await server.start();
    server.troubles.push({ status: 200, body: '<!doctype html><title>Sign in</title>' });
    const error = await failure(client(server).listIssueComments(7));
    expect(error.message).toBe('GET /repos/owner/site/issues/7/comments: the answer (200, text/html) is not JSON: check GITHUB_API_URL, it should be the API’s address such as https://api.github.com');
  });
});

describe('comment --post against a GitHub in trouble', () => {
  it('a 502 then a 503 are retried, and the comment is created', async () => {
    const job = await pullRequestJob();
    job.server.troubles.push({ status: 502, body: 'Bad Gateway' }, { status: 503, body: 'Unavailable' });
    const result = await job.run();
    expect(result.stderr).toMatch(/^policydiff: created the pull request comment https:\/\/github\.invalid\//);
    expect(result.status).toBe(0);
    expect(job.server.comments).toHaveLength(1);
  });

  it('a rate-limit 403 is reported as a rate limit, not as missing permissions, and prints no comment', async () => {
    const job = await pullRequestJob();
    job.server.troubles.push(rateLimitExhausted(3600));
    const result = await job.run();
    badInputRow("`comment --post` when the token's rate limit is used up (403)", result, job.dir);
    expect(result.stderr).toMatch(/^policydiff: could not write the pull request comment: GET \/repos\/owner\/site\/issues\/7\/comments: GitHub's rate limit for this token is used up until \d\d:\d\d UTC \(in \d+ min\): run the job again then\n$/);
    expect(result.status).toBe(ExitCode.github);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(job.dir, 'summary'), 'utf8')).toBe('');
  });

  it('an answer that is not JSON: exit 10 and one line that says so', async () => {
    const job = await pullRequestJob();
    job.server.troubles.push({ status: 200, body: '<!doctype html><title>Sign in</title>' });
    const result = await job.run();
    badInputRow('`comment --post` when GitHub answers with an HTML page (200)', result, job.dir);
    expect(result.stderr).toBe(
      'policydiff: could not write the pull request comment: GET /repos/owner/site/issues/7/comments: the answer (200, text/html) is not JSON: check GITHUB_API_URL, it should be the API’s address such as https://api.github.com\n',
    );
    expect(result.status).toBe(ExitCode.github);
    expect(result.stdout).toBe('');
  });

  it('an invalid GITHUB_API_URL: exit 2 and one line naming it', async () => {
    const job = await pullRequestJob();
    const result = await job.run(undefined, { GITHUB_API_URL: 'api.github.com' });
    badInputRow('`comment --post` with `GITHUB_API_URL=api.github.com`', result, job.dir);
    expect(result.stderr).toBe('policydiff: GITHUB_API_URL "api.github.com" is not an http(s) address: unset it, or give the API’s address such as https://api.github.com\n');
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stdout).toBe('');
    expect(job.server.requests).toEqual([]);
  });

  it('a job summary that cannot be written: exit 9 and one line naming it', async () => {
    const job = await pullRequestJob();
    job.server.forbidWrites = true;
    const summary = join(job.dir, 'missing', 'summary');
    const result = await job.run(undefined, { GITHUB_STEP_SUMMARY: summary });
    badInputRow('`comment --post` refused (403) with GITHUB_STEP_SUMMARY in a folder that does not exist', result, job.dir);
    expect(result.stderr).toBe(`policydiff: cannot write the job summary GITHUB_STEP_SUMMARY="${summary}": the folder does not exist: run in a GitHub Actions job, or unset GITHUB_STEP_SUMMARY\n`);
    expect(result.status).toBe(ExitCode.write);
    expect(result.stdout).toBe('');
  });

  it('prints nothing on stdout when posting fails (a bad token)', async () => {
    const job = await pullRequestJob();
    const result = await job.run(undefined, { GITHUB_TOKEN: 'ghs_wrong' });
    expect(result.status).toBe(ExitCode.github);
    expect(result.stdout).toBe('');
  });
});

describe('the comment fits GitHub’s limit for any number of files', () => {
  /** A Markdown policy of `count` chapters whose every sentence says `word`. */
  const chapters = (count: number, word: string) =>
    `# Integritetspolicy\n\n${Array.from({ length: count }, (_, i) => `## Kapitel ${i + 1} om behandling av personuppgifter\n\nVi ${word} uppgifter i kapitel ${i + 1} enligt avtalet med kunden.\n`).join('\n')}`;

  it('six policies × 160 changed sections: posted whole, shortened with a marked note and a pointer to the full report', async () => {
    const files = ['privacy.md', 'privacy.en.md', 'terms.md', 'terms.en.md', 'cookies-policy.en.md', 'cookies-policy.md'];
    const repo = makeRepo([{ message: 'Policies', date: '2024-01-10T10:00:00+01:00', files: Object.fromEntries(files.map((file) => [file, chapters(160, 'lagrar')])) }]);
    repo.commit({ message: 'Rewrite', date: '2024-02-20T10:00:00+01:00', files: Object.fromEntries(files.map((file) => [file, `${chapters(160, 'sparar och delar')}\n## Delning\n\n${SIGNIFICANT}\n`])) });
    const job = await pullRequestJob(repo);
    const result = await job.run(['comment', '--post', '--', ...files]);
    expect(result.stderr).toMatch(/^policydiff: created the pull request comment /);
    expect(result.status).toBe(0);
    const body = job.server.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(result.stdout).toBe(body);
    expect(body).toMatch(/left out to fit GitHub's limit of 65,536 characters/);
    expect(body).toContain('the full comment is in the job summary');
    // The job summary has the whole comment: every file's table (150 rows, as in any comment) and every redline.
    const summary = readFileSync(join(job.dir, 'summary'), 'utf8');
    expect(summary).toContain('| modified | Kapitel 150 om behandling av personuppgifter |');
    expect(summary).toContain('<summary>cookies-policy.md: Kapitel 160 om behandling av personuppgifter</summary>');
  });

  it('renderPolicyComment stays within maxLength for any number of files and sections, and says what it left out', () => {
    const base = chapters(40, 'lagrar');
    const fileDiffs = Array.from({ length: 12 }, (_, i): CommentFile => {
      const diff = withSignificance(diffPolicies(base, `${chapters(40, 'sparar')}\n## Delning ${i}\n\n${SIGNIFICANT}\n`, { fileName: `policy-${i}.md` }));
      return { file: `policy-${i}.md`, diff, entry: `20.2.2024 Uppdaterade kapitel: ${'Kapitel om behandling, '.repeat(30)}.` };
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2_000, max: 30_000 }), (count, maxLength) => {
        const comment = renderPolicyComment(fileDiffs.slice(0, count), { base: 'aaaaaaa', head: 'bbbbbbb', maxLength });
        expect(comment.length).toBeLessThanOrEqual(maxLength);
        expect(comment.startsWith('<!-- policydiff:comment -->\n## Policy change: significant')).toBe(true);
        const whole = renderPolicyComment(fileDiffs.slice(0, count), { base: 'aaaaaaa', head: 'bbbbbbb', maxLength: 10_000_000 });
        if (whole.length > maxLength) expect(comment).toMatch(/left out to fit/);
      }),
      fuzzSettings(40, 20),
    );
    expect(COMMENT_LIMIT).toBe(65_536);
  });
});

describe('--files', () => {
  it('names a policy whose file name is not UTF-8 instead of skipping it', async () => {
    const repo = makeRepo([{ message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { 'README.md': '# Site\n' } }]);
    // A Latin-1 "é" in the name, as an old system wrote it.
    const name = Buffer.concat([Buffer.from(join(repo.dir, 'privacy-caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    writeFileSync(name, policy());
    repo.git(['add', '-A']);
    repo.git(['commit', '--quiet', '-m', 'Latin-1 name']);
    writeFileSync(name, policy({ data: SIGNIFICANT }));
    repo.git(['commit', '--quiet', '-am', 'Change']);
    const result = await runCliAsync(['comment', '--base', 'HEAD~1', '--files', 'privacy*.md'], { cwd: repo.dir });
    badInputRow("`comment --files 'privacy*.md'` matching a policy whose name is Latin-1", result, repo.dir);
    expect(result.stderr).toMatch(/^policydiff: the file name "privacy-caf\ufffd\.md" is not UTF-8 .*: rename it to a UTF-8 name \(git mv\), or name the policy files after --\n$/);
    expect(result.status).toBe(ExitCode.input);
    expect(result.stdout).toBe('');
  });
});
