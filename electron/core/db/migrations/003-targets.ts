import type { Migration } from './index';

/** Saved job targets ("Acme backend role") and the rules a user marked as not relevant. */
export const migration003: Migration = {
  version: 3,
  name: 'targets-and-dismissed-rules',
  up(db) {
    db.exec(`
      CREATE TABLE targets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        posting TEXT NOT NULL DEFAULT '',
        technologies TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX targets_name ON targets (name COLLATE NOCASE);

      CREATE TABLE dismissed_rules (
        rule_id TEXT PRIMARY KEY,
        dismissed_at TEXT NOT NULL
      );
    `);
  },
};
