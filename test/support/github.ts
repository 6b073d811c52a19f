import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterThisTest } from './cleanup.js';

/**
 * A local HTTP server speaking the part of GitHub's REST API that `policydiff comment --post` uses: an issue's
 * comments listed (paginated with Link headers, honouring per_page), created and updated. It records every request
 * and can answer like GitHub does to a fork's read-only token (403), to a rate limit (429 with retry-after), or to
 * a bad token (401, echoing the credentials back so that tests see they are redacted). `troubles` answers the next
 * requests the way a server in trouble does instead: server errors, silence, a body that trickles, not JSON.
 */

/**
 * How one request is answered before the API itself is asked: a status with a body (a 502, a rate-limit 403, an
 * HTML login page with 200), `silence` (the connection is held and nothing is sent), or `trickle` (the status and
 * headers of a success, then one byte of the body every 200 ms, never ending).
 */
export type Trouble = { status: number; body?: string; headers?: Record<string, string> } | 'silence' | 'trickle';

/** GitHub's answer when the token's hourly requests are used up: a 403 whose headers say when they come back. */
export const rateLimitExhausted = (resetInSeconds: number): Trouble => ({
  status: 403,
  body: JSON.stringify({ message: 'API rate limit exceeded for installation ID 1.' }),
  headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds) },
});

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body?: { body?: string };
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;
export const PERSON = { login: 'octocat', type: 'User' } as const;

export class FakeGitHub {
  readonly comments: FakeComment[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Answer writes with 403 "Resource not accessible by integration", as GitHub does for a fork's token. */
  forbidWrites = false;
  /** Answer this many requests with 429 and `retry-after: 1` first. */
  rateLimited = 0;
  /** How the next requests are answered, one each, before the API is asked (see Trouble). */
  readonly troubles: Trouble[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  constructor(
    readonly repository: string,
    readonly token: string,
  ) {}

  addComment(body: string, user: FakeComment['user']): FakeComment {
    const id = this.nextId++;
    const comment = { id, body, user: { ...user }, html_url: `https://github.invalid/${this.repository}/pull/1#issuecomment-${id}` };
    this.comments.push(comment);
    return comment;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let raw = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (raw += chunk));
      request.on('end', () => this.handle(request, response, raw));
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    afterThisTest(() => this.close());
    return this.url;
  }

  close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    // A silent or trickling answer holds its connection open: closing waits for none of them.
    this.server?.closeAllConnections();
    return new Promise((done) => (this.server?.listening === true ? this.server.close(() => done()) : done()));
  }

  /** The requests that wrote, as `METHOD path`. */
  writes(): string[] {
    return this.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);
  }

  private send(response: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(json));
  }

  private handle(request: IncomingMessage, response: ServerResponse, raw: string): void {
    const url = new URL(request.url ?? '/', this.url);
    const recorded: RecordedRequest = { method: request.method ?? '', path: url.pathname, query: url.searchParams, authorization: request.headers.authorization };
    if (raw !== '') recorded.body = JSON.parse(raw) as { body?: string };
    this.requests.push(recorded);
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return this.send(response, 401, { message: `Bad credentials: ${request.headers.authorization ?? 'none'}` });
    }
    const trouble = this.troubles.shift();
    if (trouble === 'silence') return;
    if (trouble === 'trickle') {
      response.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
      response.write('{"html_url":"');
      const timer = setInterval(() => response.write('x'), 200);
      this.timers.add(timer);
      response.on('close', () => clearInterval(timer));
      return;
    }
    if (trouble !== undefined) {
      response.writeHead(trouble.status, { 'content-type': 'text/html; charset=utf-8', ...trouble.headers });
      response.end(trouble.body ?? '');
      return;
    }
    if (this.rateLimited > 0) {
      this.rateLimited -= 1;
      return this.send(response, 429, { message: 'API rate limit exceeded' }, { 'retry-after': '1' });
    }
    const list = new RegExp(`^/repos/${this.repository}/issues/(\\d+)/comments$`).exec(url.pathname);
    const one = new RegExp(`^/repos/${this.repository}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (list !== null && request.method === 'GET') {
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const link = (n: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${n}>`;
      const links: Record<string, string> = page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
      return this.send(response, 200, this.comments.slice((page - 1) * perPage, page * perPage), links);
    }
    if ((list !== null && request.method === 'POST') || (one !== null && request.method === 'PATCH')) {
      if (this.forbidWrites) return this.send(response, 403, { message: 'Resource not accessible by integration' });
      const body = recorded.body?.body;
      if (typeof body !== 'string') return this.send(response, 422, { message: 'body is missing' });
      if (body.length > 65_536) return this.send(response, 422, { message: 'Body is too long (maximum is 65536 characters)' });
      if (one !== null) {
        const comment = this.comments.find((candidate) => candidate.id === Number(one[1]));
        if (comment === undefined) return this.send(response, 404, { message: 'Not Found' });
        comment.body = body;
        return this.send(response, 200, comment);
      }
      return this.send(response, 201, this.addComment(body, BOT));
    }
    return this.send(response, 404, { message: 'Not Found' });
  }
}
