/**
 * The renderer's read cache over the real core: one fetch per change, dropped by the
 * `data:changed` event of the tables its channel reads (from any window) or by this window's write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { CHANNELS, type EventName, type IpcHandlers } from '../../shared/ipc-contract';
import { cancelledDialogs } from '../support/dialogs';

// Kept until every test ran: one of them opens the same database from a second connection.
const dir = mkdtempSync(join(tmpdir(), 'showcase-test-'));
let core: AppCore;
let handlers: IpcHandlers;
const calls: string[] = [];
let store: typeof import('../../renderer/src/stores/query-store');
let client: typeof import('../../renderer/src/api');

beforeAll(async () => {
  core = openCore(join(dir, 'cache.db'));
  handlers = { ...createCoreHandlers(core, cancelledDialogs), 'shell:open-external': async () => undefined };
  // The page's `window.showcase`, answered by the real core as the preload would.
  const bridge: Record<string, unknown> = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      (args: unknown) => {
        calls.push(c);
        return dispatch(handlers, c, args);
      },
    ]),
  );
  bridge.subscribe = (event: EventName, listener: (p: unknown) => void) => core.events.listen((e, p) => e === event && listener(p));
  (globalThis as { window?: unknown }).window = { showcase: bridge };
  client = await import('../../renderer/src/api');
  store = await import('../../renderer/src/stores/query-store');
});
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
  delete (globalThis as { window?: unknown }).window;
});

const listed = () => calls.filter((c) => c === 'projects:list').length;

describe('the query store', () => {
  it('shares one answer between screens until a write changes what it reads', async () => {
    const [a, b] = await Promise.all([store.fetchQuery('projects:list', { sort: 'title' }), store.fetchQuery('projects:list', { sort: 'title' })]);
    expect(a).toBe(b);
    await store.fetchQuery('projects:list', { sort: 'title' });
    expect(listed()).toBe(1);
    // Other arguments are another answer.
    await store.fetchQuery('projects:list', { sort: 'updated' });
    expect(listed()).toBe(2);

    // A write from this window drops both; a write elsewhere (an event only) does too.
    await client.api.createProject({ project: { title: 'Cached API' } });
    const after = await store.fetchQuery('projects:list', { sort: 'title' });
    expect(after.projects.map((p) => p.title)).toEqual(['Cached API']);
    expect(listed()).toBe(3);
    const generation = store.useQueryStore.getState().generation;
    core.events.emit('data:changed', { tables: ['projects'] });
    expect(store.useQueryStore.getState().generation).toBe(generation + 1);
    await store.fetchQuery('projects:list', { sort: 'title' });
    expect(listed()).toBe(4);
  });

  it('keeps answers whose tables did not change, and does not keep failures', async () => {
    await store.fetchQuery('projects:list', { sort: 'title' });
    const before = listed();
    await client.api.saveTarget({ name: 'Platform role', posting: 'Kubernetes, Go' });
    core.events.emit('data:changed', { tables: ['variants', 'resume'] });
    await store.fetchQuery('projects:list', { sort: 'title' });
    expect(listed()).toBe(before);
    await expect(store.fetchQuery('projects:get', { id: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.fetchQuery('projects:get', { id: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(calls.filter((c) => c === 'projects:get')).toHaveLength(2);
  });
});

describe('a fresh read', () => {
  it('asks main again (a write from outside sends no event), unless that read is on its way', async () => {
    await store.fetchQuery('projects:list', { sort: 'title' });
    core.portfolio.create({ title: 'Written by the CLI' });
    const cached = await store.fetchQuery('projects:list', { sort: 'title' });
    expect(cached.projects.map((p) => p.title)).not.toContain('Written by the CLI');
    const before = listed();
    const [a, b] = await Promise.all([store.fetchQuery('projects:list', { sort: 'title' }, { fresh: true }), store.fetchQuery('projects:list', { sort: 'title' }, { fresh: true })]);
    expect(a).toBe(b);
    expect(listed()).toBe(before + 1);
    expect(a.projects.map((p) => p.title)).toContain('Written by the CLI');
  });
});

describe('stores reading through it', () => {
  it('a screen visited again reads the projects once and is no new revision; a write is', async () => {
    const { useProjectsStore } = await import('../../renderer/src/stores/projects-store');
    const projects = useProjectsStore.getState();
    await projects.reload();
    const revision = useProjectsStore.getState().revision;
    const before = listed();
    await useProjectsStore.getState().reload();
    await useProjectsStore.getState().reload();
    expect(listed()).toBe(before);
    expect(useProjectsStore.getState().revision).toBe(revision);
    await client.api.createProject({ project: { title: 'Second API' } });
    await useProjectsStore.getState().reload();
    expect(listed()).toBe(before + 1);
    expect(useProjectsStore.getState().revision).toBe(revision + 1);
    expect(useProjectsStore.getState().projects.map((p) => p.title)).toContain('Second API');
  });
});

describe('a write from outside the app', () => {
  it('reaches the open projects list once main notices the database moved', async () => {
    const { useProjectsStore } = await import('../../renderer/src/stores/projects-store');
    await useProjectsStore.getState().reload();
    const cli = openCore(core.dbPath);
    try {
      cli.portfolio.create({ title: 'Written by the CLI elsewhere' });
    } finally {
      cli.close();
    }
    const before = listed();
    expect(core.externalWrites.check()).toBe(true);
    await expect.poll(() => useProjectsStore.getState().projects.map((p) => p.title)).toContain('Written by the CLI elsewhere');
    expect(listed()).toBe(before + 1);
  });
});
