import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchDir } from '../files/scratch';
import { AppError, toErrorData } from '../errors';
import { checkMigrations, LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Refuses a file that is not SQLite before better-sqlite3 touches it. */
function checkHeader(path: string): void {
  if (!existsSync(path)) return;
  const size = statSync(path).size;
  if (size === 0) return;
  const buf = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 100 || buf.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError(
      'DB_CORRUPT',
      `${path} is not a Showcase database or is damaged. It was left untouched; move it aside to start a new one.`,
    );
  }
}

export interface OpenOptions {
  /** Stop migrating at this version (tests of individual migrations). */
  targetVersion?: number;
  migrations?: readonly Migration[];
}

/** Why a database was opened read-only: the first problems its integrity check found. */
const damageReports = new WeakMap<Db, string>();

/** The integrity problems of a database opened read-only because it is damaged, else null. */
export function damageOf(db: Db): string | null {
  return damageReports.get(db) ?? null;
}

/**
 * Opens (creating if needed) a Showcase database: WAL, foreign keys, and every pending
 * migration in one transaction. A database from a newer Showcase, or another program's, is
 * refused, never altered. A damaged one (its quick check fails) is opened read-only, so it
 * can still be read and exported but is never written; `damageOf` says what is wrong.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  // SQLite takes "" (and ":memory:") as a database that vanishes when it is closed.
  if (!path.trim() || path.trim() === ':memory:') {
    throw new AppError('VALIDATION', `"${path}" is not a file path: give the database a file name (what is stored there would be lost on exit).`);
  }
  checkHeader(path);
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.targetVersion ?? LATEST_VERSION;
  const damage = existsSync(path) && statSync(path).size > 0 ? inspect(path, migrations) : null;
  if (damage !== null) return openDamaged(path, damage, migrations, target);
  let db: Db;
  try {
    db = new Database(path, { timeout: 3000 });
  } catch (error) {
    throw asOpenError(error, path);
  }
  try {
    // Checked before anything that writes (even switching to WAL rewrites the header).
    refuseNewer(db, migrations);
    refuseForeign(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, migrations, target);
    return db;
  } catch (error) {
    db.close();
    throw asOpenError(error, path);
  }
}

/** Looks at an existing file through a read-only connection: refusals, then SQLite's quick check. Returns the damage found, or null. */
function inspect(path: string, migrations: readonly Migration[]): string | null {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 3000 });
  } catch (error) {
    throw asOpenError(error, path);
  }
  try {
    try {
      refuseNewer(db, migrations);
      refuseForeign(db, path);
    } catch (error) {
      // A schema that cannot even be listed is beyond reading: refused, with the move-aside offer.
      throw asOpenError(error, path);
    }
    const rows = db.pragma('quick_check(5)') as Array<Record<string, string>>;
    const problems = rows.map((r) => Object.values(r)[0]).filter((v) => v !== 'ok');
    if (problems.length === 0) return null;
    const lines = problems.join('\n').replace(/\*\*\* in database main \*\*\*/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
    return `${lines[0].slice(0, 120)}${lines.length > 1 ? ', and more' : ''}`;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const data = toErrorData(error, { dbPath: path });
    if (data.code === 'DB_CORRUPT') return 'the quick check itself could not read the file';
    throw asOpenError(error, path);
  } finally {
    db.close();
  }
}

/**
 * A damaged database is read through a clean copy, opened read-only: the rows are read from
 * the tables themselves (NOT INDEXED, so a damaged index is never consulted) into a new file
 * built by the same migrations. The original is never written. If even the tables cannot be
 * read, the original is served as it is, read-only.
 */
