/**
 * The one place an Octokit is built: throttling and retry plugins on, x-ratelimit-* tracked,
 * every HTTP request counted (304s included), cancellable through an AbortSignal.
 *
 * The throttling plugin spaces every non-GET request, GraphQL queries included, 1 s apart
 * through its shared `write` limiter (plugin-throttling/wrap-request.js: `if (isWrite ||
 * isGraphQL) await state.write.key(id).schedule(...)`). A sync is a series of GraphQL *reads*, so
 * we pass our own `write` limiter: a read query (marked by an outer request hook, through
 * AsyncLocalStorage) goes straight through, while mutations and REST writes still wait their
 * turn, one at a time, 1 s apart. Primary and secondary limits stay with the plugin.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Octokit } from 'octokit';

export const GITHUB_API_URL = 'https://api.github.com';

/** A request GitHub has not answered in this long is given up and retried, as for a 5xx. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface RateLimitInfo {
  limit: number | null;
  remaining: number | null;
  /** Epoch seconds. */
  reset: number | null;
  resource: string | null;
}

export interface ClientStats {
  requests: number;
  rate: RateLimitInfo;
}

export interface GitHubClientOptions {
  apiUrl?: string;
  token?: string | null;
  signal?: AbortSignal;
  /** Retries of 5xx, network failures and timed-out requests (plugin-retry). */
  retries?: number;
  /** Milliseconds to wait for each request (headers and body); default REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /** Milliseconds per second of Retry-After / backoff; tests shrink it. */
  retryAfterBaseMs?: number;
  /** Wait out a primary rate limit only if it resets within this many seconds (else fail fast). */
  maxPrimaryWaitSeconds?: number;
  /** How many times a secondary limit (403/429 with retry-after) is waited out. */
  secondaryRetries?: number;
  fetch?: typeof fetch;
  onResponse?(stats: ClientStats): void;
}

export interface GitHubClient {
  octokit: Octokit;
  stats: ClientStats;
}

const graphqlRead = new AsyncLocalStorage<boolean>();

/** One request at a time, `minTime` ms apart: what the plugin's write group does, minus GraphQL reads. */
function writeLimiter(minTime: number) {
  let chain: Promise<unknown> = Promise.resolve();
  let last = 0;
  const limiter = {
    schedule<T>(jobOptions: unknown, fn: (...a: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      if (typeof jobOptions === 'function') return limiter.schedule({}, jobOptions as typeof fn, fn, ...args);
      if (graphqlRead.getStore()) return fn(...args);
      const run = chain.then(async () => {
        const wait = last + minTime - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = Date.now();
        return fn(...args);
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter };
}

function isReadQuery(options: Record<string, unknown>): boolean {
  const url = String(options.url ?? '');
  if (!/\/graphql$/.test(url) || String(options.method ?? '').toUpperCase() !== 'POST') return false;
  const body = options.data as { query?: unknown } | undefined;
  const query = typeof options.query === 'string' ? options.query : typeof body?.query === 'string' ? body.query : '';
  const first = query.replace(/#[^\n]*/g, '').trim();
  return !/^(mutation|subscription)\b/.test(first);
}

function headerNumber(headers: Headers, name: string): number | null {
  const v = headers.get(name);
  if (v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const stats: ClientStats = { requests: 0, rate: { limit: null, remaining: null, reset: null, resource: null } };
  const baseFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const countingFetch: typeof fetch = async (input, init) => {
    options.signal?.throwIfAborted();
    stats.requests++;
    // Node's fetch waits minutes for an unanswered request; the timeout covers the body too.
    const signals = [AbortSignal.timeout(timeoutMs), init?.signal, options.signal].filter((s): s is AbortSignal => !!s);
    const res = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
    const remaining = headerNumber(res.headers, 'x-ratelimit-remaining');
    if (remaining !== null) {
      stats.rate = {
        limit: headerNumber(res.headers, 'x-ratelimit-limit'),
        remaining,
        reset: headerNumber(res.headers, 'x-ratelimit-reset'),
        resource: res.headers.get('x-ratelimit-resource'),
      };
    }
    options.onResponse?.(stats);
    return res;
  };
  const base = options.retryAfterBaseMs ?? 1000;
  const secondaryRetries = options.secondaryRetries ?? 2;
  const maxPrimaryWait = options.maxPrimaryWaitSeconds ?? 0;
  const octokit = new Octokit({
    auth: options.token ?? undefined,
    baseUrl: (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, ''),
    userAgent: 'Showcase-portfolio',
    request: { fetch: countingFetch, signal: options.signal },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      id: `showcase-${Math.random().toString(36).slice(2)}`,
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      write: writeLimiter(1000) as never,
      onRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) =>
        !options.signal?.aborted && retryCount < 3 && retryAfter <= maxPrimaryWait,
      onSecondaryRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) =>
        !options.signal?.aborted && retryCount < secondaryRetries && retryAfter <= 120,
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  // Registered last, so it wraps the plugins' hooks and its mark is visible to the limiter.
  octokit.hook.wrap('request', (request, opts) => {
    const o = opts as unknown as Record<string, unknown>;
    return isReadQuery(o) ? graphqlRead.run(true, () => request(opts)) : request(opts);
  });
  return { octokit, stats };
}

/** The host repositories live on: api.github.com → github.com; https://h/api/v3 → h. */
export function hostOf(apiUrl: string): string {
  const url = new URL(apiUrl);
  return url.host === 'api.github.com' ? 'github.com' : url.host;
}
