/**
 * The renderer's data layer: reads cached by channel and arguments, writes through `mutate`.
 * Main's `data:changed` event drops every answer whose channel reads one of the changed tables
 * (the contract says which) and tells the stores showing them to read again, once per change;
 * reads on their way are shared. Every write is announced: this window's and other windows'
 * through IPC, a sync's and a sign-in's as they land, the CLI's within a second or two and when
 * the window gains focus. So a screen opening is served the cached answer; only what lives on
 * GitHub's side (`fresh`) is read again on open.
 */
import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { call, onWrite, subscribe } from '../api';
import { contract, type Channel, type ChannelArgs, type ChannelResult, type DataTable } from '../../../shared/ipc-contract';

interface Entry {
  channel: Channel;
  promise: Promise<unknown>;
  settled: boolean;
  value?: unknown;
}

/** Oldest-used answers beyond this are dropped (a posting typed in gives one read per pause). */
const MAX_ENTRIES = 300;

const entries = new Map<string, Entry>();
const keyOf = (channel: Channel, args: unknown) => `${channel} ${JSON.stringify(args ?? {})}`;
const argsOf = <K extends Channel>(channel: K, key: string) => JSON.parse(key.slice(channel.length + 1)) as ChannelArgs<K>;

interface QueryState {
  /** Bumped whenever answers were dropped: hooks read again. */
  generation: number;
}

export const useQueryStore = create<QueryState>(() => ({ generation: 0 }));

/**
 * The channel's answer for these arguments, from the cache when nothing it reads has changed.
 * `fresh`: ask main again unless that very read is on its way.
 */
export function fetchQuery<K extends Channel>(channel: K, args: ChannelArgs<K>, options: { fresh?: boolean } = {}): Promise<ChannelResult<K>> {
  const key = keyOf(channel, args);
  let entry = entries.get(key);
  if (entry?.settled && options.fresh) entry = undefined;
  if (entry) {
    // Most recently used last: the first ones are dropped when the cache is full.
    entries.delete(key);
    entries.set(key, entry);
  } else {
    const promise = call(channel, args);
    const created: Entry = { channel, promise, settled: false };
    entry = created;
    entries.set(key, created);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    promise.then(
      (value) => {
        created.settled = true;
        created.value = value;
      },
      // A failed read is not kept: the next one tries again.
      () => {
        if (entries.get(key) === created) entries.delete(key);
      },
    );
  }
  return entry.promise as Promise<ChannelResult<K>>;
}

/** The cached answer, when there is one and nothing it reads changed since. */
function peek(key: string): { value: unknown } | undefined {
  const entry = entries.get(key);
  return entry?.settled ? { value: entry.value } : undefined;
}

/** Drops the answers of every channel that reads one of these tables. */
export function invalidate(tables: readonly DataTable[]): void {
  let dropped = false;
  for (const [key, entry] of entries) {
    if (contract[entry.channel].reads.some((t) => tables.includes(t))) {
      entries.delete(key);
      dropped = true;
    }
  }
  if (dropped) useQueryStore.setState((s) => ({ generation: s.generation + 1 }));
}

const changeListeners = new Set<{ channels: readonly Channel[]; fn: () => unknown }>();

/**
 * Calls `fn` when what one of these channels reads changed (a write here, another window, a
 * sync, the CLI): a store whose screen shows it reads it again. `fn` may return the promise of
 * that read, which a `mutate` waits for. Returns the function that stops it.
 */
export function onChanged(channels: readonly Channel[], fn: () => unknown): () => void {
  const listener = { channels, fn };
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

let batch: { fns: Set<() => unknown>; done: Promise<void> } | null = null;

/**
 * Tells the stores that read these tables to read again, once per turn: after this window's own
 * write has returned, so the store reading after it shares that read instead of making a
 * second one, and several events make one read. Resolves once they have read.
 */
function refresh(tables: readonly DataTable[]): Promise<void> {
  const due = [...changeListeners].filter(({ channels }) => channels.some((c) => contract[c].reads.some((t) => tables.includes(t))));
  if (!due.length) return Promise.resolve();
  if (!batch) {
    const fns = new Set<() => unknown>();
    const done = new Promise<void>((resolve) =>
      setTimeout(() => {
        batch = null;
        void Promise.allSettled([...fns].map((fn) => fn())).then(() => resolve());
      }, 0),
    );
    batch = { fns, done };
  }
  for (const { fn } of due) batch.fns.add(fn);
  return batch.done;
}

subscribe('data:changed', ({ tables }) => {
  invalidate(tables);
  void refresh(tables);
});
onWrite(invalidate);

/**
 * A write. Resolves to the channel's answer once everything it changed was dropped from the cache
 * and the stores showing it have read it again: the caller re-fetches nothing. Main's
 * `data:changed` for the same write tells the other windows.
 */
export async function mutate<K extends Channel>(channel: K, args: ChannelArgs<K>): Promise<ChannelResult<K>> {
  // `call` drops the cached answers the write made stale (the contract's `writes`).
  const result = await call(channel, args);
  await refresh(contract[channel].writes);
  return result;
}

/** The same write for each of these arguments, one after the other; the stores read again once, after the last. */
export async function mutateEach<K extends Channel>(channel: K, argsList: ReadonlyArray<ChannelArgs<K>>): Promise<Array<ChannelResult<K>>> {
  const results: Array<ChannelResult<K>> = [];
  try {
    for (const args of argsList) results.push(await call(channel, args));
  } finally {
    // What did go through is shown, also when a later one failed.
    if (results.length) await refresh(contract[channel].writes);
  }
  return results;
}

export interface QueryOptions {
  /** Told when the read fails; the hook keeps answering null (or the last answer). */
  onError?(error: unknown): void;
  /** Read again whenever the component mounts: for answers that live on GitHub's side, which main cannot announce. */
  fresh?: boolean;
}

/**
 * A read for a screen: its answer (null until the first), read again after a change, showing
 * the previous answer meanwhile. `args: null` reads nothing (a dialog not open yet).
 */
export function useQuery<K extends Channel>(channel: K, args: ChannelArgs<K> | null, options: QueryOptions = {}): ChannelResult<K> | null {
  const generation = useQueryStore((s) => s.generation);
  const key = args === null ? null : keyOf(channel, args);
  const fresh = options.fresh ?? false;
  const [state, setState] = useState<{ key: string; value: ChannelResult<K> } | null>(null);
  // The generation this component opened with: `fresh` applies to that first read only.
  const [opened] = useState(generation);
  const onError = useRef(options.onError);
  useEffect(() => {
    onError.current = options.onError;
  });
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    fetchQuery(channel, argsOf(channel, key), { fresh: fresh && generation === opened }).then(
      (value) => {
        if (!cancelled) setState((s) => (s?.key === key && s.value === value ? s : { key, value }));
      },
      (error: unknown) => {
        if (!cancelled) onError.current?.(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [channel, key, generation, fresh, opened]);
  if (key === null) return null;
  if (state?.key === key) return state.value;
  // Opened (or switched to arguments) with an answer in the cache: shown at once.
  const hit = fresh ? undefined : peek(key);
  return hit ? (hit.value as ChannelResult<K>) : null;
}
