import type { Migration } from './index';

/**
 * Export for employers: saved variants ("Backend – Acme": which projects, in which order, with
 * format defaults) and per-project privacy options (hide the repository link, describe the
 * project without naming the client). Formats and themes are checked in code, not by CHECK
 * constraints, so new ones need no table rebuild.
 */
export const migration004: Migration = {
  version: 4,
  name: 'export-variants-and-options',
  up(db) {
    db.exec(`
      CREATE TABLE export_variants (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        selection TEXT NOT NULL,
        format TEXT NOT NULL DEFAULT 'pdf',
        paper TEXT NOT NULL DEFAULT 'a4',
        theme TEXT NOT NULL DEFAULT 'light',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX export_variants_name ON export_variants (name COLLATE NOCASE);

      CREATE TABLE project_export_options (
        project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
        hide_repository_link INTEGER NOT NULL DEFAULT 0 CHECK (hide_repository_link IN (0, 1)),
        anonymize_client INTEGER NOT NULL DEFAULT 0 CHECK (anonymize_client IN (0, 1)),
        client_names TEXT NOT NULL DEFAULT '[]',
        client_replacement TEXT NOT NULL DEFAULT '',
        anonymous_title TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      );
    `);
  },
};
