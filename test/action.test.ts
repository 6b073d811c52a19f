import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/errors.js';
import { COMMENT_MARKER } from '../src/render/comment.js';
import { runCliAsync, runProcess, tempDir, type RunResult } from './support/cli.js';
import { BOT, FakeGitHub, PERSON } from './support/github.js';
import { historyRepo } from './support/history.js';
import { makeRepo, policy, scratchDir, type TestRepo } from './support/repo.js';
import { english, GOOGLE_ANALYTICS_IN_ALL, swedish } from './support/translations.js';

/**
 * The action's entry point (`policydiff comment --post`, what action.yml runs) in a GitHub-like environment: an
 * event payload file, the GITHUB_* variables, output and summary files, against a local server speaking GitHub's
 * comments API, over real repositories.
 */

const TOKEN = 'ghs_secretTokenValue1234567890';
const REPOSITORY = 'owner/site';
const FILE = 'docs/privacy.md';
const SIGNIFICANT = 'Vi samlar in namn och e-postadress. Vi delar dina uppgifter med Google Analytics och Facebook, som lagrar dem i USA.';

interface PullRequest {
  repo: TestRepo;
  base: string;
  head: string;
}

/** main with the policy, then a pull request's commit on top (checked out, as actions/checkout leaves it). */
function pullRequest(data: string, file = FILE): PullRequest {
  const repo = makeRepo([{ message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { [file]: policy(), 'README.md': '# Site\n' } }]);
  const base = repo.git(['rev-parse', 'HEAD']).trim();
  const head = repo.commit({ message: 'Change the policy', date: '2024-02-20T10:00:00+01:00', files: { [file]: policy({ data }) } });
  return { repo, base, head };
}

interface Job {
  server: FakeGitHub;
  dir: string;
  run(args?: string[], env?: Record<string, string | undefined>): Promise<RunResult>;
  /** The action's own step, as the runner would run it with these inputs. */
  action(inputs?: Record<string, string>): Promise<RunResult>;
  outputs(): Record<string, string>;
  summary(): string;
}

