import type { Db } from './connection';

/** A pending suggestion as stored: a detected tag or kind the user has not judged. */
export interface PendingRow {
  projectId: string;
  projectTitle: string;
  type: 'tag' | 'kind';
  name: string;
  techId: string | null;
  evidence: string | null;
  strength: 'demonstrated' | 'mentioned' | null;
  minorContribution: number;
}

export interface LinkRow {
  projectId: string;
  repositoryId: string;
  fullName: string;
}

/** The review queue's reads: pending suggestions of live projects, and which repositories they link. */
export function createReviewRepository(db: Db) {
  const where = "p.deleted_at IS NULL AND x.source = 'detected' AND x.state = 'suggested'";
  const stmt = {
    pending: db.prepare(
      `SELECT p.id AS projectId, p.title AS projectTitle, 'tag' AS type, x.name AS name, x.tech_id AS techId, x.evidence AS evidence,
              x.strength AS strength, x.minor_contribution AS minorContribution, x.position AS position
         FROM project_tags x JOIN projects p ON p.id = x.project_id WHERE ${where}
       UNION ALL
       SELECT p.id, p.title, 'kind', x.kind, NULL, x.evidence, NULL, 0, -1
         FROM project_kinds x JOIN projects p ON p.id = x.project_id WHERE ${where}
       ORDER BY projectTitle COLLATE NOCASE, projectId, position`,
    ),
    count: db.prepare(
      `SELECT (SELECT COUNT(*) FROM project_tags x JOIN projects p ON p.id = x.project_id WHERE ${where})
            + (SELECT COUNT(*) FROM project_kinds x JOIN projects p ON p.id = x.project_id WHERE ${where}) AS n`,
    ),
    links: db.prepare(
      `SELECT pr.project_id AS projectId, r.id AS repositoryId, r.full_name AS fullName
         FROM project_repositories pr JOIN github_repositories r ON r.id = pr.repository_id
         JOIN projects p ON p.id = pr.project_id WHERE p.deleted_at IS NULL`,
    ),
  };
  return {
    pending(): PendingRow[] {
      return stmt.pending.all() as PendingRow[];
    },
    pendingCount(): number {
      return (stmt.count.get() as { n: number }).n;
    },
    links(): LinkRow[] {
      return stmt.links.all() as LinkRow[];
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
