import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, openCore, type AppCore } from '../../electron/core/app-context';
import { createBackupService } from '../../electron/core/backup/backup-service';
import { openDatabase } from '../../electron/core/db/connection';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/errors';
import { PROJECT_KINDS, PROJECT_STATUSES, type ProjectInput } from '../../shared/types';
import { cli } from '../support/cli';
import { steppingClock, useTempDir } from '../support/temp';

const tempDir = useTempDir();
const fixedClock = { now: () => new Date('2026-03-04T05:06:07.000Z') };

function core(name = 'db.sqlite'): AppCore {
  return openCore(join(tempDir(), name), steppingClock());
}

function backupOf(c: AppCore) {
  return createBackupService({ db: c.db, clock: fixedClock, appVersion: APP_VERSION }).create();
}

function expectError(fn: () => unknown, code: string, message: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    expect((e as AppError).message).toMatch(message);
    return;
  }
  throw new Error(`expected an error matching ${message}`);
}

const text = fc.string({ maxLength: 40 });
const projectArb: fc.Arbitrary<ProjectInput> = fc.record({
  title: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
  summary: text,
  kinds: fc.uniqueArray(fc.constantFrom(...PROJECT_KINDS), { maxLength: 3 }),
  tags: fc.array(
    fc.oneof(
      fc.constantFrom('Postgres', 'k8s', 'Redis', 'Docker', 'JWT'),
      fc.record({ name: fc.constantFrom('Kafka', 'Nginx', 'My Lib'), source: fc.constant('detected' as const), evidence: text, state: fc.constantFrom('suggested' as const, 'accepted' as const, 'rejected' as const) }),
    ),
    { maxLength: 5 },
  ),
  highlights: fc.array(text, { maxLength: 3 }),
  results: fc.array(text, { maxLength: 2 }),
  links: fc.array(fc.record({ type: fc.constantFrom('repository' as const, 'demo' as const, 'docs' as const), url: fc.webUrl() }), { maxLength: 2 }),
  status: fc.constantFrom(...PROJECT_STATUSES),
  showcased: fc.boolean(),
  notes: text,
});

