import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/core/db/connection';
import { useTempDir } from '../support/temp';

describe('migration 005: evidence strength and authorship', () => {
  const tempDir = useTempDir();

  it('adds the columns, keeps every row, and gives existing detected tags their strength', () => {
    const path = join(tempDir(), 'showcase.db');
    const v4 = openDatabase(path, { targetVersion: 4 });
    const tags = [
      { name: 'Redis', techId: 'redis', source: 'detected', evidence: 'me/shop: README mentions Redis', state: 'suggested' },
      { name: 'Kafka', techId: 'kafka', source: 'detected', evidence: 'me/shop: tagged with the topic "kafka"; README mentions Kafka', state: 'accepted' },
      { name: 'Express', techId: 'express', source: 'detected', evidence: 'me/shop: package.json depends on express; README mentions Express', state: 'suggested' },
      { name: 'Go', techId: 'go', source: 'manual', evidence: null, state: 'accepted' },
    ];
    v4.prepare("INSERT INTO projects (id, title, created_at, updated_at, children) VALUES ('p1', 'Shop', 'x', 'x', ?)").run(JSON.stringify({ kinds: [], tags, highlights: [], results: [], links: [] }));
    tags.forEach((t, i) => v4.prepare('INSERT INTO project_tags (project_id, name_key, name, tech_id, source, evidence, state, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run('p1', t.name.toLowerCase(), t.name, t.techId, t.source, t.evidence, t.state, i));
    v4.prepare("INSERT INTO github_repositories (id, host, node_id, owner, name, full_name, url, snapshot) VALUES ('github.com/R1', 'github.com', 'R1', 'me', 'shop', 'me/shop', 'https://github.com/me/shop', '{}')").run();
    v4.close();

    const db = openDatabase(path, { targetVersion: 5 });
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT name, strength, minor_contribution AS minor FROM project_tags ORDER BY position').all()).toEqual([
      { name: 'Redis', strength: 'mentioned', minor: 0 },
      { name: 'Kafka', strength: 'mentioned', minor: 0 },
      { name: 'Express', strength: 'demonstrated', minor: 0 },
      { name: 'Go', strength: null, minor: 0 },
    ]);
    const children = JSON.parse((db.prepare("SELECT children FROM projects WHERE id = 'p1'").get() as { children: string }).children);
    expect(children.tags.map((t: { name: string; strength?: string }) => [t.name, t.strength])).toEqual([['Redis', 'mentioned'], ['Kafka', 'mentioned'], ['Express', 'demonstrated'], ['Go', undefined]]);
    expect(db.prepare('SELECT full_name, updated_at, owner_type, commits_total, commits_authored FROM github_repositories').get()).toEqual({ full_name: 'me/shop', updated_at: null, owner_type: null, commits_total: null, commits_authored: null });
    expect(() => db.prepare("UPDATE github_repositories SET owner_type = 'Robot'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE project_tags SET strength = 'rumoured'").run()).toThrow(/CHECK/);
    db.close();
  });
});
