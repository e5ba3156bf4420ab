import { SAMPLE_PORTFOLIO, storedSample } from '../shared/sample-portfolio';
import type { Project, ProjectInput } from '../shared/types';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** N showcased projects cycled from the sample portfolio, as stored projects (no database). */
export function syntheticProjects(n: number): Project[] {
  return Array.from({ length: n }, (_, i) => {
    const s = SAMPLE_PORTFOLIO[i % SAMPLE_PORTFOLIO.length];
    return storedSample(s, `p${i}`, `${s.title} #${i}`);
  });
}

/** A varied portfolio of N projects built from the sample, with unique titles. */
export function syntheticPortfolio(n: number): ProjectInput[] {
  return Array.from({ length: n }, (_, i) => {
    const base = SAMPLE_PORTFOLIO[i % SAMPLE_PORTFOLIO.length];
    return { ...base, title: `${base.title} #${i}`, summary: `${base.summary} Variant ${i}.` };
  });
}
