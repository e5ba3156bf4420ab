import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { AppError } from '../../electron/core/errors';
import { createPortfolioService } from '../../electron/core/portfolio-service';
import { SAMPLE_PORTFOLIO } from '../../shared/sample-portfolio';
import { steppingClock, useTempDir } from '../support/temp';

const tempDir = useTempDir();

function service() {
  const path = join(tempDir(), 'showcase.db');
  const db = openDatabase(path);
  return { db, path, portfolio: createPortfolioService({ db, clock: steppingClock() }) };
}

function validationIssues(fn: () => unknown): Array<{ path: string; message: string }> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    return (error as AppError).issues ?? [];
  }
  throw new Error('expected a validation error');
}

describe('portfolio', () => {
  it('creates a project and reads every field back', () => {
    const { portfolio } = service();
    const created = portfolio.create({
      title: '  Todo API ',
      summary: 'Tasks over REST',
      kinds: ['crud', 'api'],
      tags: ['Postgres', 'k8s', 'node', 'My Homegrown Queue'],
      highlights: ['Pagination', '  '],
      results: ['p95 latency 800 ms → 120 ms'],
      links: [{ type: 'repository', url: 'https://github.com/me/todo' }],
      startDate: '2024-01',
      endDate: '2024-03-15',
      status: 'in-progress',
      showcased: false,
      notes: 'private',
    });
    const read = portfolio.get(created.id);
    expect(read).toEqual(created);
    expect(read.title).toBe('Todo API');
    expect(read.tags.map((t) => [t.name, t.techId, t.source, t.state])).toEqual([
      ['PostgreSQL', 'postgresql', 'manual', 'accepted'],
      ['Kubernetes', 'kubernetes', 'manual', 'accepted'],
      ['Node.js', 'nodejs', 'manual', 'accepted'],
      ['My Homegrown Queue', null, 'manual', 'accepted'],
    ]);
    expect(read.highlights).toEqual(['Pagination']);
    expect(read.kinds.map((k) => k.kind)).toEqual(['crud', 'api']);
  });

  it('merges tags that are the same technology', () => {
    const { portfolio } = service();
    const p = portfolio.create({ title: 'x', tags: ['Postgres', 'PostgreSQL', 'psql', 'custom', 'CUSTOM'] });
    expect(p.tags.map((t) => t.name)).toEqual(['PostgreSQL', 'custom']);
  });

  it('rejects bad input with messages per field and saves nothing', () => {
    const { portfolio } = service();
    const issues = validationIssues(() =>
      portfolio.create({ title: ' ', links: [{ type: 'demo', url: 'javascript:alert(1)' }], startDate: '2024-05', endDate: '2024-01' }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'Give the project a title.' },
        { path: 'links.0.url', message: expect.stringMatching(/https:\/\//) },
      ]),
    );
    const dateIssues = validationIssues(() => portfolio.create({ title: 'x', startDate: '2024-05', endDate: '2024-01' }));
    expect(dateIssues).toEqual([{ path: 'endDate', message: 'The end date is before the start date.' }]);
    expect(portfolio.count()).toBe(0);
  });

  it('stores hostile, long, emoji and RTL text exactly', () => {
    const { portfolio } = service();
    const title = '<img src=x onerror=alert(1)> 🚀 مشروع';
    const summary = `${'x'.repeat(19_000)}<script>alert(1)</script>`;
    const p = portfolio.create({ title, summary, tags: ['<b>bold</b>'] });
    const read = portfolio.get(p.id);
    expect(read.title).toBe(title);
    expect(read.summary).toBe(summary);
    expect(read.tags[0].name).toBe('<b>bold</b>');
    expect(validationIssues(() => portfolio.create({ title: 'x'.repeat(201) }))[0].path).toBe('title');
  });

  it('searches title, summary and tags, with every word required', () => {
    const { portfolio } = service();
    portfolio.loadSample();
    const titles = (search: string) => portfolio.list({ search, sort: 'title' }).projects.map((p) => p.title);
    expect(titles('kafka')).toEqual(['Payments Microservices']);
    expect(titles('BOOKSHOP')).toEqual(['Bookshop Storefront']);
    expect(titles('stripe checkout')).toEqual(['Bookshop Storefront']);
    expect(titles('redis shortener')).toEqual(['URL Shortener']);
    expect(titles('nothing-like-this')).toEqual([]);
    expect(portfolio.list({ search: 'kafka' }).total).toBe(SAMPLE_PORTFOLIO.length);
  });

  it('lists every project with the total, filtered or not, and leaves deleted ones out of both', () => {
    const { portfolio } = service();
    portfolio.loadSample();
    const deleted = portfolio.list({ sort: 'title' }).projects[0];
    portfolio.delete(deleted.id);
    const all = portfolio.list({ sort: 'title' });
    expect(all.total).toBe(SAMPLE_PORTFOLIO.length - 1);
    expect(all.projects).toHaveLength(SAMPLE_PORTFOLIO.length - 1);
    expect(all.projects.map((p) => p.id)).not.toContain(deleted.id);
    // Each listed project reads exactly as get() reads it, every field in the same order.
    for (const p of all.projects) expect(JSON.stringify(p)).toBe(JSON.stringify(portfolio.get(p.id)));
    expect(portfolio.list({ showcased: 'all' }).total).toBe(SAMPLE_PORTFOLIO.length - 1);
    const hidden = portfolio.list({ showcased: 'hidden' });
    expect(hidden.projects.length).toBeLessThan(hidden.total);
    expect(hidden.total).toBe(SAMPLE_PORTFOLIO.length - 1);
  });

  it('filters by kind, tag and showcased state, and sorts', () => {
    const { portfolio } = service();
    portfolio.loadSample();
    expect(portfolio.list({ kind: 'ecommerce' }).projects.map((p) => p.title)).toEqual(['Bookshop Storefront']);
    expect(portfolio.list({ tag: 'postgres', sort: 'title' }).projects.map((p) => p.title)).toEqual([]);
    expect(portfolio.list({ tag: 'PostgreSQL', sort: 'title' }).projects.map((p) => p.title)).toEqual([
      'Auth Service',
      'Bookshop Storefront',
      'Payments Microservices',
      'Task Tracker API',
      'Weather Data Pipeline',
    ]);
    const hidden = portfolio.list({ showcased: 'hidden', sort: 'title' }).projects.map((p) => p.title);
    expect(hidden).toEqual(['Recipe Search Idea', 'Weather Data Pipeline']);
    expect(portfolio.list({ showcased: 'showcased' }).projects).toHaveLength(SAMPLE_PORTFOLIO.length - 2);
    const byStart = portfolio.list({ sort: 'start' }).projects.map((p) => p.startDate);
    expect(byStart[0]).toBe('2024-09');
    expect(byStart.at(-1)).toBeNull();
    const byTitle = portfolio.list({ sort: 'title' }).projects.map((p) => p.title);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b)));
  });

  it('updates what the user edits and keeps creation time', () => {
    const { portfolio } = service();
    const p = portfolio.create({ title: 'Old', tags: ['Go'] });
    const u = portfolio.update(p.id, { title: 'New', tags: ['Go', 'Redis'], showcased: false });
    expect(u.title).toBe('New');
    expect(u.createdAt).toBe(p.createdAt);
    expect(u.updatedAt > p.updatedAt).toBe(true);
    expect(portfolio.get(p.id).tags.map((t) => t.name)).toEqual(['Go', 'Redis']);
    expect(portfolio.list({ search: 'old' }).projects).toHaveLength(0);
    expect(portfolio.list({ search: 'new' }).projects).toHaveLength(1);
    expect(() => portfolio.update('missing', { title: 'x' })).toThrow(/no longer exists/);
  });

  it('keeps a detected tag the user removed as rejected, and accept/reject works', () => {
    const { portfolio } = service();
    const p = portfolio.create({
      title: 'Repo',
      tags: [
        { name: 'Docker', source: 'detected', evidence: 'Dockerfile at the repository root' },
        { name: 'Redis', source: 'detected', evidence: 'package.json depends on ioredis' },
      ],
      kinds: [{ kind: 'crud', source: 'detected', evidence: 'REST API with PostgreSQL' }],
    });
    expect(p.tags.map((t) => t.state)).toEqual(['suggested', 'suggested']);
    const edited = portfolio.update(p.id, { title: 'Repo', tags: [{ name: 'Docker', source: 'detected', evidence: 'Dockerfile at the repository root' }] });
    expect(edited.tags.find((t) => t.name === 'Redis')).toMatchObject({ state: 'rejected', evidence: 'package.json depends on ioredis' });
    expect(edited.kinds).toEqual([{ kind: 'crud', source: 'detected', evidence: 'REST API with PostgreSQL', state: 'rejected' }]);
    const accepted = portfolio.setTagState(p.id, 'docker', 'accepted');
    expect(accepted.tags.find((t) => t.name === 'Docker')?.state).toBe('accepted');
    expect(portfolio.list({ tag: 'Redis' }).projects).toHaveLength(0);
    expect(portfolio.list({ search: 'redis' }).projects).toHaveLength(0);
    expect(portfolio.setKindState(p.id, 'crud', 'accepted').kinds[0].state).toBe('accepted');
    expect(() => portfolio.setTagState(p.id, 'Kafka', 'accepted')).toThrow(/no tag/);
  });

  it('deletes with undo of the last delete only', () => {
    const { portfolio } = service();
    const a = portfolio.create({ title: 'A', tags: ['Go'], highlights: ['h'] });
    const b = portfolio.create({ title: 'B' });
    expect(portfolio.delete(a.id)).toEqual({ id: a.id, title: 'A' });
    expect(portfolio.count()).toBe(1);
    expect(() => portfolio.get(a.id)).toThrow(AppError);
    portfolio.delete(b.id);
    // A's delete is now final; undo brings back B only.
    expect(portfolio.undoDelete()?.title).toBe('B');
    expect(portfolio.undoDelete()).toBeNull();
    expect(portfolio.list({}).projects.map((p) => p.title)).toEqual(['B']);
    const c = portfolio.create({ title: 'C', tags: ['Go'], highlights: ['h'] });
    portfolio.delete(c.id);
    const restored = portfolio.undoDelete();
    expect(restored).toEqual({ ...c });
  });

  it('loads the sample portfolio in one go, and tags are counted', () => {
    const { portfolio } = service();
    expect(portfolio.loadSample()).toEqual({ added: SAMPLE_PORTFOLIO.length });
    expect(SAMPLE_PORTFOLIO.length).toBeGreaterThanOrEqual(8);
    expect(SAMPLE_PORTFOLIO.length).toBeLessThanOrEqual(12);
    const counts = portfolio.tagCounts();
    expect(counts[0]).toEqual({ name: 'PostgreSQL', techId: 'postgresql', count: 5 });
  });

  it('survives a reopen: data is on disk', () => {
    const { db, path, portfolio } = service();
    portfolio.create({ title: 'Persisted' });
    db.close();
    const db2 = openDatabase(path);
    expect(createPortfolioService({ db: db2 }).list().projects.map((p) => p.title)).toEqual(['Persisted']);
    db2.close();
  });
});