function openDamaged(path: string, damage: string, migrations: readonly Migration[], target: number): Db {
  const original = new Database(path, { readonly: true, fileMustExist: true, timeout: 3000 });
  // Upgrading means writing; a damaged database that still needs it cannot be used at all.
  if (schemaVersion(original) !== target) {
    original.close();
    throw new AppError('DB_CORRUPT', `${path} is damaged (${damage}) and too old to be read without upgrading it. It was left untouched; move it aside to start a new one.`);
  }
  let db = original;
  const dir = makeScratchDir('damaged');
  try {
    const copy = join(dir, 'readable.db');
    copyTables(original, copy, migrations, target);
    original.close();
    db = new Database(copy, { readonly: true, fileMustExist: true });
    scratchDirs.set(db, dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
  db.pragma('foreign_keys = ON');
  damageReports.set(db, damage);
  return db;
}

function copyTables(from: Db, to: string, migrations: readonly Migration[], target: number): void {
  const copy = new Database(to);
  try {
    migrate(copy, migrations, target);
    const tables = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    copy.transaction(() => {
      for (const { name } of tables) {
        const cols = (copy.pragma(`table_info("${name}")`) as Array<{ name: string }>).map((c) => `"${c.name}"`).join(', ');
        const insert = copy.prepare(`INSERT INTO "${name}" (${cols}) VALUES (${cols.split(', ').map(() => '?').join(', ')})`);
        for (const row of from.prepare(`SELECT ${cols} FROM "${name}" NOT INDEXED`).raw().iterate() as IterableIterator<unknown[]>) insert.run(...row);
      }
    })();
  } finally {
    copy.close();
  }
}

/**
 * A reader of the database's data revision: it changes after every committed write, from this
 * connection (SQLite's count of rows it changed) or any other (`PRAGMA data_version`). What is
 * computed from the data can be kept until it changes.
 */
export function revisionReader(db: Db): () => string {
  const changes = db.prepare('SELECT total_changes() AS n');
  return () => `${db.pragma('data_version', { simple: true }) as number}.${(changes.get() as { n: number }).n}`;
}

/** Whether every one of these tables exists (a database opened without migrating may lack some). */
export function hasTables(db: Db, names: readonly string[]): boolean {
  const found = db.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN (${names.map(() => '?').join(', ')})`).get(...names) as { n: number };
  return found.n === names.length;
}

const scratchDirs = new WeakMap<Db, string>();

/** Closes a database opened with openDatabase, and removes the readable copy of a damaged one. */
export function closeDatabase(db: Db): void {
  if (db.open) db.close();
  const dir = scratchDirs.get(db);
  if (dir) rmSync(dir, { recursive: true, force: true });
}

function asOpenError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const data = toErrorData(error, { dbPath: path });
  if (data.code === 'DB_CORRUPT') {
    return new AppError('DB_CORRUPT', `${path} is damaged or is not a Showcase database. It was left untouched; move it aside to start a new one.`);
  }
  if (data.code === 'INTERNAL') return new AppError('INTERNAL', `Could not open ${path}: ${data.message}`);
  return new AppError(data.code, data.message);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseNewer(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `This database was written by a newer version of Showcase (schema ${current}; this version knows up to ${latest}). Update Showcase to open it; the file was not changed.`,
    );
  }
}

/**
 * A SQLite file with tables of its own and no Showcase schema belongs to another program:
 * adding Showcase's tables to it would take it over. It is refused, unchanged.
 */
function refuseForeign(db: Db, path: string): void {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const version = schemaVersion(db);
  const foreign = version === 0 ? names.length > 0 : !names.includes('projects');
  if (!foreign) return;
  const shown = names.slice(0, 4).map((n) => `"${n.slice(0, 40)}"`).join(', ') + (names.length > 4 ? ', …' : '');
  throw new AppError(
    'DB_NOT_SHOWCASE',
    `${path} is another program's SQLite database (it has ${names.length ? `tables of its own: ${shown}` : 'no Showcase tables'}), not a Showcase one. It was left untouched; use a Showcase database or a new file.`,
  );
}

export function migrate(db: Db, migrations: readonly Migration[], target: number): void {
  checkMigrations(migrations);
  refuseNewer(db, migrations);
  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}

/** Deletes a database file and its companions: only for one this process has just created. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * Moves a damaged database (and its WAL and shared-memory files) aside, only when the user
 * asked for it. Returns the new name of the main file.
 */
export function moveDatabaseAside(path: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.damaged-${stamp}`;
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
