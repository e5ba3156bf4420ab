import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { createResumeRepository } from '../../electron/core/db/resume-repository';
import { createProfileService } from '../../electron/core/export/profile-service';
import { useTempDir } from '../support/temp';

describe('migration 006: the resume', () => {
  const tempDir = useTempDir();

  function v5WithProfile(value: string | null) {
    const path = join(tempDir(), 'showcase.db');
    const v5 = openDatabase(path, { targetVersion: 5 });
    v5.prepare("INSERT INTO projects (id, title, created_at, updated_at) VALUES ('p1', 'Kept', '2026-01-01', '2026-01-01')").run();
    v5.prepare("INSERT INTO settings (key, value) VALUES ('theme', 'dark')").run();
    if (value !== null) v5.prepare("INSERT INTO settings (key, value) VALUES ('profile', ?)").run(value);
    v5.close();
    return path;
  }

  it('moves the export profile into the resume basics and a GitHub profile, losing nothing', () => {
    const path = v5WithProfile(
      JSON.stringify({ name: 'Ada Lovelace', headline: 'Backend developer', email: 'ada@example.com', website: 'https://ada.example', github: 'ada-l', location: 'London, UK' }),
    );
    const db = openDatabase(path, { targetVersion: 6 });
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT title FROM projects').all()).toEqual([{ title: 'Kept' }]);
    expect(db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'theme', value: 'dark' }]);

    const resume = createResumeRepository(db).get();
    expect(resume.basics).toMatchObject({ name: 'Ada Lovelace', label: 'Backend developer', email: 'ada@example.com', url: 'https://ada.example' });
    expect(resume.basics.location.city).toBe('London, UK');
    expect(resume.profiles).toEqual([{ id: expect.any(String), network: 'GitHub', username: 'ada-l', url: 'https://github.com/ada-l', extra: {} }]);
    // The export profile reads the same six values back.
    expect(createProfileService({ db }).get()).toEqual({ name: 'Ada Lovelace', headline: 'Backend developer', email: 'ada@example.com', website: 'https://ada.example', github: 'ada-l', location: 'London, UK' });
    db.close();
  });

  it('starts an empty resume from a database without a profile, and leaves a damaged profile value where it was', () => {
    const none = openDatabase(v5WithProfile(null), { targetVersion: 6 });
    expect(none.prepare('SELECT COUNT(*) AS n FROM resume').get()).toEqual({ n: 0 });
    expect(createResumeRepository(none).get().basics.name).toBe('');
    none.close();

    const damaged = openDatabase(v5WithProfile('{not json'), { targetVersion: 6 });
    expect(damaged.prepare("SELECT value FROM settings WHERE key = 'profile'").get()).toEqual({ value: '{not json' });
    damaged.close();
  });

  it('creates STRICT tables that refuse wrong types, broken JSON and orphans', () => {
    const db = openDatabase(v5WithProfile(null), { targetVersion: 6 });
    const strict = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND (name LIKE 'resume%' OR name = 'project_resume') AND sql LIKE '%STRICT%' ORDER BY name").all();
    expect(strict.map((r: any) => r.name)).toEqual([
      'project_resume', 'resume', 'resume_awards', 'resume_certificates', 'resume_education', 'resume_interests', 'resume_languages',
      'resume_profiles', 'resume_publications', 'resume_references', 'resume_skills', 'resume_volunteer', 'resume_work',
    ]);
    expect(() => db.prepare("INSERT INTO resume_work (id, sort_order) VALUES ('w', 'first')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare("INSERT INTO resume_work (id, sort_order, highlights) VALUES ('w', 0, '{}')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO resume (id) VALUES (2)").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO project_resume (project_id) VALUES ('nope')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO project_resume (project_id, roles) VALUES ('p1', '[\"Lead\"]')").run();
    db.prepare("DELETE FROM projects WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM project_resume').get()).toEqual({ n: 0 });
    db.close();
  });
});
