import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { checkMigrations, LATEST_VERSION, MIGRATIONS, STRICT_SINCE, type Migration } from '../../electron/core/db/migrations';
import { useTempDir } from '../support/temp';

const step = (version: number, name = `step-${version}`): Migration => ({ version, name, up: (db) => db.exec(`CREATE TABLE t${version} (x TEXT) STRICT`) });

describe('the migration list', () => {
  const tempDir = useTempDir();

  it('rises by one from version 1, one file per version, each with its test', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    expect(() => checkMigrations(MIGRATIONS)).not.toThrow();
    const files = readdirSync(join(__dirname, '../../electron/core/db/migrations')).filter((f) => /^\d{3}-/.test(f));
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((m) => m.version));
    const tests = new Set(readdirSync(__dirname));
    // Version 1 has nothing to upgrade from: its test is that a new database gets the schema (database.test.ts).
    for (const m of MIGRATIONS.filter((m) => m.version > 1)) expect(tests, `migration ${m.version} has a test`).toContain(`migration-${String(m.version).padStart(3, '0')}.test.ts`);
  });

  it('refuses a list with a gap, a repeat or a step out of order, before touching the database', () => {
    expect(() => checkMigrations([step(1), step(3)])).toThrow(/"step-3" has version 3 after version 1/);
    expect(() => checkMigrations([step(1), step(2), step(2, 'again')])).toThrow(/"again" has version 2 after version 2/);
    expect(() => checkMigrations([step(2), step(1)])).toThrow(/"step-2" has version 2 first/);
    const path = join(tempDir(), 'gap.db');
    expect(() => openDatabase(path, { migrations: [step(1), step(3)] })).toThrow(/versions must rise by one/);
    const db = new Database(path);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it(`creates only STRICT tables from version ${STRICT_SINCE} on`, () => {
    const path = join(tempDir(), 'strict.db');
    let before = new Set<string>();
    for (const m of MIGRATIONS) {
      const db = openDatabase(path, { targetVersion: m.version });
      const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string; strict: number }>;
      const created = tables.filter((t) => !before.has(t.name));
      if (m.version >= STRICT_SINCE) expect(created.filter((t) => t.strict !== 1).map((t) => t.name), `tables of migration ${m.version}`).toEqual([]);
      before = new Set(tables.map((t) => t.name));
      db.close();
    }
  });
});
