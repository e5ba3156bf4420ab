/**
 * An export or backup never replaces the database (or its -wal/-shm), nor a file chosen for a
 * restore; any other existing file is replaced only when the user confirmed it.
 */
import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import type { IpcHandlers } from '../../shared/ipc-contract';
import { cli } from '../support/cli';
import { scriptedDialogs } from '../support/dialogs';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function seeded(dir: string): string {
  const db = join(dir, 'showcase.db');
  const core = openCore(db);
  core.portfolio.loadSample();
  core.close();
  return db;
}

function titles(db: string): string[] {
  const core = openCore(db);
  try {
    return core.portfolio.list({ sort: 'title' }).projects.map((p) => p.title);
  } finally {
    core.close();
  }
}

describe('exports never replace the database', () => {
  it('refuses --out naming the database, its -wal or -shm, a link to it, in every format, with one line and exit 1', async () => {
    const dir = tempDir();
    const db = seeded(dir);
    const before = titles(db);
    const bytes = readFileSync(db);
    symlinkSync(db, join(dir, 'link.html'));
    linkSync(db, join(dir, 'hard.html'));
    const targets = [db, `${db}-wal`, `${db}-shm`, join(dir, 'link.html'), join(dir, 'hard.html'), join(dir, '.', 'showcase.db')];
    for (const out of targets) {
      for (const format of ['html', 'markdown', 'backup']) {
        for (const force of [[], ['--force']]) {
          const r = await cli(['export', '--format', format, '--out', out, ...force], { SHOWCASE_DB: db });
          expect(r.code, `${format} → ${out}`).toBe(1);
          expect(r.stderr.trim().split('\n')).toHaveLength(1);
          expect(r.stderr).toMatch(/database.*never writes an export or backup over it/);
          expect(r.stdout).toBe('');
        }
      }
    }
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect(titles(db)).toEqual(before);
  });

  it('a saved variant is not created when the export is refused', async () => {
    const dir = tempDir();
    const db = seeded(dir);
    const r = await cli(['export', '--format', 'html', '--out', db, '--save', 'Oops'], { SHOWCASE_DB: db });
    expect(r.code).toBe(1);
    const core = openCore(db);
    expect(core.exports.variants.list()).toEqual([]);
    core.close();
  });

  it('replaces another existing file only with --force', async () => {
    const dir = tempDir();
    const db = seeded(dir);
    const out = join(dir, 'notes.md');
    writeFileSync(out, 'my own notes');
    const refused = await cli(['export', '--format', 'markdown', '--out', out], { SHOWCASE_DB: db });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    const forced = await cli(['export', '--format', 'markdown', '--out', out, '--force'], { SHOWCASE_DB: db });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);
  });

  it('the app refuses the database and a backup chosen for restore, and asks before replacing another file', async () => {
    const dir = tempDir();
    const db = seeded(dir);
    const count = titles(db).length;
    const core = openCore(db);
    const dialogs = scriptedDialogs();
    const handlers: IpcHandlers = { ...createCoreHandlers(core, dialogs), 'shell:open-external': async () => undefined };
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, JSON.stringify(core.backups.create()));
    const backupText = readFileSync(backup, 'utf8');
    dialogs.nextOpenPath = backup;
    const chosen = await dispatch(handlers, 'import:choose', {});
    expect(chosen).toMatchObject({ ok: true, value: { format: 'backup' } });

    for (const target of [db, `${db}-wal`, `${db}-shm`, backup]) {
      dialogs.nextSavePath = target;
      for (const channel of ['export:save', 'backup:save'] as const) {
        const r = await dispatch(handlers, channel, channel === 'export:save' ? { format: 'html' } : {});
        expect(r, `${channel} → ${target}`).toMatchObject({ ok: false, error: { code: 'FILE_PROTECTED' } });
      }
    }
    expect(readFileSync(backup, 'utf8')).toBe(backupText);
    expect(core.portfolio.count()).toBe(count);

    const other = join(dir, 'cv.html');
    writeFileSync(other, 'mine');
    dialogs.nextSavePath = other;
    dialogs.replaceConfirmed = false;
    expect(await dispatch(handlers, 'export:save', { format: 'html' })).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(readFileSync(other, 'utf8')).toBe('mine');
    dialogs.replaceConfirmed = true;
    expect(await dispatch(handlers, 'export:save', { format: 'html' })).toMatchObject({ ok: true, value: { saved: true } });
    expect(readFileSync(other, 'utf8')).toMatch(/<!doctype html>/i);
    core.close();
    expect(existsSync(db)).toBe(true);
    expect(titles(db)).toHaveLength(count);
  });

  it('an export into a folder that does not exist says so, naming the file and no temporary one', async () => {
    const dir = tempDir();
    const db = seeded(dir);
    const out = join(dir, 'missing', 'p.html');
    const r = await cli(['export', '--format', 'html', '--out', out], { SHOWCASE_DB: db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(out);
    expect(r.stderr).toMatch(/folder does not exist/);
    expect(r.stderr).not.toMatch(/\.tmp|read-only/);
  });
});
