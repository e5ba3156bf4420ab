/**
 * A fake GitHub on 127.0.0.1 for tests and the benchmark, never a mocked Octokit.
 *
 * - GraphQL (`POST /graphql`, and `/api/graphql` as on GitHub Enterprise Server) is executed by
 *   graphql-js against GitHub's published schema (@octokit/graphql-schema), with resolvers over
 *   the fixture data below: a query GitHub would reject is rejected here too.
 * - REST endpoints as GitHub documents them: `Link` pagination, ETags with `If-None-Match` → 304
 *   (free, not counted against the limit), `x-ratelimit-*` headers, 401/403/404 bodies.
 *   Paths work with and without the GHES `/api/v3` prefix.
 * - Injectable faults: any status (401, 403, 404, 422, 5xx), primary and secondary rate limits,
 *   connection resets, malformed JSON, extra latency, requests never answered; plus a global
 *   latency option.
 * - The OAuth device flow endpoints (`/login/device/code`, `/login/oauth/access_token`).
 * - Writes as GitHub documents them: `PUT /repos/{owner}/{repo}/contents/{path}` (201 created,
 *   200 updated; 422 without the `sha` of a file that exists, 409 when it is not the file's
 *   current sha) and `POST /user/repos` (201; 422 when the name is taken). A classic token
 *   without `repo` or `public_repo` gets 404 on writes, as from GitHub; so does a token that may
 *   not write to that owner's repositories.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildClientSchema, graphql, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

export interface FakeRepo {
  owner: string;
  name: string;
  nodeId?: string;
  description?: string | null;
  homepage?: string | null;
  stars?: number;
  forks?: number;
  visibility?: 'PUBLIC' | 'PRIVATE' | 'INTERNAL';
  isFork?: boolean;
  isArchived?: boolean;
  licence?: { spdxId: string; name: string } | null;
  topics?: string[];
  defaultBranch?: string;
  pushedAt?: string;
  /** Last change of anything (a push, or metadata edited); defaults to pushedAt. */
  updatedAt?: string;
  createdAt?: string;
  /** `owner/name` of the repository a fork came from. */
  parent?: string | null;
  /** Commits on the default branch: how many in all, and how many each login authored (default: all by the owner). */
  commits?: { total: number; byAuthor?: Record<string, number> };
  /** Linguist language → bytes. */
  languages?: Record<string, number>;
  /** Path → content (a Buffer for binary or invalid UTF-8). Folders are implied by paths. */
  files?: Record<string, string | Buffer>;
  /** Symbolic links (git mode 120000): path → target as written, relative to the link's folder. */
  symlinks?: Record<string, string>;
}

export interface FakeUser {
  login: string;
  name?: string | null;
  /** Organisations the user belongs to. */
  orgs?: string[];
}

export interface FaultSpec {
  /** Which requests: a regexp on `METHOD /path?query` (path without /api/v3), or a predicate. */
  match: RegExp | ((req: { method: string; path: string; body: string }) => boolean);
  /** `hang`: the request is read and never answered (until the client gives up or the server closes). */
  kind: 'status' | 'primary-rate-limit' | 'secondary-rate-limit' | 'reset' | 'malformed-json' | 'latency' | 'hang';
  status?: number;
  body?: unknown;
  /** Seconds, for rate limits. */
  retryAfter?: number;
  latencyMs?: number;
  /** How many matching requests it hits (default 1; Infinity for all). */
  times?: number;
}

export interface FakeRequestLog {
  method: string;
  path: string;
  status: number;
  rateKey: string;
}

export interface FakeGitHubOptions {
  /** Added to every response. */
  latencyMs?: number;
  authenticatedLimit?: number;
  anonymousLimit?: number;
  /** Seconds from the first request until a rate window resets. */
  resetSeconds?: number;
}

const colors: Record<string, string> = { TypeScript: '#3178c6', JavaScript: '#f1e05a', Python: '#3572A5', Go: '#00ADD8', Java: '#b07219' };

let cachedSchema: GraphQLSchema | null = null;
function schema(): GraphQLSchema {
  // GitHub's introspection JSON from @octokit/graphql-schema, as its own validate() uses (the
  // IDL has duplicates graphql-js refuses). Read from node_modules rather than imported, so the
  // fake also runs inside the bundled benchmark (the package finds it through import.meta.url).
  cachedSchema ??= buildClientSchema(JSON.parse(readFileSync(schemaJsonPath(), 'utf8')) as IntrospectionQuery);
  return cachedSchema;
}

