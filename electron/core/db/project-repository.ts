import type { Db } from './connection';
import { PROJECT_KINDS } from '../../../shared/types';
import type {
  LinkType,
  Project,
  ProjectKind,
  ProjectKindEntry,
  ProjectLink,
  ProjectQuery,
  ProjectStatus,
  ProjectTag,
  Source,
  TagCount,
  TagState,
} from '../../../shared/types';

interface ProjectRow {
  id: string;
  title: string;
  summary: string;
  status: ProjectStatus;
  showcased: number;
  start_date: string | null;
  end_date: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}
interface KindRow { project_id: string; kind: ProjectKind; source: Source; evidence: string | null; state: TagState }
interface TagRow { project_id: string; name: string; tech_id: string | null; source: Source; evidence: string | null; state: TagState }
interface ItemRow { project_id: string; type: 'highlight' | 'result'; text: string }
interface LinkRow { project_id: string; type: LinkType; url: string; label: string | null }

/** The key that makes two tags "the same tag" on a project. */
export function tagKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Lower-cased text searched by the projects list: title, summary and counted tags. */
export function buildSearchText(p: Pick<Project, 'title' | 'summary' | 'tags'>): string {
  const tags = p.tags.filter((t) => t.state !== 'rejected').map((t) => t.name);
  return [p.title, p.summary, ...tags].join('\n').toLowerCase();
}

const COLUMNS = 'id, title, summary, status, showcased, start_date, end_date, notes, created_at, updated_at';

const ORDER: Record<NonNullable<ProjectQuery['sort']>, string> = {
  updated: 'updated_at DESC, title COLLATE NOCASE ASC, id',
  title: 'title COLLATE NOCASE ASC, id',
  start: "COALESCE(start_date, '') DESC, title COLLATE NOCASE ASC, id",
};

