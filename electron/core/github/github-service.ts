/**
 * GitHub sync for Showcase: the service API the Electron shell (IPC) and the CLI call.
 *
 * Build once per database with `createGitHubService({ db, portfolio, tokens, clock })`, where
 * `tokens` is a SecureTokenStore (safeStorage in the app, in-memory for the CLI and tests).
 * Everything returned is plain data (shared/github-types.ts); no token ever leaves `tokens`.
 * Errors are AppError with a stable code (NOT_FOUND, VALIDATION, AUTH, OFFLINE, RATE_LIMITED …).
 *
 * Accounts
 *   accounts.list(): Promise<GitHubAccount[]>
 *   accounts.get(id): Promise<GitHubAccount>
 *   accounts.addWithToken({ token, apiUrl? }): Promise<GitHubAccount>       validates with GET /user
 *   accounts.addWithDeviceFlow({ apiUrl?, clientId?, scopes?, onVerification }): Promise<GitHubAccount>
 *   accounts.addPublic({ login, apiUrl? }): Promise<GitHubAccount>           no token; REST, 60/h
 *   accounts.setIncludeOrgRepos(id, include): Promise<GitHubAccount>
 *   accounts.remove(id): Promise<{ id, login }>                              token erased, repos kept
 *   tokenProtection: 'os-encrypted' | 'insecure' | 'session'                 offer session-only if not secure
 *
 * Sync (one at a time per account; never throws for GitHub trouble, see SyncResult.status)
 *   sync.sync(accountId, { signal?, onProgress?, maxRateLimitWaitSeconds? }): Promise<SyncResult>
 *   sync.syncAll(options): Promise<SyncResult[]>
 *   sync.isRunning(accountId): boolean
 *
 * Repositories
 *   repositories.list({ accountId?, includeHidden? }): SyncedRepository[]
 *   repositories.get(id): SyncedRepository
 *   repositories.snapshot(id): RepoSnapshot | null                           what detection and the README rating read
 *   repositories.drop(ids): { dropped: number }                              forget synced repos
 *   repositories.readmeDraft(id): ReadmeDraft                                the sections its README lacks
 *
 * Projects
 *   linking.createProjectsFromRepositories(ids, { includeForks?, includeArchived? }): CreateFromRepositoriesResult
 *   linking.linkRepository(projectId, repositoryId): Project                 adds suggestions
 *   linking.unlinkRepository(projectId, repositoryId): boolean
 *   linking.linkedRepositories(projectId): SyncedRepository[]
 *   Accept/reject suggestions with PortfolioService.setTagState / setKindState; sync keeps those choices.
 */
import type { Db } from '../db/connection';
import { createSettingsRepository } from '../db/settings-repository';
import { AppError } from '../errors';
import type { Clock, PortfolioService } from '../portfolio-service';
import type { RepoSnapshot, SyncedRepository } from '../../../shared/github-types';
import { draftReadme, type ReadmeDraft } from '../../../shared/readme-draft';
import { createAccountsService } from './accounts-service';
import type { GitHubClientOptions } from './client';
import { createLinkingService } from './linking-service';
import { createGitHubStore } from './repository-store';
import { createSyncService } from './sync-service';
import type { SecureTokenStore } from './token-store';

export interface GitHubServiceDeps {
  db: Db;
  portfolio: PortfolioService;
  tokens: SecureTokenStore;
  clock: Clock;
  newId?: () => string;
  /** For tests and the benchmark: a fetch, shorter retry waits. */
  clientOptions?: Partial<GitHubClientOptions>;
}

export function createGitHubService(deps: GitHubServiceDeps) {
  const store = createGitHubStore(deps.db);
  const settings = createSettingsRepository(deps.db);
  const getSetting = (key: string): string | null => settings.get(key);
  const linking = createLinkingService({ db: deps.db, store, portfolio: deps.portfolio, clock: deps.clock });
  const accounts = createAccountsService({ store, tokens: deps.tokens, clock: deps.clock, newId: deps.newId, getSetting, clientOptions: deps.clientOptions });
  const sync = createSyncService({ db: deps.db, store, tokens: deps.tokens, linking, clock: deps.clock, clientOptions: deps.clientOptions });
  const repositories = {
    list: (filter: { accountId?: string; includeHidden?: boolean } = {}): SyncedRepository[] => store.listRepositories(filter),
    get(id: string): SyncedRepository {
      const repo = store.getRepository(id);
      if (!repo) throw new AppError('NOT_FOUND', 'That repository is no longer in Showcase.');
      return repo;
    },
    snapshot: (id: string): RepoSnapshot | null => store.getSnapshot(id),
    /** A draft of what its README lacks, from what the last sync read (no network). */
    readmeDraft(id: string): ReadmeDraft {
      const repo = repositories.get(id);
      const snapshot = store.getSnapshot(id);
      if (!snapshot) throw new AppError('NOT_FOUND', 'Sync this repository first: Showcase has not read its files yet.');
      return draftReadme({ ...repo, snapshot });
    },
    drop(ids: string[]): { dropped: number } {
      let dropped = 0;
      deps.db.transaction(() => ids.forEach((id) => (dropped += store.dropRepository(id) ? 1 : 0)))();
      return { dropped };
    },
  };
  return { accounts, sync, repositories, linking, tokenProtection: deps.tokens.protection };
}

export type GitHubService = ReturnType<typeof createGitHubService>;
