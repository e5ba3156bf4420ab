/** Large portfolios: evidence names the first projects, counts stay exact, reports stay small. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../shared/gaps';
import { titleOrder } from '../../shared/gaps/portfolio-index';
import type { Project } from '../../shared/types';

function project(i: number, tags: string[], extra: Partial<Project> = {}): Project {
  return {
    id: `p${String(i).padStart(4, '0')}`,
    title: `Service ${String(i).padStart(4, '0')}`,
    summary: '',
    kinds: [{ kind: 'api', source: 'manual', evidence: null, state: 'accepted' }],
    tags: tags.map((name) => ({ name, techId: null, source: 'manual' as const, evidence: null, state: 'accepted' as const })),
    highlights: [],
    results: [],
    links: [{ type: 'repository', url: `https://github.com/me/service-${i}` }],
    startDate: null,
    endDate: null,
    status: 'shipped',
    showcased: true,
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('gap analysis at scale', () => {
  const projects = Array.from({ length: 300 }, (_, i) => project(i, i % 3 === 0 ? ['Go', 'PostgreSQL', 'Redis'] : ['Go', 'PostgreSQL']));

  it('names at most 25 projects per finding, the first in title order, and counts all of them', () => {
    const report = analyzeGaps({ projects });
    const sql = report.rules.find((r) => r.id === 'sql-database')!;
    expect(sql.status).toBe('met');
    expect(new Set(sql.evidence.map((e) => e.projectId)).size).toBe(25);
    expect(sql.evidence[0].project).toBe('Service 0000');
    expect(sql.evidence.at(-1)!.project).toBe('Service 0024');
    expect(sql.evidenceProjects).toBe(300);
    expect(sql.suggestion).toMatch(/and 297 more/);
    const caching = report.rules.find((r) => r.id === 'caching')!;
    expect(caching.evidenceProjects).toBe(100);
    expect(caching.evidence.map((e) => e.project)[1]).toBe('Service 0003');
    // Every linked repository keeps its documentation line, synced or not.
    expect(report.repositories).toHaveLength(300);
    expect(report.repositories[0]).toEqual({ url: 'https://github.com/me/service-0', projectId: 'p0000', project: 'Service 0000', docStatus: null, reasons: [] });
    // Reasons stay readable: a few names, then how many more.
    const documented = report.rules.find((r) => r.id === 'documented')!;
    expect(documented.reason).toMatch(/and 295 more\.$/);
    expect(JSON.stringify(report).length).toBeLessThan(200_000);
  });

  it('gives the whole evidence when asked, with the same statuses and score', () => {
    const capped = analyzeGaps({ projects });
    const full = analyzeGaps({ projects, evidenceProjectLimit: Infinity });
    expect(full.score).toBe(capped.score);
    expect(full.rules.map((r) => r.status)).toEqual(capped.rules.map((r) => r.status));
    const sql = full.rules.find((r) => r.id === 'sql-database')!;
    expect(new Set(sql.evidence.map((e) => e.projectId)).size).toBe(300);
    // The capped evidence is exactly the start of the full evidence.
    const cappedSql = capped.rules.find((r) => r.id === 'sql-database')!;
    expect(sql.evidence.slice(0, cappedSql.evidence.length)).toEqual(cappedSql.evidence);
  });

  it('counts projects exactly when evidence comes from several sources', () => {
    const mixed = [
      ...Array.from({ length: 40 }, (_, i) => project(i, ['Nginx'])),
      ...Array.from({ length: 40 }, (_, i) => project(100 + i, ['Gunicorn'])),
    ];
    const report = analyzeGaps({ projects: mixed });
    const web = report.rules.find((r) => r.id === 'web-server')!;
    expect(web.status).toBe('met');
    expect(web.evidenceProjects).toBe(40);
    const crud = report.rules.find((r) => r.id === 'real-world-api')!;
    expect(crud.evidenceProjects).toBe(80);
  });
});

describe('the title order evidence follows, reused between analyses', () => {
  const fresh = (ps: Project[]) =>
    ps
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (a.p.title < b.p.title ? -1 : a.p.title > b.p.title ? 1 : a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : a.i - b.i))
      .map(({ i }) => i);

  it('is the sorted order whatever the list held before it, however many projects it has', () => {
    const a = Array.from({ length: 50 }, (_, i) => project((i * 37) % 50, []));
    expect([...titleOrder(a)]).toEqual(fresh(a));
    // The same list again, then a list as long whose titles changed, moved or tie.
    expect([...titleOrder(a)]).toEqual(fresh(a));
    const renamed = a.map((p, i) => (i === 7 ? { ...p, title: 'Aardvark' } : p));
    expect([...titleOrder(renamed)]).toEqual(fresh(renamed));
    const swapped = [...a.slice(1), a[0]];
    expect([...titleOrder(swapped)]).toEqual(fresh(swapped));
    const ties = a.map((p, i) => ({ ...p, title: 'Same', id: i % 2 ? 'b' : 'a' }));
    expect([...titleOrder(ties)]).toEqual(fresh(ties));
    expect([...titleOrder(ties.slice().reverse())]).toEqual(fresh(ties.slice().reverse()));
  });

  it('names the same projects first when a title changes between two analyses', () => {
    const ps = Array.from({ length: 40 }, (_, i) => project(i, ['Go']));
    const target = { name: 'go', technologies: ['Go'] };
    analyzeGaps({ projects: ps, role: 'backend', target });
    const renamed = ps.map((p, i) => (i === 39 ? { ...p, title: 'A first service' } : p));
    const named = (projects: Project[]) => analyzeGaps({ projects, role: 'backend', target, evidenceProjectLimit: 3 }).rules.find((r) => r.id === 'language')!.evidence.map((e) => e.project);
    expect(named(renamed)).toEqual(['A first service', 'Service 0000', 'Service 0001']);
    expect(named(ps)).toEqual(['Service 0000', 'Service 0001', 'Service 0002']);
  });
});
