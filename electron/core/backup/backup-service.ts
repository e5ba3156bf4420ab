/**
 * Full backup and atomic restore.
 *
 * A backup is every row of every Showcase table, tagged with the schema version that wrote it
 * (format documented in docs/backup-format.md). Tokens are never in the database, so never in
 * a backup. Restore loads the file into a scratch database at the backup's own schema version,
 * lets SQLite check every constraint, upgrades it with the app's migrations (so backups from
 * any earlier version restore), and only then replaces the user's data in one transaction.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { migrate, schemaVersion } from '../db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../db/migrations';
import { buildSearchText, childRowsOf } from '../db/project-repository';
import { checkRow, childrenSchema, type Children } from '../db/row-schemas';
import { AppError } from '../errors';
import { makeScratchDir } from '../files/scratch';
import type { Clock } from '../portfolio-service';

export const BACKUP_FORMAT = 'showcase-backup';
export const BACKUP_FORMAT_VERSION = 1;

type Row = Record<string, string | number | null>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  app: string;
  createdAt: string;
  tables: Record<string, Row[]>;
}

export interface RestorePlan {
  schemaVersion: number;
  /** Rows per table: in the backup, and in the database now. */
  tables: Array<{ table: string; backup: number; current: number }>;
  projects: { added: string[]; removed: string[]; changed: string[]; unchanged: number };
  /** True when restoring would remove or change something already in the database. */
  destructive: boolean;
}

const cell = z.union([z.string(), z.number(), z.null()]);
const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'this is not a Showcase backup' }),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  app: z.string(),
  createdAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});

/** Tables holding the user's data, parents before children (for inserts). */
function dataTables(db: Db): string[] {
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

function columns(db: Db, table: string): Array<{ name: string; pk: number }> {
  return db.pragma(`table_info("${table}")`) as Array<{ name: string; pk: number }>;
}

function orderBy(db: Db, table: string): string {
  const cols = columns(db, table);
  const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => `"${c.name}"`);
  return pk.length ? pk.join(', ') : 'rowid';
}

