/**
 * What the core announces while it works (a sync's progress, a sign-in's state, a write's
 * tables), for whoever listens: the app forwards it to its windows, tests read it directly.
 */
import type { EventName, IpcEvents } from '../../shared/ipc-contract';

export type EventListener = <E extends EventName>(event: E, payload: IpcEvents[E]) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: IpcEvents[E]): void;
  /** Hears every event; returns the function that stops it. */
  listen(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch {
          // One listener's failure (a closed window) must not stop the work that emitted.
        }
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
