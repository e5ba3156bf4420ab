import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { useTempDir } from '../support/temp';

describe('migration 003: job targets and dismissed rules', () => {
  const tempDir = useTempDir();

  it('keeps version-2 projects, settings, accounts and links, and adds the two tables', () => {
    const path = join(tempDir(), 'showcase.db');
    const v2 = openDatabase(path, { targetVersion: 2 });
    expect(schemaVersion(v2)).toBe(2);
    v2.prepare("INSERT INTO projects (id, title, summary, created_at, updated_at) VALUES ('p1', 'Orders API', 'Kafka and Postgres', '2026-01-01', '2026-01-02')").run();
    v2.prepare("INSERT INTO project_tags (project_id, name_key, name, tech_id, source, evidence, state, position) VALUES ('p1', 'kafka', 'Kafka', 'kafka', 'detected', 'docker-compose.yml runs kafka', 'accepted', 0)").run();
    v2.prepare("INSERT INTO settings (key, value) VALUES ('theme', 'dark')").run();
    v2.prepare("INSERT INTO github_accounts (id, kind, login, api_url, added_at) VALUES ('a1', 'token', 'octo', 'https://api.github.com', '2026-01-01')").run();
    v2.prepare("INSERT INTO github_repositories (id, account_id, host, node_id, owner, name, full_name, url) VALUES ('github.com/R_1', 'a1', 'github.com', 'R_1', 'octo', 'orders', 'octo/orders', 'https://github.com/octo/orders')").run();
    v2.prepare("INSERT INTO project_repositories (project_id, repository_id, linked_at) VALUES ('p1', 'github.com/R_1', '2026-01-03')").run();
    v2.close();

    const db = openDatabase(path, { targetVersion: 3 });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, title, summary, updated_at FROM projects').all()).toEqual([{ id: 'p1', title: 'Orders API', summary: 'Kafka and Postgres', updated_at: '2026-01-02' }]);
    expect(db.prepare('SELECT name, evidence, state FROM project_tags').all()).toEqual([{ name: 'Kafka', evidence: 'docker-compose.yml runs kafka', state: 'accepted' }]);
    expect(db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(db.prepare('SELECT login FROM github_accounts').all()).toEqual([{ login: 'octo' }]);
    expect(db.prepare('SELECT project_id, repository_id, linked_at FROM project_repositories').all()).toEqual([{ project_id: 'p1', repository_id: 'github.com/R_1', linked_at: '2026-01-03' }]);

    // A target's posting and technologies default to empty; names are unique ignoring case.
    db.prepare("INSERT INTO targets (id, name, created_at, updated_at) VALUES ('t1', 'Acme backend', 'x', 'x')").run();
    expect(db.prepare('SELECT posting, technologies FROM targets').get()).toEqual({ posting: '', technologies: '[]' });
    expect(() => db.prepare("INSERT INTO targets (id, name, created_at, updated_at) VALUES ('t2', 'ACME BACKEND', 'x', 'x')").run()).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO dismissed_rules (rule_id, dismissed_at) VALUES ('caching', 'x')").run();
    expect(db.prepare('SELECT rule_id FROM dismissed_rules').all()).toEqual([{ rule_id: 'caching' }]);
    db.close();
  });
});
