/**
 * Ratings made by an earlier version of the documentation rating are redone from the snapshot
 * each repository keeps (no network), once, when the database opens: a repository that has not
 * changed on GitHub is not fetched again, so its rating would otherwise stay as it was.
 */
import type { Db } from '../db/connection';
import { analyzeDocumentation, DOC_RATING_VERSION } from '../../../shared/doc-status';
import type { RepoSnapshot } from '../../../shared/github-types';

export function refreshDocRatings(db: Db): number {
  const stale = db
    .prepare(
      `SELECT id, snapshot FROM github_repositories WHERE snapshot IS NOT NULL
         AND COALESCE(CASE WHEN json_valid(doc_status) THEN json_extract(doc_status, '$.version') END, 0) <> ?`,
    )
    .all(DOC_RATING_VERSION) as Array<{ id: string; snapshot: string }>;
  if (stale.length === 0) return 0;
  const update = db.prepare('UPDATE github_repositories SET doc_status = ? WHERE id = ?');
  let redone = 0;
  db.transaction(() => {
    for (const row of stale) {
      let snapshot: RepoSnapshot;
      try {
        snapshot = JSON.parse(row.snapshot) as RepoSnapshot;
        update.run(JSON.stringify(analyzeDocumentation({ ...snapshot, rootEntries: snapshot.rootEntries ?? [] })), row.id);
        redone++;
      } catch {
        // A snapshot that cannot be read keeps its rating; the next sync of the repository replaces both.
      }
    }
  })();
  return redone;
}
