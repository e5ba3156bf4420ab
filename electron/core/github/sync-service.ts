/**
 * Sync of one account: GraphQL when there is a token, conditional REST when the account is
 * public-only. Writes only GitHub-sourced repository fields, one transaction per batch, and
 * refreshes the suggestions of projects linked to what changed. Never throws for GitHub
 * trouble: the result says what happened and what was kept.
 */
import type { SyncProgress, SyncResult } from '../../../shared/github-types';
import { AppError, toErrorData } from '../errors';
import type { Db } from '../db/connection';
import type { Clock } from '../portfolio-service';
import { createGitHubClient, hostOf, type GitHubClientOptions } from './client';
import { runGraphqlSync } from './graphql-sync';
import type { LinkingService } from './linking-service';
import type { GitHubStore, RepositoryRecord } from './repository-store';
import { runRestPublicSync } from './rest-sync';
import type { SyncRunContext, SyncRunResult } from './sync-context';
import { classifyFailure, failureCode, SyncStop, type Failure } from './sync-errors';
import type { SecureTokenStore } from './token-store';

export interface SyncOptions {
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
  /** Wait for a spent rate limit to reset (up to this many seconds) instead of stopping. Default 0: stop. */
  maxRateLimitWaitSeconds?: number;
}

export interface SyncDeps {
  db: Db;
  store: GitHubStore;
  tokens: SecureTokenStore;
  linking: LinkingService;
  clock: Clock;
  /** Client tuning (tests shrink retry waits; the bench counts requests). */
  clientOptions?: Partial<GitHubClientOptions>;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(Object.assign(new Error('Sync cancelled.'), { name: 'AbortError' }));
    }, { once: true });
  });
}

export function createSyncService(deps: SyncDeps) {
  const { db, store, tokens, linking, clock } = deps;
  const running = new Set<string>();
  const stamp = () => clock.now().toISOString();

  async function sync(accountId: string, options: SyncOptions = {}): Promise<SyncResult> {
    const account = store.getAccount(accountId);
    if (!account) throw new AppError('NOT_FOUND', 'That GitHub account is no longer set up.');
    if (running.has(accountId)) throw new AppError('VALIDATION', `A sync of ${account.login} is already running.`);
    const token = account.kind === 'public' ? null : await tokens.get(accountId);
    if (account.kind !== 'public' && !token) {
      throw new AppError('AUTH', `There is no token for ${account.login} on this computer. Sign in again to sync it.`);
    }
    running.add(accountId);
    const startedAt = stamp();
    const client = createGitHubClient({ ...deps.clientOptions, apiUrl: account.apiUrl, token, signal: options.signal, maxPrimaryWaitSeconds: options.maxRateLimitWaitSeconds ?? 0 });
    const progress: SyncProgress = { accountId, phase: 'listing', reposDone: 0, reposTotal: 0, requestsUsed: 0, rateLimitRemaining: null, rateLimitResetAt: null };
    const report = (update: Partial<SyncProgress>) => {
      Object.assign(progress, update, {
        requestsUsed: client.stats.requests,
        rateLimitRemaining: client.stats.rate.remaining,
        rateLimitResetAt: client.stats.rate.reset ? new Date(client.stats.rate.reset * 1000).toISOString() : null,
      });
      options.onProgress?.({ ...progress });
    };
    store.putSyncState({ account_id: accountId, status: 'running', cursor: null, started_at: startedAt, finished_at: null, resume_at: null, requests: 0, rate_remaining: null, rate_reset_at: null, last_error: null });
    const maxWait = options.maxRateLimitWaitSeconds ?? 0;
    const run: SyncRunResult = { listed: 0, updated: 0, unchanged: 0, warnings: [] };
    const ctx: SyncRunContext = {
      result: run,
      account,
      host: hostOf(account.apiUrl),
      store,
      client,
      signal: options.signal,
      now: stamp,
      progress: report,
      save(records: RepositoryRecord[]) {
        if (records.length === 0) return;
        const at = stamp();
        db.transaction(() => {
          const ids = records.map((r) => store.upsertRepository(r, at));
          linking.refreshSuggestionsForRepositories(ids);
        })();
      },
      async waitForReset(resetAtMs: number) {
        const ms = resetAtMs - Date.now() + 1000;
        if (ms > maxWait * 1000) return false;
        await sleep(Math.max(0, ms), options.signal);
        return true;
      },
    };
    let failure: Failure | null = null;
    try {
      await (account.kind === 'public' ? runRestPublicSync(ctx) : runGraphqlSync(ctx));
    } catch (error) {
      // The disk or the database failed, not GitHub: the caller reports it as such (a full disk…).
      if (/^SQLITE_/.test(String((error as { code?: unknown } | null)?.code))) throw error;
      failure = error instanceof SyncStop ? error.failure : classifyFailure(error, options.signal);
    } finally {
      running.delete(accountId);
    }
    const status: SyncResult['status'] = !failure ? 'complete' : failure.kind === 'cancelled' ? 'cancelled' : failure.kind === 'rate-limit' ? 'partial' : 'failed';
    const finishedAt = stamp();
    const rate = client.stats.rate;
    const rateResetAt = rate.reset ? new Date(rate.reset * 1000).toISOString() : null;
    const result: SyncResult = {
      accountId,
      login: account.login,
      status,
      // Interrupted while listing: the total GitHub announced.
      reposListed: Math.max(run.listed, progress.reposTotal),
      reposUpdated: run.updated,
      reposUnchanged: run.unchanged,
      requests: client.stats.requests,
      rateLimitRemaining: rate.remaining,
      rateLimitResetAt: rateResetAt,
      // A GraphQL "RATE_LIMITED" answer carries no reset header: the last known reset time stands in.
      resumeAt: failure?.kind === 'rate-limit' ? (failure.resetAt ?? rateResetAt) : null,
      warnings: run.warnings,
      error: failure && failure.kind !== 'cancelled' ? { code: failureCode(failure.kind), message: failure.message } : null,
    };
    store.putSyncState({
      account_id: accountId,
      status,
      cursor: null,
      started_at: startedAt,
      finished_at: finishedAt,
      resume_at: result.resumeAt,
      requests: result.requests,
      rate_remaining: rate.remaining,
      rate_reset_at: result.rateLimitResetAt,
      last_error: result.error?.message ?? null,
    });
    if (status === 'complete') store.setAccountSynced(accountId, finishedAt);
    report({ phase: status === 'complete' ? 'done' : status === 'cancelled' ? 'cancelled' : 'failed' });
    return result;
  }

  return {
    sync,
    /** Syncs every account in turn; one failing does not stop the others. */
    async syncAll(options: SyncOptions = {}): Promise<SyncResult[]> {
      const results: SyncResult[] = [];
      for (const a of store.listAccounts()) {
        if (options.signal?.aborted) break;
        try {
          results.push(await sync(a.id, options));
        } catch (error) {
          const data = toErrorData(error);
          results.push({ accountId: a.id, login: a.login, status: 'failed', reposListed: 0, reposUpdated: 0, reposUnchanged: 0, requests: 0, rateLimitRemaining: null, rateLimitResetAt: null, resumeAt: null, warnings: [], error: { code: data.code, message: data.message } });
        }
      }
      return results;
    },
    isRunning: (accountId: string) => running.has(accountId),
    lastSync: (accountId: string) => store.getSyncState(accountId),
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
