import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createGitHubStore } from '../../electron/core/github/repository-store';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const rule = (core: ReturnType<typeof openCore>, id: string, req = {}) => core.gaps.analyze(req).rules.find((r) => r.id === id)!;

describe('gap analysis kept between changes', () => {
  it('answers again from the last report until something is written, and follows every write', () => {
    const path = join(tempDir(), 'showcase.db');
    const core = openCore(path);
    try {
      expect(rule(core, 'sql-database').status).toBe('missing');
      const first = core.gaps.analyze();
      expect(core.gaps.analyze()).toBe(first);
      expect(rule(core, 'sql-database', { role: 'devops' }).status).toBe('missing');

      // A project saved, a tag rejected, a rule dismissed: each shows at once.
      const project = core.portfolio.create({ title: 'Orders API', tags: ['PostgreSQL'], links: [{ type: 'repository', url: 'https://github.com/octo/orders' }] });
      expect(rule(core, 'sql-database').status).toBe('met');
      expect(rule(core, 'sql-database', { role: 'devops' }).status).toBe('met');
      core.portfolio.setTagState(project.id, 'PostgreSQL', 'rejected');
      expect(rule(core, 'sql-database').status).toBe('missing');
      core.gaps.dismissRule('sql-database', true);
      expect(rule(core, 'sql-database').dismissed).toBe(true);

      // A README rating from a sync changes the documentation rule.
      expect(core.gaps.analyze().repositories).toEqual([expect.objectContaining({ url: 'https://github.com/octo/orders', docStatus: null })]);
      const store = createGitHubStore(core.db);
      store.insertAccount({ id: 'a1', kind: 'public', login: 'octo', name: null, avatarUrl: null, apiUrl: 'https://api.github.com', scopes: [], canReadPrivate: false, includeOrgRepos: false, addedAt: '2026-01-01T00:00:00.000Z', lastSyncedAt: null });
      core.db
        .prepare("INSERT INTO github_repositories (id, account_id, host, node_id, owner, name, full_name, url, doc_status) VALUES ('github.com/R_1', 'a1', 'github.com', 'R_1', 'octo', 'orders', 'octo/orders', 'https://github.com/octo/orders', ?)")
        .run(JSON.stringify({ level: 'stub', words: 3, reasons: ['say what it does'], strengths: [], version: 1 }));
      expect(core.gaps.analyze().repositories).toEqual([expect.objectContaining({ docStatus: 'stub', reasons: ['say what it does'] })]);

      // A saved target is analysed against; each request has its own report.
      const target = core.gaps.saveTarget({ name: 'Acme', posting: 'We use Kafka.' });
      expect(rule(core, 'targeted-tech', { targetId: target.id }).counted).toBe(true);
      expect(rule(core, 'targeted-tech').counted).toBe(false);
    } finally {
      core.close();
    }
  });

  it('follows what another program (the CLI, another window) writes to the same database', () => {
    const path = join(tempDir(), 'shared.db');
    const app = openCore(path);
    const cli = openCore(path);
    try {
      expect(rule(app, 'message-queue').status).toBe('missing');
      cli.portfolio.create({ title: 'Events', tags: ['Kafka'] });
      expect(rule(app, 'message-queue').status).toBe('met');
    } finally {
      cli.close();
      app.close();
    }
  });
});
