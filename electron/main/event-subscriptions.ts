/**
 * Which renderer hears which event. A window subscribes per event name through the preload;
 * its entry goes when its webContents is destroyed, so a closed window holds no listener and
 * is never sent to. No `electron` import: tested under Node with stand-in senders.
 */
import { isEventName, type EventName, type IpcEvents } from '../../shared/ipc-contract';
import type { EventBus } from '../core/events';

import { EVENT_MESSAGE } from './event-messages';

export { EVENT_MESSAGE, SUBSCRIBE_MESSAGE, UNSUBSCRIBE_MESSAGE } from './event-messages';

/** The part of a webContents this needs. */
export interface EventTarget {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface EventSubscriptions {
  /** False (and nothing kept) for a name that is not an event. */
  subscribe(target: EventTarget, event: unknown): boolean;
  unsubscribe(target: EventTarget, event: unknown): void;
  /** How many renderers hear at least one event. */
  readonly size: number;
  /** Stops listening to the bus and forgets every renderer. */
  close(): void;
}

export function createEventSubscriptions(bus: EventBus): EventSubscriptions {
  const entries = new Map<number, { target: EventTarget; events: Set<EventName> }>();
  // Renderers whose 'destroyed' is already watched: one listener each, however often they resubscribe.
  const watched = new Set<number>();
  const stop = bus.listen(<E extends EventName>(event: E, payload: IpcEvents[E]) => {
    for (const [id, { target, events }] of entries) {
      if (target.isDestroyed()) entries.delete(id);
      else if (events.has(event)) target.send(EVENT_MESSAGE, event, payload);
    }
  });
  return {
    subscribe(target, event) {
      if (!isEventName(event) || target.isDestroyed()) return false;
      let entry = entries.get(target.id);
      if (!entry) {
        entry = { target, events: new Set() };
        entries.set(target.id, entry);
      }
      if (!watched.has(target.id)) {
        watched.add(target.id);
        target.once('destroyed', () => {
          entries.delete(target.id);
          watched.delete(target.id);
        });
      }
      entry.events.add(event);
      return true;
    },
    unsubscribe(target, event) {
      const entry = entries.get(target.id);
      if (!entry || !isEventName(event)) return;
      entry.events.delete(event);
      if (!entry.events.size) entries.delete(target.id);
    },
    get size() {
      return entries.size;
    },
    close() {
      stop();
      entries.clear();
    },
  };
}
