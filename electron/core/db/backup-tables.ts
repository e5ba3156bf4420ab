/**
 * Whole-database reads and writes for backup and restore: every table in dependency order, its
 * rows in primary-key order, and the copy from an attached, checked scratch database.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

export type Row = Record<string, string | number | null>;

/** Tables holding the user's data, parents before children (for inserts). */
export function dataTables(db: Db): string[] {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const deps = new Map(names.map((n) => [n, (db.pragma(`foreign_key_list("${n}")`) as Array<{ table: string }>).map((f) => f.table).filter((t) => t !== n)]));
  const ordered: string[] = [];
  const visit = (n: string, seen: Set<string>) => {
    if (ordered.includes(n) || seen.has(n)) return;
    seen.add(n);
    for (const d of deps.get(n) ?? []) visit(d, seen);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}

export function columns(db: Db, table: string): Array<{ name: string; pk: number }> {
  return db.pragma(`table_info("${table}")`) as Array<{ name: string; pk: number }>;
}

export function orderBy(db: Db, table: string): string {
  const cols = columns(db, table);
  const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => `"${c.name}"`);
  return pk.length ? pk.join(', ') : 'rowid';
}

export function dumpTables(db: Db): Record<string, Row[]> {
  const tables: Record<string, Row[]> = {};
  for (const t of [...dataTables(db)].sort()) {
    tables[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${orderBy(db, t)}`).all() as Row[];
  }
  return tables;
}

/** Every row of a table, in storage order. */
export function tableRows(db: Db, table: string): Row[] {
  return db.prepare(`SELECT * FROM "${table}"`).all() as Row[];
}

/** The insert statements of a database, by their text: a restore inserts thousands of rows of a few shapes. */
const inserts = new WeakMap<Db, Map<string, Statement>>();

/** Inserts one row as given: SQLite's constraints check it. */
export function insertRow(db: Db, table: string, row: Row): void {
  const keys = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
  let byText = inserts.get(db);
  if (!byText) inserts.set(db, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = db.prepare(sql)));
  stmt.run(...keys.map((k) => row[k]));
}

  /** Rows in a table, projects kept for "undo delete" left out. */
/** Rows in a table, projects kept for "undo delete" (and their tags, links…) left out. */
export function rowCount(d: Db, table: string, schema = 'main'): number {
  const ofProject = table !== 'projects' && d.prepare(`SELECT 1 FROM pragma_table_info(?, ?) WHERE name = 'project_id'`).get(table, schema) !== undefined;
  const where =
    table === 'projects'
      ? ' WHERE deleted_at IS NULL'
      : ofProject
        ? ` WHERE project_id NOT IN (SELECT id FROM ${schema}.projects WHERE deleted_at IS NOT NULL)`
        : '';
  return (d.prepare(`SELECT COUNT(*) AS n FROM ${schema}."${table}"${where}`).get() as { n: number }).n;
}

/** Every project's text fields, for checking its children and rebuilding its search text. */
export function projectTexts(db: Db): Array<{ id: string; title: string; summary: string; children: string }> {
  return db.prepare('SELECT id, title, summary, children FROM projects').all() as Array<{ id: string; title: string; summary: string; children: string }>;
}

export function searchTextWriter(db: Db): (projectId: string, searchText: string) => void {
  const stmt = db.prepare('UPDATE projects SET search_text = ? WHERE id = ?');
  return (projectId, searchText) => void stmt.run(searchText, projectId);
}

/** What a user sees of each live project: its row, its export options and its linked repositories. */
export function signatureRows(db: Db): { options: Row[]; links: Row[]; projects: Row[] } {
  return {
    options: db.prepare('SELECT * FROM project_export_options').all() as Row[],
    links: db.prepare('SELECT project_id, repository_id FROM project_repositories ORDER BY repository_id').all() as Row[],
    projects: db.prepare('SELECT * FROM projects WHERE deleted_at IS NULL').all() as Row[],
  };
}

/** Rows here that the database at `path` does not hold as they are (what replacing this one would lose). */
export function rowsMissingFrom(db: Db, path: string): number {
  db.prepare('ATTACH DATABASE ? AS plan_src').run(path);
  let lost = 0;
  try {
    for (const t of dataTables(db)) {
      // A project kept only for "undo delete" is already gone as far as the user knows.
      const where = t === 'projects' ? ' WHERE deleted_at IS NULL' : '';
      lost += (db.prepare(`SELECT COUNT(*) AS n FROM (SELECT * FROM main."${t}"${where} EXCEPT SELECT * FROM plan_src."${t}")`).get() as { n: number }).n;
    }
  } finally {
    db.prepare('DETACH DATABASE plan_src').run();
  }
  return lost;
}

/** Replaces every row of every table with those of the database at `path`, in one transaction. */
export function replaceAllFrom(db: Db, path: string): void {
  const tables = dataTables(db);
  db.prepare('ATTACH DATABASE ? AS restore_src').run(path);
  try {
    db.transaction(() => {
      for (const t of [...tables].reverse()) db.prepare(`DELETE FROM main."${t}"`).run();
      for (const t of tables) {
        const cols = columns(db, t).map((c) => `"${c.name}"`).join(', ');
        db.prepare(`INSERT INTO main."${t}" (${cols}) SELECT ${cols} FROM restore_src."${t}" ORDER BY ${orderBy(db, t)}`).run();
      }
    })();
  } finally {
    db.prepare('DETACH DATABASE restore_src').run();
  }
}
