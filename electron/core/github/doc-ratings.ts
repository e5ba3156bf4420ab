/**
 * Ratings made by an earlier version of the documentation rating are redone from the snapshot
 * each repository keeps (no network), once, when the database opens: a repository that has not
 * changed on GitHub is not fetched again, so its rating would otherwise stay as it was.
 */
import type { Db } from '../db/connection';
import { createGitHubRepositoryRepository } from '../db/github-repository-repository';
import { analyzeDocumentation, DOC_RATING_VERSION } from '../../../shared/doc-status';
import type { RepoSnapshot } from '../../../shared/github-types';

export function refreshDocRatings(db: Db): number {
  const repos = createGitHubRepositoryRepository(db);
  const stale = repos.staleDocRatings(DOC_RATING_VERSION);
  if (stale.length === 0) return 0;
  let redone = 0;
  db.transaction(() => {
    for (const row of stale) {
      let snapshot: RepoSnapshot;
      try {
        snapshot = JSON.parse(row.snapshot) as RepoSnapshot;
        repos.setDocStatus(row.id, analyzeDocumentation({ ...snapshot, rootEntries: snapshot.rootEntries ?? [] }));
        redone++;
      } catch {
        // A snapshot that cannot be read keeps its rating; the next sync of the repository replaces both.
      }
    }
  })();
  return redone;
}
