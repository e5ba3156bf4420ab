import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

const input = (title: string) => ({
  title,
  summary: 'An HTTP API for orders.',
  kinds: ['api' as const],
  tags: [{ name: 'PostgreSQL' }, { name: 'Go' }],
  highlights: ['Idempotent order creation'],
  results: [],
  links: [{ type: 'repository' as const, url: 'https://github.com/octo/orders' }],
});

describe('listing projects that were listed before', () => {
  it('shows what another process wrote since, though the rows were read before', () => {
    const path = join(tempDir(), 'showcase.db');
    const app = openCore(path);
    const cli = openCore(path);
    try {
      const created = app.portfolio.create(input('Orders API'));
      expect(app.portfolio.list({}).projects[0].tags.map((t) => t.name)).toEqual(['PostgreSQL', 'Go']);
      // The CLI changes the project in the same database: the app's next list shows it.
      cli.portfolio.update(created.id, { ...input('Orders API'), tags: [{ name: 'Redis' }] });
      const again = app.portfolio.list({}).projects[0];
      expect(again.tags.map((t) => t.name)).toEqual(['Redis']);
      // A project deleted elsewhere is gone from the list.
      cli.portfolio.delete(created.id);
      expect(app.portfolio.list({}).projects).toEqual([]);
    } finally {
      cli.close();
      app.close();
    }
  });

  it('hands out listed projects no caller can change, while a single read may be changed freely', () => {
    const core = openCore(join(tempDir(), 'showcase.db'));
    try {
      const created = core.portfolio.create(input('Orders API'));
      const listed = core.portfolio.list({}).projects[0];
      expect(() => (listed.tags as unknown[]).push({ name: 'Kafka' })).toThrow(TypeError);
      expect(() => Object.assign(listed.tags[0], { state: 'rejected' })).toThrow(TypeError);
      expect(core.portfolio.list({}).projects[0].tags.map((t) => [t.name, t.state])).toEqual([
        ['PostgreSQL', 'accepted'],
        ['Go', 'accepted'],
      ]);
      const read = core.portfolio.get(created.id);
      read.tags.push({ ...read.tags[0], name: 'Kafka' });
      expect(core.portfolio.list({}).projects[0].tags).toHaveLength(2);
      // A search lists the same projects as the full list.
      expect(core.portfolio.list({ search: 'orders' }).projects).toEqual(core.portfolio.list({}).projects);
    } finally {
      core.close();
    }
  });
});