describe('backup and restore', () => {
  it('round-trips exactly: backup → restore into an empty database → backup is identical', () => {
    fc.assert(
      fc.property(fc.array(projectArb, { maxLength: 8 }), fc.boolean(), (projects, deleteOne) => {
        const a = core('a.db');
        const b = core('b.db');
        try {
          const created = projects.map((p) => a.portfolio.create(p));
          if (deleteOne && created.length) a.portfolio.delete(created[0].id);
          a.gaps.dismissRule('graphql-api', true);
          const first = backupOf(a);
          b.backups.restore(JSON.parse(JSON.stringify(first)));
          expect(JSON.stringify(backupOf(b))).toBe(JSON.stringify(first));
          expect(b.portfolio.list({}).projects).toEqual(a.portfolio.list({}).projects);
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('says what a restore will change before changing anything', () => {
    const a = core('a.db');
    a.portfolio.create({ title: 'Kept' });
    a.portfolio.create({ title: 'Only in backup' });
    const backup = backupOf(a);
    const b = core('b.db');
    b.portfolio.create({ title: 'Only here' });
    const plan = b.backups.plan(backup);
    expect(plan.projects).toEqual({ added: ['Kept', 'Only in backup'], removed: ['Only here'], changed: [], unchanged: 0 });
    expect(plan.destructive).toBe(true);
    expect(b.portfolio.list({}).projects.map((p) => p.title)).toEqual(['Only here']);
    expect(b.imports.importData(backup)).toMatchObject({ format: 'backup', applied: false });
    expect(b.portfolio.list({}).projects.map((p) => p.title)).toEqual(['Only here']);
    expect(b.imports.importData(backup, { confirm: true })).toMatchObject({ format: 'backup', applied: true });
    expect(b.portfolio.list({ sort: 'title' }).projects.map((p) => p.title)).toEqual(['Kept', 'Only in backup']);
  });

  it('is not destructive when restoring only adds, and counts no project kept for undo', () => {
    const a = core('a.db');
    a.portfolio.loadSample();
    a.exports.profile.set({ name: 'Dana' });
    const full = backupOf(a);
    expect(a.backups.plan(full)).toMatchObject({ destructive: false, projects: { added: [], removed: [], changed: [] } });
    const victim = a.portfolio.list({ sort: 'title' }).projects[0];
    a.portfolio.delete(victim.id);
    const plan = a.backups.plan(full);
    expect(plan.destructive).toBe(false);
    expect(plan.projects.added).toEqual([victim.title]);
    expect(plan.tables.find((t) => t.table === 'projects')).toEqual({ table: 'projects', backup: 10, current: 9 });
    // Editing the profile after the backup: restoring would undo that edit.
    a.exports.profile.set({ name: 'Dana D.' });
    expect(a.backups.plan(full).destructive).toBe(true);
    expect(a.imports.importData(full)).toMatchObject({ applied: false });
  });

  it('rejects corrupt, truncated and newer backups with a clear message and changes nothing', () => {
    const a = core('a.db');
    a.portfolio.loadSample();
    const good = backupOf(a);
    const b = core('b.db');
    b.portfolio.create({ title: 'Mine' });
    const before = backupOf(b);
    const cases: Array<[unknown, string, RegExp]> = [
      [{ hello: 'world' }, 'VALIDATION', /not a Showcase backup/],
      [{ ...good, schemaVersion: LATEST_VERSION + 1 }, 'DB_TOO_NEW', /newer version of Showcase/],
      [{ ...good, formatVersion: 99 }, 'DB_TOO_NEW', /newer version/],
      [{ ...good, tables: { ...good.tables, evil: [{ x: 1 }] } }, 'VALIDATION', /table "evil"/],
      [{ ...good, tables: { ...good.tables, projects: [{ ...good.tables.projects[0], hacked: 1 }] } }, 'VALIDATION', /unknown field "hacked"/],
      [{ ...good, tables: { ...good.tables, projects: [{ ...good.tables.projects[0], status: 'bogus' }] } }, 'VALIDATION', /projects\[0\] is not valid: CHECK constraint/],
      [{ ...good, tables: { ...good.tables, projects: good.tables.projects.slice(1) } }, 'VALIDATION', /\[0\] is not valid: FOREIGN KEY constraint failed/],
      [{ ...good, tables: { ...good.tables, projects: [{ ...good.tables.projects[0], title: { nested: true } }] } }, 'VALIDATION', /tables\.projects\.0\.title/],
    ];
    for (const [i, [data, code, message]] of cases.entries()) {
      expectError(() => b.backups.restore(data), code, message);
      expectError(() => b.imports.importData(data, { confirm: true }), code, i === 0 ? /neither a Showcase backup nor a JSON Resume/ : message);
    }
    expect(JSON.stringify(backupOf(b))).toBe(JSON.stringify(before));
  });

  it('restores a backup written by an earlier schema version, upgrading it', () => {
    const dir = tempDir();
    const old = openDatabase(join(dir, 'v1.db'), { targetVersion: 1 });
    old.prepare(
      `INSERT INTO projects (id, title, summary, status, showcased, created_at, updated_at, children, search_text)
       VALUES ('p1', 'Old API', 'From version 1', 'shipped', 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', ?, 'old api')`,
    ).run(JSON.stringify({ kinds: [], tags: [{ name: 'Go', techId: 'go', source: 'manual', evidence: null, state: 'accepted' }], highlights: [], results: [], links: [] }));
    old.prepare("INSERT INTO project_tags (project_id, name_key, name, tech_id, source, state, position) VALUES ('p1', 'go', 'Go', 'go', 'manual', 'accepted', 0)").run();
    const v1Backup = createBackupService({ db: old, clock: fixedClock, appVersion: '0.0.1' }).create();
    old.close();
    expect(v1Backup.schemaVersion).toBe(1);
    const b = core('b.db');
    const plan = b.backups.restore(v1Backup);
    expect(plan.schemaVersion).toBe(1);
    expect(b.portfolio.get('p1')).toMatchObject({ title: 'Old API', tags: [{ name: 'Go' }] });
  });

  it('works end to end through the CLI: backup file, dry run, confirmation, restore', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.db');
    const b = join(dir, 'b.db');
    const file = join(dir, 'backup.json');
    await cli(['add', '--title', 'Alpha', '--tag', 'pg', '--db', a]);
    const src = openCore(a);
    writeFileSync(file, JSON.stringify(src.backups.create()));
    src.close();
    await cli(['add', '--title', 'Beta', '--db', b]);
    const dry = await cli(['import', file, '--dry-run', '--db', b]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/1 added, 1 removed/);
    const refused = await cli(['import', file, '--db', b]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes/);
    expect(JSON.parse((await cli(['projects', '--json', '--db', b])).stdout).map((p: { title: string }) => p.title)).toEqual(['Beta']);
    const done = await cli(['import', file, '--yes', '--db', b]);
    expect(done.code).toBe(0);
    expect(JSON.parse((await cli(['projects', '--json', '--db', b])).stdout).map((p: { title: string }) => p.title)).toEqual(['Alpha']);
    // A truncated file is refused with one line.
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    const truncated = await cli(['import', file, '--yes', '--db', b]);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/not valid JSON/);
  });
});
