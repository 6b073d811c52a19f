// The GitHub Action's own time: action.yml's comment step, its script run by bash as the runner runs it (the
// committed action/dist/index.js: no npm ci, no build), on the fixture history fixtures/history-001 committed as
// v0, v1, v2 and a pull request from v1 to v2, posting to a local server that answers GitHub's comments API.
// Timed against a bare `node -e ''` in the same run. setup-node, the step before it, runs on GitHub only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const FIXTURE = join(ROOT, 'fixtures/history-001');

/** action.yml's comment step: its script with github.action_path filled in, its inputs at their defaults. */
function commentStep() {
  const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const step = action.slice(action.indexOf('id: comment'));
  const script = /\n {6}run: \|\n((?: {8}.*\n)+)/.exec(step)[1].replace(/^ {8}/gm, '').replaceAll('${{ github.action_path }}', ROOT);
  return { script, env: { POLICYDIFF_FILES: '', POLICYDIFF_FAIL_ON: 'none', POLICYDIFF_CHECKS: 'true', POLICYDIFF_FAIL_ON_CHECKS: 'none' } };
}

/** The fixture history as v0, v1, v2; returns v1, the pull request's base. */
function fixtureRepository(dir) {
  const history = JSON.parse(readFileSync(join(FIXTURE, 'history.json'), 'utf8'));
  const git = (args, env = {}) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).stdout.trim();
  git(['init', '-q', '-b', 'main']);
  for (const [index, commit] of history.commits.entries()) {
    writeFileSync(join(dir, history.file), readFileSync(join(FIXTURE, commit.version)));
    git(['add', '.']);
    const who = { GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
    git(['commit', '-q', '-m', commit.subject], { ...who, GIT_AUTHOR_DATE: commit.date, GIT_COMMITTER_DATE: commit.date });
    git(['tag', `v${index}`]);
  }
  return git(['rev-parse', 'v1']);
}

/** Answers the comments API as GitHub does for a pull request that has no policydiff comment yet. */
async function commentsApi() {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const created = request.method === 'POST';
      response.writeHead(created ? 201 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(created ? { id: 1, html_url: 'https://github.invalid/owner/site/pull/7#issuecomment-1' } : []));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** Median wall time of RUNS runs (spawned without blocking: the server in this process answers meanwhile). */
async function medianMs(command, args, options) {
  const times = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = process.hrtime.bigint();
    const { status, stderr } = await new Promise((done) => {
      const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => done({ status, stderr }));
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${status}: ${stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'policydiff-bench-action-'));
const { server, url } = await commentsApi();
try {
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  const base = fixtureRepository(repo);
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: base }, head: { repo: { fork: false } } } }));
  const { script, env } = commentStep();
  const options = {
    cwd: repo,
    env: {
      ...process.env,
      ...env,
      GITHUB_API_URL: url,
      GITHUB_TOKEN: 'bench-token',
      GITHUB_REPOSITORY: 'owner/site',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    },
  };
  const node = await medianMs(process.execPath, ['-e', ''], options);
  const step = await medianMs('bash', ['-e', '-c', script], options);
  console.log(`median of ${RUNS} runs`);
  console.log(`node -e ''                     ${node.toFixed(0).padStart(6)} ms`);
  console.log(`action step (comment --post)   ${step.toFixed(0).padStart(6)} ms   ${(step / node).toFixed(1)}× node`);
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
