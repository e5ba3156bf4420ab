/** How a failed GitHub request affects a sync: stop (and why), or skip the item and go on. */
import { AppError } from '../errors';

export type FailureKind = 'cancelled' | 'auth' | 'rate-limit' | 'not-found' | 'transient' | 'invalid';

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
  const detail = e.message ? `: ${e.message.slice(0, 200)}` : '';
  return { kind: 'transient', message: `GitHub did not answer properly${status ? ` (${status})` : ''}${detail}`, resetAt: null };
}

/** A stop-the-sync failure, thrown inside a sync and turned into its result. */
export class SyncStop extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

export function toAppError(failure: Failure): AppError {
  const code = failure.kind === 'auth' ? 'FORBIDDEN' : failure.kind === 'not-found' ? 'NOT_FOUND' : failure.kind === 'invalid' ? 'VALIDATION' : 'INTERNAL';
  return new AppError(code, failure.message);
}
