/**
 * The part of GitHub's REST API policydiff uses: an issue's comments, listed, created and updated. Node's global
 * `fetch`; pages followed by their `Link: rel="next"` headers. A CI job must not stall on GitHub: every request has
 * a deadline for its answer, body included; server errors (5xx) and timeouts of requests that can be repeated are
 * retried with backoff, and rate limits (429, or 403 with `retry-after` or `x-ratelimit-remaining: 0`) waited out,
 * all within one budget for the client's work; each failure is reported as what it is. The token is sent only in
 * the `authorization` header and is removed from every message this module makes, whatever the server echoes back.
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
  /** Deadline for one request's whole answer, in ms (default 30 s). */
  timeoutMs?: number;
  /** Time for all of this client's requests, retries and waits together, in ms (default 3 minutes). */
  budgetMs?: number;
  /** The wait before the first retry, in ms, doubled for each further one (default 1 s). */
  retryDelayMs?: number;
}

export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user?: { login?: string; type?: string } | null;
}

/**
 * What went wrong: `refused` (a 4xx answer: the token, the permissions, the repository), `rate-limited`,
 * `server-error` (5xx), `timeout`, `unreachable` (no connection), `invalid-answer` (not JSON, or not what was
 * asked for), `invalid-url` (GITHUB_API_URL or GITHUB_REPOSITORY).
 */
export type GitHubFailure = 'refused' | 'rate-limited' | 'server-error' | 'timeout' | 'unreachable' | 'invalid-answer' | 'invalid-url';

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: GitHubFailure = 'refused',
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }

  /** A failure that says nothing of whether the request was done: a create may have happened all the same. */
  get uncertain(): boolean {
    return this.kind === 'server-error' || this.kind === 'timeout';
  }
}

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const DEFAULT_MAX_WAIT_SECONDS = 60;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_BUDGET_MS = 180_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;
const API_EXAMPLE = 'the API’s address such as https://api.github.com';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** `<https://…?page=3>; rel="next", <…>; rel="last"` → the next page's address. */
export function nextPageUrl(link: string | null): string | undefined {
  if (link === null) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match !== null) return match[1];
  }
  return undefined;
}

/** `GITHUB_API_URL` as a base URL, or the error that says it is not one. */
function apiBase(apiUrl: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new GitHubApiError(`GITHUB_API_URL ${JSON.stringify(apiUrl.slice(0, 200))} is not an http(s) address: unset it, or give ${API_EXAMPLE}`, 0, 'invalid-url');
  }
  return url;
}

/** An answer read whole within the deadline. */
interface Answer {
  response: Response;
  text: string;
}

export class GitHubClient {
  private readonly base: URL;
  private readonly maxWaitSeconds: number;
  private readonly attempts: number;
  private readonly timeoutMs: number;
  private readonly budgetMs: number;
  private readonly retryDelayMs: number;
  /** When the budget runs out: set by the first request. */
  private deadline: number | undefined;

