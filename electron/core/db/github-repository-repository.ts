/**
 * Prepared statements and row mapping for `github_repositories`: what a sync stores for each
 * repository, its snapshot and documentation rating.
 */
import type { Db } from './connection';
import { parseJson } from './json-text';
import { authorshipOf } from '../github/repository-record';
import type { DetectedKind, DetectedTech, DocStatus, RepoLanguage, RepoSnapshot, SyncedRepository } from '../../../shared/github-types';

export interface RepoRow {
  id: string;
  account_id: string | null;
  host: string;
  node_id: string;
  owner: string;
  name: string;
  full_name: string;
  url: string;
  description: string | null;
  homepage: string | null;
  stars: number;
  forks: number;
  visibility: SyncedRepository['visibility'];
  is_fork: number;
  is_archived: number;
  licence: string | null;
  topics: string;
  default_branch: string | null;
  pushed_at: string | null;
  updated_at: string | null;
  created_at: string | null;
  owner_type: 'User' | 'Organization' | null;
  parent: string | null;
  commits_total: number | null;
  commits_authored: number | null;
  languages: string;
  snapshot: string | null;
  doc_status: string | null;
  technologies: string;
  kinds: string;
  warnings: string;
  details_complete: number;
  gone_from_github: number;
  last_synced_at: string | null;
  project_ids: string | null;
}

/**
 * What a sync writes for one repository: the GitHub-sourced fields of a SyncedRepository (always
 * rated, always from an account) and the snapshot they were derived from.
 */
export type RepositoryRecord = Omit<SyncedRepository, 'id' | 'accountId' | 'docStatus' | 'goneFromGitHub' | 'lastSyncedAt' | 'projectIds'> & {
  accountId: string;
  docStatus: DocStatus;
  snapshot: RepoSnapshot;
};

/** Stable id of a synced repository: its host and GitHub node id (renames keep it). */
export function repositoryId(host: string, nodeId: string): string {
  return `${host}/${nodeId}`;
}

export function toRepository(r: RepoRow): SyncedRepository {
  return {
    id: r.id,
    accountId: r.account_id,
    host: r.host,
    nodeId: r.node_id,
    owner: r.owner,
    name: r.name,
    fullName: r.full_name,
    url: r.url,
    description: r.description,
    homepage: r.homepage,
    stars: r.stars,
    forks: r.forks,
    visibility: r.visibility,
    isFork: r.is_fork === 1,
    isArchived: r.is_archived === 1,
    parent: r.parent,
    ownerType: r.owner_type,
    licence: r.licence,
    topics: parseJson<string[]>(r.topics, []),
    defaultBranch: r.default_branch,
    pushedAt: r.pushed_at,
    updatedAt: r.updated_at,
    createdAt: r.created_at,
    languages: parseJson<RepoLanguage[]>(r.languages, []),
    authorship: authorshipOf(r.commits_authored === null && r.commits_total === null ? null : { authored: r.commits_authored, total: r.commits_total }, r.is_fork === 1),
    docStatus: parseJson<DocStatus | null>(r.doc_status, null),
    technologies: parseJson<DetectedTech[]>(r.technologies, []),
    kinds: parseJson<DetectedKind[]>(r.kinds, []),
    warnings: parseJson<string[]>(r.warnings, []),
    goneFromGitHub: r.gone_from_github === 1,
    lastSyncedAt: r.last_synced_at,
    projectIds: parseJson<string[]>(r.project_ids, []).filter(Boolean),
  };
}

/** A repository with the live projects linked to it (`project_ids`, a JSON array). */
export const REPO_SELECT = `SELECT r.*, (SELECT json_group_array(pr.project_id) FROM project_repositories pr JOIN projects p ON p.id = pr.project_id
  WHERE pr.repository_id = r.id AND p.deleted_at IS NULL) AS project_ids FROM github_repositories r`;

