/**
 * Exposes exactly the contract's channels on `window.showcase`, one method each, and
 * `subscribe` for the contract's events. No ipcRenderer, no Node: the renderer can only make
 * the calls and hear the events the contract names.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, EventName, ShowcaseApi } from '../../shared/ipc-contract';
import { EVENT_MESSAGE, SUBSCRIBE_MESSAGE, UNSUBSCRIBE_MESSAGE } from '../main/event-messages';

// A sandboxed preload can require nothing but 'electron': the build writes the contract's
// channel and event names in here (electron.vite.config.ts), so they are still defined once.
declare const __IPC_CHANNELS__: readonly Channel[];
declare const __IPC_EVENTS__: readonly EventName[];
const CHANNELS = __IPC_CHANNELS__;
const isEventName = (value: unknown): value is EventName => (__IPC_EVENTS__ as readonly unknown[]).includes(value);

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();

ipcRenderer.on(EVENT_MESSAGE, (_event, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return;
  for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
});

/** Main hears of an event name only while this window has a listener for it. */
function subscribe(event: EventName, listener: Listener): () => void {
  if (!isEventName(event) || typeof listener !== 'function') throw new TypeError('Unknown event.');
  let set = listeners.get(event);
  if (!set) {
    set = new Set();
    listeners.set(event, set);
    ipcRenderer.send(SUBSCRIBE_MESSAGE, event);
  }
  set.add(listener);
  return () => {
    if (!set.delete(listener) || set.size) return;
    listeners.delete(event);
    ipcRenderer.send(UNSUBSCRIBE_MESSAGE, event);
  };
}

const api = Object.freeze({
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args ?? {})])),
  subscribe,
}) as ShowcaseApi;

contextBridge.exposeInMainWorld('showcase', api);
