/**
 * Prepared statements and row mapping for the resume: the basics row, one table per list section
 * (built from SECTION_SPECS, so a field's column and its JSON Resume key cannot drift apart) and
 * the JSON Resume fields of projects. Every row read is checked with the stored-entry schemas, the
 * same ones a restored backup must satisfy.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import { columnOf, SECTION_KEYS, SECTION_SPECS } from '../../../shared/resume-sections';
import { storedBasicsSchema, storedEntrySchemas, storedProjectResumeSchema } from '../../../shared/resume-schema';
import {
  EMPTY_PROJECT_RESUME_FIELDS,
  emptyResume,
  type JsonObject,
  type ProjectResumeFields,
  type Resume,
  type ResumeBasics,
  type SectionEntry,
  type SectionKey,
} from '../../../shared/resume-types';
import { AppError } from '../errors';

type Row = Record<string, string | number | null>;

export interface BasicsRow {
  name: string;
  label: string;
  image: string;
  email: string;
  phone: string;
  url: string;
  summary: string;
  location_address: string;
  location_postal_code: string;
  location_city: string;
  location_country_code: string;
  location_region: string;
  location_extra: string;
  basics_extra: string;
  meta: string;
  extra: string;
}

interface ProjectResumeRow {
  project_id: string;
  roles: string;
  entity: string;
  type: string;
  url_text: string;
  keywords: string;
  extra: string;
}

export function sectionTable(section: SectionKey): string {
  return `resume_${section}`;
}

/** The columns of a section table, in spec order, with whether each holds JSON. */
function sectionColumns(section: SectionKey): Array<{ key: string; column: string; json: boolean; date: boolean }> {
  return SECTION_SPECS[section].fields.map((f) => ({ key: f.key, column: columnOf(f.key), json: f.kind === 'list', date: f.kind === 'date' }));
}

/** A stored row no schema accepts: reported rather than handed to the UI. */
export class UnreadableRowError extends AppError {
  constructor(
    readonly table: string,
    readonly detail: string,
  ) {
    super('DB_CORRUPT', `The ${table} table holds a row Showcase cannot read (${detail}). Restore a backup or move the database aside.`);
  }
}

function invalid(table: string, detail: string): AppError {
  return new UnreadableRowError(table, detail);
}

