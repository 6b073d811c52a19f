/**
 * The part of GitHub's REST API policydiff uses: an issue's comments, listed, created and updated. Node's global
 * `fetch`; pages followed by their `Link: rel="next"` headers; rate limits waited out (429, or 403 with
 * `retry-after` or `x-ratelimit-remaining: 0`) up to a cap. The token is sent only in the `authorization` header
 * and is removed from every message this module makes, whatever the server echoes back.
 */

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`, e.g. `https://api.github.com` (or a GitHub Enterprise Server's `/api/v3`). */
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  /** Longest wait for a rate limit, in seconds; a longer one fails rather than holding the job. */
  maxWaitSeconds?: number;
  /** Tries per request, counting the first. */
  attempts?: number;
}

export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user?: { login?: string; type?: string } | null;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const DEFAULT_MAX_WAIT_SECONDS = 60;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** `<https://…?page=3>; rel="next", <…>; rel="last"` → the next page's address. */
export function nextPageUrl(link: string | null): string | undefined {
  if (link === null) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match !== null) return match[1];
  }
  return undefined;
}

export class GitHubClient {
  private readonly base: URL;
  private readonly maxWaitSeconds: number;
  private readonly attempts: number;

  constructor(private readonly options: GitHubClientOptions) {
    if (!REPOSITORY.test(options.repository)) throw new GitHubApiError(`GITHUB_REPOSITORY ${JSON.stringify(options.repository)} is not owner/name`, 0);
    this.base = new URL(options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
    this.maxWaitSeconds = options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
    this.attempts = options.attempts ?? 4;
  }

  /** The token, and its base64 forms, never appear in what this module says. */
  redact(text: string): string {
    const { token } = this.options;
    if (token === '') return text;
    // Longest first: one form can end with another.
    const secrets = [`x-access-token:${token}`, token].flatMap((secret) => [Buffer.from(secret).toString('base64'), secret]);
    return secrets.sort((a, b) => b.length - a.length).reduce((redacted, secret) => redacted.split(secret).join('***'), text);
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  /** Seconds to wait before retrying a rate-limited answer, or undefined when the answer is not one. */
  private rateLimitWait(response: Response): number | undefined {
    const retryAfter = response.headers.get('retry-after');
    const remaining = response.headers.get('x-ratelimit-remaining');
    if (response.status !== 429 && !(response.status === 403 && (retryAfter !== null || remaining === '0'))) return undefined;
    if (retryAfter !== null && Number.isFinite(Number(retryAfter))) return Math.max(0, Number(retryAfter));
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (remaining === '0' && Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - Date.now() / 1000));
    // GitHub's advice for a secondary limit without a time: wait at least a minute.
    return 60;
  }

  private async request(method: string, url: URL, body?: unknown): Promise<Response> {
    const what = `${method} ${url.pathname}`;
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'policydiff',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
        throw new GitHubApiError(this.redact(`${what} could not reach ${url.origin}: ${cause}`), 0);
      }
      if (response.ok) return response;
      const wait = this.rateLimitWait(response);
      if (wait !== undefined && wait <= this.maxWaitSeconds && attempt < this.attempts) {
        await response.arrayBuffer().catch(() => undefined);
        await sleep(wait * 1000);
        continue;
      }
      const detail = await response
        .json()
        .then((json: unknown) => String((json as { message?: unknown } | null)?.message ?? ''))
        .catch(() => '');
      const limited = wait === undefined ? '' : ` (rate limited; retry in ${wait} s)`;
      throw new GitHubApiError(this.redact(`${what} answered ${response.status}${detail === '' ? '' : ` ${JSON.stringify(detail.slice(0, 200))}`}${limited}`), response.status);
    }
  }

  private async json<T>(response: Response): Promise<T> {
    return (await response.json()) as T;
  }

  /** Every comment of an issue or pull request, oldest first, 100 a page. */
  async listIssueComments(issue: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    let next: URL | undefined = this.url(`repos/${this.options.repository}/issues/${issue}/comments?per_page=100`);
    // A bound on pages, so that a server whose Link always points on cannot hold the job for ever.
    for (let pages = 0; next !== undefined && pages < 1000; pages += 1) {
      const response = await this.request('GET', next);
      const page = await this.json<unknown>(response);
      if (!Array.isArray(page)) throw new GitHubApiError(`GET ${next.pathname} did not answer with a list of comments: check GITHUB_API_URL`, 0);
      comments.push(...(page as IssueComment[]));
      const link = nextPageUrl(response.headers.get('link'));
      next = link === undefined ? undefined : new URL(link, next);
      // Follow only the API's own pages: a forged Link must not send the token elsewhere.
      if (next !== undefined && next.origin !== this.base.origin) {
        throw new GitHubApiError(`the next page of comments is on another host (${next.origin}): check GITHUB_API_URL`, 0);
      }
    }
    return comments;
  }

  async createIssueComment(issue: number, body: string): Promise<IssueComment> {
    return this.json(await this.request('POST', this.url(`repos/${this.options.repository}/issues/${issue}/comments`), { body }));
  }

  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    return this.json(await this.request('PATCH', this.url(`repos/${this.options.repository}/issues/comments/${id}`), { body }));
  }
}

/**
 * A comment policydiff wrote before: it starts with the marker and a bot (the Actions token's
 * `github-actions[bot]`, or an app) wrote it. A person's comment that quotes or starts with the marker is not one.
 */
export function isOwnComment(comment: IssueComment, marker: string): boolean {
  const author = comment.user ?? undefined;
  const byBot = author?.type === 'Bot' || author?.login === 'github-actions[bot]';
  return byBot && (comment.body ?? '').startsWith(marker);
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'none' };

/**
 * One comment per issue: the earlier one updated in place, else a new one. `createIfMissing: false` only updates
 * (a pull request that no longer changes the policy gets no new comment saying so).
 */
export async function upsertComment(
  client: GitHubClient,
  issue: number,
  body: string,
  options: { marker: string; createIfMissing: boolean },
): Promise<UpsertResult> {
  const existing = (await client.listIssueComments(issue)).find((comment) => isOwnComment(comment, options.marker));
  if (existing !== undefined) {
    if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
    return { action: 'updated', url: (await client.updateIssueComment(existing.id, body)).html_url };
  }
  if (!options.createIfMissing) return { action: 'none' };
  return { action: 'created', url: (await client.createIssueComment(issue, body)).html_url };
}
