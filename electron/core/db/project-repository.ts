import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import type { Project, ProjectQuery, ProjectStatus, TagCount } from '../../../shared/types';
import type { Children } from './row-schemas';

/** A project's row, as an array in COLUMNS order. */
type ListRow = [
  id: string,
  title: string,
  summary: string,
  status: ProjectStatus,
  showcased: number,
  start_date: string | null,
  end_date: string | null,
  notes: string,
  created_at: string,
  updated_at: string,
  children: string,
];
type ChildRow = Record<string, string | number | null>;

/**
 * The rows of the child tables that mirror a project's `children` (kinds, tags, items, links),
 * by table, in primary-key order: what the repository writes, and what a restore checks.
 */
export function childRowsOf(projectId: string, c: Children): Record<'project_kinds' | 'project_tags' | 'project_items' | 'project_links', ChildRow[]> {
  return {
    project_kinds: c.kinds
      .map((k) => ({ project_id: projectId, kind: k.kind, source: k.source, evidence: k.evidence, state: k.state }))
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    project_tags: c.tags
      .map((t, i) => ({ project_id: projectId, name_key: tagKey(t.name), name: t.name, tech_id: t.techId, source: t.source, evidence: t.evidence, state: t.state, position: i, strength: t.strength ?? null, minor_contribution: t.minorContribution ? 1 : 0 }))
      .sort((a, b) => (a.name_key < b.name_key ? -1 : a.name_key > b.name_key ? 1 : 0)),
    project_items: [
      ...c.highlights.map((text, i) => ({ project_id: projectId, type: 'highlight', position: i, text })),
      ...c.results.map((text, i) => ({ project_id: projectId, type: 'result', position: i, text })),
    ],
    project_links: c.links.map((l, i) => ({ project_id: projectId, position: i, type: l.type, url: l.url, label: l.label ?? null })),
  };
}

/** The key that makes two tags "the same tag" on a project. */
export function tagKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Lower-cased text searched by the projects list: title, summary and counted tags. */
export function buildSearchText(p: Pick<Project, 'title' | 'summary' | 'tags'>): string {
  const tags = p.tags.filter((t) => t.state !== 'rejected').map((t) => t.name);
  return [p.title, p.summary, ...tags].join('\n').toLowerCase();
}

// projectOf reads rows by position in this order.
const COLUMNS = 'id, title, summary, status, showcased, start_date, end_date, notes, created_at, updated_at, children';

const ORDER: Record<NonNullable<ProjectQuery['sort']>, string> = {
  updated: 'updated_at DESC, title COLLATE NOCASE ASC, id',
  title: 'title COLLATE NOCASE ASC, id',
  start: "COALESCE(start_date, '') DESC, title COLLATE NOCASE ASC, id",
};

/** Children no caller can change: each list, and each entry of one (entries hold plain values). */
function frozen(c: Children): Children {
  for (const list of [c.kinds, c.tags, c.links] as object[][]) {
    for (let i = 0; i < list.length; i++) Object.freeze(list[i]);
    Object.freeze(list);
  }
  Object.freeze(c.highlights);
  Object.freeze(c.results);
  return Object.freeze(c);
}

