import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { AppError, toErrorData } from '../errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

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

/**
 * Opens (creating if needed) a Showcase database: WAL, foreign keys, and every pending
 * migration in one transaction. A database from a newer Showcase is refused, never altered.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  checkHeader(path);
  let db: Db;
  try {
    db = new Database(path, { timeout: 3000 });
  } catch (error) {
    throw asOpenError(error, path);
  }
  try {
    // Checked before anything that writes (even switching to WAL rewrites the header).
    refuseNewer(db, options.migrations ?? MIGRATIONS);
    refuseForeign(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, options.migrations ?? MIGRATIONS, options.targetVersion ?? LATEST_VERSION);
    return db;
  } catch (error) {
    db.close();
    throw asOpenError(error, path);
  }
}

function asOpenError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const data = toErrorData(error);
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
