/** Prepared statements for `github_sync_state`: one row per account, where its last sync stands. */
import type { Db } from './connection';

export interface SyncStateRow {
  account_id: string;
  status: 'running' | 'complete' | 'partial' | 'cancelled' | 'failed';
  cursor: string | null;
  started_at: string;
  finished_at: string | null;
  resume_at: string | null;
  requests: number;
  rate_remaining: number | null;
  rate_reset_at: string | null;
  last_error: string | null;
}

export function createSyncStateRepository(db: Db) {
  const stmt = {
    getState: db.prepare('SELECT * FROM github_sync_state WHERE account_id = ?'),
    putState: db.prepare(
      `INSERT INTO github_sync_state (account_id, status, cursor, started_at, finished_at, resume_at, requests, rate_remaining, rate_reset_at, last_error)
       VALUES (@account_id, @status, @cursor, @started_at, @finished_at, @resume_at, @requests, @rate_remaining, @rate_reset_at, @last_error)
       ON CONFLICT (account_id) DO UPDATE SET status = excluded.status, cursor = excluded.cursor, started_at = excluded.started_at,
         finished_at = excluded.finished_at, resume_at = excluded.resume_at, requests = excluded.requests,
         rate_remaining = excluded.rate_remaining, rate_reset_at = excluded.rate_reset_at, last_error = excluded.last_error`,
    ),
  };
  return {
    getSyncState(accountId: string): SyncStateRow | null {
      return (stmt.getState.get(accountId) as SyncStateRow | undefined) ?? null;
    },
    putSyncState(row: SyncStateRow): void {
      stmt.putState.run(row);
    },
  };
}
