/** Events from main to the renderer: who hears what, and nothing kept for a closed window. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createEventBus } from '../../electron/core/events';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { createEventSubscriptions, EVENT_MESSAGE } from '../../electron/main/event-subscriptions';
import type { IpcHandlers } from '../../shared/ipc-contract';
import { cancelledDialogs } from '../support/dialogs';
import { createFakeWebContents } from '../support/fake-electron';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const changed = (tables: string[]) => ({ channel: EVENT_MESSAGE, args: ['data:changed', { tables }] });

describe('event subscriptions (main side)', () => {
  it('sends a window only the events it subscribed to, until it unsubscribes', () => {
    const bus = createEventBus();
    const subs = createEventSubscriptions(bus);
    const a = createFakeWebContents();
    const b = createFakeWebContents();
    expect(subs.subscribe(a, 'data:changed')).toBe(true);
    expect(subs.subscribe(b, 'sync:progress')).toBe(true);
    bus.emit('data:changed', { tables: ['projects'] });
    expect(a.received).toEqual([changed(['projects'])]);
    expect(b.received).toEqual([]);
    subs.unsubscribe(a, 'data:changed');
    bus.emit('data:changed', { tables: ['targets'] });
    expect(a.received).toHaveLength(1);
    expect(subs.size).toBe(1);
  });

  it('refuses names that are not events', () => {
    const subs = createEventSubscriptions(createEventBus());
    const a = createFakeWebContents();
    for (const name of ['nope', '__proto__', 42, null, 'projects:list']) expect(subs.subscribe(a, name)).toBe(false);
    expect(subs.size).toBe(0);
  });

  it('forgets a window when its webContents is destroyed, and never sends to it again', () => {
    const bus = createEventBus();
    const subs = createEventSubscriptions(bus);
    const open = createFakeWebContents();
    const closed = createFakeWebContents();
    for (const wc of [open, closed]) subs.subscribe(wc, 'data:changed');
    // Resubscribing watches 'destroyed' once, not once per subscription.
    for (let i = 0; i < 20; i++) {
      subs.unsubscribe(closed, 'data:changed');
      subs.subscribe(closed, 'data:changed');
      subs.subscribe(closed, 'sync:progress');
    }
    expect(closed.listenerCount('destroyed')).toBe(1);
    closed.destroy();
    expect(subs.size).toBe(1);
    // `send` on a destroyed webContents throws; the emitter must not reach it.
    expect(() => bus.emit('data:changed', { tables: ['projects'] })).not.toThrow();
    expect(open.received).toEqual([changed(['projects'])]);
    expect(closed.received).toEqual([]);
    expect(subs.subscribe(closed, 'data:changed')).toBe(false);
    subs.close();
    bus.emit('data:changed', { tables: ['targets'] });
    expect(open.received).toHaveLength(1);
  });
});

describe('data:changed after writes', () => {
  function setup() {
    const core = openCore(join(tempDir(), 'events.db'));
    const handlers: IpcHandlers = { ...createCoreHandlers(core, cancelledDialogs), 'shell:open-external': async () => undefined };
    const heard: unknown[] = [];
    core.events.listen((event, payload) => heard.push({ event, payload }));
    return { core, handlers, heard };
  }

  it('announces the tables a successful write changed, and nothing for reads or refused writes', async () => {
    const { core, handlers, heard } = setup();
    const created = await dispatch(handlers, 'projects:create', { project: { title: 'API' } });
    expect(heard).toEqual([{ event: 'data:changed', payload: { tables: ['projects'] } }]);
    await dispatch(handlers, 'projects:list', {});
    await dispatch(handlers, 'gaps:analyze', {});
    await dispatch(handlers, 'projects:create', { project: { title: '' } });
    await dispatch(handlers, 'projects:delete', { id: 'missing' });
    expect(heard).toHaveLength(1);
    await dispatch(handlers, 'targets:save', { name: 'Backend', posting: 'Go and PostgreSQL' });
    await dispatch(handlers, 'gaps:dismiss-rule', { ruleId: 'tests', dismissed: true });
    if (created.ok) await dispatch(handlers, 'projects:delete', { id: (created.value as { id: string }).id });
    expect(heard.slice(1)).toEqual([
      { event: 'data:changed', payload: { tables: ['targets'] } },
      { event: 'data:changed', payload: { tables: ['rules'] } },
      { event: 'data:changed', payload: { tables: ['projects', 'project-options'] } },
    ]);
    core.close();
  });
});

describe('sync progress', () => {
  it('pushes the status on every step, each account’s written tables, then the end', async () => {
    const { startFakeGitHub } = await import('../fakes/fake-github');
    const { seedStandard, TOKEN } = await import('../fakes/fixtures');
    const gh = await startFakeGitHub();
    seedStandard(gh);
    const core = openCore(join(tempDir(), 'sync-events.db'));
    try {
      await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
      const heard: Array<{ event: string; payload: any }> = [];
      let ended!: () => void;
      const end = new Promise<void>((r) => (ended = r));
      core.events.listen((event, payload) => {
        heard.push({ event, payload });
        if (event === 'sync:progress' && !(payload as { running: boolean }).running) ended();
      });
      const started = await core.githubJobs.startSync();
      expect(heard[0]).toEqual({ event: 'sync:progress', payload: started });
      await end;
      const progress = heard.filter((h) => h.event === 'sync:progress');
      expect(progress.length).toBeGreaterThan(2);
      expect(progress.slice(0, -1).every((h) => h.payload.running)).toBe(true);
      expect(progress.some((h) => h.payload.progress !== null)).toBe(true);
      expect(progress.at(-1)!.payload).toMatchObject({ running: false, results: [{ status: 'complete' }] });
      // The tables come before the end, so a window refetching on the end reads fresh data.
      // Each account's writes as it finishes; what the sync changed just before the end.
      const changed = heard.flatMap((h, i) => (h.event === 'data:changed' ? [{ i, tables: h.payload.tables as string[] }] : []));
      expect(changed[0].tables).toEqual(expect.arrayContaining(['repositories', 'projects', 'accounts']));
      expect(changed.at(-1)).toEqual({ i: heard.length - 2, tables: ['sync-changes'] });
    } finally {
      core.close();
      gh.close();
    }
  });
});
