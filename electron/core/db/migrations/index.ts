import type Database from 'better-sqlite3';
import { migration001 } from './001-initial';
import { migration002 } from './002-github';
import { migration003 } from './003-targets';
import { migration004 } from './004-export';
import { migration005 } from './005-evidence-strength';
import { migration006 } from './006-resume';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * Every schema change, in order. The rules for a new step:
 * - one file per version, `NNN-name.ts`, with version = the previous one + 1 (checked by
 *   `checkMigrations`, at every migrate);
 * - a released step is never edited: a change is a new step;
 * - every table it creates is `STRICT` (SQLite then refuses a value of the wrong type instead of
 *   storing it); tables created before `STRICT_SINCE` predate the rule and stay as they are;
 * - it has a test in test/integration/migration-NNN.test.ts: a database at the previous version
 *   with representative rows upgrades without losing any of them.
 */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];

/** The first version whose new tables are all STRICT; every later one must follow it. */
export const STRICT_SINCE = 6;

/** Throws unless the versions are 1, 2, 3 … in order: a gap, repeat or reordering is a mistake in the list. */
export function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      const before = i === 0 ? 'first' : `after version ${migrations[i - 1].version}`;
      throw new Error(`Migration "${m.name}" has version ${m.version} ${before}; versions must rise by one from 1.`);
    }
  });
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