async function job(pr: PullRequest, options: { fork?: boolean; number?: number } = {}): Promise<Job> {
  const server = new FakeGitHub(REPOSITORY, TOKEN);
  await server.start();
  const dir = tempDir();
  const eventPath = join(dir, 'event.json');
  const number = options.number ?? 7;
  const event = { action: 'synchronize', number, pull_request: { number, base: { sha: pr.base }, head: { sha: pr.head, repo: { fork: options.fork === true } } } };
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const env = {
    GITHUB_API_URL: server.url,
    GITHUB_TOKEN: TOKEN,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  return {
    server,
    dir,
    run: (args = ['comment', '--post', '--files', 'docs/privacy*.md'], extra = {}) => runCliAsync(args, { cwd: pr.repo.dir, env: { ...env, ...extra } }),
    action: (inputs = {}) => runActionStep(inputs, pr.repo.dir, env),
    outputs: () => parseOutputs(readFileSync(join(dir, 'output'), 'utf8')),
    summary: () => readFileSync(join(dir, 'summary'), 'utf8'),
  };
}

const ACTION_YML = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The action as a workflow gets it: the repository at a ref, without node_modules or dist/ (a run does no npm ci and
 * no build). Only what the committed bundle reads at run time is copied: a bundle that needs more fails here.
 */
const ACTION_PATH = mkdtempSync(join(tmpdir(), 'policydiff-action-'));
for (const path of ['action.yml', 'action/dist/index.js', 'package.json', 'src/lexicons']) cpSync(join(ROOT, path), join(ACTION_PATH, path), { recursive: true });
afterAll(() => rmSync(ACTION_PATH, { recursive: true, force: true }));

/**
 * action.yml's comment step run the way the runner runs it: `${{ … }}` expressions replaced (inputs, with their
 * defaults, and github.action_path), the step's env set, its script run by bash. The step before it, setup-node,
 * is left out: the tests run on the Node it pins.
 */
function runActionStep(inputs: Record<string, string>, cwd: string, jobEnv: Record<string, string>): Promise<RunResult> {
  const step = ACTION_YML.slice(ACTION_YML.indexOf('id: comment'));
  const defaults = Object.fromEntries([...ACTION_YML.matchAll(/^ {2}([\w-]+):\n(?: {4}.*\n)*? {4}default: (.*)$/gm)].map((match) => [match[1]!, match[2]!.replace(/^'(.*)'$/, '$1')]));
  const expression = (text: string): string =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string): string => {
      if (name === 'github.action_path') return ACTION_PATH;
      if (name === 'github.token') return jobEnv.GITHUB_TOKEN!;
      const input = /^inputs\.([\w-]+)$/.exec(name)?.[1];
      if (input === undefined) throw new Error(`unexpected expression ${name} in action.yml`);
      return inputs[input] ?? expression(defaults[input] ?? '');
    });
  const envBlock = /\n {6}env:\n((?: {8}.*\n)+)/.exec(step)![1]!;
  const stepEnv = Object.fromEntries([...envBlock.matchAll(/^ {8}([A-Z_]+): (.*)$/gm)].map((match) => [match[1]!, expression(match[2]!)]));
  const script = expression(/\n {6}run: \|\n((?: {8}.*\n)+)/.exec(step)![1]!.replace(/^ {8}/gm, ''));
  return runProcess('bash', ['-e', '-c', script], { cwd, env: { ...process.env, NO_COLOR: '1', ...jobEnv, ...stepEnv } });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks, the last value of each name winning, as the runner reads them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[index]!);
    if (match === null) continue;
    const end = lines.indexOf(match[2]!, index + 1);
    expect(end, `delimiter of ${match[1]} closed`).toBeGreaterThan(index);
    outputs[match[1]!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

function expectNoToken(result: RunResult): void {
  expect(result.stdout).not.toContain(TOKEN);
  expect(result.stderr).not.toContain(TOKEN);
  expect(result.stderr).not.toContain(Buffer.from(TOKEN).toString('base64'));
}

describe('comment --post in a pull_request job', () => {
  it('creates the comment on the first run and updates the same one on the next push, never a second', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    const first = await gh.action({ files: 'docs/privacy*.md' });
    expect(first.stderr).toMatch(/^policydiff: created the pull request comment https:\/\/github\.invalid\/\S+\n$/);
    expect(first.status).toBe(0);
    expectNoToken(first);
    expect(gh.server.writes()).toEqual([`POST /repos/${REPOSITORY}/issues/7/comments`]);
    expect(gh.server.requests.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(gh.server.requests[0]!.query.get('per_page')).toBe('100');
    const [comment] = gh.server.comments;
    expect(comment!.body.startsWith(`${COMMENT_MARKER}\n## Policy change: significant`)).toBe(true);
    expect(comment!.body).toContain('> [!WARNING]');
    expect(comment!.body).toContain('| Status | Section | Summary |');
    expect(comment!.body).toContain('| modified | Vilka uppgifter vi samlar in | 1 sentence changed, 1 sentence added |');
    expect(comment!.body).toContain('<summary>docs/privacy.md: Vilka uppgifter vi samlar in</summary>');
    expect(first.stdout).toBe(comment!.body);
    const outputs = gh.outputs();
    expect(outputs.level).toBe('significant');
    expect(outputs.entry).toMatch(/^20\.2\.2024 Uppdaterade kapitel: Vilka uppgifter vi samlar in\.\n\n/);
    expect(comment!.body).toContain(outputs.entry);
    expect(outputs['comment-url']).toBe(comment!.html_url);

    // Next push: the data chapter changes again, the contact chapter too.
    pr.repo.commit({ message: 'Also the contact', date: '2024-02-21T10:00:00+01:00', files: { [FILE]: policy({ data: SIGNIFICANT, contact: 'Skriv till dpo@example.invalid.' }) } });
    const second = await gh.action();
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(`updated the pull request comment ${comment!.html_url}`);
    expect(gh.server.writes()).toEqual([`POST /repos/${REPOSITORY}/issues/7/comments`, `PATCH /repos/${REPOSITORY}/issues/comments/${comment!.id}`]);
    expect(gh.server.comments).toHaveLength(1);
    expect(gh.server.comments[0]!.body).toContain('| modified | Kontakt |');
    expect(gh.outputs()['comment-url']).toBe(comment!.html_url);

    // A re-run with nothing new leaves the comment alone.
    const third = await gh.run();
    expect(third.stderr).toBe(`policydiff: the pull request comment is up to date: ${comment!.html_url}\n`);
    expect(gh.server.writes()).toHaveLength(2);
  });

  it('finds its comment on page 3 among people’s comments, and ignores a person’s comment that starts with the marker', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    gh.server.addComment(`${COMMENT_MARKER}\nI am not the bot`, PERSON);
    for (let index = 0; index < 230; index += 1) gh.server.addComment(`Comment ${index} @someone`, PERSON);
    const own = gh.server.addComment(`${COMMENT_MARKER}\nold text`, BOT);
    gh.server.addComment('Later remark', PERSON);
    const result = await gh.run();
    expect(result.status).toBe(0);
    const pages = gh.server.requests.filter((request) => request.method === 'GET').map((request) => request.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(gh.server.writes()).toEqual([`PATCH /repos/${REPOSITORY}/issues/comments/${own.id}`]);
    expect(own.body).toContain('## Policy change: significant');
    expect(gh.server.comments[0]!.body).toBe(`${COMMENT_MARKER}\nI am not the bot`);
  });

  it('updates its comment to say so when the pull request no longer changes the policy, and creates none then', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    expect((await gh.run()).status).toBe(0);
    pr.repo.commit({ message: 'Revert the policy', date: '2024-02-22T10:00:00+01:00', files: { [FILE]: policy() } });
    const result = await gh.run();
    expect(result.status).toBe(0);
    expect(gh.server.comments).toHaveLength(1);
    expect(gh.server.comments[0]!.body).toMatch(/^<!-- policydiff:comment -->\n## Policy change: none\n\nThis pull request no longer changes the policy files/);
    expect(gh.outputs()).toMatchObject({ level: 'none', entry: '' });

    const untouched = await job(pr, { number: 8 });
    const quiet = await untouched.run();
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toContain('nothing to post');
    expect(untouched.server.writes()).toEqual([]);
    expect(untouched.outputs()['comment-url']).toBe('');
  });

  it('on a fork’s read-only token (403) writes the comment to the job summary, explains, and exits 0', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr, { fork: true });
    gh.server.forbidWrites = true;
    const result = await gh.run();
    expect(result.status).toBe(ExitCode.ok);
    expect(result.stderr).toBe('policydiff: GitHub refused the comment (403: a pull request from a fork gets a read-only token); wrote it to the job summary instead\n');
    expect(gh.summary()).toContain('policydiff could not comment on this pull request: a pull request from a fork gets a read-only token');
    expect(gh.summary()).toContain(result.stdout);
    expect(gh.outputs()).toMatchObject({ level: 'significant', 'comment-url': '' });
    expectNoToken(result);

    // Not a fork: the same 403 names the missing permission; --fail-on still ends the job.
    const own = await job(pr);
    own.server.forbidWrites = true;
    const failing = await own.action({ 'fail-on': 'significant' });
    expect(failing.status).toBe(ExitCode.threshold);
    expect(failing.stderr).toContain('permissions: pull-requests: write');
    expect(failing.stderr).toContain('the change is significant, which reaches --fail-on significant');
  });

  it('passes inputs to the command as data: a crafted input runs nothing', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    const result = await gh.action({ files: '$(touch pwned)`touch pwned`', 'fail-on': 'none; touch pwned' });
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toContain('option \'--fail-on <level>\' argument \'none; touch pwned\' is invalid');
    expect(existsSync(join(pr.repo.dir, 'pwned'))).toBe(false);
    expect(gh.server.requests).toEqual([]);
  });

  it('waits out a 429 with retry-after and goes on', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    gh.server.rateLimited = 1;
    const started = Date.now();
    const result = await gh.run();
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(gh.server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'POST']);
    expect(gh.server.comments).toHaveLength(1);
  });

  it('fails with exit code 10 on a bad token, never printing it even when the server echoes it', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    const result = await gh.run(undefined, { GITHUB_TOKEN: `${TOKEN}x` });
    expect(result.status).toBe(ExitCode.github);
    expect(result.stderr).toMatch(/^policydiff: could not write the pull request comment: GET \/repos\/owner\/site\/issues\/7\/comments answered 401 "Bad credentials: Bearer \*\*\*"/);
    expect(result.stderr).not.toContain('secretTokenValue');
    // A port that was free a moment ago: nothing listens there.
    const closed = gh.server.url;
    await gh.server.close();
    const unreachable = await gh.run();
    expect(unreachable.status).toBe(ExitCode.github);
    expect(unreachable.stderr).toBe(`policydiff: could not write the pull request comment: GET /repos/owner/site/issues/7/comments could not reach ${closed}: connect ECONNREFUSED ${closed.slice('http://'.length)}: check the token input and GITHUB_API_URL\n`);
  });

  it('exits 1 after posting when --fail-on is reached', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const gh = await job(pr);
    const result = await gh.run(['comment', '--post', '--fail-on', 'significant', '--files', 'docs/privacy*.md']);
    expect(result.status).toBe(ExitCode.threshold);
    expect(gh.server.comments).toHaveLength(1);
    expect(gh.outputs().level).toBe('significant');
  });

  it('neutralises a malicious policy: no mention, no forged marker, no break-out of <details>, no script, no javascript: link', async () => {
    const attack = [
      'Hej @team och @octocat!',
      'Falsk markör <!-- policydiff:comment --> här.',
      'Slut </details></summary><script>alert(1)</script> <img src=x onerror=alert(2)>.',
      'Klicka [här](javascript:alert(3)) eller ![bild](https://evil.example/pixel.png).',
      '```',
    ].join(' ');
    const pr = pullRequest(attack);
    pr.repo.commit({ message: 'Evil heading', date: '2024-02-20T11:00:00+01:00', files: { [FILE]: `${policy({ data: attack })}\n## Ny @team <!-- policydiff:comment --> </details><script>x</script>\n\nText om @team.\n` } });
    const gh = await job(pr);
    const result = await gh.run();
    expect(result.status).toBe(0);
    const body = gh.server.comments[0]!.body;
    expect(body.indexOf(COMMENT_MARKER)).toBe(0);
    expect(body.lastIndexOf(COMMENT_MARKER)).toBe(0);
    expect(body.match(/<!--/g)).toHaveLength(1);
    // Mentions notify only outside code: in the entry's code block the text stays as written, for pasting.
    const outsideCode = body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toMatch(/@(team|octocat)/);
    expect(outsideCode.match(/<details>/g)?.length).toBe(outsideCode.match(/<\/details>/g)?.length);
    expect(outsideCode).not.toContain('<script');
    expect(outsideCode).not.toContain('<img');
    // Rendered as GitHub would (GFM, raw HTML passed through): nothing executable, no link out, no image loaded.
    const html = new Marked({ gfm: true }).parse(body) as string;
    expect(html).not.toMatch(/<script|<img|href="javascript:|<[^>]*\sonerror=/i);
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, '')).not.toMatch(/@(team|octocat)/);
    expect(html).toContain('@\u200bteam');
    // The entry stays copyable as it is written, in a code block that the policy's own ``` cannot close.
    expect(gh.outputs().entry).toContain('Ny @team');
  });

  it('keeps within GitHub’s 65,536 characters on a huge policy: redlines left out and counted, notice and entry whole', async () => {
    const chapters = (variant: string) =>
      Array.from({ length: 120 }, (_, index) => `## Kapitel ${index + 1}\n\n${Array.from({ length: 12 }, (_, line) => `Mening ${line} i kapitel ${index + 1} ${variant} med tillräckligt många ord för att bli en lång rad text.`).join(' ')}\n`).join('\n');
    const repo = makeRepo([{ message: 'Policy', date: '2024-01-10T10:00:00+01:00', files: { [FILE]: `# Integritetspolicy\n\n${chapters('första')}` } }]);
    const base = repo.git(['rev-parse', 'HEAD']).trim();
    const head = repo.commit({ message: 'Rewrite', date: '2024-02-20T10:00:00+01:00', files: { [FILE]: `# Integritetspolicy\n\n${chapters('andra')}\n## Delning\n\n${SIGNIFICANT}\n` } });
    const gh = await job({ repo, base, head });
    const result = await gh.run();
    expect(result.status).toBe(0);
    const body = gh.server.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toContain('> [!WARNING]');
    expect(body).toContain(gh.outputs().entry);
    expect(body).toMatch(/_\d+ of 121 redlines left out to fit GitHub's comment size: run `policydiff diff [0-9a-f]{7} [0-9a-f]{7}` locally for the full redline\._/);
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });

  it('in a shallow checkout says to fetch with fetch-depth: 0 (exit 7), before calling GitHub', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const clone = join(scratchDir(), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${pr.repo.dir}`, clone]);
    const gh = await job({ ...pr, repo: { ...pr.repo, dir: clone } as TestRepo });
    const result = await gh.run();
    expect(result.status).toBe(ExitCode.shallowHistory);
    expect(result.stderr).toMatch(/^policydiff: this clone is shallow and its history does not reach "[0-9a-f]{40}": .*fetch-depth: 0.*\n$/);
    expect(result.stdout).toBe('');
    expect(gh.server.requests).toEqual([]);
  });

  it('without --post prints the comment for --base/--head and files after --, and needs a base outside a job', async () => {
    const pr = pullRequest(SIGNIFICANT);
    const printed = await runCliAsync(['comment', '--base', pr.base, '--head', pr.head, '--', FILE], { cwd: pr.repo.dir, env: { GITHUB_EVENT_PATH: undefined, GITHUB_OUTPUT: undefined } });
    expect(printed.status).toBe(0);
    expect(printed.stdout.startsWith(`${COMMENT_MARKER}\n## Policy change: significant`)).toBe(true);
    const json = await runCliAsync(['comment', '--base', pr.base, '--format', 'json'], { cwd: pr.repo.dir, env: { GITHUB_EVENT_PATH: undefined, GITHUB_OUTPUT: undefined } });
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1, level: 'significant', comment: printed.stdout, files: [{ file: FILE }] });
    const missing = await runCliAsync(['comment'], { cwd: pr.repo.dir, env: { GITHUB_EVENT_PATH: undefined } });
    expect(missing.status).toBe(ExitCode.usage);
    expect(missing.stderr).toBe('policydiff: comment needs the base to compare with: give --base <revision> (in a pull_request job it is read from the event)\n');
    const noMatch = await runCliAsync(['comment', '--base', pr.base, '--files', 'legal/*.md'], { cwd: pr.repo.dir, env: { GITHUB_EVENT_PATH: undefined, GITHUB_OUTPUT: undefined } });
    expect(noMatch.status).toBe(ExitCode.usage);
    expect(noMatch.stderr).toBe('policydiff: --files "legal/*.md" matches no tracked file: fix the glob (git ls-files lists the tracked files)\n');
    const noToken = await runCliAsync(['comment', '--base', pr.base, '--post'], { cwd: pr.repo.dir, env: { GITHUB_TOKEN: undefined } });
    expect(noToken.status).toBe(ExitCode.usage);
    expect(noToken.stderr).toContain('--post needs GITHUB_TOKEN');
  });
});

