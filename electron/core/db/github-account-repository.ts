/** Prepared statements and row mapping for `github_accounts` (tokens live in the secure store, never here). */
import type { Db } from './connection';
import { parseJson } from './json-text';
import type { AccountKind, GitHubAccount } from '../../../shared/github-types';

interface AccountRow {
  id: string;
  kind: AccountKind;
  login: string;
  name: string | null;
  avatar_url: string | null;
  api_url: string;
  scopes: string;
  can_read_private: number;
  include_org_repos: number;
  added_at: string;
  last_synced_at: string | null;
}

export type StoredAccount = Omit<GitHubAccount, 'hasToken'>;

function toAccount(r: AccountRow): StoredAccount {
  return {
    id: r.id,
    kind: r.kind,
    login: r.login,
    name: r.name,
    avatarUrl: r.avatar_url,
    apiUrl: r.api_url,
    scopes: parseJson<string[]>(r.scopes, []),
    canReadPrivate: r.can_read_private === 1,
    includeOrgRepos: r.include_org_repos === 1,
    addedAt: r.added_at,
    lastSyncedAt: r.last_synced_at,
  };
}

export function createGitHubAccountRepository(db: Db) {
  const stmt = {
    insertAccount: db.prepare(
      `INSERT INTO github_accounts (id, kind, login, name, avatar_url, api_url, scopes, can_read_private, include_org_repos, added_at)
       VALUES (@id, @kind, @login, @name, @avatar_url, @api_url, @scopes, @can_read_private, @include_org_repos, @added_at)`,
    ),
    updateAccountProfile: db.prepare(
      `UPDATE github_accounts SET kind = @kind, name = @name, avatar_url = @avatar_url, scopes = @scopes, can_read_private = @can_read_private WHERE id = @id`,
    ),
    getAccount: db.prepare('SELECT * FROM github_accounts WHERE id = ?'),
    findAccount: db.prepare('SELECT * FROM github_accounts WHERE api_url = ? AND login = ? COLLATE NOCASE'),
    listAccounts: db.prepare('SELECT * FROM github_accounts ORDER BY login COLLATE NOCASE, api_url'),
    deleteAccount: db.prepare('DELETE FROM github_accounts WHERE id = ?'),
    setIncludeOrgs: db.prepare('UPDATE github_accounts SET include_org_repos = ? WHERE id = ?'),
    setAccountSynced: db.prepare('UPDATE github_accounts SET last_synced_at = ? WHERE id = ?'),
  };

  return {
    insertAccount(a: StoredAccount): void {
      stmt.insertAccount.run({
        id: a.id,
        kind: a.kind,
        login: a.login,
        name: a.name,
        avatar_url: a.avatarUrl,
        api_url: a.apiUrl,
        scopes: JSON.stringify(a.scopes),
        can_read_private: a.canReadPrivate ? 1 : 0,
        include_org_repos: a.includeOrgRepos ? 1 : 0,
        added_at: a.addedAt,
      });
    },
    updateAccountProfile(a: StoredAccount): void {
      stmt.updateAccountProfile.run({
        id: a.id,
        kind: a.kind,
        name: a.name,
        avatar_url: a.avatarUrl,
        scopes: JSON.stringify(a.scopes),
        can_read_private: a.canReadPrivate ? 1 : 0,
      });
    },
    getAccount(id: string): StoredAccount | null {
      const r = stmt.getAccount.get(id) as AccountRow | undefined;
      return r ? toAccount(r) : null;
    },
    findAccount(apiUrl: string, login: string): StoredAccount | null {
      const r = stmt.findAccount.get(apiUrl, login) as AccountRow | undefined;
      return r ? toAccount(r) : null;
    },
    listAccounts(): StoredAccount[] {
      return (stmt.listAccounts.all() as AccountRow[]).map(toAccount);
    },
    deleteAccount(id: string): boolean {
      return stmt.deleteAccount.run(id).changes > 0;
    },
    setIncludeOrgRepos(id: string, include: boolean): boolean {
      return stmt.setIncludeOrgs.run(include ? 1 : 0, id).changes > 0;
    },
    setAccountSynced(id: string, at: string): void {
      stmt.setAccountSynced.run(at, id);
    },
  };
}

export type GitHubAccountRepository = ReturnType<typeof createGitHubAccountRepository>;
