/** Prepared statements for `project_repositories`: which synced repositories a project shows. */
import type { Db } from './connection';
import { REPO_SELECT, toRepository, type RepoRow } from './github-repository-repository';
import type { SyncedRepository } from '../../../shared/github-types';

export function createProjectLinkRepository(db: Db) {
  const stmt = {
    link: db.prepare('INSERT OR IGNORE INTO project_repositories (project_id, repository_id, linked_at) VALUES (?, ?, ?)'),
    unlink: db.prepare('DELETE FROM project_repositories WHERE project_id = ? AND repository_id = ?'),
    linkedRepos: db.prepare(`${REPO_SELECT} WHERE r.id IN (SELECT repository_id FROM project_repositories WHERE project_id = ?) ORDER BY r.full_name`),
    projectsLinking: db.prepare(
      'SELECT DISTINCT pr.project_id AS id FROM project_repositories pr WHERE pr.repository_id IN (SELECT value FROM json_each(?))',
    ),
    linkedDocStatuses: db.prepare(
      'SELECT pr.project_id AS projectId, r.doc_status AS docStatus FROM project_repositories pr JOIN github_repositories r ON r.id = pr.repository_id WHERE r.doc_status IS NOT NULL',
    ),
  };

  return {
    link(projectId: string, repositoryId: string, at: string): boolean {
      return stmt.link.run(projectId, repositoryId, at).changes > 0;
    },
    unlink(projectId: string, repositoryId: string): boolean {
      return stmt.unlink.run(projectId, repositoryId).changes > 0;
    },
    linkedRepositories(projectId: string): SyncedRepository[] {
      return (stmt.linkedRepos.all(projectId) as RepoRow[]).map(toRepository);
    },
    projectsLinking(repositoryIds: string[]): string[] {
      return (stmt.projectsLinking.all(JSON.stringify(repositoryIds)) as Array<{ id: string }>).map((r) => r.id);
    },
    /** The stored documentation rating (JSON) of every repository linked to a project, by project. */
    linkedDocStatuses(): Array<{ projectId: string; docStatus: string }> {
      return stmt.linkedDocStatuses.all() as Array<{ projectId: string; docStatus: string }>;
    },
  };
}

export type ProjectLinkRepository = ReturnType<typeof createProjectLinkRepository>;
