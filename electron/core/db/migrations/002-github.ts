import type { Migration } from './index';

/**
 * GitHub sync: accounts (never a token: tokens live in the OS secure store only), synced
 * repositories (GitHub-sourced fields, rewritten by each sync, plus the user's own `hidden`
 * flag, which sync never touches), the project ↔ repository link table, per-account sync
 * state, and the ETag cache of conditional REST requests.
 */
export const migration002: Migration = {
  version: 2,
  name: 'github-sync',
  up(db) {
    db.exec(`
      CREATE TABLE github_accounts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('token', 'oauth', 'public')),
        login TEXT NOT NULL,
        name TEXT,
        avatar_url TEXT,
        api_url TEXT NOT NULL,
        scopes TEXT NOT NULL DEFAULT '[]',
        can_read_private INTEGER NOT NULL DEFAULT 0 CHECK (can_read_private IN (0, 1)),
        include_org_repos INTEGER NOT NULL DEFAULT 1 CHECK (include_org_repos IN (0, 1)),
        added_at TEXT NOT NULL,
        last_synced_at TEXT,
        UNIQUE (api_url, login)
      );

      CREATE TABLE github_repositories (
        id TEXT PRIMARY KEY,
        account_id TEXT REFERENCES github_accounts (id) ON DELETE SET NULL,
        host TEXT NOT NULL,
        node_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        name TEXT NOT NULL,
        full_name TEXT NOT NULL,
        url TEXT NOT NULL,
        description TEXT,
        homepage TEXT,
        stars INTEGER NOT NULL DEFAULT 0,
        forks INTEGER NOT NULL DEFAULT 0,
        visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private', 'internal')),
        is_fork INTEGER NOT NULL DEFAULT 0 CHECK (is_fork IN (0, 1)),
        is_archived INTEGER NOT NULL DEFAULT 0 CHECK (is_archived IN (0, 1)),
        licence TEXT,
        topics TEXT NOT NULL DEFAULT '[]',
        default_branch TEXT,
        pushed_at TEXT,
        created_at TEXT,
        languages TEXT NOT NULL DEFAULT '[]',
        snapshot TEXT,
        doc_status TEXT,
        technologies TEXT NOT NULL DEFAULT '[]',
        kinds TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        details_complete INTEGER NOT NULL DEFAULT 0 CHECK (details_complete IN (0, 1)),
        gone_from_github INTEGER NOT NULL DEFAULT 0 CHECK (gone_from_github IN (0, 1)),
        last_synced_at TEXT,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        UNIQUE (host, node_id)
      );
      CREATE INDEX github_repositories_account ON github_repositories (account_id);
      CREATE INDEX github_repositories_name ON github_repositories (host, full_name);

      CREATE TABLE project_repositories (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        repository_id TEXT NOT NULL REFERENCES github_repositories (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (project_id, repository_id)
      );
      CREATE INDEX project_repositories_repo ON project_repositories (repository_id);

      CREATE TABLE github_sync_state (
        account_id TEXT PRIMARY KEY REFERENCES github_accounts (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'partial', 'cancelled', 'failed')),
        cursor TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        resume_at TEXT,
        requests INTEGER NOT NULL DEFAULT 0,
        rate_remaining INTEGER,
        rate_reset_at TEXT,
        last_error TEXT
      );

      CREATE TABLE github_http_cache (
        account_id TEXT NOT NULL REFERENCES github_accounts (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        etag TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (account_id, url)
      );
    `);
  },
};
