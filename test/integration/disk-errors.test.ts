/**
 * A full disk and a read-only database: the user gets a clear message and loses nothing.
 * (Tests run as root here, so a read-only folder cannot be made with permissions; SQLite's own
 * page limit stands in for a full disk, and a read-only connection for a read-only folder.)
 */
import Database from 'better-sqlite3';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { fileError, toErrorData } from '../../electron/core/errors';
import { startFakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import type { IpcHandlers } from '../../shared/ipc-contract';
import { cancelledDialogs } from '../support/dialogs';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('disk errors', () => {
  it('a full disk refuses the change with a clear message and keeps everything saved before', async () => {
    const core = openCore(join(tempDir(), 'full.db'));
    core.portfolio.loadSample();
    const before = core.portfolio.list({}).projects;
    const handlers: IpcHandlers = { ...createCoreHandlers(core, cancelledDialogs), 'shell:open-external': async () => undefined };
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const r = await dispatch(handlers, 'projects:create', { project: { title: 'Big', summary: 'x'.repeat(19_000), highlights: Array(100).fill('y'.repeat(1900)) } });
    expect(r).toEqual({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(/disk is full.*nothing was lost/i) } });
    const restore = await dispatch(handlers, 'projects:load-sample', {});
    expect(restore).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(core.portfolio.list({}).projects).toEqual(before);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  });

  it('a read-only database refuses changes with a clear message', async () => {
    const path = join(tempDir(), 'ro.db');
    const core = openCore(path);
    core.portfolio.create({ title: 'Kept' });
    core.close();
    const ro = new Database(path, { readonly: true });
    let error: unknown;
    try {
      ro.prepare("UPDATE projects SET title = 'Changed'").run();
    } catch (e) {
      error = e;
    }
    ro.close();
    expect(toErrorData(error)).toEqual({ code: 'DB_READ_ONLY', message: expect.stringMatching(/read-only/) });
    expect(toErrorData(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })).code).toBe('DB_READ_ONLY');
    expect(toErrorData(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })).code).toBe('DISK_FULL');
    const again = openCore(path);
    expect(again.portfolio.list({}).projects.map((p) => p.title)).toEqual(['Kept']);
    again.close();
  });
});

describe('a full disk, whatever the command', () => {
  it('opening on a full disk says the disk is full and that nothing was lost; another I/O failure says so', () => {
    const dir = tempDir();
    const path = join(dir, 'full.db');
    const core = openCore(path);
    core.portfolio.create({ title: 'Kept' });
    core.close();
    // A real I/O failure at open: the shared-memory file cannot be set up (as when the disk is full).
    symlinkSync('/dev/full', `${path}-shm`);
    let error: unknown;
    try {
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.prepare('SELECT * FROM projects').all();
      db.close();
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toMatch(/^SQLITE_(IOERR|CANTOPEN)/);
    expect(toErrorData(error, { dbPath: path, freeSpace: () => 0 })).toEqual({ code: 'DISK_FULL', message: expect.stringMatching(new RegExp(`disk holding ${path} is full.*Nothing was lost`)) });
    expect(toErrorData(error, { dbPath: path, freeSpace: () => 10_000_000 })).toEqual({ code: 'DB_UNAVAILABLE', message: expect.stringMatching(/could not be opened or written/) });
    expect(toErrorData(error, { dbPath: path, freeSpace: () => 0 }).message).not.toMatch(/Check that its folder exists/);
  });

  it('an import, a sync and an export that meet a full disk say so, and keep everything', async () => {
    const gh = await startFakeGitHub();
    seedStandard(gh);
    const core = openCore(join(tempDir(), 'fills.db'), undefined, { githubClient: { retryAfterBaseMs: 1 } });
    try {
      core.portfolio.create({ title: 'Kept' });
      const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true })}`);
      const big = { projects: Array.from({ length: 300 }, (_, i) => ({ name: `P${i}`, description: 'x'.repeat(2000) })) };
      const failures: unknown[] = [];
      for (const run of [() => core.imports.importData(big), () => core.github.sync.sync(account.id)]) {
        try {
          await run();
        } catch (e) {
          failures.push(e);
        }
      }
      expect(failures).toHaveLength(2);
      for (const f of failures) expect(toErrorData(f, { dbPath: core.dbPath })).toEqual({ code: 'DISK_FULL', message: expect.stringMatching(/disk is full.*nothing was lost/) });
      expect(core.portfolio.list({}).projects.map((p) => p.title)).toEqual(['Kept']);
      expect(core.github.repositories.list()).toEqual([]);
    } finally {
      core.close();
      await gh.close();
    }
    // Writing an export onto a full disk (ENOSPC) names the file and keeps the portfolio.
    expect(fileError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), 'write', '/media/usb/cv.pdf')).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/^The disk is full, so \/media\/usb\/cv\.pdf was not written\. .*portfolio is unchanged/),
    });
  });
});
