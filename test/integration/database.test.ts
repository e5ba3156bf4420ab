import Database from 'better-sqlite3';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveDatabaseAside, openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/errors';
import { openCore } from '../../electron/core/app-context';
import { cli } from '../support/cli';
import { damageIndexPage } from '../support/damage';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}`);
}

describe('opening the database', () => {
  it('creates a new database with WAL, foreign keys and the latest schema', () => {
    const path = join(tempDir(), 'showcase.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
    // Opening again is a no-op migration.
    const again = openDatabase(path);
    expect(schemaVersion(again)).toBe(LATEST_VERSION);
    again.close();
  });

  it('migration 1 creates the portfolio tables and enforces their constraints', () => {
    const path = join(tempDir(), 'v1.db');
    const db = openDatabase(path, { targetVersion: 1 });
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['projects', 'project_kinds', 'project_tags', 'project_items', 'project_links', 'settings']));
    db.prepare("INSERT INTO projects (id, title, created_at, updated_at) VALUES ('p1', 'T', 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO project_tags (project_id, name_key, name, source, state, position) VALUES ('nope', 'a', 'A', 'manual', 'accepted', 0)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE projects SET status = 'bogus' WHERE id = 'p1'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('refuses a database from a newer Showcase and leaves it unchanged', () => {
    const path = join(tempDir(), 'newer.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    const err = expectAppError(() => openDatabase(path), 'DB_TOO_NEW');
    expect(err.message).toMatch(/newer version of Showcase/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite database, from --db or SHOWCASE_DB, and leaves it unchanged", async () => {
    const dir = tempDir();
    const path = join(dir, 'notes.sqlite');
    const raw = new Database(path);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); CREATE INDEX notes_body ON notes (body); INSERT INTO notes (body) VALUES ('keep me')");
    raw.close();
    const before = readFileSync(path);
    const err = expectAppError(() => openDatabase(path), 'DB_NOT_SHOWCASE');
    expect(err.message).toMatch(/another program's SQLite database.*"notes".*left untouched/);
    for (const run of [() => cli(['add', '--title', 'X', '--db', path]), () => cli(['projects'], { SHOWCASE_DB: path })]) {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/another program's SQLite database/);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['notes.sqlite']);

    // Another program that also sets user_version is still not Showcase.
    const versioned = join(dir, 'versioned.sqlite');
    const other = new Database(versioned);
    other.exec('CREATE TABLE items (x)');
    other.pragma('user_version = 2');
    other.close();
    expectAppError(() => openDatabase(versioned), 'DB_NOT_SHOWCASE');
  });

  it('takes an empty SQLite file (no tables yet) as a new database', () => {
    const path = join(tempDir(), 'empty.sqlite');
    const raw = new Database(path);
    raw.pragma('page_size = 4096');
    raw.exec('VACUUM');
    raw.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a file that is not a database and never overwrites it', () => {
    const path = join(tempDir(), 'corrupt.db');
    const garbage = Buffer.from('this is my thesis, not a database '.repeat(100));
    writeFileSync(path, garbage);
    const err = expectAppError(() => openDatabase(path), 'DB_CORRUPT');
    expect(err.message).toContain(path);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('refuses a database whose pages are damaged', () => {
    const path = join(tempDir(), 'damaged.db');
    const db = openDatabase(path);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    // Keep the header, wreck the schema page.
    for (let i = 100; i < bytes.length; i++) bytes[i] = 0xa5;
    writeFileSync(path, bytes);
    expectAppError(() => openDatabase(path), 'DB_CORRUPT');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('opens a database whose integrity check fails read-only, and never writes to it', async () => {
    const dir = tempDir();
    const path = join(dir, 'damaged.db');
    const seed = openCore(path);
    seed.portfolio.loadSample();
    const titles = seed.portfolio.list({ sort: 'title' }).projects.map((p) => p.title);
    seed.close();
    const bytes = damageIndexPage(path);

    const core = openCore(path);
    expect(core.damage).toMatch(/Tree \d+ page \d+/);
    expect(core.db.readonly).toBe(true);
    // Everything still reads, even through the damaged index (the default order uses it).
    expect(core.portfolio.list({ sort: 'title' }).projects.map((p) => p.title)).toEqual(titles);
    expect(core.portfolio.list({}).projects).toHaveLength(titles.length);
    expect(() => core.portfolio.create({ title: 'New' })).toThrow(/readonly/);
    core.close();
    // The readable copy it was served from is gone with it.
    expect(readdirSync(tmpdir()).filter((n) => n.includes(`-damaged-${process.pid}-`))).toEqual([]);

    const list = await cli(['projects', '--db', path]);
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(/^showcase: warning: .*damaged .*opened read-only and nothing will be written to it/);
    expect(list.stdout).toContain(titles[0]);
    const add = await cli(['add', '--title', 'Another', '--db', path]);
    expect(add.code).toBe(1);
    expect(add.stderr.trim().split('\n').at(-1)).toMatch(/^showcase add: The database is damaged \(.*\), so Showcase opened it read-only: the change was not saved, and the file is left as it was\. .*move-aside/);
    const backup = join(dir, 'rescue.json');
    expect((await cli(['export', '--format', 'backup', '--out', backup, '--db', path])).code).toBe(0);
    expect(JSON.parse(readFileSync(backup, 'utf8')).tables.projects).toHaveLength(titles.length);
    const posting = join(dir, 'posting.txt');
    writeFileSync(posting, 'Go and Kafka');
    for (const args of [['profile', '--name', 'X'], ['import', backup, '--yes'], ['targets', '--save', 'Acme', '--job', posting]]) {
      const r = await cli([...args, '--db', path]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/the change was not saved/);
    }
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['damaged.db', 'posting.txt', 'rescue.json']);
  });

  it('reports a database locked by another program', () => {
    const path = join(tempDir(), 'locked.db');
    openDatabase(path).close();
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const started = Date.now();
      const db = (() => {
        try {
          return openDatabase(path);
        } catch (error) {
          return error as AppError;
        }
      })();
      expect(db).toBeInstanceOf(AppError);
      expect((db as AppError).code).toBe('DB_LOCKED');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('moves a damaged database aside only when asked, keeping its bytes', () => {
    const dir = tempDir();
    const path = join(dir, 'showcase.db');
    writeFileSync(path, 'garbage');
    writeFileSync(`${path}-wal`, 'wal');
    const target = moveDatabaseAside(path, new Date('2026-01-02T03:04:05Z'));
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('garbage');
    expect(readFileSync(`${target}-wal`, 'utf8')).toBe('wal');
    expect(readdirSync(dir).sort()).toEqual(['showcase.db.damaged-2026-01-02T03-04-05-000Z', 'showcase.db.damaged-2026-01-02T03-04-05-000Z-wal']);
    const fresh = openDatabase(path);
    expect(schemaVersion(fresh)).toBe(LATEST_VERSION);
    fresh.close();
  });
});