function schemaJsonPath(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('@octokit/graphql-schema is not installed (npm install).');
  }
}

interface Token {
  login: string;
  scopes: string[] | null;
}

interface RateWindow {
  limit: number;
  remaining: number;
  reset: number;
}

function sha(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The git blob sha of a file's content, which the contents API reports and asks back. */
export function blobSha(content: string | Buffer): string {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return createHash('sha1').update(Buffer.concat([Buffer.from(`blob ${buf.length}\0`), buf])).digest('hex');
}

export class FakeGitHub {
  readonly users = new Map<string, FakeUser>();
  readonly repos = new Map<string, FakeRepo>();
  readonly tokens = new Map<string, Token>();
  readonly log: FakeRequestLog[] = [];
  readonly faults: FaultSpec[] = [];
  readonly rate = new Map<string, RateWindow>();
  readonly deviceCodes = new Map<string, { token: string; polls: number; approveAfter: number; slowDownOnce: boolean; expired: boolean; denied: boolean }>();
  latencyMs: number;
  private server: Server | null = null;
  url = '';

  constructor(readonly options: FakeGitHubOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** REST base URL in GitHub Enterprise Server form (`…/api/v3`); GraphQL then lives at `…/api/graphql`. */
  get apiUrl(): string {
    return `${this.url}/api/v3`;
  }

  addUser(user: FakeUser, token?: { token: string; scopes?: string[] | null }): this {
    this.users.set(user.login.toLowerCase(), user);
    if (token) this.tokens.set(token.token, { login: user.login, scopes: token.scopes === undefined ? ['repo', 'read:org'] : token.scopes });
    return this;
  }

  addRepo(repo: FakeRepo): FakeRepo {
    const full: FakeRepo = {
      nodeId: `R_${sha(`${repo.owner}/${repo.name}`).slice(0, 12)}`,
      description: null,
      homepage: null,
      stars: 0,
      forks: 0,
      visibility: 'PUBLIC',
      isFork: false,
      isArchived: false,
      licence: null,
      topics: [],
      defaultBranch: 'main',
      pushedAt: '2026-01-01T00:00:00Z',
      createdAt: '2025-01-01T00:00:00Z',
      languages: {},
      files: {},
      ...repo,
    };
    this.repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), full);
    return full;
  }

  updateRepo(fullName: string, patch: Partial<FakeRepo>): void {
    const r = this.repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`no repo ${fullName}`);
    Object.assign(r, patch);
  }

  fault(spec: FaultSpec): this {
    this.faults.push({ times: 1, ...spec });
    return this;
  }

  /** Sets what is left of a rate window (`anon` or a login), and when it resets. */
  setRate(key: string, remaining: number, resetInSeconds: number): void {
    const w = this.window(key);
    w.remaining = remaining;
    w.reset = Math.floor(Date.now() / 1000) + resetInSeconds;
  }

  requestCount(filter?: RegExp): number {
    return filter ? this.log.filter((l) => filter.test(`${l.method} ${l.path}`)).length : this.log.length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake GitHub failed: ${error.message}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  // -------------------------------------------------------------------------------------------

  private window(key: string): RateWindow {
    const now = Math.floor(Date.now() / 1000);
    let w = this.rate.get(key);
    if (!w || w.reset <= now) {
      const limit = key === 'anon' ? (this.options.anonymousLimit ?? 60) : (this.options.authenticatedLimit ?? 5000);
      w = { limit, remaining: limit, reset: now + (this.options.resetSeconds ?? 3600) };
      this.rate.set(key, w);
    }
    return w;
  }

  private reposOf(owner: string): FakeRepo[] {
    return [...this.repos.values()].filter((r) => r.owner.toLowerCase() === owner.toLowerCase());
  }

  private visibleTo(viewer: FakeUser, affiliations: string[] | null, canPrivate: boolean): FakeRepo[] {
    const aff = affiliations && affiliations.length ? affiliations : ['OWNER', 'COLLABORATOR'];
    const orgs = new Set((viewer.orgs ?? []).map((o) => o.toLowerCase()));
    return [...this.repos.values()]
      .filter((r) => (aff.includes('OWNER') && r.owner.toLowerCase() === viewer.login.toLowerCase()) || (aff.includes('ORGANIZATION_MEMBER') && orgs.has(r.owner.toLowerCase())))
      .filter((r) => canPrivate || r.visibility === 'PUBLIC')
      .sort(byPushedDesc);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    let path = url.pathname.replace(/^\/api\/v3(?=\/|$)/, '') || '/';
    if (path === '/api/graphql') path = '/graphql';
    const method = req.method ?? 'GET';
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const token = auth ? this.tokens.get(auth) : undefined;
    const rateKey = token ? token.login.toLowerCase() : 'anon';
    const entry: FakeRequestLog = { method, path: path + url.search, status: 0, rateKey };
    this.log.push(entry);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      const text = data === undefined ? '' : typeof data === 'string' ? data : JSON.stringify(data);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(status === 304 ? undefined : text);
    };
    if (this.latencyMs) await sleep(this.latencyMs);

    // Faults first: they stand for whatever GitHub or the network might do.
    const fault = this.faults.find((f) => (f.times ?? 1) > 0 && (f.match instanceof RegExp ? f.match.test(`${method} ${path}${url.search}`) : f.match({ method, path, body })));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      const w = this.window(rateKey);
      const rateHeaders = { 'x-ratelimit-limit': String(w.limit), 'x-ratelimit-reset': String(w.reset), 'x-ratelimit-resource': path === '/graphql' ? 'graphql' : 'core' };
      switch (fault.kind) {
        case 'reset':
          entry.status = -1;
          req.socket.destroy();
          return;
        case 'malformed-json':
          return send(200, '{"data": {"viewer": ', { ...rateHeaders, 'x-ratelimit-remaining': String(w.remaining) });
        case 'latency':
          await sleep(fault.latencyMs ?? 1000);
          break;
        case 'hang':
          entry.status = -2;
          return;
        case 'primary-rate-limit': {
          const reset = Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 60);
          return send(403, { message: `API rate limit exceeded for ${rateKey}.`, documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' }, { ...rateHeaders, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
        }
        case 'secondary-rate-limit':
          return send(fault.status ?? 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { ...rateHeaders, 'x-ratelimit-remaining': String(w.remaining), 'retry-after': String(fault.retryAfter ?? 1) });
        case 'status':
          return send(fault.status ?? 500, fault.body ?? { message: `Fake failure ${fault.status ?? 500}` }, { ...rateHeaders, 'x-ratelimit-remaining': String(w.remaining) });
      }
    }

    if (path === '/login/device/code' || path === '/login/oauth/access_token') return this.deviceFlow(path, body, url, send);

    if (auth && !token) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    const w = this.window(rateKey);
    const rateHeaders = () => ({
      'x-ratelimit-limit': String(w.limit),
      'x-ratelimit-remaining': String(w.remaining),
      'x-ratelimit-reset': String(w.reset),
      'x-ratelimit-used': String(w.limit - w.remaining),
      'x-ratelimit-resource': path === '/graphql' ? 'graphql' : 'core',
    });
    if (w.remaining <= 0) {
      return send(403, { message: `API rate limit exceeded for ${rateKey}.`, documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' }, rateHeaders());
    }

    if (method === 'POST' && path === '/graphql') {
      if (!token) return send(401, { message: 'This endpoint requires you to be authenticated.' });
      w.remaining--;
      let parsed: { query?: string; variables?: Record<string, unknown> };
      try {
        parsed = JSON.parse(body);
      } catch {
        return send(400, { message: 'Problems parsing JSON' }, rateHeaders());
      }
      const result = await graphql({ schema: schema(), source: parsed.query ?? '', variableValues: parsed.variables ?? {}, rootValue: this.graphqlRoot(token, w) });
      return send(200, result, rateHeaders());
    }
    if (method === 'PUT' || method === 'POST') {
      w.remaining--;
      const write = this.write(method, path, body, token);
      return send(write.status, write.data, rateHeaders());
    }
    if (method !== 'GET') return send(404, { message: 'Not Found' }, rateHeaders());

    const rest = this.rest(path, url, token);
    const payload = JSON.stringify(rest.data);
    const etag = `W/"${sha(payload)}"`;
    if (rest.status === 200 && req.headers['if-none-match'] === etag) {
      return send(304, undefined, { ...rateHeaders(), etag });
    }
    w.remaining--;
    return send(rest.status, rest.data, { ...rateHeaders(), ...(rest.status === 200 ? { etag } : {}), ...rest.headers });
  }

  private deviceFlow(path: string, body: string, url: URL, send: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const params = new URLSearchParams(url.search);
    try {
      for (const [k, v] of Object.entries(JSON.parse(body || '{}') as Record<string, string>)) params.set(k, v);
    } catch {
      for (const [k, v] of new URLSearchParams(body)) params.set(k, v);
    }
    if (path === '/login/device/code') {
      const code = `dc_${this.deviceCodes.size + 1}`;
      const entry = this.deviceCodes.get('*next*');
      this.deviceCodes.delete('*next*');
      this.deviceCodes.set(code, entry ?? { token: 'device-token', polls: 0, approveAfter: 1, slowDownOnce: false, expired: false, denied: false });
      return send(200, { device_code: code, user_code: 'ABCD-1234', verification_uri: `${this.url}/login/device`, expires_in: 900, interval: 0 });
    }
    const d = this.deviceCodes.get(params.get('device_code') ?? '');
    if (!d) return send(200, { error: 'incorrect_device_code', error_description: 'The device_code provided is not valid.' });
    d.polls++;
    if (d.expired) return send(200, { error: 'expired_token', error_description: 'The device_code has expired.' });
    if (d.denied) return send(200, { error: 'access_denied', error_description: 'The authorization request was denied.' });
    if (d.slowDownOnce && d.polls === 1) return send(200, { error: 'slow_down', error_description: 'Too many requests.', interval: 5 });
    if (d.polls <= d.approveAfter) return send(200, { error: 'authorization_pending', error_description: 'Pending.' });
    return send(200, { access_token: d.token, token_type: 'bearer', scope: 'repo,read:org' });
  }

  /** The user enters the code on GitHub and approves: the next poll gets the token. */
  approveDeviceCodes(): void {
    for (const [code, d] of this.deviceCodes) if (code !== '*next*') d.approveAfter = 0;
  }

  /** How often the access-token endpoint was polled, over every device code. */
  deviceCodePolls(): number {
    let n = 0;
    for (const [code, d] of this.deviceCodes) if (code !== '*next*') n += d.polls;
    return n;
  }

  /** Prepares how the next device code behaves. */
  nextDeviceCode(behaviour: Partial<{ token: string; approveAfter: number; slowDownOnce: boolean; expired: boolean; denied: boolean }>): void {
    this.deviceCodes.set('*next*', { token: 'device-token', polls: 0, approveAfter: 1, slowDownOnce: false, expired: false, denied: false, ...behaviour });
  }

  // -------------------------------------------------------------------------------------------
  // GraphQL resolvers over the fixtures (graphql-js's default resolver calls functions with args).

  private graphqlRoot(token: Token, w: RateWindow) {
    const viewer = this.users.get(token.login.toLowerCase())!;
    const canPrivate = token.scopes === null || token.scopes.includes('repo');
    return {
      viewer: () => this.userNode(viewer, canPrivate),
      user: ({ login }: { login: string }) => {
        const u = this.users.get(login.toLowerCase());
        return u ? this.userNode(u, false) : null;
      },
      repository: ({ owner, name }: { owner: string; name: string }) => {
        const r = this.repos.get(`${owner}/${name}`.toLowerCase());
        return r ? this.repoNode(r) : null;
      },
      node: ({ id }: { id: string }) => this.nodeById(id),
      nodes: ({ ids }: { ids: string[] }) => {
        if (ids.length > 100) throw new Error('You may not request more than 100 nodes at once.');
        return ids.map((id) => this.nodeById(id));
      },
      rateLimit: () => ({ cost: 1, limit: w.limit, remaining: w.remaining, used: w.limit - w.remaining, nodeCount: 0, resetAt: new Date(w.reset * 1000).toISOString() }),
    };
  }

  private nodeById(id: string) {
    const r = [...this.repos.values()].find((x) => x.nodeId === id);
    return r ? this.repoNode(r) : null;
  }

  private userNode(u: FakeUser, canPrivate: boolean) {
    return {
      __typename: 'User',
      id: `U_${sha(u.login).slice(0, 10)}`,
      login: u.login,
      name: u.name ?? null,
      repositories: (args: { first?: number; after?: string; ownerAffiliations?: string[]; affiliations?: string[] }) => {
        const first = args.first ?? 0;
        if (first < 1 || first > 100) throw new Error('Requesting 101 records on the `repositories` connection exceeds the `first` limit of 100 records.');
        const all = this.visibleTo(u, args.ownerAffiliations ?? null, canPrivate);
        const start = args.after ? Number(Buffer.from(args.after, 'base64').toString().split(':')[1]) + 1 : 0;
        const slice = all.slice(start, start + first);
        const end = start + slice.length - 1;
        return {
          totalCount: all.length,
          pageInfo: { hasNextPage: start + first < all.length, endCursor: slice.length ? Buffer.from(`cursor:${end}`).toString('base64') : null },
          nodes: slice.map((r) => this.repoNode(r)),
        };
      },
    };
  }

  private repoNode(r: FakeRepo) {
    const files = withLinks(r);
    return {
      __typename: 'Repository',
      id: r.nodeId,
      name: r.name,
      nameWithOwner: `${r.owner}/${r.name}`,
      url: `https://github.com/${r.owner}/${r.name}`,
      owner: { __typename: this.users.has(r.owner.toLowerCase()) ? 'User' : 'Organization', login: r.owner },
      description: r.description,
      homepageUrl: r.homepage,
      stargazerCount: r.stars,
      forkCount: r.forks,
      visibility: r.visibility,
      isFork: r.isFork,
      isArchived: r.isArchived,
      isPrivate: r.visibility !== 'PUBLIC',
      pushedAt: r.pushedAt,
      updatedAt: r.updatedAt ?? r.pushedAt,
      createdAt: r.createdAt,
      parent: r.parent ? { nameWithOwner: r.parent } : null,
      licenseInfo: r.licence ? { spdxId: r.licence.spdxId, name: r.licence.name, key: r.licence.spdxId.toLowerCase() } : null,
      defaultBranchRef: r.defaultBranch ? { name: r.defaultBranch, target: this.commitNode(r) } : null,
      primaryLanguage: (() => {
        const top = Object.entries(r.languages ?? {}).sort((a, b) => b[1] - a[1])[0];
        return top ? { name: top[0], color: colors[top[0]] ?? null } : null;
      })(),
      repositoryTopics: ({ first }: { first: number }) => ({ nodes: (r.topics ?? []).slice(0, first).map((name) => ({ topic: { name } })) }),
      languages: ({ first }: { first: number }) => {
        const entries = Object.entries(r.languages ?? {}).sort((a, b) => b[1] - a[1]).slice(0, first);
        return {
          totalSize: entries.reduce((s, [, n]) => s + n, 0),
          totalCount: entries.length,
          edges: entries.map(([name, size]) => ({ size, node: { name, color: colors[name] ?? null } })),
        };
      },
      object: ({ expression }: { expression: string }) => {
        const m = /^HEAD:(.*)$/.exec(expression);
        if (!m) return null;
        return gitObject(files, m[1].replace(/\/+$/, ''), r.symlinks ?? {});
      },
    };
  }

  /** The default branch's head commit: `history` counts as GitHub does, and demands `first` or `last`. */
  private commitNode(r: FakeRepo) {
    const total = r.commits?.total ?? 1;
    const byAuthor = r.commits?.byAuthor ?? { [r.owner]: total };
    const userIds = new Map([...this.users.values()].map((u) => [`U_${sha(u.login).slice(0, 10)}`, u.login.toLowerCase()]));
    return {
      __typename: 'Commit',
      history: (args: { first?: number | null; last?: number | null; author?: { id?: string | null; emails?: string[] } | null }) => {
        if (args.first == null && args.last == null) throw new Error('You must provide a `first` or `last` value to properly paginate the `history` connection.');
        if ((args.first ?? 0) > 100 || (args.last ?? 0) > 100) throw new Error('Requesting more than 100 records on the `history` connection exceeds the limit.');
        let count = total;
        if (args.author?.id) {
          const login = userIds.get(args.author.id);
          count = login ? Object.entries(byAuthor).filter(([l]) => l.toLowerCase() === login).reduce((s, [, n]) => s + n, 0) : 0;
        }
        return { totalCount: count, nodes: [] };
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // REST

  private rest(path: string, url: URL, token: Token | undefined): { status: number; data: unknown; headers?: Record<string, string> } {
    const notFound = { status: 404, data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    let m: RegExpExecArray | null;
    if (path === '/user') {
      if (!token) return { status: 401, data: { message: 'Requires authentication' } };
      const u = this.users.get(token.login.toLowerCase())!;
      return { status: 200, data: this.restUser(u), headers: token.scopes === null ? {} : { 'x-oauth-scopes': token.scopes.join(', ') } };
    }
    if (path === '/rate_limit') return { status: 200, data: {} };
    if ((m = /^\/users\/([^/]+)$/.exec(path))) {
      const u = this.users.get(decodeURIComponent(m[1]).toLowerCase());
      return u ? { status: 200, data: this.restUser(u) } : notFound;
    }
    if ((m = /^\/users\/([^/]+)\/repos$/.exec(path)) || path === '/user/repos') {
      let list: FakeRepo[];
      if (m) {
        const login = decodeURIComponent(m[1]);
        if (!this.users.has(login.toLowerCase())) return notFound;
        list = this.reposOf(login).filter((r) => r.visibility === 'PUBLIC');
      } else {
        if (!token) return { status: 401, data: { message: 'Requires authentication' } };
        const u = this.users.get(token.login.toLowerCase())!;
        list = this.visibleTo(u, ['OWNER', 'ORGANIZATION_MEMBER'], true);
      }
      if (url.searchParams.get('sort') === 'pushed') list = [...list].sort(byPushedDesc);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const slice = list.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(list.length / perPage));
      const link = (p: number, rel: string) => {
        const u = new URL(`${this.apiUrl}${path}${url.search}`);
        u.searchParams.set('page', String(p));
        return `<${u}>; rel="${rel}"`;
      };
      const links = [page < last ? link(page + 1, 'next') : null, page < last ? link(last, 'last') : null, page > 1 ? link(1, 'first') : null, page > 1 ? link(page - 1, 'prev') : null].filter(Boolean);
      return { status: 200, data: slice.map((r) => this.restRepo(r)), headers: links.length ? { link: links.join(', ') } : {} };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path))) {
      const r = this.repos.get(`${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`.toLowerCase());
      if (!r || (r.visibility !== 'PUBLIC' && !token)) return notFound;
      const rest = m[3] ?? '';
      if (rest === '') return { status: 200, data: this.restRepo(r) };
      if (rest === '/languages') return { status: 200, data: r.languages ?? {} };
      if (rest === '/readme') {
        const name = preferredReadme(Object.keys(withLinks(r)));
        const file = name === null ? null : fileAt(r, name);
        return file ? { status: 200, data: contentFile(file, r.files![file]) } : notFound;
      }
      const t = /^\/git\/trees\/([^/]+)$/.exec(rest);
      if (t) {
        const ref = decodeURIComponent(t[1]);
        if (ref !== 'HEAD' && ref !== r.defaultBranch) return notFound;
        const files = withLinks(r);
        const links = r.symlinks ?? {};
        const tree = url.searchParams.get('recursive') ? allPaths(files) : (treeEntries(files, '') ?? []).map((e) => ({ path: e.name, type: e.type, size: e.size }));
        return { status: 200, data: { sha: sha(JSON.stringify(Object.keys(files))), tree: tree.map((e) => ({ ...e, mode: e.type === 'tree' ? '040000' : e.path in links ? '120000' : '100644' })), truncated: false } };
      }
      const c = /^\/contents(?:\/(.*))?$/.exec(rest);
      if (c) {
        const p = decodeURIComponent(c[1] ?? '').replace(/\/+$/, '');
        const files = withLinks(r);
        // A link to a file answers with that file's content; any other link describes itself.
        const link = r.symlinks?.[p];
        if (link !== undefined) {
          const file = fileAt(r, p);
          if (file) return { status: 200, data: contentFile(file, r.files![file]) };
          return { status: 200, data: { name: p.split('/').pop(), path: p, sha: blobSha(Buffer.from(link)), type: 'symlink', target: link, size: link.length } };
        }
        if (p in files) return { status: 200, data: contentFile(p, files[p]) };
        const entries = treeEntries(files, p);
        if (entries === null) return notFound;
        return { status: 200, data: entries.map((e) => ({ name: e.name, path: p ? `${p}/${e.name}` : e.name, type: e.type === 'tree' ? 'dir' : 'file', size: e.size })) };
      }
    }
    return notFound;
  }

  /** Commits written through the contents API, newest last (what tests check). */
  readonly commits: Array<{ repo: string; path: string; message: string; sha: string }> = [];

  private write(method: string, path: string, body: string, token: Token | undefined): { status: number; data: unknown } {
    const docs = 'https://docs.github.com/rest';
    const notFound = { status: 404, data: { message: 'Not Found', documentation_url: docs } };
    if (!token) return { status: 401, data: { message: 'Requires authentication', documentation_url: docs } };
    // A classic token needs repo or public_repo to write; GitHub answers 404, not 403, without them.
    const mayWrite = token.scopes === null || token.scopes.includes('repo') || token.scopes.includes('public_repo');
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body || '{}');
    } catch {
      return { status: 400, data: { message: 'Problems parsing JSON', documentation_url: docs } };
    }
    if (method === 'POST' && path === '/user/repos') {
      if (!mayWrite) return notFound;
      const name = typeof input.name === 'string' ? input.name : '';
      if (!name) return { status: 422, data: { message: 'Repository creation failed.', errors: [{ resource: 'Repository', code: 'missing_field', field: 'name' }], documentation_url: docs } };
      if (this.repos.has(`${token.login}/${name}`.toLowerCase())) {
        return { status: 422, data: { message: 'Repository creation failed.', errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }], documentation_url: docs } };
      }
      const repo = this.addRepo({ owner: token.login, name, description: typeof input.description === 'string' ? input.description : null, visibility: input.private ? 'PRIVATE' : 'PUBLIC' });
      return { status: 201, data: this.restRepo(repo) };
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path);
    if (method !== 'PUT' || !m) return notFound;
    const r = this.repos.get(`${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`.toLowerCase());
    if (!r || !mayWrite || r.owner.toLowerCase() !== token.login.toLowerCase()) return notFound;
    const filePath = decodeURIComponent(m[3]);
    if (typeof input.message !== 'string' || typeof input.content !== 'string') {
      return { status: 422, data: { message: 'Invalid request.\n\n"message" and "content" are required.', documentation_url: docs } };
    }
    const files = (r.files ??= {});
    const existing = files[filePath];
    if (existing !== undefined) {
      if (typeof input.sha !== 'string') return { status: 422, data: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.', documentation_url: docs } };
      if (input.sha !== blobSha(existing)) return { status: 409, data: { message: `${filePath} does not match ${input.sha}`, documentation_url: docs } };
    }
    const content = Buffer.from(input.content, 'base64');
    files[filePath] = content;
    const fileSha = blobSha(content);
    const commitSha = sha(`${r.owner}/${r.name}:${filePath}:${fileSha}:${this.commits.length}`);
    this.commits.push({ repo: `${r.owner}/${r.name}`, path: filePath, message: input.message, sha: commitSha });
    r.pushedAt = new Date().toISOString();
    const html = `https://github.com/${r.owner}/${r.name}/blob/${r.defaultBranch ?? 'main'}/${filePath}`;
    return {
      status: existing === undefined ? 201 : 200,
      data: {
        content: { name: filePath.split('/').pop(), path: filePath, sha: fileSha, size: content.length, type: 'file', html_url: html },
        commit: { sha: commitSha, message: input.message, html_url: `https://github.com/${r.owner}/${r.name}/commit/${commitSha}` },
      },
    };
  }

  private restUser(u: FakeUser) {
    return { login: u.login, id: 1, node_id: `U_${sha(u.login).slice(0, 10)}`, avatar_url: `https://avatars.example/${u.login}`, name: u.name ?? null, type: 'User' };
  }

  private restRepo(r: FakeRepo) {
    return {
      id: 1,
      node_id: r.nodeId,
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      owner: { login: r.owner, type: this.users.has(r.owner.toLowerCase()) ? 'User' : 'Organization' },
      private: r.visibility !== 'PUBLIC',
      visibility: r.visibility?.toLowerCase(),
      html_url: `https://github.com/${r.owner}/${r.name}`,
      description: r.description,
      homepage: r.homepage,
      fork: r.isFork,
      archived: r.isArchived,
      stargazers_count: r.stars,
      forks_count: r.forks,
      license: r.licence ? { key: r.licence.spdxId.toLowerCase(), spdx_id: r.licence.spdxId, name: r.licence.name } : null,
      topics: r.topics,
      default_branch: r.defaultBranch,
      pushed_at: r.pushedAt,
      updated_at: r.updatedAt ?? r.pushedAt,
      created_at: r.createdAt,
    };
  }
}

