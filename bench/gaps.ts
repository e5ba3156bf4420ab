/** Gap analysis and job-posting extraction figures for `npm run bench`. */
import { analyzeGaps } from '../shared/gaps';
import { extractTechnologies } from '../shared/job-posting';
import { TECHNOLOGIES } from '../shared/taxonomy';
import type { Project } from '../shared/types';
import { median, syntheticProjects, time, type BenchResult } from './util';

/** A long posting: filler prose with technology names (and traps) sprinkled in. */
export function longPosting(words: number): string {
  const filler = 'We are a friendly team that will go the extra mile to express ideas clearly and ship reliable software for customers'.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(i % 37 === 0 ? TECHNOLOGIES[i % TECHNOLOGIES.length].name : filler[i % filler.length]);
  }
  return out.join(' ');
}

/**
 * The least any analysis must do: read every project's kinds, tags and links once, counting
 * each technology and kind among the projects that count.
 */
export function plainPass(projects: readonly Project[]): number {
  const counts = new Map<string, number>();
  let links = 0;
  for (const p of projects) {
    if (!p.showcased) continue;
    for (const t of p.tags) if (t.state !== 'rejected') counts.set(t.techId ?? t.name, (counts.get(t.techId ?? t.name) ?? 0) + 1);
    for (const k of p.kinds) if (k.state !== 'rejected') counts.set(k.kind, (counts.get(k.kind) ?? 0) + 1);
    links += p.links.length + p.highlights.length + p.results.length;
  }
  return counts.size + links;
}

export function benchGaps(results: BenchResult[]): void {
  for (const n of [1_000, 10_000]) {
    const ps = syntheticProjects(n);
    const target = { name: 'bench', technologies: ['Kafka', 'Kubernetes', 'PostgreSQL', 'GraphQL'] };
    // Two runs to warm up (JIT, caches), then the median of seven.
    for (let i = 0; i < 2; i++) analyzeGaps({ projects: ps, role: 'backend', target });
    const runs = Array.from({ length: 7 }, () => time(() => analyzeGaps({ projects: ps, role: 'backend', target })).ms);
    results.push({ name: `gap analysis over ${n.toLocaleString('en')} projects`, value: median(runs), unit: 'ms', target: n === 10_000 ? '< 50 ms' : undefined });
    if (n === 10_000) {
      // Measured in turns with the analysis, each side by its fastest turn, so the ratio holds on a busy machine.
      // The pass is first run as often as the analysis has been (9 runs at each size), so that both
      // sides are compared as the optimising compiler leaves them, not a cold pass against a warm analysis.
      for (let i = 0; i < 18; i++) plainPass(ps);
      const analysisRuns: number[] = [];
      const passRuns: number[] = [];
      for (let round = 0; round < 11; round++) {
        analysisRuns.push(time(() => analyzeGaps({ projects: ps, role: 'backend', target })).ms);
        passRuns.push(time(() => plainPass(ps)).ms);
      }
      results.push({ name: 'one plain pass over the same 10,000 projects', value: median(passRuns), unit: 'ms' });
      results.push({ name: 'gap analysis over 10,000 projects / one plain pass', value: Math.min(...analysisRuns) / Math.min(...passRuns), unit: '×', target: '≤ 3×' });
    }
  }
  const posting = longPosting(5_000);
  const runs = Array.from({ length: 20 }, () => time(() => extractTechnologies(posting)).ms);
  results.push({ name: 'job-posting extraction, 5,000 words', value: median(runs), unit: 'ms', target: '< 10 ms' });
}
