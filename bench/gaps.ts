/** Gap analysis and job-posting extraction figures for `npm run bench`. */
import { analyzeGaps } from '../shared/gaps';
import { extractTechnologies } from '../shared/job-posting';
import { TECHNOLOGIES } from '../shared/taxonomy';
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

export function benchGaps(results: BenchResult[]): void {
  for (const n of [1_000, 10_000]) {
    const ps = syntheticProjects(n);
    const target = { name: 'bench', technologies: ['Kafka', 'Kubernetes', 'PostgreSQL', 'GraphQL'] };
    // Two runs to warm up (JIT, caches), then the median of seven.
    for (let i = 0; i < 2; i++) analyzeGaps({ projects: ps, role: 'backend', target });
    const runs = Array.from({ length: 7 }, () => time(() => analyzeGaps({ projects: ps, role: 'backend', target })).ms);
    results.push({ name: `gap analysis over ${n.toLocaleString('en')} projects`, value: median(runs), unit: 'ms', target: n === 10_000 ? '< 50 ms' : undefined });
  }
  const posting = longPosting(5_000);
  const runs = Array.from({ length: 20 }, () => time(() => extractTechnologies(posting)).ms);
  results.push({ name: 'job-posting extraction, 5,000 words', value: median(runs), unit: 'ms', target: '< 10 ms' });
}
