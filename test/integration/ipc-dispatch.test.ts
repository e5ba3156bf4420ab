import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import type { IpcHandlers } from '../../shared/ipc-contract';
import { useTempDir } from '../support/temp';
import { cancelledDialogs } from '../support/dialogs';

const tempDir = useTempDir();

function handlers(): IpcHandlers {
  const dbPath = join(tempDir(), 'ipc.db');
  const core = openCore(dbPath);
  return {
    ...createCoreHandlers(core, cancelledDialogs),
    'shell:open-external': async () => undefined,
  };
}

describe('IPC dispatch', () => {
  it('runs a valid call and returns plain data', async () => {
    const h = handlers();
    const created = await dispatch(h, 'projects:create', { project: { title: 'API', tags: ['pg'] } });
    expect(created).toMatchObject({ ok: true, value: { title: 'API', tags: [{ name: 'PostgreSQL' }] } });
    const list = await dispatch(h, 'projects:list', { search: 'api' });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses unknown channels and bad arguments as { code, message } data', async () => {
    const h = handlers();
    expect(await dispatch(h, 'fs:read', {})).toEqual({ ok: false, error: { code: 'BAD_CHANNEL', message: 'Unknown request.' } });
    expect(await dispatch(h, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'BAD_CHANNEL' } });
    for (const args of [null, 42, 'x', [], { id: 5 }, { id: 'x', extra: true }]) {
      const r = await dispatch(h, 'projects:get', args);
      expect(r.ok, JSON.stringify(args)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    const invalid = await dispatch(h, 'projects:create', { project: { title: '', endDate: '2020-01', startDate: '2021-01' } });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: expect.arrayContaining([{ path: 'project.title', message: 'Give the project a title.' }]) },
    });
    expect(await dispatch(h, 'projects:get', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That project no longer exists.' },
    });
  });
});
