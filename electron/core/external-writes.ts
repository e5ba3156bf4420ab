/**
 * Writes made outside this process (the CLI on the same database, another copy of the app) send
 * no event. SQLite's `PRAGMA data_version` moves only when another connection commits, and
 * reading it costs no I/O beyond the file header, so it is checked on a cheap timer (and
 * whenever the app asks, as when a window gains focus); when it moved, every table is announced
 * as changed, since which ones were written cannot be known.
 */
import type { Db } from './db/connection';
import type { EventBus } from './events';
import { DATA_TABLES } from '../../shared/ipc-contract';

export interface ExternalWrites {
  /** Announces `data:changed` for every table when another connection committed since the last check; says whether it did. */
  check(): boolean;
  /** Stops the timer (the database may close afterwards). */
  stop(): void;
}

export function watchExternalWrites(db: Db, events: EventBus, options: { intervalMs?: number } = {}): ExternalWrites {
  const version = (): number => db.pragma('data_version', { simple: true }) as number;
  let seen = version();
  let timer: ReturnType<typeof setInterval> | null = null;
  const check = (): boolean => {
    if (!db.open) return false;
    const now = version();
    if (now === seen) return false;
    seen = now;
    events.emit('data:changed', { tables: [...DATA_TABLES] });
    return true;
  };
  if (options.intervalMs) {
    timer = setInterval(check, options.intervalMs);
    // The watch alone never keeps the process running.
    timer.unref?.();
  }
  return {
    check,
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