/** Row → entry, checked: a row no schema accepts is reported rather than handed to the UI. */
export function sectionRowToEntry<K extends SectionKey>(section: K, row: Row): SectionEntry<K> {
  const out: Record<string, unknown> = { id: row.id };
  try {
    for (const c of sectionColumns(section)) out[c.key] = c.json ? JSON.parse(String(row[c.column])) : row[c.column];
    out.extra = JSON.parse(String(row.extra));
  } catch {
    throw invalid(sectionTable(section), 'a JSON value is damaged');
  }
  const parsed = storedEntrySchemas[section].safeParse(out);
  if (!parsed.success) throw invalid(sectionTable(section), parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data as SectionEntry<K>;
}

export function basicsRowToResumeParts(row: BasicsRow): Pick<Resume, 'basics' | 'meta' | 'extra'> {
  let basics: unknown;
  let meta: unknown;
  let extra: unknown;
  try {
    basics = {
      name: row.name,
      label: row.label,
      image: row.image,
      email: row.email,
      phone: row.phone,
      url: row.url,
      summary: row.summary,
      location: {
        address: row.location_address,
        postalCode: row.location_postal_code,
        city: row.location_city,
        countryCode: row.location_country_code,
        region: row.location_region,
        extra: JSON.parse(row.location_extra),
      },
      extra: JSON.parse(row.basics_extra),
    };
    meta = JSON.parse(row.meta);
    extra = JSON.parse(row.extra);
  } catch {
    throw invalid('resume', 'a JSON value is damaged');
  }
  const parsed = storedBasicsSchema.safeParse(basics);
  if (!parsed.success) throw invalid('resume', parsed.error.issues[0]?.message ?? 'invalid');
  return { basics: parsed.data as ResumeBasics, meta: meta as JsonObject, extra: extra as JsonObject };
}

export function projectResumeRowToFields(row: ProjectResumeRow): ProjectResumeFields {
  let fields: unknown;
  try {
    fields = { roles: JSON.parse(row.roles), entity: row.entity, type: row.type, urlText: row.url_text, keywords: JSON.parse(row.keywords), extra: JSON.parse(row.extra) };
  } catch {
    throw invalid('project_resume', 'a JSON value is damaged');
  }
  const parsed = storedProjectResumeSchema.safeParse(fields);
  if (!parsed.success) throw invalid('project_resume', parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

export function isEmptyProjectResumeFields(f: ProjectResumeFields): boolean {
  return !f.roles.length && !f.entity && !f.type && !f.urlText && !f.keywords.length && Object.keys(f.extra).length === 0;
}

export const BASICS_COLUMNS = 'name, label, image, email, phone, url, summary, location_address, location_postal_code, location_city, location_country_code, location_region, location_extra, basics_extra, meta, extra';

export function createResumeRepository(db: Db) {
  const sections = new Map<SectionKey, { list: Statement; clear: Statement; insert: Statement }>();
  for (const section of SECTION_KEYS) {
    const table = sectionTable(section);
    const cols = sectionColumns(section).map((c) => c.column);
    sections.set(section, {
      list: db.prepare(`SELECT id, ${cols.map((c) => `"${c}"`).join(', ')}, extra FROM ${table} ORDER BY sort_order, id`),
      clear: db.prepare(`DELETE FROM ${table}`),
      insert: db.prepare(`INSERT INTO ${table} (id, sort_order, ${cols.map((c) => `"${c}"`).join(', ')}, extra) VALUES (${['@id', '@sort_order', ...cols.map((c) => `@${c}`), '@extra'].join(', ')})`),
    });
  }
  const stmt = {
    getBasics: db.prepare(`SELECT ${BASICS_COLUMNS} FROM resume WHERE id = 1`),
    saveBasics: db.prepare(
      `INSERT INTO resume (id, ${BASICS_COLUMNS}) VALUES (1, ${BASICS_COLUMNS.split(', ').map((c) => `@${c}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${BASICS_COLUMNS.split(', ').map((c) => `${c} = excluded.${c}`).join(', ')}`,
    ),
    projectFields: db.prepare('SELECT project_id, roles, entity, type, url_text, keywords, extra FROM project_resume WHERE project_id = ?'),
    allProjectFields: db.prepare('SELECT project_id, roles, entity, type, url_text, keywords, extra FROM project_resume'),
    saveProjectFields: db.prepare(
      `INSERT INTO project_resume (project_id, roles, entity, type, url_text, keywords, extra) VALUES (@project_id, @roles, @entity, @type, @url_text, @keywords, @extra)
       ON CONFLICT (project_id) DO UPDATE SET roles = excluded.roles, entity = excluded.entity, type = excluded.type, url_text = excluded.url_text, keywords = excluded.keywords, extra = excluded.extra`,
    ),
    deleteProjectFields: db.prepare('DELETE FROM project_resume WHERE project_id = ?'),
  };

  function entryToRow<K extends SectionKey>(section: K, entry: SectionEntry<K>, order: number): Row {
    const e = entry as unknown as Record<string, unknown>;
    const row: Row = { id: entry.id, sort_order: order, extra: JSON.stringify(entry.extra ?? {}) };
    for (const c of sectionColumns(section)) row[c.column] = c.json ? JSON.stringify(e[c.key] ?? []) : ((e[c.key] as string | null | undefined) ?? (c.date ? null : ''));
    return row;
  }

  function list<K extends SectionKey>(section: K): Array<SectionEntry<K>> {
    return (sections.get(section)!.list.all() as Row[]).map((r) => sectionRowToEntry(section, r));
  }

  function basicsParts(): Pick<Resume, 'basics' | 'meta' | 'extra'> {
    const row = stmt.getBasics.get() as BasicsRow | undefined;
    if (!row) {
      const empty = emptyResume();
      return { basics: empty.basics, meta: empty.meta, extra: empty.extra };
    }
    return basicsRowToResumeParts(row);
  }

  return {
    list,
    /** Writes a section's entries in the order given, replacing what it held. */
    replaceSection<K extends SectionKey>(section: K, entries: ReadonlyArray<SectionEntry<K>>): void {
      const s = sections.get(section)!;
      s.clear.run();
      entries.forEach((e, i) => s.insert.run(entryToRow(section, e, i)));
    },
    basicsParts,
    saveBasicsParts(parts: Pick<Resume, 'basics' | 'meta' | 'extra'>): void {
      const { basics, meta, extra } = parts;
      stmt.saveBasics.run({
        name: basics.name,
        label: basics.label,
        image: basics.image,
        email: basics.email,
        phone: basics.phone,
        url: basics.url,
        summary: basics.summary,
        location_address: basics.location.address,
        location_postal_code: basics.location.postalCode,
        location_city: basics.location.city,
        location_country_code: basics.location.countryCode,
        location_region: basics.location.region,
        location_extra: JSON.stringify(basics.location.extra),
        basics_extra: JSON.stringify(basics.extra),
        meta: JSON.stringify(meta),
        extra: JSON.stringify(extra),
      });
    },
    /** The whole resume in one read. */
    get(): Resume {
      const out = { ...emptyResume(), ...basicsParts() } as Resume;
      for (const section of SECTION_KEYS) (out as unknown as Record<string, unknown>)[section] = list(section);
      return out;
    },
    projectFields(projectId: string): ProjectResumeFields {
      const row = stmt.projectFields.get(projectId) as ProjectResumeRow | undefined;
      return row ? projectResumeRowToFields(row) : { ...EMPTY_PROJECT_RESUME_FIELDS };
    },
    allProjectFields(): Map<string, ProjectResumeFields> {
      return new Map((stmt.allProjectFields.all() as ProjectResumeRow[]).map((r) => [r.project_id, projectResumeRowToFields(r)]));
    },
    saveProjectFields(projectId: string, fields: ProjectResumeFields): void {
      if (isEmptyProjectResumeFields(fields)) {
        stmt.deleteProjectFields.run(projectId);
        return;
      }
      stmt.saveProjectFields.run({
        project_id: projectId,
        roles: JSON.stringify(fields.roles),
        entity: fields.entity,
        type: fields.type,
        url_text: fields.urlText,
        keywords: JSON.stringify(fields.keywords),
        extra: JSON.stringify(fields.extra),
      });
    },
  };
}

export type ResumeRepository = ReturnType<typeof createResumeRepository>;

/** A repository prepared on first use: services that may never touch the resume cost nothing to build. */
export function lazyResumeRepository(db: Db): () => ResumeRepository {
  let repo: ResumeRepository | null = null;
  return () => (repo ??= createResumeRepository(db));
}
