import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { useTempDir } from '../support/temp';

describe('migration 004: export variants and per-project export options', () => {
  const tempDir = useTempDir();

  it('adds the tables without touching existing rows', () => {
    const path = join(tempDir(), 'showcase.db');
    const v3 = openDatabase(path, { targetVersion: 3 });
    expect(schemaVersion(v3)).toBe(3);
    v3.prepare("INSERT INTO projects (id, title, created_at, updated_at) VALUES ('p1', 'Kept', '2026-01-01', '2026-01-01')").run();
    v3.prepare("INSERT INTO settings (key, value) VALUES ('profile', '{\"name\":\"Ada\"}')").run();
    v3.close();

    const db = openDatabase(path, { targetVersion: 4 });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT title FROM projects').all()).toEqual([{ title: 'Kept' }]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'profile'").get()).toEqual({ value: '{"name":"Ada"}' });

    db.prepare("INSERT INTO export_variants (id, name, selection, created_at, updated_at) VALUES ('v1', 'Backend', '{\"mode\":\"showcased\"}', 'x', 'x')").run();
    expect(db.prepare('SELECT format, paper, theme FROM export_variants').get()).toEqual({ format: 'pdf', paper: 'a4', theme: 'light' });
    expect(() => db.prepare("INSERT INTO export_variants (id, name, selection, created_at, updated_at) VALUES ('v2', 'BACKEND', '{}', 'x', 'x')").run()).toThrow(/UNIQUE/);

    db.prepare("INSERT INTO project_export_options (project_id, hide_repository_link, updated_at) VALUES ('p1', 1, 'x')").run();
    expect(() => db.prepare("INSERT INTO project_export_options (project_id, updated_at) VALUES ('nope', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM projects WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM project_export_options').get()).toEqual({ n: 0 });
    db.close();
  });
});
