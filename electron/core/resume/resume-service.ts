/**
 * The resume's use cases, shared by the app (over IPC), the CLI and the import: read it whole,
 * change the basics, add, change, remove and reorder entries of a section. Input is validated
 * here with the same schemas IPC uses; what is saved always satisfies the stored-entry schemas.
 */
import type { Db } from '../db/connection';
import { lazyResumeRepository, type ResumeRepository } from '../db/resume-repository';
import { AppError } from '../errors';
import { entryTitle, SECTION_SPECS } from '../../../shared/resume-sections';
import { basicsInputSchema, entryInputSchemas, type BasicsPatch } from '../../../shared/resume-schema';
import { toIssues } from '../../../shared/project-schema';
import type { Resume, ResumeBasics, SectionEntry, SectionKey } from '../../../shared/resume-types';
import type { z } from 'zod';

export interface ResumeDeps {
  db: Db;
  newId?: () => string;
}

function parse<T>(schema: z.ZodType<T>, input: unknown, where: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    throw new AppError('VALIDATION', `${where}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ')}`, issues);
  }
  return parsed.data;
}

/** An entry with every field of its section present: '' for text, [] for lists, null for dates. */
export function completeEntry<K extends SectionKey>(section: K, values: Record<string, unknown>, id: string, extra: SectionEntry<K>['extra'] = {}): SectionEntry<K> {
  const out: Record<string, unknown> = { id };
  for (const f of SECTION_SPECS[section].fields) {
    const v = values[f.key];
    out[f.key] = f.kind === 'list' ? (Array.isArray(v) ? v : []) : f.kind === 'date' ? (typeof v === 'string' && v ? v : null) : typeof v === 'string' ? v : '';
  }
  // A field now given replaces a value of it that an import could not read.
  const kept = { ...extra };
  for (const f of SECTION_SPECS[section].fields) if (values[f.key] !== undefined && values[f.key] !== null && values[f.key] !== '') delete kept[f.key];
  out.extra = kept;
  return out as unknown as SectionEntry<K>;
}

export function createResumeService({ db, newId = () => crypto.randomUUID() }: ResumeDeps) {
  // Prepared on first use: opening the app does not need the resume.
  const repoOf = lazyResumeRepository(db);

  function mustFind<K extends SectionKey>(section: K, id: string): { list: Array<SectionEntry<K>>; index: number } {
    const list = repoOf().list(section);
    const index = list.findIndex((e) => e.id === id);
    if (index < 0) throw new AppError('NOT_FOUND', `That ${SECTION_SPECS[section].noun} is no longer in your resume.`);
    return { list, index };
  }

  return {
    get repo(): ResumeRepository {
      return repoOf();
    },
    get: (): Resume => repoOf().get(),
    list: <K extends SectionKey>(section: K) => repoOf().list(section),
    /** Changes the basics fields given ('' clears one); location fields merge into the location. */
    setBasics(patch: BasicsPatch): ResumeBasics {
      const p = parse(basicsInputSchema, patch, 'basics');
      return db.transaction(() => {
        const parts = repoOf().basicsParts();
        const { location, ...rest } = p;
        const basics: ResumeBasics = { ...parts.basics, ...rest, location: { ...parts.basics.location, ...(location ?? {}) } };
        for (const key of Object.keys(rest)) delete basics.extra[key];
        repoOf().saveBasicsParts({ ...parts, basics });
        return basics;
      })();
    },
    /** Adds an entry (at `index`, else at the end) or, with an `id`, changes that entry. */
    saveEntry<K extends SectionKey>(section: K, input: unknown, index?: number): SectionEntry<K> {
      const values = parse(entryInputSchemas[section] as z.ZodType<Record<string, unknown> & { id?: string }>, input, section);
      return db.transaction(() => {
        const list = repoOf().list(section);
        if (values.id) {
          const { index: at } = mustFind(section, values.id);
          const before = list[at] as unknown as Record<string, unknown>;
          const merged = { ...before, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) };
          const entry = completeEntry(section, merged, values.id, list[at].extra);
          list[at] = entry;
          repoOf().replaceSection(section, list);
          return entry;
        }
        const entry = completeEntry(section, values, newId());
        const at = index === undefined ? list.length : Math.max(0, Math.min(list.length, index));
        list.splice(at, 0, entry);
        repoOf().replaceSection(section, list);
        return entry;
      })();
    },
    deleteEntry<K extends SectionKey>(section: K, id: string): { id: string; title: string } {
      return db.transaction(() => {
        const { list, index } = mustFind(section, id);
        const [removed] = list.splice(index, 1);
        repoOf().replaceSection(section, list);
        return { id, title: entryTitle(section, removed) };
      })();
    },
    /** Moves an entry to `toIndex` (clamped); returns the section in its new order. */
    moveEntry<K extends SectionKey>(section: K, id: string, toIndex: number): Array<SectionEntry<K>> {
      return db.transaction(() => {
        const { list, index } = mustFind(section, id);
        const [entry] = list.splice(index, 1);
        list.splice(Math.max(0, Math.min(list.length, toIndex)), 0, entry);
        repoOf().replaceSection(section, list);
        return list;
      })();
    },
  };
}

export type ResumeService = ReturnType<typeof createResumeService>;
