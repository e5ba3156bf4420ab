/** Prepared statements and row mapping for `project_export_options` (privacy options per project). */
import type { Db } from './connection';
import type { ProjectExportOptions } from '../../../shared/export-types';

export interface OptionsRow {
  project_id: string;
  hide_repository_link: number;
  anonymize_client: number;
  client_names: string;
  client_replacement: string;
  anonymous_title: string;
}

function toOptions(r: OptionsRow): ProjectExportOptions {
  let names: unknown;
  try {
    names = JSON.parse(r.client_names);
  } catch {
    names = [];
  }
  return {
    projectId: r.project_id,
    hideRepositoryLink: r.hide_repository_link === 1,
    anonymizeClient: r.anonymize_client === 1,
    clientNames: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [],
    clientReplacement: r.client_replacement,
    anonymousTitle: r.anonymous_title,
  };
}

/** What a save writes: flags as 0/1, client names as JSON. */
export interface OptionsWrite {
  projectId: string;
  hide: number;
  anon: number;
  names: string;
  replacement: string;
  title: string;
  now: string;
}

export function createExportOptionRepository(db: Db) {
  const stmt = {
    all: db.prepare('SELECT * FROM project_export_options'),
    get: db.prepare('SELECT * FROM project_export_options WHERE project_id = ?'),
    exists: db.prepare('SELECT 1 FROM projects WHERE id = ? AND deleted_at IS NULL'),
    upsert: db.prepare(`
      INSERT INTO project_export_options (project_id, hide_repository_link, anonymize_client, client_names, client_replacement, anonymous_title, updated_at)
      VALUES (@projectId, @hide, @anon, @names, @replacement, @title, @now)
      ON CONFLICT (project_id) DO UPDATE SET hide_repository_link = excluded.hide_repository_link, anonymize_client = excluded.anonymize_client,
        client_names = excluded.client_names, client_replacement = excluded.client_replacement, anonymous_title = excluded.anonymous_title,
        updated_at = excluded.updated_at`),
  };
  return {
    get(projectId: string): ProjectExportOptions | null {
      const row = stmt.get.get(projectId) as OptionsRow | undefined;
      return row ? toOptions(row) : null;
    },
    /** Every stored project's options, by project id. */
    all(): Map<string, ProjectExportOptions> {
      return new Map((stmt.all.all() as OptionsRow[]).map((r) => [r.project_id, toOptions(r)]));
    },
    /** Whether options can be stored for the project: it exists and is not in the bin. */
    projectExists(projectId: string): boolean {
      return stmt.exists.get(projectId) !== undefined;
    },
    upsert(row: OptionsWrite): void {
      stmt.upsert.run(row);
    },
  };
}