/** A chapter heading a pull request may set: it reaches the drift finding's message, and so the comment. */
const HOSTILE_HEADING = '## 2. Hur @team <img src=x onerror=alert(1)> används';
const hostileSwedish = (parts: Parameters<typeof swedish>[0] = {}) => swedish(parts).replace('## 2. Hur informationen används', HOSTILE_HEADING);

/**
 * main holds the policy in Swedish and English, in step; the pull request adds Google Analytics to the Swedish one
 * only (dated, listed and acknowledged by its trailer): the English has drifted.
 */
function driftingPullRequest(): PullRequest {
  const repo = makeRepo([{ message: 'Policy in two languages', date: '2024-01-15T10:00:00+02:00', files: { 'privacy.sv.md': hostileSwedish(), 'privacy.en.md': english() } }]);
  const base = repo.git(['rev-parse', 'HEAD']).trim();
  const head = repo.commit({ message: 'Add Google Analytics\n\nPolicy-Significance: significant', date: '2024-03-10T10:00:00+02:00', files: { 'privacy.sv.md': hostileSwedish(GOOGLE_ANALYTICS_IN_ALL.sv) } });
  return { repo, base, head };
}

const checksPart = (body: string) => /\n### Checks\n[\s\S]*?(?=\n#### Redlines|$)/.exec(body)?.[0];

