/**
 * Everything a sync reads and writes, from the focused repositories in electron/core/db/:
 * accounts, synced repositories, project links, sync state and the ETag cache.
 */
import type { Db } from '../db/connection';
import { createGitHubAccountRepository } from '../db/github-account-repository';
import { createGitHubRepositoryRepository } from '../db/github-repository-repository';
import { createHttpCacheRepository } from '../db/http-cache-repository';
import { createProjectLinkRepository } from '../db/project-link-repository';
import { createSyncStateRepository } from '../db/sync-state-repository';

export type { StoredAccount } from '../db/github-account-repository';
export { repositoryId, type RepositoryRecord } from '../db/github-repository-repository';
export type { SyncStateRow } from '../db/sync-state-repository';

export function createGitHubStore(db: Db) {
  return {
    ...createGitHubAccountRepository(db),
    ...createGitHubRepositoryRepository(db),
    ...createProjectLinkRepository(db),
    ...createSyncStateRepository(db),
    ...createHttpCacheRepository(db),
  };
}

export type GitHubStore = ReturnType<typeof createGitHubStore>;
