/** Prepared statements for `settings`: one TEXT value per key (the keys the app reads are in row-schemas.ts). */
import type { Db } from './connection';

export function createSettingsRepository(db: Db) {
  const stmt = {
    get: db.prepare('SELECT value FROM settings WHERE key = ?'),
    put: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  return {
    get(key: string): string | null {
      return (stmt.get.get(key) as { value: string } | undefined)?.value ?? null;
    },
    put(key: string, value: string): void {
      stmt.put.run(key, value);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
