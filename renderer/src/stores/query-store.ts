/**
 * The renderer's cache of reads, keyed by channel and arguments. Main's `data:changed` event
 * drops every answer whose channel reads one of the changed tables (the contract says which),
 * so the screens showing it read it again once per change, and reads on their way are shared.
 * Main announces writes made outside it too (the CLI on the same database), within a second
 * or two and when the window gains focus; a screen opening still reads fresh, not to wait.
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { call, onWrite, subscribe } from '../api';
import { contract, type Channel, type ChannelArgs, type ChannelResult, type DataTable } from '../../../shared/ipc-contract';

interface Entry {
  channel: Channel;
  promise: Promise<unknown>;
  settled: boolean;
}

const entries = new Map<string, Entry>();
const keyOf = (channel: Channel, args: unknown) => `${channel} ${JSON.stringify(args ?? {})}`;

interface QueryState {
  /** Bumped whenever answers were dropped: hooks read again. */
  generation: number;
}

export const useQueryStore = create<QueryState>(() => ({ generation: 0 }));

/**
 * The channel's answer for these arguments, from the cache when nothing it reads has changed.
 * `fresh`: ask main again unless that very read is on its way (a screen opening).
 */
export function fetchQuery<K extends Channel>(channel: K, args: ChannelArgs<K>, options: { fresh?: boolean } = {}): Promise<ChannelResult<K>> {
  const key = keyOf(channel, args);
  let entry = entries.get(key);
  if (entry?.settled && options.fresh) entry = undefined;
  if (!entry) {
    const promise = call(channel, args);
    const created: Entry = { channel, promise, settled: false };
    entry = created;
    entries.set(key, created);
    promise.then(
      () => (created.settled = true),
      // A failed read is not kept: the next one tries again.
      () => {
        if (entries.get(key) === created) entries.delete(key);
      },
    );
  }
  return entry.promise as Promise<ChannelResult<K>>;
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

const changeListeners = new Set<{ channels: readonly Channel[]; fn: () => void }>();

/**
 * Calls `fn` when main announces a change to what one of these channels reads (another window,
 * a sync, the CLI): a store whose screen shows it reads it again. Returns the function that stops it.
 */
export function onChanged(channels: readonly Channel[], fn: () => void): () => void {
  const listener = { channels, fn };
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

let pending: Set<() => void> | null = null;

subscribe('data:changed', ({ tables }) => {
  invalidate(tables);
  const due = [...changeListeners].filter(({ channels }) => channels.some((c) => contract[c].reads.some((t) => tables.includes(t))));
  if (!due.length) return;
  // Once per turn, after this window's own write has returned: the store reading again after
  // it then shares that read instead of making a second one; several events make one read.
  if (!pending) {
    const run = (pending = new Set());
    setTimeout(() => {
      pending = null;
      for (const fn of run) fn();
    }, 0);
  }
  for (const { fn } of due) pending.add(fn);
});
onWrite(invalidate);

/** A read for a screen: its latest answer (null until the first), refetched after a change. */
export function useQuery<K extends Channel>(channel: K, args: ChannelArgs<K>, onError?: (error: unknown) => void): ChannelResult<K> | null {
  const generation = useQueryStore((s) => s.generation);
  const [value, setValue] = useState<ChannelResult<K> | null>(null);
  const key = keyOf(channel, args);
  const [opened] = useState(() => generation);
  useEffect(() => {
    let cancelled = false;
    // Fresh when the screen opens; after a change, the answer every screen shares.
    fetchQuery(channel, JSON.parse(key.slice(channel.length + 1)) as ChannelArgs<K>, { fresh: generation === opened }).then(
      (v) => {
        if (!cancelled) setValue(v);
      },
      (error: unknown) => {
        if (!cancelled) onError?.(error);
      },
    );
    return () => {
      cancelled = true;
    };
    // `key` stands for the arguments; `onError` is only told.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key, generation, opened]);
  return value;
}
