/** How a failed GitHub request affects a sync: stop (and why), or skip the item and go on. */
import type { AppErrorCode } from '../../../shared/types';
import { AppError } from '../errors';
import { cleanText } from './sanitize';

/** `offline`: GitHub could not be reached at all; `transient`: it answered badly, or not in time. */
export type FailureKind = 'cancelled' | 'auth' | 'rate-limit' | 'not-found' | 'offline' | 'transient' | 'invalid';

export interface Failure {
  kind: FailureKind;
  message: string;
  /** ISO time a rate limit resets. */
  resetAt: string | null;
}

interface MaybeHttpError {
  name?: string;
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
  code?: string;
  cause?: unknown;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the server name was not found',
  EAI_AGAIN: 'the server name could not be looked up',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the server is unreachable',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate could not be verified',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it uses a self-signed certificate',
};

/** The chain of causes of an error (Octokit → fetch → socket), outermost first. */
function causes(error: unknown): MaybeHttpError[] {
  const out: MaybeHttpError[] = [];
  for (let e = error as MaybeHttpError | undefined; e && typeof e === 'object' && out.length < 6; e = e.cause as MaybeHttpError | undefined) out.push(e);
  return out;
}

export function classifyFailure(error: unknown, signal?: AbortSignal): Failure {
  const e = (error ?? {}) as MaybeHttpError;
  if (signal?.aborted || e.name === 'AbortError') return { kind: 'cancelled', message: 'Sync cancelled.', resetAt: null };
  const headers = e.response?.headers ?? {};
  const status = e.status ?? 0;
  if (status === 401) {
    return { kind: 'auth', message: 'GitHub refused the token (401): it was revoked or has expired. Add the account again with a new token.', resetAt: null };
  }
  const rateLimited =
    ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined)) ||
    /rate limit/i.test(e.message ?? '');
  if (rateLimited) {
    const reset = Number(headers['x-ratelimit-reset']);
    const retryAfter = Number(headers['retry-after']);
    const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : Number.isFinite(retryAfter) ? new Date(Date.now() + retryAfter * 1000).toISOString() : null;
    return { kind: 'rate-limit', message: `GitHub's rate limit is used up${resetAt ? `; it resets at ${resetAt}` : ''}. What was synced is kept; sync again after that to go on.`, resetAt };
  }
  if (status === 403) return { kind: 'auth', message: 'GitHub refused access (403). Check the token’s scopes.', resetAt: null };
  if (status === 404) return { kind: 'not-found', message: 'GitHub has no such user or repository (404).', resetAt: null };
  if (status === 422) return { kind: 'invalid', message: 'GitHub rejected the request (422).', resetAt: null };
  const chain = causes(error);
  if (chain.some((c) => c.name === 'TimeoutError')) {
    return { kind: 'transient', message: 'GitHub did not answer in time (each request waits up to 30 seconds)', resetAt: null };
  }
  // Octokit reports a request that never got an answer as a 500 without a response; the socket's
  // code is in a cause, or only in the message ("connect ECONNREFUSED 127.0.0.1:9").
  const network =
    chain.map((c) => c.code).find((c): c is string => !!c && c in NETWORK_CODES) ??
    chain.map((c) => /\b([A-Z_]{5,})\b/.exec(c.message ?? '')?.[1]).find((c): c is string => !!c && c in NETWORK_CODES);
  const unanswered = status === 500 && !e.response;
  if (network || unanswered) {
    const why = network ? `: ${NETWORK_CODES[network]}` : '';
    return { kind: 'offline', message: `GitHub could not be reached${why}. Your data is kept; check the network connection and the server address`, resetAt: null };
  }
  // GitHub's error text is third-party: no control characters or escape sequences in our message.
  const message = cleanText(e.message, 200, { singleLine: true });
  const detail = message ? `: ${message}` : '';
  return { kind: 'transient', message: `GitHub did not answer properly${status ? ` (${status})` : ''}${detail}`, resetAt: null };
}

/** A stop-the-sync failure, thrown inside a sync and turned into its result. */
export class SyncStop extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

const CODES: Record<FailureKind, AppErrorCode> = {
  cancelled: 'INTERNAL',
  auth: 'AUTH',
  'rate-limit': 'RATE_LIMITED',
  'not-found': 'NOT_FOUND',
  offline: 'OFFLINE',
  transient: 'GITHUB_ERROR',
  invalid: 'VALIDATION',
};

/** The stable error code of a failure kind. */
export function failureCode(kind: FailureKind): AppErrorCode {
  return CODES[kind];
}

export function toAppError(failure: Failure): AppError {
  return new AppError(CODES[failure.kind], /[.!]$/.test(failure.message) ? failure.message : `${failure.message}.`);
}
