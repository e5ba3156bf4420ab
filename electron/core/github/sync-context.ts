/** What a GraphQL or REST sync run needs from the sync service, and what it reports back. */
import type { SyncProgress } from '../../../shared/github-types';
import type { GitHubClient } from './client';
import type { GitHubStore, RepositoryRecord, StoredAccount } from './repository-store';

export interface SyncRunContext {
  account: StoredAccount;
  host: string;
  store: GitHubStore;
  client: GitHubClient;
  signal?: AbortSignal;
  now(): string;
  progress(update: Partial<SyncProgress>): void;
  /** Stores records in one transaction (and refreshes linked projects' suggestions). */
  save(records: RepositoryRecord[]): void;
  /** Sleeps until a rate limit resets, if the caller allowed waiting; false to stop instead. */
  waitForReset(resetAtMs: number): Promise<boolean>;
  /** What the run has done so far, updated as it goes: still true when it stops part-way. */
  result: SyncRunResult;
}

export interface SyncRunResult {
  listed: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) {
    const e = new Error('Sync cancelled.');
    e.name = 'AbortError';
    throw e;
  }
}
