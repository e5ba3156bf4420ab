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

/** Every schema change, in order. Versions only go up; a released step is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
