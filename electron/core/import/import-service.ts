import { stripBidiDeep } from '../../../shared/bidi';
import { AppError } from '../errors';
import { MAX_IMPORT_BYTES, readUserTextFile } from '../files/input-file';
import type { PortfolioService } from '../portfolio-service';
import type { Db } from '../db/connection';
import { parseJsonText, projectsFromResume } from './json-resume';
import { isBackup, type BackupService } from '../backup/backup-service';
import type { ImportResult } from '../../../shared/ipc-contract';

export type { ImportResult };

/** Reads a JSON Resume or a backup the user chose (a regular file of at most 50 MB). */
export function readImportFile(path: string): unknown {
  return parseJsonText(readUserTextFile(path, { maxBytes: MAX_IMPORT_BYTES, what: 'an import' }), path);
}

const RESUME_SECTIONS = ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'meta'];

function looksLikeResume(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && RESUME_SECTIONS.some((k) => k in data);
}

export function createImportService(deps: { db: Db; portfolio: PortfolioService; backups: BackupService }) {
  return {
    /**
     * Imports a parsed file, a Showcase backup or a JSON Resume: everything in one transaction,
     * or nothing. A backup replaces all data, so it is only applied when `confirm` says so or
     * when nothing would be lost; otherwise the result carries the plan, unapplied.
     */
    importData(data: unknown, options: { confirm?: boolean; dryRun?: boolean } = {}): ImportResult {
      if (isBackup(data)) {
        const plan = deps.backups.plan(data);
        if (options.dryRun || (plan.destructive && !options.confirm)) return { format: 'backup', applied: false, plan };
        return { format: 'backup', applied: true, plan: deps.backups.restore(data) };
      }
      if (!looksLikeResume(data)) {
        throw new AppError('VALIDATION', 'The file is neither a Showcase backup nor a JSON Resume; nothing was imported.');
      }
      // Third-party text: bidi controls could disguise what is stored and later exported.
      const { inputs, warnings } = stripBidiDeep(projectsFromResume(data));
      if (options.dryRun) return { format: 'json-resume', added: inputs.map((p) => ({ id: '', title: p.title })), warnings };
      const added = deps.db.transaction(() => inputs.map((input) => deps.portfolio.create(input)))();
      return { format: 'json-resume', added: added.map((p) => ({ id: p.id, title: p.title })), warnings };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
