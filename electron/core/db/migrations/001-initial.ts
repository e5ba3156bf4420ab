import type { Migration } from './index';

/** The portfolio: projects with their kinds, tags (with source and evidence), items and links. */
export const migration001: Migration = {
  version: 1,
  name: 'initial-portfolio',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'shipped' CHECK (status IN ('idea', 'in-progress', 'shipped', 'archived')),
        showcased INTEGER NOT NULL DEFAULT 1 CHECK (showcased IN (0, 1)),
        start_date TEXT,
        end_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        -- A read copy of the child rows below (kinds, tags, items, links) as JSON, written with
        -- them in the same transaction, so listing thousands of projects is one query.
        children TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX projects_updated ON projects (updated_at);

      CREATE TABLE project_kinds (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'detected')),
        evidence TEXT,
        state TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected')),
        PRIMARY KEY (project_id, kind)
      );

      CREATE TABLE project_tags (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        name_key TEXT NOT NULL,
        name TEXT NOT NULL,
        tech_id TEXT,
        source TEXT NOT NULL CHECK (source IN ('manual', 'detected')),
        evidence TEXT,
        state TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected')),
        position INTEGER NOT NULL,
        PRIMARY KEY (project_id, name_key)
      );
      CREATE INDEX project_tags_name ON project_tags (name_key);

      CREATE TABLE project_items (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ('highlight', 'result')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (project_id, type, position)
      );

      CREATE TABLE project_links (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('repository', 'demo', 'docs', 'other')),
        url TEXT NOT NULL,
        label TEXT,
        PRIMARY KEY (project_id, position)
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
