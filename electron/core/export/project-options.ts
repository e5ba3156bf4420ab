/** Per-project privacy options for exports (table project_export_options). */
import { z } from 'zod';
import type { ProjectExportOptions } from '../../../shared/export-types';
import { toIssues } from '../../../shared/project-schema';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { Clock } from '../portfolio-service';
import { defaultProjectOptions } from './privacy';

export const projectOptionsPatchSchema = z
  .object({
    hideRepositoryLink: z.boolean(),
    anonymizeClient: z.boolean(),
    clientNames: z.array(z.string().trim().max(120, 'A client name is at most 120 characters.')).max(20).transform((a) => a.filter(Boolean)),
    clientReplacement: z.string().trim().max(120),
    anonymousTitle: z.string().trim().max(200),
  })
  .partial()
  .strict();

export type ProjectOptionsPatch = z.input<typeof projectOptionsPatchSchema>;

interface OptionsRow {
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

export function createProjectOptionsStore({ db, clock }: { db: Db; clock: Clock }) {
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

  function get(projectId: string): ProjectExportOptions {
    const row = stmt.get.get(projectId) as OptionsRow | undefined;
    return row ? toOptions(row) : defaultProjectOptions(projectId);
  }

  return {
    get,
    /** Every project's options that differ from the defaults, by project id. */
    all(): Map<string, ProjectExportOptions> {
      return new Map((stmt.all.all() as OptionsRow[]).map((r) => [r.project_id, toOptions(r)]));
    },
    set(projectId: string, patch: ProjectOptionsPatch): ProjectExportOptions {
      const parsed = projectOptionsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issues = toIssues(parsed.error);
        throw new AppError('VALIDATION', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' '), issues);
      }
      if (!stmt.exists.get(projectId)) throw new AppError('NOT_FOUND', 'That project no longer exists.');
      const next = { ...get(projectId), ...parsed.data };
      if (next.anonymizeClient && next.clientNames.length === 0 && !next.anonymousTitle) {
        throw new AppError('VALIDATION', 'Name the client (or give an anonymous title) so Showcase knows what to leave out.', [
          { path: 'clientNames', message: 'Name the client to leave out.' },
        ]);
      }
      stmt.upsert.run({
        projectId,
        hide: next.hideRepositoryLink ? 1 : 0,
        anon: next.anonymizeClient ? 1 : 0,
        names: JSON.stringify(next.clientNames),
        replacement: next.clientReplacement,
        title: next.anonymousTitle,
        now: clock.now().toISOString(),
      });
      return get(projectId);
    },
  };
}

export type ProjectOptionsStore = ReturnType<typeof createProjectOptionsStore>;
