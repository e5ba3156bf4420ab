/**
 * The renderer's data layer against a small main of its own: which cached reads a `data:changed`
 * drops, which stores it tells to read again, and that a write through `mutate` resolves with
 * the refreshed answer already in the stores, without the screen reading anything itself.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract, CHANNELS, type Channel, type DataTable, type EventName } from '../../shared/ipc-contract';
import type { Variant } from '../../shared/export-types';

type Listener = (payload: unknown) => void;

/** What "main" holds: a few rows per table, answered and changed like the real handlers would. */
const state = {
  variants: [] as Variant[],
  targets: [] as Array<{ id: string; name: string }>,
  basics: { name: 'Dana' },
};
const reads: Channel[] = [];
const listeners = new Set<{ event: EventName; fn: Listener }>();
/** Electron delivers main's event before the call's answer (same pipe, sent first); the HTTP bridge may not. */
let eventOrder: 'before-answer' | 'after-answer' | 'late' = 'before-answer';
let failNextWrite = false;

const emit = (tables: readonly DataTable[]) => {
  for (const l of [...listeners]) if (l.event === 'data:changed') l.fn({ tables: [...tables] });
};

const handlers: Partial<Record<Channel, (args: any) => unknown>> = {
  'variants:list': () => state.variants,
  'variants:save': ({ name }) => {
    const v = { id: `v${state.variants.length + 1}`, name, format: 'markdown', paper: 'a4', theme: 'light', selection: { mode: 'showcased' } } as Variant;
    state.variants = [...state.variants, v];
    return v;
  },
  'targets:list': () => state.targets,
  'targets:save': ({ name }) => {
    const t = { id: `t${state.targets.length + 1}`, name };
    state.targets = [...state.targets, t];
    return t;
  },
  'profile:get': () => ({ ...state.basics }),
  'profile:set': ({ profile }) => {
    state.basics = { ...state.basics, ...profile };
    return { ...state.basics };
  },
  'resume:get': () => ({ basics: { ...state.basics } }),
  'repos:list': () => [],
};

beforeAll(() => {
  const bridge: Record<string, unknown> = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (args: unknown) => {
        const { writes } = contract[channel];
        if (!writes.length) reads.push(channel);
        if (writes.length && failNextWrite) {
          failNextWrite = false;
          return { ok: false, error: { code: 'VALIDATION', message: 'Give the variant a name.' } };
        }
        const handler = handlers[channel];
        if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `${channel} is not in this test` } };
        const value = handler(args);
        // As main: a successful write is announced to every window.
        if (writes.length && eventOrder === 'before-answer') emit(writes);
        if (writes.length && eventOrder === 'after-answer') setTimeout(() => emit(writes), 0);
        if (writes.length && eventOrder === 'late') setTimeout(() => emit(writes), 50);
        return { ok: true, value };
      },
    ]),
  );
  bridge.subscribe = (event: EventName, fn: Listener) => {
    const entry = { event, fn };
    listeners.add(entry);
    return () => void listeners.delete(entry);
  };
  (globalThis as { window?: unknown }).window = { showcase: bridge };
});

let store: typeof import('../../renderer/src/stores/query-store');
const stops: Array<() => void> = [];