export function createGitHubRepositoryRepository(db: Db) {
  const stmt = {
    repoListing: db.prepare(
      `SELECT id, node_id, pushed_at, updated_at, details_complete,
         CASE WHEN json_valid(snapshot) THEN COALESCE(json_extract(snapshot, '$.version'), 1) ELSE 0 END AS snapshot_version
       FROM github_repositories WHERE host = ?`,
    ),
    upsertRepo: db.prepare(
      `INSERT INTO github_repositories (id, account_id, host, node_id, owner, name, full_name, url, description, homepage, stars, forks,
         visibility, is_fork, is_archived, licence, topics, default_branch, pushed_at, created_at, languages, snapshot, doc_status,
         technologies, kinds, warnings, details_complete, gone_from_github, last_synced_at, updated_at, owner_type, parent, commits_total, commits_authored)
       VALUES (@id, @account_id, @host, @node_id, @owner, @name, @full_name, @url, @description, @homepage, @stars, @forks,
         @visibility, @is_fork, @is_archived, @licence, @topics, @default_branch, @pushed_at, @created_at, @languages, @snapshot, @doc_status,
         @technologies, @kinds, @warnings, 1, 0, @last_synced_at, @updated_at, @owner_type, @parent, @commits_total, @commits_authored)
       ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, owner = excluded.owner, name = excluded.name,
         full_name = excluded.full_name, url = excluded.url, description = excluded.description, homepage = excluded.homepage,
         stars = excluded.stars, forks = excluded.forks, visibility = excluded.visibility, is_fork = excluded.is_fork,
         is_archived = excluded.is_archived, licence = excluded.licence, topics = excluded.topics, default_branch = excluded.default_branch,
         pushed_at = excluded.pushed_at, created_at = excluded.created_at, languages = excluded.languages, snapshot = excluded.snapshot,
         doc_status = excluded.doc_status, technologies = excluded.technologies, kinds = excluded.kinds, warnings = excluded.warnings,
         details_complete = 1, gone_from_github = 0, last_synced_at = excluded.last_synced_at, updated_at = excluded.updated_at,
         owner_type = excluded.owner_type, parent = excluded.parent, commits_total = excluded.commits_total, commits_authored = excluded.commits_authored`,
    ),
    addWarning: db.prepare(
      `UPDATE github_repositories SET warnings = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(warnings)
         WHERE value != @warning UNION ALL SELECT @warning)) WHERE id = @id`,
    ),
    markSeen: db.prepare('UPDATE github_repositories SET gone_from_github = 0, account_id = ? WHERE id = ?'),
    markGone: db.prepare(
      "UPDATE github_repositories SET gone_from_github = 1 WHERE account_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
    ),
    getRepo: db.prepare(`${REPO_SELECT} WHERE r.id = ?`),
    dropRepo: db.prepare('DELETE FROM github_repositories WHERE id = ?'),
    snapshot: db.prepare('SELECT snapshot FROM github_repositories WHERE id = ?'),
    staleDocRatings: db.prepare(
      `SELECT id, snapshot FROM github_repositories WHERE snapshot IS NOT NULL
         AND COALESCE(CASE WHEN json_valid(doc_status) THEN json_extract(doc_status, '$.version') END, 0) <> ?`,
    ),
    setDocStatus: db.prepare('UPDATE github_repositories SET doc_status = ? WHERE id = ?'),
    docInfos: db.prepare(
      `SELECT url, CASE WHEN json_valid(doc_status) THEN json_extract(doc_status, '$.level') END AS level,
         CASE WHEN json_valid(doc_status) THEN json_extract(doc_status, '$.reasons') END AS reasons
       FROM github_repositories ORDER BY COALESCE(pushed_at, '') DESC, full_name`,
    ),
  };

  return {
    /** node id → what the incremental check needs, for one host. */
    listingIndex(host: string): Map<string, { id: string; pushedAt: string | null; updatedAt: string | null; complete: boolean; snapshotVersion: number }> {
      const rows = stmt.repoListing.all(host) as Array<{ id: string; node_id: string; pushed_at: string | null; updated_at: string | null; details_complete: number; snapshot_version: number }>;
      return new Map(rows.map((r) => [r.node_id, { id: r.id, pushedAt: r.pushed_at, updatedAt: r.updated_at, complete: r.details_complete === 1, snapshotVersion: Number(r.snapshot_version) || 1 }]));
    },
    upsertRepository(rec: RepositoryRecord, syncedAt: string): string {
      const id = repositoryId(rec.host, rec.nodeId);
      stmt.upsertRepo.run({
        id,
        account_id: rec.accountId,
        host: rec.host,
        node_id: rec.nodeId,
        owner: rec.owner,
        name: rec.name,
        full_name: rec.fullName,
        url: rec.url,
        description: rec.description,
        homepage: rec.homepage,
        stars: rec.stars,
        forks: rec.forks,
        visibility: rec.visibility,
        is_fork: rec.isFork ? 1 : 0,
        is_archived: rec.isArchived ? 1 : 0,
        licence: rec.licence,
        topics: JSON.stringify(rec.topics),
        default_branch: rec.defaultBranch,
        pushed_at: rec.pushedAt,
        updated_at: rec.updatedAt,
        owner_type: rec.ownerType,
        parent: rec.parent,
        commits_total: rec.authorship?.total ?? null,
        commits_authored: rec.authorship?.authored ?? null,
        created_at: rec.createdAt,
        languages: JSON.stringify(rec.languages),
        snapshot: JSON.stringify(rec.snapshot),
        doc_status: JSON.stringify(rec.docStatus),
        technologies: JSON.stringify(rec.technologies),
        kinds: JSON.stringify(rec.kinds),
        warnings: JSON.stringify(rec.warnings),
        last_synced_at: syncedAt,
      });
      return id;
    },
    /** Adds a warning to a stored repository without touching anything else. */
    addWarning(id: string, warning: string): void {
      stmt.addWarning.run({ id, warning });
    },
    markSeen(id: string, accountId: string): void {
      stmt.markSeen.run(accountId, id);
    },
    /** After a complete listing: repositories of the account it no longer had. */
    markGone(accountId: string, seenIds: string[]): void {
      stmt.markGone.run(accountId, JSON.stringify(seenIds));
    },
    getRepository(id: string): SyncedRepository | null {
      const r = stmt.getRepo.get(id) as RepoRow | undefined;
      return r ? toRepository(r) : null;
    },
    /** The stored snapshot, for re-running detection without the network. */
    getSnapshot(id: string): RepoSnapshot | null {
      const r = stmt.snapshot.get(id) as { snapshot: string | null } | undefined;
      return parseJson<RepoSnapshot | null>(r?.snapshot ?? null, null);
    },
    listRepositories(filter: { accountId?: string; includeHidden?: boolean } = {}): SyncedRepository[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.accountId) {
        where.push('r.account_id = ?');
        params.push(filter.accountId);
      }
      if (!filter.includeHidden) where.push('r.hidden = 0');
      const sql = `${REPO_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY COALESCE(r.pushed_at, '') DESC, r.full_name`;
      return (db.prepare(sql).all(...params) as RepoRow[]).map(toRepository);
    },
    dropRepository(id: string): boolean {
      return stmt.dropRepo.run(id).changes > 0;
    },
    /** Repositories whose documentation rating was made by another version of the rating. */
    staleDocRatings(version: number): Array<{ id: string; snapshot: string }> {
      return stmt.staleDocRatings.all(version) as Array<{ id: string; snapshot: string }>;
    },
    setDocStatus(id: string, status: DocStatus): void {
      stmt.setDocStatus.run(JSON.stringify(status), id);
    },
    /**
     * Every repository's address and README rating (hidden ones too), in the order
     * `listRepositories` gives: what gap analysis reads, without the snapshots.
     */
    docInfos(): Array<{ url: string; docStatus: DocStatus['level'] | null; reasons: string[] }> {
      return (stmt.docInfos.all() as Array<{ url: string; level: DocStatus['level'] | null; reasons: string | null }>).map((r) => ({
        url: r.url,
        docStatus: r.level ?? null,
        reasons: parseJson<string[] | null>(r.reasons, null) ?? [],
      }));
    },
  };
}

export type GitHubRepositoryRepository = ReturnType<typeof createGitHubRepositoryRepository>;
