import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stripBidiDeep } from '../../../shared/bidi';
import { AppError } from '../errors';
import { MAX_IMPORT_BYTES, readUserTextFile } from '../files/input-file';
import type { PortfolioService } from '../portfolio-service';
import type { Db } from '../db/connection';
import { lazyResumeRepository } from '../db/resume-repository';
import { readJsonResume, type ProjectImport } from './json-resume';
import { parseJsonText, type ParsedJson } from './json-text';
import { hasResumeContent, type ResumePart } from './resume-reader';
import { isPlainObject } from './resume-values';
import { isBackup, type BackupService } from '../backup/backup-service';
import type { ImportResult, ResumeImportSection } from '../../../shared/ipc-contract';
import { SECTION_SPECS, TOP_LEVEL_SECTIONS } from '../../../shared/resume-sections';
import { EMPTY_BASICS, type JsonValue, type Resume } from '../../../shared/resume-types';

export type { ImportResult };

/**
 * Reads a JSON Resume or a backup the user chose (a regular file of at most 50 MB): comments and
 * trailing commas accepted, and noted. A refusal names the file, not the folders it sits in.
 */
export function readImportFile(path: string): ParsedJson {
  return parseJsonText(readUserTextFile(path, { maxBytes: MAX_IMPORT_BYTES, what: 'an import' }), basename(path));
}

const PART_LABELS: Record<ResumePart, string> = {
  basics: 'Basics',
  meta: 'Meta',
  ...(Object.fromEntries(TOP_LEVEL_SECTIONS.map((k) => [k, SECTION_SPECS[k].label])) as Record<Exclude<ResumePart, 'basics' | 'meta'>, string>),
};

function withoutIds(list: ReadonlyArray<{ id: string }>): unknown[] {
  return list.map(({ id: _id, ...rest }) => rest);
}

/** The parts of the file that would replace something different that is held now. */
function replacedParts(current: Resume, next: Resume, present: Set<ResumePart>): ResumePart[] {
  const out: ResumePart[] = [];
  for (const part of present) {
    if (part === 'meta') continue;
    if (part === 'basics') {
      const has = !isDeepStrictEqual(current.basics, EMPTY_BASICS) || current.profiles.length > 0;
      if (has && !isDeepStrictEqual([current.basics, withoutIds(current.profiles)], [next.basics, withoutIds(next.profiles)])) out.push(part);
      continue;
    }
    const now = current[part];
    if (now.length && !isDeepStrictEqual(withoutIds(now), withoutIds(next[part]))) out.push(part);
  }
  return out;
}

export function createImportService(deps: { db: Db; portfolio: PortfolioService; backups: BackupService; newId?: () => string }) {
  const repo = lazyResumeRepository(deps.db);

  function importResume(data: Record<string, JsonValue>, options: { confirm?: boolean; dryRun?: boolean; notes?: string[] }): ImportResult {
    const read = readJsonResume(data, deps.newId);
    const notes = [...(options.notes ?? []), ...read.notes];
    const projects: ProjectImport[] = read.projects;
    const existing = new Set(deps.portfolio.list({}).projects.map((p) => p.title.trim().toLowerCase()));
    const skipped: string[] = [];
    const toAdd = projects.filter((p) => {
      const key = p.input.title.trim().toLowerCase();
      if (existing.has(key)) {
        skipped.push(p.input.title);
        return false;
      }
      existing.add(key);
      return true;
    });
    if (skipped.length) notes.push(`Already in your portfolio, left as they are: ${skipped.map((t) => `"${t}"`).join(', ')}`);

    const current = repo().get();
    const replaces = replacedParts(current, read.resume, read.present).map((p) => PART_LABELS[p]);
    const sections: ResumeImportSection[] = [...read.present]
      .filter((p) => p !== 'meta')
      .map((p) => ({ section: p, label: PART_LABELS[p], entries: p === 'basics' ? 1 + read.resume.profiles.length : read.resume[p].length }));
    const result = { format: 'json-resume' as const, skipped, warnings: notes, sections, replaces };
    if (options.dryRun || (replaces.length && !options.confirm)) {
      return { ...result, applied: false, added: toAdd.map((p) => ({ id: '', title: p.input.title })) };
    }
    const added = deps.db.transaction(() => {
      const next = read.resume;
      const parts = repo().basicsParts();
      repo().saveBasicsParts({
        basics: read.present.has('basics') ? next.basics : parts.basics,
        meta: read.present.has('meta') ? next.meta : parts.meta,
        extra: { ...parts.extra, ...next.extra },
      });
      if (read.present.has('basics')) repo().replaceSection('profiles', next.profiles);
      for (const section of TOP_LEVEL_SECTIONS) if (read.present.has(section)) repo().replaceSection(section, next[section]);
      return toAdd.map(({ input, fields }) => {
        const project = deps.portfolio.create(input);
        repo().saveProjectFields(project.id, fields);
        return { id: project.id, title: project.title };
      });
    })();
    return { ...result, applied: true, added };
  }

  return {
    /**
     * Imports a parsed file, a Showcase backup or a JSON Resume: everything in one transaction,
     * or nothing. A backup replaces all data, and a resume replaces the sections it holds, so
     * either is applied only when `confirm` says so or when nothing held would change.
     */
    importData(data: unknown, options: { confirm?: boolean; dryRun?: boolean; notes?: string[] } = {}): ImportResult {
      if (isBackup(data)) {
        const plan = deps.backups.plan(data);
        if (options.dryRun || (plan.destructive && !options.confirm)) return { format: 'backup', applied: false, plan };
        return { format: 'backup', applied: true, plan: deps.backups.restore(data) };
      }
      if (!isPlainObject(data)) {
        const what = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
        throw new AppError('VALIDATION', `The file holds ${what}, not a JSON Resume object or a Showcase backup; nothing was imported.`);
      }
      if (!hasResumeContent(data)) {
        throw new AppError('VALIDATION', 'The file is neither a Showcase backup nor a JSON Resume (it has none of its sections: basics, work, education, skills, projects…); nothing was imported.');
      }
      // Third-party text: bidi controls could disguise what is stored and later exported.
      return importResume(stripBidiDeep(data), options);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