function byPushedDesc(a: FakeRepo, b: FakeRepo): number {
  return (b.pushedAt ?? '').localeCompare(a.pushedAt ?? '') || `${a.owner}/${a.name}`.localeCompare(`${b.owner}/${b.name}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function asBuffer(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content) : content;
}

function contentFile(path: string, content: string | Buffer) {
  const buf = asBuffer(content);
  return { name: path.split('/').pop(), path, sha: blobSha(buf), type: 'file', size: buf.length, encoding: 'base64', content: buf.toString('base64').replace(/(.{60})/g, '$1\n') };
}

/** Entries of a folder implied by file paths, or null when there is no such folder. */
function treeEntries(files: Record<string, string | Buffer>, dir: string): Array<{ name: string; type: 'blob' | 'tree'; size: number }> | null {
  const prefix = dir ? `${dir}/` : '';
  const out = new Map<string, { name: string; type: 'blob' | 'tree'; size: number }>();
  for (const [p, content] of Object.entries(files)) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length);
    const [head, ...tail] = rest.split('/');
    if (!head) continue;
    out.set(head, tail.length ? { name: head, type: 'tree', size: 0 } : { name: head, type: 'blob', size: asBuffer(content).length });
  }
  if (dir && out.size === 0) return null;
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Files and links together, a link's content being its target (as git stores it). */
function withLinks(r: FakeRepo): Record<string, string | Buffer> {
  return r.symlinks ? { ...(r.files ?? {}), ...r.symlinks } : (r.files ?? {});
}

/** A link's target as a path from the repository root, or null when it leaves the repository. */
function linkTarget(linkPath: string, target: string): string | null {
  if (target.startsWith('/')) return null;
  const parts = linkPath.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The file a path names, following it when it is a link to a file (as the contents API does); null for anything else. */
function fileAt(r: FakeRepo, path: string): string | null {
  const link = r.symlinks?.[path];
  const target = link === undefined ? path : linkTarget(path, link);
  return target !== null && r.files && target in r.files ? target : null;
}

/** Git's file modes, as GraphQL's TreeEntry.mode gives them (decimal). */
const MODE = { tree: 0o40000, blob: 0o100644, link: 0o120000 };

function gitObject(files: Record<string, string | Buffer>, path: string, links: Record<string, string> = {}) {
  if (path in files) {
    const buf = asBuffer(files[path]);
    const binary = buf.subarray(0, 8000).includes(0);
    return {
      __typename: 'Blob',
      byteSize: buf.length,
      isBinary: binary,
      isTruncated: false,
      text: binary ? null : new TextDecoder('utf-8').decode(buf),
    };
  }
  const entries = treeEntries(files, path);
  if (entries === null) return null;
  return {
    __typename: 'Tree',
    entries: entries.map((e) => {
      const child = path ? `${path}/${e.name}` : e.name;
      const mode = e.type === 'tree' ? MODE.tree : child in links ? MODE.link : MODE.blob;
      return { name: e.name, type: e.type, mode, path: child, size: e.size, object: () => gitObject(files, child, links) };
    }),
  };
}

/** Every file and folder, as REST's recursive tree lists them. */
function allPaths(files: Record<string, string | Buffer>): Array<{ path: string; type: 'blob' | 'tree'; size?: number }> {
  const out = new Map<string, { path: string; type: 'blob' | 'tree'; size?: number }>();
  for (const [p, content] of Object.entries(files)) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!out.has(dir)) out.set(dir, { path: dir, type: 'tree' });
    }
    out.set(p, { path: p, type: 'blob', size: asBuffer(content).length });
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The README GitHub shows: in .github/, then the root, then docs/; formatted before plain text. */
function preferredReadme(paths: string[]): string | null {
  for (const dir of ['.github/', '', 'docs/']) {
    const hits = paths
      .filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/') && /^readme(\.[\w.-]+)?$/i.test(p.slice(dir.length)))
      .sort((a, b) => Number(/\.(md|markdown|rst|adoc|org|textile|rdoc)$/i.test(b)) - Number(/\.(md|markdown|rst|adoc|org|textile|rdoc)$/i.test(a)) || a.localeCompare(b));
    if (hits.length) return hits[0];
  }
  return null;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}