describe('comment: the Checks part (policydiff check over the same range)', () => {
  it('posts the translation drift, escaped, counts it in check-errors and the JSON, and does not fail by default', async () => {
    const pr = driftingPullRequest();
    const gh = await job(pr);
    const result = await gh.run(['comment', '--post']);
    expect(result.stderr).toMatch(/^policydiff: created the pull request comment /);
    expect(result.status).toBe(0);
    const body = gh.server.comments[0]!.body;
    const checks = checksPart(body);
    expect(checks).toBeDefined();
    expect(body.indexOf('| Status | Section | Summary |')).toBeLessThan(body.indexOf('### Checks'));
    expect(checks).toContain('**1 error**');
    expect(checks).toMatch(/- \*\*Error\*\* · Translation drift · `privacy\.en\.md`: Chapter 2 “2\. Hur .*” changed in privacy\.sv\.md since [0-9a-f]{7}, but its counterpart chapter 2 “2\. How the information is used” in privacy\.en\.md did not/);
    // The base is named by the short hash the comment's range shows, so the fix runs as written.
    expect(checks).toContain(`policydiff diff ${pr.base.slice(0, 7)} HEAD -- privacy.sv.md`);
    // The heading a pull request set is text: no mention, no HTML.
    expect(checks).not.toMatch(/@team|<img/);
    const html = new Marked({ gfm: true }).parse(body) as string;
    expect(html).not.toMatch(/<img|<[^>]*\sonerror=/i);
    expect(gh.outputs()).toMatchObject({ level: 'significant', 'check-errors': '1' });

    const json = await runCliAsync(['comment', '--base', pr.base, '--format', 'json'], { cwd: pr.repo.dir, env: { GITHUB_EVENT_PATH: undefined, GITHUB_OUTPUT: undefined } });
    const parsed = JSON.parse(json.stdout) as { comment: string; checks: { check: string; severity: string; file: string; commit?: string }[] };
    expect(parsed.checks.map((finding) => `${finding.severity} ${finding.check} ${finding.file}`)).toEqual(['error translation-drift privacy.en.md']);
    expect(parsed.comment).toBe(body);
  });

  it('--no-checks leaves the part out; --fail-on-checks needs the checks', async () => {
    const pr = driftingPullRequest();
    const gh = await job(pr);
    const result = await gh.run(['comment', '--post', '--no-checks']);
    expect(result.status).toBe(0);
    expect(gh.server.comments[0]!.body).not.toContain('### Checks');
    expect(gh.server.comments[0]!.body).toContain('## Policy change: significant');
    expect(gh.outputs()['check-errors']).toBe('0');
    const both = await gh.run(['comment', '--post', '--no-checks', '--fail-on-checks', 'error']);
    expect(both.status).toBe(ExitCode.usage);
    expect(both.stderr).toBe('policydiff: --fail-on-checks error needs the checks that --no-checks turns off: drop one of them (the action: checks "true", or fail-on-checks "none")\n');
  });

  it('--fail-on-checks error exits 1 after posting, and 0 once the translation is done; the pass is one line', async () => {
    const pr = driftingPullRequest();
    const gh = await job(pr);
    const failing = await gh.run(['comment', '--post', '--fail-on-checks', 'error']);
    expect(failing.status).toBe(ExitCode.threshold);
    expect(failing.stderr).toMatch(/^policydiff: created the pull request comment \S+\npolicydiff: the checks found 1 error, which reaches --fail-on-checks error \(see the comment's Checks part for the fixes\)\n$/);
    expect(gh.server.comments).toHaveLength(1);
    expect(gh.server.comments[0]!.body).toContain('Translation drift');
    expect(gh.outputs()['check-errors']).toBe('1');

    // Both gates reached: one message names both.
    const twice = await gh.run(['comment', '--post', '--fail-on', 'significant', '--fail-on-checks', 'warning']);
    expect(twice.status).toBe(ExitCode.threshold);
    expect(twice.stderr).toContain('policydiff: the change is significant, which reaches --fail-on significant; and the checks found 1 error, which reaches --fail-on-checks warning');

    // The same day, and acknowledged too: the translation is a significant change of the English policy.
    pr.repo.commit({ message: 'Translate Google Analytics\n\nPolicy-Significance: significant', date: '2024-03-10T12:00:00+02:00', files: { 'privacy.en.md': english(GOOGLE_ANALYTICS_IN_ALL.en) } });
    const fixed = await gh.run(['comment', '--post', '--fail-on-checks', 'error']);
    expect(fixed.stderr).toMatch(/^policydiff: updated the pull request comment /);
    expect(fixed.status).toBe(0);
    const body = gh.server.comments[0]!.body;
    expect(checksPart(body)).toBe('\n### Checks\n\nAll checks passed: translations in step, "last updated" dates kept, change lists kept, significant changes acknowledged.\n');
    expect(gh.outputs()['check-errors']).toBe('0');
  });

  it('says nothing when no check applies, and has no Checks part once the pull request no longer changes the policy', async () => {
    // One file, no translation, no date line, no change list, and a change that is not significant.
    const pr = pullRequest('Vi samlar in namn och e-postadress när du skapar ett konto hos oss.');
    const gh = await job(pr);
    const quiet = await gh.run();
    expect(quiet.status).toBe(0);
    expect(gh.server.comments[0]!.body).not.toContain('### Checks');
    expect(gh.server.comments[0]!.body).not.toMatch(/## Policy change: (significant|none)/);

    const drifting = driftingPullRequest();
    const gh2 = await job(drifting);
    expect((await gh2.run(['comment', '--post'])).status).toBe(0);
    drifting.repo.commit({ message: 'Revert', date: '2024-03-12T10:00:00+02:00', files: { 'privacy.sv.md': hostileSwedish() } });
    const reverted = await gh2.run(['comment', '--post', '--fail-on-checks', 'warning']);
    expect(reverted.status).toBe(0);
    expect(gh2.server.comments[0]!.body).toMatch(/^<!-- policydiff:comment -->\n## Policy change: none\n/);
    expect(gh2.server.comments[0]!.body).not.toContain('### Checks');
    expect(gh2.outputs()['check-errors']).toBe('0');
  });

  it('the action: inputs checks and fail-on-checks reach the command, a value other than true/false runs nothing', async () => {
    const pr = driftingPullRequest();
    const gh = await job(pr);
    const failing = await gh.action({ 'fail-on-checks': 'error' });
    expect(failing.status).toBe(ExitCode.threshold);
    expect(gh.server.comments[0]!.body).toContain('### Checks');
    expect(gh.outputs()['check-errors']).toBe('1');
    const off = await gh.action({ checks: 'false' });
    expect(off.status).toBe(0);
    expect(gh.server.comments[0]!.body).not.toContain('### Checks');
    const writes = gh.server.writes().length;
    const crafted = await gh.action({ checks: '$(touch pwned)' });
    expect(crafted.status).toBe(ExitCode.usage);
    expect(crafted.stderr).toBe('policydiff: the input checks is "$(touch pwned)": give true or false\n');
    expect(existsSync(join(pr.repo.dir, 'pwned'))).toBe(false);
    expect(gh.server.writes()).toHaveLength(writes);
  });
});

/** `owner/action@<full commit> # vX.Y.Z`: pinned to what cannot move, with the version a reader knows. */
const PINNED = /^[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/;

describe('docs/github-action.md', () => {
  const page = readFileSync(new URL('../docs/github-action.md', import.meta.url), 'utf8');

  it('gives a workflow to copy with every action pinned to a full commit, policydiff to a release', () => {
    const workflow = /\n```yaml\n([\s\S]*?)\n```\n/.exec(page)![1]!;
    const uses = [...workflow.matchAll(/uses: (.+)$/gm)].map((match) => match[1]!);
    expect(uses).toHaveLength(2);
    expect(uses[0]).toMatch(/^actions\/checkout@/);
    expect(uses[0]).toMatch(PINNED);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(uses[1]).toBe(`<owner>/policydiff@<full commit of the release> # v${version}`);
    expect(workflow).toContain('with: { fetch-depth: 0 }');
  });

  it('shows the comment the command really prints for the fixture history, its Checks part included', async () => {
    const shown = /\n````markdown\n([\s\S]*?)\n````\n/.exec(page)?.[1];
    const { repo } = historyRepo('history-001');
    const result = await runCliAsync(['comment', '--base', 'HEAD~1'], { cwd: repo.dir, env: { GITHUB_EVENT_PATH: undefined, GITHUB_OUTPUT: undefined } });
    expect(result.status).toBe(0);
    // Commit hashes differ from repository to repository (the range, the Checks part's commits); all else is the same.
    const hashes = (text: string) => text.replace(/`[0-9a-f]{7}` → `[0-9a-f]{7}`/, '`base` → `head`').replace(/\bCommit [0-9a-f]{7}\b/g, 'Commit <hash>');
    expect(result.stdout).toContain('\n### Checks\n');
    expect(hashes(`${shown}\n`)).toBe(hashes(result.stdout));
  });
});

describe('action.yml', () => {
  const action = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');

  it('maps its inputs to the CLI through env vars, never into the script, and its outputs to the step that writes them', async () => {
    const inputsBlock = action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'));
    const outputsBlock = action.slice(action.indexOf('\noutputs:'), action.indexOf('\nruns:'));
    expect([...inputsBlock.matchAll(/^ {2}([\w-]+):$/gm)].map((match) => match[1])).toEqual(['files', 'fail-on', 'checks', 'fail-on-checks', 'token']);
    expect([...outputsBlock.matchAll(/^ {2}([\w-]+):$/gm)].map((match) => match[1])).toEqual(['level', 'entry', 'comment-url', 'check-errors']);
    for (const output of ['level', 'entry', 'comment-url', 'check-errors']) expect(outputsBlock).toContain(`value: \${{ steps.comment.outputs.${output} }}`);
    expect(action).toMatch(/using: composite/);
    const scripts = [...action.matchAll(/run: \|\n((?: {8}.*\n)+)/g)].map((match) => match[1]!);
    expect(scripts.length).toBe(1);
    for (const script of scripts) expect(script).not.toMatch(/\$\{\{\s*inputs\./);
    // The committed bundle, run as is: no install, no build.
    expect(scripts[0]).not.toMatch(/\bnpm\b|\bnpx\b/);
    expect(scripts[0]).toContain('node "${{ github.action_path }}/action/dist/index.js" comment --post');
    // Every option the script passes is one the command takes, and every fail-on choice too.
    const help = (await runCliAsync(['comment', '--help'])).stdout.replace(/\s+/g, ' ');
    for (const option of new Set(scripts[0]!.match(/--[a-z-]+/g))) expect(help).toContain(option);
    expect(help).toContain('"none", "editorial", "minor", "significant"');
    expect(help).toContain('"none", "warning", "error"');
    expect(inputsBlock).toContain('default: ${{ github.token }}');
    expect(action).toContain('GITHUB_TOKEN: ${{ inputs.token }}');
  });

  it('pins Node to a major with actions/setup-node, and every action it uses to a full commit with its version', () => {
    const uses = [...action.matchAll(/^ {6}uses: (.+)$/gm)].map((match) => match[1]!);
    expect(uses).toHaveLength(1);
    for (const used of uses) expect(used).toMatch(PINNED);
    expect(uses[0]).toMatch(/^actions\/setup-node@/);
    expect(action).toMatch(/\n {8}node-version: \d+\n/);
    // The oldest Node policydiff supports (package.json engines): the one the bundle targets and CI runs on.
    const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(`>=${/\n {8}node-version: (\d+)\n/.exec(action)![1]}`).toBe(engines);
  });

  it('runs action/dist/index.js as committed, which is what a fresh bundle of the sources makes', () => {
    const fresh = join(tempDir(), 'index.js');
    execFileSync(process.execPath, ['scripts/bundle-action.mjs', '--out', fresh], { cwd: ROOT });
    const committed = readFileSync(join(ROOT, 'action/dist/index.js'));
    expect(committed.equals(readFileSync(fresh)), 'action/dist/index.js is not what the sources bundle to: run `npm run bundle:action` and commit it').toBe(true);
  });
});