function dump(db: Db): Record<string, Row[]> {
  const tables: Record<string, Row[]> = {};
  for (const t of [...dataTables(db)].sort()) {
    tables[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${orderBy(db, t)}`).all() as Row[];
  }
  return tables;
}

/** "projects[3] (id "abc")": a row as the user can find it in the backup file. */
function rowName(db: Db, table: string, row: Row, backup: Backup): string {
  const pk = columns(db, table).filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  const key = (r: Row) => JSON.stringify(pk.map((k) => r[k]));
  const index = (backup.tables[table] ?? []).findIndex((r) => key(r) === key(row));
  const ident = pk.map((k) => `${k} ${JSON.stringify(row[k])}`.slice(0, 80)).join(', ');
  return `${table}[${index < 0 ? '?' : index}]${ident ? ` (${ident})` : ''}`;
}

const refuse = (what: string) => new AppError('VALIDATION', `The backup cannot be restored: ${what}. Nothing was changed.`);

/**
 * Every row, as the upgraded scratch database holds it, must be readable by the app (see
 * db/row-schemas). The child tables only mirror `projects.children`, which is what the app
 * reads: a backup whose copies disagree with it is refused, and the search text is rebuilt.
 */
function checkContent(scratch: Db, backup: Backup): void {
  for (const t of dataTables(scratch)) {
    for (const row of scratch.prepare(`SELECT * FROM "${t}"`).all() as Row[]) {
      const problem = checkRow(t, row);
      if (problem) throw refuse(`${rowName(scratch, t, row, backup)} has a bad ${problem.field || 'table'}: ${problem.message}`);
    }
  }
  const sortKey = (r: Row) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]]));
  const mirrors = ['project_kinds', 'project_tags', 'project_items', 'project_links'] as const;
  const stored = new Map(mirrors.map((t) => [t, groupByProject(scratch.prepare(`SELECT * FROM "${t}"`).all() as Row[])]));
  const setSearch = scratch.prepare('UPDATE projects SET search_text = ? WHERE id = ?');
  for (const p of scratch.prepare('SELECT id, title, summary, children FROM projects').all() as Array<{ id: string; title: string; summary: string; children: string }>) {
    const children = childrenSchema.parse(JSON.parse(p.children)) as Children;
    const expected = childRowsOf(p.id, children);
    for (const t of mirrors) {
      const want = expected[t].map(sortKey).sort();
      const have = (stored.get(t)!.get(p.id) ?? []).map(sortKey).sort();
      stored.get(t)!.delete(p.id);
      if (want.join('\n') !== have.join('\n')) {
        throw refuse(`the ${t} rows of project ${JSON.stringify(p.id)} ("${p.title.slice(0, 60)}") do not match its projects.children, which is what Showcase reads`);
      }
    }
    setSearch.run(buildSearchText({ title: p.title, summary: p.summary, tags: children.tags }), p.id);
  }
}

/**
 * Everything a user sees of each live project (its fields, lists, export options and linked
 * repositories), by id, title first: two projects differ exactly when a screen would show it.
 */
function projectSignatures(d: Db): Map<string, string> {
  const options = new Map((d.prepare('SELECT * FROM project_export_options').all() as Row[]).map((r) => [String(r.project_id), { ...r, updated_at: null }]));
  const links = groupByProject(d.prepare('SELECT project_id, repository_id FROM project_repositories ORDER BY repository_id').all() as Row[]);
  const out = new Map<string, string>();
  for (const row of d.prepare('SELECT * FROM projects WHERE deleted_at IS NULL').all() as Row[]) {
    const id = String(row.id);
    const { search_text: _derived, ...fields } = row;
    out.set(id, `${String(row.title)}\u0000${JSON.stringify([fields, options.get(id) ?? null, (links.get(id) ?? []).map((l) => l.repository_id)])}`);
  }
  return out;
}

function groupByProject(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const id = String(r.project_id);
    out.set(id, [...(out.get(id) ?? []), r]);
  }
  return out;
}

export function createBackupService(deps: { db: Db; clock: Clock; appVersion: string }) {
  const { db } = deps;

  /** Parses and fully checks a backup in a scratch database; returns that database upgraded. */
  function load(data: unknown): { scratch: Db; dir: string; backup: Backup } {
    const parsed = envelopeSchema.safeParse(data);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new AppError('VALIDATION', `The backup cannot be read: ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}. Nothing was changed.`);
    }
    const backup = parsed.data as Backup;
    if (backup.formatVersion > BACKUP_FORMAT_VERSION || backup.schemaVersion > LATEST_VERSION) {
      throw new AppError('DB_TOO_NEW', 'This backup was made by a newer version of Showcase. Update Showcase to restore it; nothing was changed.');
    }
    if (!MIGRATIONS.some((m) => m.version === backup.schemaVersion)) {
      throw new AppError('VALIDATION', `The backup names an unknown schema version ${backup.schemaVersion}. Nothing was changed.`);
    }
    // Named after this process: a restore killed mid-way is cleaned up at the next start.
    const dir = makeScratchDir('restore');
    const scratch = new Database(join(dir, 'restore.db'));
    try {
      scratch.pragma('foreign_keys = ON');
      migrate(scratch, MIGRATIONS, backup.schemaVersion);
      const known = new Set(dataTables(scratch));
      for (const t of Object.keys(backup.tables)) {
        if (!known.has(t)) throw new AppError('VALIDATION', `The backup has a table "${t}" that schema version ${backup.schemaVersion} does not have. Nothing was changed.`);
      }
      scratch.transaction(() => {
        for (const t of dataTables(scratch)) {
          const cols = new Set(columns(scratch, t).map((c) => c.name));
          (backup.tables[t] ?? []).forEach((row, i) => {
            const keys = Object.keys(row);
            const unknown = keys.find((k) => !cols.has(k));
            if (unknown) throw new AppError('VALIDATION', `The backup's ${t}[${i}] has an unknown field "${unknown}". Nothing was changed.`);
            try {
              scratch.prepare(`INSERT INTO "${t}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(...keys.map((k) => row[k]));
            } catch (error) {
              throw new AppError('VALIDATION', `The backup's ${t}[${i}] is not valid: ${(error as Error).message}. Nothing was changed.`);
            }
          });
        }
      })();
      const broken = scratch.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new AppError('VALIDATION', `The backup has ${broken.length} rows pointing at missing records. Nothing was changed.`);
      migrate(scratch, MIGRATIONS, LATEST_VERSION);
      checkContent(scratch, backup);
      return { scratch, dir, backup };
    } catch (error) {
      scratch.close();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  function withLoaded<T>(data: unknown, fn: (scratch: Db, backup: Backup, dir: string) => T): T {
    const { scratch, dir, backup } = load(data);
    try {
      return fn(scratch, backup, dir);
    } finally {
      scratch.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Rows in a table, projects kept for "undo delete" (and their tags, links…) left out. */
  function rowCount(d: Db, table: string, schema = 'main'): number {
    const ofProject = table !== 'projects' && (d.prepare(`SELECT 1 FROM pragma_table_info(?, ?) WHERE name = 'project_id'`).get(table, schema) !== undefined);
    const where =
      table === 'projects'
        ? ' WHERE deleted_at IS NULL'
        : ofProject
          ? ` WHERE project_id NOT IN (SELECT id FROM ${schema}.projects WHERE deleted_at IS NOT NULL)`
          : '';
    return (d.prepare(`SELECT COUNT(*) AS n FROM ${schema}."${table}"${where}`).get() as { n: number }).n;
  }

  function planFrom(scratch: Db, scratchPath: string, backup: Backup): RestorePlan {
    const tables = dataTables(db).map((t) => ({ table: t, backup: rowCount(scratch, t), current: rowCount(db, t) }));
    const next = projectSignatures(scratch);
    const now = projectSignatures(db);
    const title = (s: string) => s.split('\u0000')[0];
    const added = [...next].filter(([id]) => !now.has(id)).map(([, s]) => title(s)).sort();
    const removed = [...now].filter(([id]) => !next.has(id)).map(([, s]) => title(s)).sort();
    const changed = [...next].filter(([id, s]) => now.has(id) && now.get(id) !== s).map(([, s]) => title(s)).sort();
    const unchanged = [...next].filter(([id, s]) => now.get(id) === s).length;
    // Destructive when some row here is not in the backup as it is: restoring would lose it.
    db.prepare('ATTACH DATABASE ? AS plan_src').run(scratchPath);
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
    return { schemaVersion: backup.schemaVersion, tables, projects: { added, removed, changed, unchanged }, destructive: lost > 0 };
  }

  return {
    /** Every row of every table, deterministic for the same data and clock. */
    create(): Backup {
      return {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: schemaVersion(db),
        app: deps.appVersion,
        createdAt: deps.clock.now().toISOString(),
        tables: dump(db),
      };
    },
    /** Validates the whole backup and says what restoring it would change; changes nothing. */
    plan(data: unknown): RestorePlan {
      return withLoaded(data, (scratch, backup, dir) => planFrom(scratch, join(dir, 'restore.db'), backup));
    },
    /** Replaces all data with the backup's, in one transaction, or changes nothing. */
    restore(data: unknown): RestorePlan {
      return withLoaded(data, (scratch, backup, dir) => {
        const plan = planFrom(scratch, join(dir, 'restore.db'), backup);
        scratch.close();
        const tables = dataTables(db);
        db.prepare('ATTACH DATABASE ? AS restore_src').run(join(dir, 'restore.db'));
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
        return plan;
      });
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

export function isBackup(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === BACKUP_FORMAT;
}
