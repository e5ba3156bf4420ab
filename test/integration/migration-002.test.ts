import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('migration 002 (GitHub sync)', () => {
  it('keeps version-1 rows intact and adds the GitHub tables, with no token column', () => {
    const path = join(tempDir(), 'm.db');
    const v1 = openDatabase(path, { targetVersion: 1 });
    expect(schemaVersion(v1)).toBe(1);
    v1.prepare("INSERT INTO projects (id, title, created_at, updated_at) VALUES ('p1', 'Todo API', '2026-01-01', '2026-01-01')").run();
    v1.prepare("INSERT INTO project_tags (project_id, name_key, name, tech_id, source, evidence, state, position) VALUES ('p1', 'jwt', 'JWT', 'jwt', 'detected', 'package.json depends on jsonwebtoken', 'rejected', 0)").run();
    v1.prepare("INSERT INTO settings (key, value) VALUES ('theme', 'dark')").run();
    v1.close();

    const v2 = openDatabase(path, { targetVersion: 2 });
    expect(schemaVersion(v2)).toBe(2);
    expect(v2.prepare('SELECT id, title FROM projects').all()).toEqual([{ id: 'p1', title: 'Todo API' }]);
    expect(v2.prepare('SELECT name, source, state, evidence FROM project_tags').get()).toEqual({ name: 'JWT', source: 'detected', state: 'rejected', evidence: 'package.json depends on jsonwebtoken' });
    expect(v2.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: 'dark' });

    const columns = (v2.prepare('PRAGMA table_info(github_accounts)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toContain('login');
    expect(columns.some((c) => /token|secret|password/i.test(c))).toBe(false);

    v2.prepare("INSERT INTO github_accounts (id, kind, login, api_url, added_at) VALUES ('a1', 'token', 'octo', 'https://api.github.com', '2026-01-01')").run();
    v2.prepare("INSERT INTO github_repositories (id, account_id, host, node_id, owner, name, full_name, url) VALUES ('github.com/R_1', 'a1', 'github.com', 'R_1', 'octo', 'x', 'octo/x', 'https://github.com/octo/x')").run();
    v2.prepare("INSERT INTO project_repositories (project_id, repository_id, linked_at) VALUES ('p1', 'github.com/R_1', '2026-01-01')").run();
    // Removing an account keeps its repositories (account_id set to null) and their links.
    v2.prepare("DELETE FROM github_accounts WHERE id = 'a1'").run();
    expect(v2.prepare('SELECT account_id FROM github_repositories').get()).toEqual({ account_id: null });
    expect(v2.prepare('SELECT COUNT(*) AS n FROM project_repositories').get()).toEqual({ n: 1 });
    v2.close();
  });
});