beforeEach(async () => {
  // A fresh cache for each test, over the same "main".
  const { vi } = await import('vitest');
  vi.resetModules();
  listeners.clear();
  store = await import('../../renderer/src/stores/query-store');
  reads.length = 0;
  eventOrder = 'before-answer';
  state.variants = [];
  state.targets = [];
  state.basics = { name: 'Dana' };
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const count = (channel: Channel) => reads.filter((c) => c === channel).length;
const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('a data:changed event', () => {
  it('drops the answers that read the changed table and keeps the others', async () => {
    await Promise.all([store.fetchQuery('targets:list', {}), store.fetchQuery('variants:list', {}), store.fetchQuery('profile:get', {})]);
    // Opened again: served from the cache.
    await Promise.all([store.fetchQuery('targets:list', {}), store.fetchQuery('variants:list', {}), store.fetchQuery('profile:get', {})]);
    expect([count('targets:list'), count('variants:list'), count('profile:get')]).toEqual([1, 1, 1]);

    const generation = store.useQueryStore.getState().generation;
    emit(['targets']);
    expect(store.useQueryStore.getState().generation).toBe(generation + 1);
    await Promise.all([store.fetchQuery('targets:list', {}), store.fetchQuery('variants:list', {}), store.fetchQuery('profile:get', {})]);
    expect([count('targets:list'), count('variants:list'), count('profile:get')]).toEqual([2, 1, 1]);

    // A table nothing cached reads: no hook is told to read again.
    emit(['sync-changes']);
    expect(store.useQueryStore.getState().generation).toBe(generation + 1);
  });

  it('tells the stores showing the changed table to read again, once for several events, and leaves the others alone', async () => {
    const heard = { targets: 0, variants: 0 };
    stops.push(store.onChanged(['targets:list'], () => heard.targets++));
    stops.push(store.onChanged(['variants:list'], () => heard.variants++));
    emit(['targets']);
    emit(['targets', 'projects']);
    expect(heard).toEqual({ targets: 0, variants: 0 });
    await turn();
    expect(heard).toEqual({ targets: 1, variants: 0 });
  });

  it('stops telling a store once it unsubscribed', async () => {
    let heard = 0;
    const stop = store.onChanged(['targets:list'], () => heard++);
    stop();
    emit(['targets']);
    await turn();
    expect(heard).toBe(0);
  });
});

describe('a write through mutate', () => {
  for (const order of ['before-answer', 'after-answer'] as const) {
    it(`resolves with the stores already showing the new value (main's event ${order.replace('-', ' the ')})`, async () => {
      eventOrder = order;
      // A store the way projects-store and gaps-store are written: it reads through the cache when told.
      let shown: Variant[] = await store.fetchQuery('variants:list', {});
      stops.push(store.onChanged(['variants:list'], async () => (shown = await store.fetchQuery('variants:list', {}))));
      expect(shown).toEqual([]);

      const saved = await store.mutate('variants:save', { name: 'Backend – Acme', selection: { mode: 'showcased' } });
      expect(shown.map((v) => v.name)).toEqual(['Backend – Acme']);
      expect(saved.id).toBe(shown[0].id);
      // A screen asking now gets that answer without another read.
      expect(await store.fetchQuery('variants:list', {})).toBe(shown);
      if (order === 'before-answer') expect(count('variants:list')).toBe(2);
      await turn();
      expect(shown.map((v) => v.name)).toEqual(['Backend – Acme']);
    });
  }

  it('drops the reads of every table it writes and no other', async () => {
    await Promise.all([store.fetchQuery('resume:get', {}), store.fetchQuery('profile:get', {}), store.fetchQuery('targets:list', {})]);
    await store.mutate('profile:set', { profile: { name: 'Dana Developer' } });
    // The profile is the resume's basics: both are read again; the targets are not.
    const [resume, profile] = await Promise.all([store.fetchQuery('resume:get', {}), store.fetchQuery('profile:get', {}), store.fetchQuery('targets:list', {})]);
    expect(resume.basics.name).toBe('Dana Developer');
    expect(profile.name).toBe('Dana Developer');
    expect([count('resume:get'), count('profile:get'), count('targets:list')]).toEqual([2, 2, 1]);
  });

  it('that fails changes nothing and tells no store', async () => {
    await store.fetchQuery('variants:list', {});
    let heard = 0;
    stops.push(store.onChanged(['variants:list'], () => heard++));
    failNextWrite = true;
    await expect(store.mutate('variants:save', { name: '', selection: { mode: 'showcased' } })).rejects.toMatchObject({ code: 'VALIDATION' });
    await turn();
    expect(heard).toBe(0);
    await store.fetchQuery('variants:list', {});
    expect(count('variants:list')).toBe(1);
  });

  it('for several arguments has the stores read again once, after the last', async () => {
    // Main's events come long after: what is counted is mutateEach's own refresh.
    eventOrder = 'late';
    let shown = await store.fetchQuery('targets:list', {});
    let refreshes = 0;
    stops.push(
      store.onChanged(['targets:list'], async () => {
        refreshes++;
        shown = await store.fetchQuery('targets:list', {});
      }),
    );
    const saved = await store.mutateEach('targets:save', [
      { name: 'Platform', posting: 'Go' },
      { name: 'Data', posting: 'Kafka' },
      { name: 'Backend', posting: 'Postgres' },
    ]);
    expect(saved.map((t) => t.name)).toEqual(['Platform', 'Data', 'Backend']);
    expect(shown.map((t) => t.name)).toEqual(['Platform', 'Data', 'Backend']);
    expect(refreshes).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
  });
});

describe('what a write changes, as the contract tells the cache', () => {
  const drops = (write: Channel, read: Channel) => contract[write].writes.some((t) => contract[read].reads.includes(t));
  it.each([
    // Removing an account keeps its repositories, listed under no account from then on.
    ['accounts:remove', 'repos:list'],
    // The profile is the resume's basics seen short.
    ['profile:set', 'resume:get'],
    ['resume:set-basics', 'profile:get'],
    // Its GitHub login is the resume's GitHub profile.
    ['resume:save-entry', 'profile:get'],
    ['resume:delete-entry', 'profile:get'],
    ['resume:set-basics', 'export:preview'],
    ['repos:unlink', 'repos:linked'],
    ['variants:save', 'variants:list'],
    ['import:apply', 'accounts:list'],
  ] as Array<[Channel, Channel]>)('%s drops %s', (write, read) => {
    expect(drops(write, read)).toBe(true);
  });
  it.each([
    ['variants:save', 'profile:get'],
    ['targets:save', 'variants:list'],
  ] as Array<[Channel, Channel]>)('%s keeps %s', (write, read) => {
    expect(drops(write, read)).toBe(false);
  });
});
