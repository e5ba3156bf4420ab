/**
 * A full disk and a read-only database: the user gets a clear message and loses nothing.
 * (Tests run as root here, so a read-only folder cannot be made with permissions; SQLite's own
 * page limit stands in for a full disk, and a read-only connection for a read-only folder.)
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { toErrorData } from '../../electron/core/errors';
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
