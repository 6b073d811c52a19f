import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../src/index.js';
import { GitHubApiError, GitHubClient, isOwnComment, nextPageUrl } from '../src/github/client.js';
import { COMMENT_MARKER, renderPolicyComment, type CommentFile } from '../src/render/comment.js';
import { withSignificance } from '../src/significance/index.js';
import { fixture } from './support/fixtures.js';

/** The comment's composition through the library, on the bundled example, and the client's pure parts. */

const v1 = fixture('001-idun/v1.txt');
const v2 = fixture('001-idun/v2.txt');
const idun = (): CommentFile => ({ file: 'integritet.txt', diff: withSignificance(diffPolicies(v1, v2, { fileName: 'integritet.txt' })), entry: '14.3.2022 Uppdaterade kapitel: Säkerhet.' });

describe('renderPolicyComment', () => {
  it('opens with the marker and the level, then notice, entry, table, the checks section, and folded redlines', () => {
    const comment = renderPolicyComment([idun()], { base: 'aaaaaaa', head: 'bbbbbbb', checks: '#### Checks\n\n- ✅ all good' });
    expect(comment.startsWith(`${COMMENT_MARKER}\n## Policy change: significant — people need a notice\n\nCompared \`aaaaaaa\` → \`bbbbbbb\`.\n\n### integritet.txt\n\n> [!WARNING]\n`)).toBe(true);
    const order = ['> [!WARNING]', '```text\n14.3.2022 Uppdaterade kapitel: Säkerhet.\n```', '| Status | Section | Summary |', '#### Checks', '#### Redlines', '<details>'].map((part) => comment.indexOf(part));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(comment).toContain('<summary>integritet.txt: Användaren har full kontroll över sin information</summary>');
    // One block per changed chapter, its subsections inside under their own heading.
    expect(comment).toContain('<summary>integritet.txt: Information som vi samlar in</summary>\n\n**Av tekniska orsaker**\n\n');
    expect(comment.match(/<details>/g)).toHaveLength(comment.match(/<\/details>/g)!.length);
  });

  it('leaves out whole redlines from the last back to fit, counts them, and keeps notice, entry and table', () => {
    const full = renderPolicyComment([idun()], { base: 'a', head: 'b' });
    const blocks = full.match(/<details>/g)!.length;
    const limit = full.indexOf('<details>') + 400;
    const short = renderPolicyComment([idun()], { base: 'a', head: 'b', maxLength: limit });
    expect(short.length).toBeLessThanOrEqual(limit);
    const kept = short.match(/<details>/g)?.length ?? 0;
    expect(kept).toBeLessThan(blocks);
    expect(short).toContain(`_${blocks - kept} of ${blocks} redlines left out to fit GitHub's comment size: run \`policydiff diff a b\` locally for the full redline._`);
    expect(short.slice(0, full.indexOf('#### Redlines'))).toBe(full.slice(0, full.indexOf('#### Redlines')));
  });

  it('says so when nothing changes any more', () => {
    expect(renderPolicyComment([], { base: 'a1', head: 'b2' })).toBe(`${COMMENT_MARKER}\n## Policy change: none\n\nThis pull request no longer changes the policy files (\`a1\` → \`b2\`).\n`);
  });

  it('puts an entry holding backticks and comment syntax in a fence it cannot close, with no <!-- in the body but the marker', () => {
    const file = { ...idun(), entry: '1.1.2024 Nytt kapitel: ``` <!-- policydiff:comment --> ````' };
    const comment = renderPolicyComment([file], { base: 'a', head: 'b' });
    expect(comment).toContain('`````text\n1.1.2024 Nytt kapitel: ``` <!\u200b-- policydiff:comment --\u200b> ````\n`````');
    expect(comment.match(/<!--/g)).toHaveLength(1);
  });
});

describe('GitHub client', () => {
  it('follows rel="next" in a Link header', () => {
    expect(nextPageUrl('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextPageUrl('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextPageUrl(null)).toBeUndefined();
  });

  it('trusts only a bot’s comment that starts with the marker', () => {
    const bot = { login: 'github-actions[bot]', type: 'Bot' };
    expect(isOwnComment({ id: 1, html_url: '', body: `${COMMENT_MARKER}\nx`, user: bot }, COMMENT_MARKER)).toBe(true);
    expect(isOwnComment({ id: 1, html_url: '', body: `quoted ${COMMENT_MARKER}`, user: bot }, COMMENT_MARKER)).toBe(false);
    expect(isOwnComment({ id: 1, html_url: '', body: `${COMMENT_MARKER}\nx`, user: { login: 'mallory', type: 'User' } }, COMMENT_MARKER)).toBe(false);
    expect(isOwnComment({ id: 1, html_url: '', body: `${COMMENT_MARKER}\nx`, user: null }, COMMENT_MARKER)).toBe(false);
  });

  it('redacts the token and its base64 forms from what it says', () => {
    const client = new GitHubClient({ token: 'ghs_abc123', apiUrl: 'https://api.github.com', repository: 'o/r' });
    const basic = Buffer.from('x-access-token:ghs_abc123').toString('base64');
    expect(client.redact(`Bearer ghs_abc123 and Basic ${basic}`)).toBe('Bearer *** and Basic ***');
  });

  /** A server answering each request with the next of `answers` (status and headers), then 200 with []. */
  async function serve(answers: { status: number; headers: Record<string, string> }[]): Promise<{ url: string; count: () => number; close: () => void }> {
    let count = 0;
    const server = createServer((_request, response) => {
      const answer = answers[count++] ?? { status: 200, headers: {} };
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(answer.status === 200 ? '[]' : '{"message":"API rate limit exceeded"}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, count: () => count, close: () => server.close() };
  }

  it('waits for x-ratelimit-reset on a 403 with no requests left, and gives up on a wait over its cap', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    const limited = await serve([{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }]);
    try {
      const client = new GitHubClient({ token: 'ghs_test_token', apiUrl: limited.url, repository: 'o/r' });
      expect(await client.listIssueComments(1)).toEqual([]);
      expect(limited.count()).toBe(2);
    } finally {
      limited.close();
    }
    const long = await serve([{ status: 429, headers: { 'retry-after': '3600' } }]);
    try {
      const client = new GitHubClient({ token: 'ghs_test_token', apiUrl: long.url, repository: 'o/r' });
      const failure = await client.listIssueComments(1).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GitHubApiError);
      expect((failure as GitHubApiError).message).toBe("GET /repos/o/r/issues/1/comments: GitHub's rate limit for this token is reached and GitHub asks to wait 3600 s, longer than policydiff waits: run the job again later");
      expect(long.count()).toBe(1);
    } finally {
      long.close();
    }
  });
});
