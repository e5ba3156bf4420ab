/** Gap analysis and job-posting extraction figures for `npm run bench`. */
import { analyzeGaps } from '../shared/gaps';
import { extractTechnologies } from '../shared/job-posting';
import { SAMPLE_PORTFOLIO } from '../shared/sample-portfolio';
import { TECHNOLOGIES } from '../shared/taxonomy';
import { resolveTag } from '../shared/taxonomy';
import type { Project } from '../shared/types';
import { median, time, type BenchResult } from './util';

function projects(n: number): Project[] {
  return Array.from({ length: n }, (_, i) => {
    const s = SAMPLE_PORTFOLIO[i % SAMPLE_PORTFOLIO.length];
    return {
      id: `p${i}`,
      title: `${s.title} #${i}`,
      summary: s.summary ?? '',
      kinds: (s.kinds ?? []).map((k) => ({ kind: k as Project['kinds'][number]['kind'], source: 'manual' as const, evidence: null, state: 'accepted' as const })),
      tags: (s.tags ?? []).map((t) => ({ ...resolveTag(t as string), source: 'manual' as const, evidence: null, state: 'accepted' as const })),
      highlights: s.highlights ?? [],
      results: s.results ?? [],
      links: s.links ?? [],
      startDate: s.startDate ?? null,
      endDate: s.endDate ?? null,
      status: s.status ?? 'shipped',
      showcased: s.showcased ?? true,
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

/** A long posting: filler prose with technology names (and traps) sprinkled in. */
export function longPosting(words: number): string {
  const filler = 'We are a friendly team that will go the extra mile to express ideas clearly and ship reliable software for customers'.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(i % 37 === 0 ? TECHNOLOGIES[i % TECHNOLOGIES.length].name : filler[i % filler.length]);
  }
  return out.join(' ');
}

export function benchGaps(results: BenchResult[]): void {
  for (const n of [1_000, 10_000]) {
    const ps = projects(n);
    const target = { name: 'bench', technologies: ['Kafka', 'Kubernetes', 'PostgreSQL', 'GraphQL'] };
    const runs = Array.from({ length: 5 }, () => time(() => analyzeGaps({ projects: ps, role: 'backend', target })).ms);
    results.push({ name: `gap analysis over ${n.toLocaleString('en')} projects`, value: median(runs), unit: 'ms', target: n === 10_000 ? '< 50 ms' : undefined });
  }
  const posting = longPosting(5_000);
  const runs = Array.from({ length: 20 }, () => time(() => extractTechnologies(posting)).ms);
  results.push({ name: 'job-posting extraction, 5,000 words', value: median(runs), unit: 'ms', target: '< 10 ms' });
}