/** Prepared statements and row mapping for projects and their children, in one place. */
export function createProjectRepository(db: Db) {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO projects (${COLUMNS}, search_text) VALUES (@id, @title, @summary, @status, @showcased, @start_date, @end_date, @notes, @created_at, @updated_at, @search_text)`,
    ),
    update: db.prepare(
      `UPDATE projects SET title = @title, summary = @summary, status = @status, showcased = @showcased, start_date = @start_date,
         end_date = @end_date, notes = @notes, updated_at = @updated_at, search_text = @search_text WHERE id = @id AND deleted_at IS NULL`,
    ),
    get: db.prepare(`SELECT ${COLUMNS} FROM projects WHERE id = ? AND deleted_at IS NULL`),
    count: db.prepare('SELECT COUNT(*) AS n FROM projects WHERE deleted_at IS NULL'),
    softDelete: db.prepare('UPDATE projects SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    purgeDeleted: db.prepare('DELETE FROM projects WHERE deleted_at IS NOT NULL'),
    lastDeleted: db.prepare('SELECT id FROM projects WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 1'),
    restore: db.prepare('UPDATE projects SET deleted_at = NULL WHERE id = ?'),
    delKinds: db.prepare('DELETE FROM project_kinds WHERE project_id = ?'),
    delTags: db.prepare('DELETE FROM project_tags WHERE project_id = ?'),
    delItems: db.prepare('DELETE FROM project_items WHERE project_id = ?'),
    delLinks: db.prepare('DELETE FROM project_links WHERE project_id = ?'),
    insKind: db.prepare('INSERT INTO project_kinds (project_id, kind, source, evidence, state) VALUES (?, ?, ?, ?, ?)'),
    insTag: db.prepare(
      'INSERT INTO project_tags (project_id, name_key, name, tech_id, source, evidence, state, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insItem: db.prepare('INSERT INTO project_items (project_id, type, position, text) VALUES (?, ?, ?, ?)'),
    insLink: db.prepare('INSERT INTO project_links (project_id, position, type, url, label) VALUES (?, ?, ?, ?, ?)'),
    kindsFor: db.prepare(
      "SELECT project_id, kind, source, evidence, state FROM project_kinds WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY project_id, kind",
    ),
    tagsFor: db.prepare(
      'SELECT project_id, name, tech_id, source, evidence, state FROM project_tags WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY project_id, position',
    ),
    itemsFor: db.prepare(
      'SELECT project_id, type, text FROM project_items WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY project_id, type, position',
    ),
    linksFor: db.prepare(
      'SELECT project_id, type, url, label FROM project_links WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY project_id, position',
    ),
    tagCounts: db.prepare(
      `SELECT t.name AS name, t.tech_id AS techId, COUNT(*) AS count FROM project_tags t JOIN projects p ON p.id = t.project_id
       WHERE p.deleted_at IS NULL AND t.state != 'rejected' GROUP BY t.name_key ORDER BY count DESC, t.name COLLATE NOCASE`,
    ),
  };

  function toRow(p: Project) {
    return {
      id: p.id,
      title: p.title,
      summary: p.summary,
      status: p.status,
      showcased: p.showcased ? 1 : 0,
      start_date: p.startDate,
      end_date: p.endDate,
      notes: p.notes,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      search_text: buildSearchText(p),
    };
  }

  function writeChildren(p: Project): void {
    stmt.delKinds.run(p.id);
    stmt.delTags.run(p.id);
    stmt.delItems.run(p.id);
    stmt.delLinks.run(p.id);
    for (const k of p.kinds) stmt.insKind.run(p.id, k.kind, k.source, k.evidence, k.state);
    p.tags.forEach((t, i) => stmt.insTag.run(p.id, tagKey(t.name), t.name, t.techId, t.source, t.evidence, t.state, i));
    p.highlights.forEach((text, i) => stmt.insItem.run(p.id, 'highlight', i, text));
    p.results.forEach((text, i) => stmt.insItem.run(p.id, 'result', i, text));
    p.links.forEach((l, i) => stmt.insLink.run(p.id, i, l.type, l.url, l.label ?? null));
  }

  /** Loads children for many projects at once and assembles domain objects, keeping row order. */
  function hydrate(rows: ProjectRow[]): Project[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const byId = new Map<string, Project>();
    const projects = rows.map((r) => {
      const p: Project = {
        id: r.id,
        title: r.title,
        summary: r.summary,
        status: r.status,
        showcased: r.showcased === 1,
        startDate: r.start_date,
        endDate: r.end_date,
        notes: r.notes,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        kinds: [],
        tags: [],
        highlights: [],
        results: [],
        links: [],
      };
      byId.set(r.id, p);
      return p;
    });
    for (const k of stmt.kindsFor.all(ids) as KindRow[]) {
      byId.get(k.project_id)?.kinds.push({ kind: k.kind, source: k.source, evidence: k.evidence, state: k.state });
    }
    for (const p of projects) p.kinds.sort((a, b) => PROJECT_KINDS.indexOf(a.kind) - PROJECT_KINDS.indexOf(b.kind));
    for (const t of stmt.tagsFor.all(ids) as TagRow[]) {
      byId.get(t.project_id)?.tags.push({ name: t.name, techId: t.tech_id, source: t.source, evidence: t.evidence, state: t.state });
    }
    for (const it of stmt.itemsFor.all(ids) as ItemRow[]) {
      const p = byId.get(it.project_id);
      if (p) (it.type === 'highlight' ? p.highlights : p.results).push(it.text);
    }
    for (const l of stmt.linksFor.all(ids) as LinkRow[]) {
      const link: ProjectLink = { type: l.type, url: l.url };
      if (l.label) link.label = l.label;
      byId.get(l.project_id)?.links.push(link);
    }
    return projects;
  }

  return {
    insert(p: Project): void {
      stmt.insert.run(toRow(p));
      writeChildren(p);
    },
    update(p: Project): boolean {
      const changed = stmt.update.run(toRow(p)).changes > 0;
      if (changed) writeChildren(p);
      return changed;
    },
    get(id: string): Project | null {
      const row = stmt.get.get(id) as ProjectRow | undefined;
      return row ? hydrate([row])[0] : null;
    },
    count(): number {
      return (stmt.count.get() as { n: number }).n;
    },
    list(query: ProjectQuery = {}): Project[] {
      const where = ['deleted_at IS NULL'];
      const params: unknown[] = [];
      const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      for (const w of words) {
        where.push('instr(search_text, ?) > 0');
        params.push(w);
      }
      if (query.kind) {
        where.push("EXISTS (SELECT 1 FROM project_kinds k WHERE k.project_id = projects.id AND k.kind = ? AND k.state != 'rejected')");
        params.push(query.kind);
      }
      if (query.tag) {
        where.push("EXISTS (SELECT 1 FROM project_tags t WHERE t.project_id = projects.id AND t.name_key = ? AND t.state != 'rejected')");
        params.push(tagKey(query.tag));
      }
      if (query.showcased === 'showcased') where.push('showcased = 1');
      if (query.showcased === 'hidden') where.push('showcased = 0');
      const sql = `SELECT ${COLUMNS} FROM projects WHERE ${where.join(' AND ')} ORDER BY ${ORDER[query.sort ?? 'updated']}`;
      return hydrate(db.prepare(sql).all(...params) as ProjectRow[]);
    },
    /** Soft-deletes so the last delete can be undone; older deletes are purged for good. */
    softDelete(id: string, at: string): boolean {
      stmt.purgeDeleted.run();
      return stmt.softDelete.run(at, id).changes > 0;
    },
    restoreLastDeleted(): string | null {
      const row = stmt.lastDeleted.get() as { id: string } | undefined;
      if (!row) return null;
      stmt.restore.run(row.id);
      return row.id;
    },
    tagCounts(): TagCount[] {
      return stmt.tagCounts.all() as TagCount[];
    },
  };
}

export type ProjectRepository = ReturnType<typeof createProjectRepository>;
export type { ProjectKindEntry, ProjectTag };