/** Prepared statements and row mapping for projects and their children, in one place. */
export function createProjectRepository(db: Db) {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO projects (${COLUMNS}, search_text) VALUES (@id, @title, @summary, @status, @showcased, @start_date, @end_date, @notes, @created_at, @updated_at, @children, @search_text)`,
    ),
    update: db.prepare(
      `UPDATE projects SET title = @title, summary = @summary, status = @status, showcased = @showcased, start_date = @start_date,
         end_date = @end_date, notes = @notes, updated_at = @updated_at, children = @children, search_text = @search_text WHERE id = @id AND deleted_at IS NULL`,
    ),
    get: db.prepare(`SELECT ${COLUMNS} FROM projects WHERE id = ? AND deleted_at IS NULL`).raw(true),
    count: db.prepare('SELECT COUNT(*) AS n FROM projects WHERE deleted_at IS NULL'),
    softDelete: db.prepare('UPDATE projects SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    purgeDeleted: db.prepare('DELETE FROM projects WHERE deleted_at IS NOT NULL'),
    lastDeleted: db.prepare('SELECT id FROM projects WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 1'),
    restore: db.prepare('UPDATE projects SET deleted_at = NULL WHERE id = ?'),
    delKinds: db.prepare('DELETE FROM project_kinds WHERE project_id = ?'),
    delTags: db.prepare('DELETE FROM project_tags WHERE project_id = ?'),
    delItems: db.prepare('DELETE FROM project_items WHERE project_id = ?'),
    delLinks: db.prepare('DELETE FROM project_links WHERE project_id = ?'),
    ins: {
      project_kinds: db.prepare('INSERT INTO project_kinds (project_id, kind, source, evidence, state) VALUES (@project_id, @kind, @source, @evidence, @state)'),
      project_tags: db.prepare(
        'INSERT INTO project_tags (project_id, name_key, name, tech_id, source, evidence, state, position, strength, minor_contribution) VALUES (@project_id, @name_key, @name, @tech_id, @source, @evidence, @state, @position, @strength, @minor_contribution)',
      ),
      project_items: db.prepare('INSERT INTO project_items (project_id, type, position, text) VALUES (@project_id, @type, @position, @text)'),
      project_links: db.prepare('INSERT INTO project_links (project_id, position, type, url, label) VALUES (@project_id, @position, @type, @url, @label)'),
    },
    tagCounts: db.prepare(
      `SELECT t.name AS name, t.tech_id AS techId, COUNT(*) AS count FROM project_tags t JOIN projects p ON p.id = t.project_id
       WHERE p.deleted_at IS NULL AND t.state != 'rejected' GROUP BY t.name_key ORDER BY count DESC, t.name COLLATE NOCASE`,
    ),
  };

  // Search statements differ only by how many words they test; keep the prepared ones.
  const listCache = new Map<string, Statement<unknown[]>>();
  /**
   * Listed projects' children by project id, with the stored text they were read from. A list
   * parses only the rows whose text changed since it last read them (another process, such as
   * the CLI, may have written them: the text itself tells). Shared between lists, so frozen.
   */
  const listed = new Map<string, { text: string; children: Readonly<Children> }>();

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
      children: JSON.stringify({ kinds: p.kinds, tags: p.tags, highlights: p.highlights, results: p.results, links: p.links } satisfies Children),
      search_text: buildSearchText(p),
    };
  }

  function writeChildren(p: Project): void {
    stmt.delKinds.run(p.id);
    stmt.delTags.run(p.id);
    stmt.delItems.run(p.id);
    stmt.delLinks.run(p.id);
    const rows = childRowsOf(p.id, p);
    for (const table of Object.keys(rows) as Array<keyof typeof rows>) for (const row of rows[table]) stmt.ins[table].run(row);
  }

  /**
   * A project from its row, read as an array in COLUMNS order (better-sqlite3 then builds no row
   * object per project), with its children parsed once. A single read parses its own copy, which
   * the caller may change; listed projects share frozen children.
   */
  function projectOf(r: ListRow, c: Children = JSON.parse(r[10]) as Children): Project {
    return {
      id: r[0],
      title: r[1],
      summary: r[2],
      kinds: c.kinds,
      tags: c.tags,
      highlights: c.highlights,
      results: c.results,
      links: c.links,
      startDate: r[5],
      endDate: r[6],
      status: r[3],
      showcased: r[4] === 1,
      notes: r[7],
      createdAt: r[8],
      updatedAt: r[9],
    };
  }

  /** The projects a query lists; `filtered` when it leaves some out. */
  function select(query: ProjectQuery): { projects: Project[]; filtered: boolean } {
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
    let listStmt = listCache.get(sql);
    if (!listStmt) {
      listStmt = db.prepare(sql).raw(true);
      if (listCache.size < 200) listCache.set(sql, listStmt);
    }
    const rows = listStmt.all(...params) as ListRow[];
    const filtered = where.length > 1;
    // Unfiltered, the rows are every project: what is not among them is gone.
    if (!filtered && listed.size > rows.length) {
      const ids = new Set(rows.map((r) => r[0]));
      for (const id of listed.keys()) if (!ids.has(id)) listed.delete(id);
    }
    return { projects: rows.map((r) => projectOf(r, listedChildren(r[0], r[10]))), filtered };
  }

  function listedChildren(id: string, text: string): Children {
    const hit = listed.get(id);
    if (hit && hit.text === text) return hit.children as Children;
    const children = frozen(JSON.parse(text) as Children);
    listed.set(id, { text, children });
    return children;
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
      const row = stmt.get.get(id) as ListRow | undefined;
      return row ? projectOf(row) : null;
    },
    count(): number {
      return (stmt.count.get() as { n: number }).n;
    },
    list(query: ProjectQuery = {}): Project[] {
      return select(query).projects;
    },
    /** The projects a query lists, and how many projects there are before filtering. */
    listWithTotal(query: ProjectQuery = {}): { projects: Project[]; total: number } {
      const { projects, filtered } = select(query);
      // Unfiltered, the list is every project: no second query to count them.
      return { projects, total: filtered ? (stmt.count.get() as { n: number }).n : projects.length };
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
