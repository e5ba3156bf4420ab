import type { Db } from './connection';

/** `github_http_cache`, for conditional requests: the last ETag and body per account and URL. */
export function createHttpCacheRepository(db: Db) {
  const stmt = {
    getCache: db.prepare('SELECT etag, body FROM github_http_cache WHERE account_id = ? AND url = ?'),
    putCache: db.prepare(
      'INSERT INTO github_http_cache (account_id, url, etag, body) VALUES (?, ?, ?, ?) ON CONFLICT (account_id, url) DO UPDATE SET etag = excluded.etag, body = excluded.body',
    ),
  };
  return {
    getCached(accountId: string, url: string): { etag: string; body: string } | null {
      return (stmt.getCache.get(accountId, url) as { etag: string; body: string } | undefined) ?? null;
    },
    putCached(accountId: string, url: string, etag: string, body: string): void {
      stmt.putCache.run(accountId, url, etag, body);
    },
  };
}
