/** Per-project privacy options for exports (table project_export_options). */
import { z } from 'zod';
import type { ProjectExportOptions } from '../../../shared/export-types';
import { toIssues } from '../../../shared/project-schema';
import type { Db } from '../db/connection';
import { createExportOptionRepository } from '../db/export-option-repository';
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

export function createProjectOptionsStore({ db, clock }: { db: Db; clock: Clock }) {
  const repo = createExportOptionRepository(db);

  function get(projectId: string): ProjectExportOptions {
    return repo.get(projectId) ?? defaultProjectOptions(projectId);
  }

  return {
    get,
    /** Every project's options that differ from the defaults, by project id. */
    all(): Map<string, ProjectExportOptions> {
      return repo.all();
    },
    set(projectId: string, patch: ProjectOptionsPatch): ProjectExportOptions {
      const parsed = projectOptionsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issues = toIssues(parsed.error);
        throw new AppError('VALIDATION', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' '), issues);
      }
      if (!repo.projectExists(projectId)) throw new AppError('NOT_FOUND', 'That project no longer exists.');
      const next = { ...get(projectId), ...parsed.data };
      if (next.anonymizeClient && next.clientNames.length === 0 && !next.anonymousTitle) {
        throw new AppError('VALIDATION', 'Name the client (or give an anonymous title) so Showcase knows what to leave out.', [
          { path: 'clientNames', message: 'Name the client to leave out.' },
        ]);
      }
      repo.upsert({
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