  constructor(private readonly options: GitHubClientOptions) {
    if (!REPOSITORY.test(options.repository)) throw new GitHubApiError(`GITHUB_REPOSITORY ${JSON.stringify(options.repository)} is not owner/name`, 0, 'invalid-url');
    this.base = apiBase(options.apiUrl);
    this.maxWaitSeconds = options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
    this.attempts = options.attempts ?? 4;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
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

  /** Why a rate limit is not waited out, with when to run again. */
  private rateLimitError(what: string, response: Response, wait: number): GitHubApiError {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const when =
      response.headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0
        ? `is used up until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC (in ${Math.max(1, Math.round(wait / 60))} min): run the job again then`
        : `is reached and GitHub asks to wait ${wait} s, longer than policydiff waits: run the job again later`;
    return new GitHubApiError(this.redact(`${what}: GitHub's rate limit for this token ${when}`), response.status, 'rate-limited');
  }

  /** One try: the answer's status, headers and whole body, or the failure to get them within `timeoutMs`. */
  private async attempt(method: string, url: URL, body: unknown, timeoutMs: number): Promise<Answer> {
    const what = `${method} ${url.pathname}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response | undefined;
    try {
      response = await fetch(url, {
        method,
        signal: controller.signal,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.options.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'policydiff',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { response, text: await response.text() };
    } catch (error) {
      if (controller.signal.aborted) {
        // The deadline as configured: the last try may have had less of the budget left.
        const limit = seconds(this.timeoutMs);
        const stalled = response === undefined ? `no answer from GitHub within ${limit}` : `the answer did not arrive within ${limit} (it began, then stalled)`;
        throw new GitHubApiError(`${what}: ${stalled}`, response?.status ?? 0, 'timeout');
      }
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new GitHubApiError(this.redact(`${what} could not reach ${url.origin}: ${cause}`), 0, 'unreachable');
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A request with its retries: server errors and timeouts again after a backoff (only where repeating it cannot
   * do it twice: not a POST), rate limits after their wait, all within the budget.
   */
  private async request(method: string, url: URL, body?: unknown): Promise<Answer> {
    const what = `${method} ${url.pathname}`;
    const started = Date.now();
    this.deadline ??= started + this.budgetMs;
    const repeatable = method !== 'POST';
    for (let attempt = 1; ; attempt += 1) {
      const left = this.deadline - Date.now();
      let outcome: Answer | GitHubApiError;
      try {
        outcome = await this.attempt(method, url, body, Math.max(1, Math.min(this.timeoutMs, left)));
      } catch (error) {
        if (!(error instanceof GitHubApiError) || error.kind !== 'timeout') throw error;
        outcome = error;
      }
      if (!(outcome instanceof GitHubApiError)) {
        const { response, text } = outcome;
        if (response.ok) return outcome;
        const wait = this.rateLimitWait(response);
        if (wait !== undefined) {
          if (wait > this.maxWaitSeconds || wait * 1000 > this.deadline - Date.now() || attempt >= this.attempts) throw this.rateLimitError(what, response, wait);
          await sleep(wait * 1000);
          continue;
        }
        if (response.status < 500) throw this.refusal(what, response.status, text);
        outcome = new GitHubApiError(`${what}: GitHub answered ${response.status} (a server error)`, response.status, 'server-error');
      }
      const delay = this.retryDelayMs * 2 ** (attempt - 1);
      if (!repeatable || attempt >= this.attempts || Date.now() + delay >= this.deadline) {
        const took = `in ${Math.round((Date.now() - started) / 1000)} s`;
        const tries = attempt === 1 ? '' : outcome.kind === 'timeout' ? `, ${attempt} tries ${took}` : ` ${attempt} times ${took}`;
        throw new GitHubApiError(`${outcome.message}${tries}: GitHub may be down; run the job again later`, outcome.status, outcome.kind);
      }
      await sleep(delay);
    }
  }

  /** A 4xx answer: the status and GitHub's message, which says what is wrong (a token, a permission, a name). */
  private refusal(what: string, status: number, text: string): GitHubApiError {
    let detail = '';
    try {
      detail = String((JSON.parse(text) as { message?: unknown } | null)?.message ?? '');
    } catch {
      // Not JSON: the status says enough.
    }
    return new GitHubApiError(this.redact(`${what} answered ${status}${detail === '' ? '' : ` ${JSON.stringify(detail.slice(0, 200))}`}`), status, 'refused');
  }

  /** The answer's JSON, or an error that says the answer is not what the API gives. */
  private json<T>(what: string, { response, text }: Answer): T {
    try {
      return JSON.parse(text) as T;
    } catch {
      const type = (response.headers.get('content-type') ?? 'no content type').split(';')[0]!.trim();
      throw new GitHubApiError(`${what}: the answer (${response.status}, ${type}) is not JSON: check GITHUB_API_URL, it should be ${API_EXAMPLE}`, response.status, 'invalid-answer');
    }
  }

  /** A comment as created or updated: its address is what the caller reports. */
  private comment(what: string, answer: Answer): IssueComment {
    const comment = this.json<IssueComment | null>(what, answer);
    if (typeof comment?.html_url !== 'string' || typeof comment.id !== 'number') {
      throw new GitHubApiError(`${what}: the answer (${answer.response.status}) is not a comment: check GITHUB_API_URL, it should be ${API_EXAMPLE}`, answer.response.status, 'invalid-answer');
    }
    return comment;
  }

  /** Every comment of an issue or pull request, oldest first, 100 a page. */
  async listIssueComments(issue: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    let next: URL | undefined = this.url(`repos/${this.options.repository}/issues/${issue}/comments?per_page=100`);
    // A bound on pages, so that a server whose Link always points on cannot hold the job for ever.
    for (let pages = 0; next !== undefined && pages < 1000; pages += 1) {
      const answer = await this.request('GET', next);
      const page = this.json<unknown>(`GET ${next.pathname}`, answer);
      if (!Array.isArray(page)) throw new GitHubApiError(`GET ${next.pathname} did not answer with a list of comments: check GITHUB_API_URL`, answer.response.status, 'invalid-answer');
      for (const comment of page as IssueComment[]) comments.push(comment);
      const link = nextPageUrl(answer.response.headers.get('link'));
      next = link === undefined ? undefined : new URL(link, next);
      // Follow only the API's own pages: a forged Link must not send the token elsewhere.
      if (next !== undefined && next.origin !== this.base.origin) {
        throw new GitHubApiError(`the next page of comments is on another host (${next.origin}): check GITHUB_API_URL`, 0, 'invalid-answer');
      }
    }
    return comments;
  }

  async createIssueComment(issue: number, body: string): Promise<IssueComment> {
    const url = this.url(`repos/${this.options.repository}/issues/${issue}/comments`);
    return this.comment(`POST ${url.pathname}`, await this.request('POST', url, { body }));
  }

  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    const url = this.url(`repos/${this.options.repository}/issues/comments/${id}`);
    return this.comment(`PATCH ${url.pathname}`, await this.request('PATCH', url, { body }));
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
  try {
    return { action: 'created', url: (await client.createIssueComment(issue, body)).html_url };
  } catch (error) {
    if (!(error instanceof GitHubApiError) || !error.uncertain) throw error;
    // A create that failed uncertainly may have been done: look again before creating, so as never to post twice.
    const created = (await client.listIssueComments(issue)).find((comment) => isOwnComment(comment, options.marker));
    if (created === undefined) return { action: 'created', url: (await client.createIssueComment(issue, body)).html_url };
    return { action: 'created', url: created.body === body ? created.html_url : (await client.updateIssueComment(created.id, body)).html_url };
  }
}
