/** Export figures for `npm run bench`: 200 projects rendered to every format. */
import { buildDocument } from '../electron/core/export/document';
import { RENDERERS } from '../electron/core/export/export-service';
import { EXPORT_FORMATS } from '../shared/export-types';
import { median, syntheticProjects, type BenchResult } from './util';
import { renderPdfWithLayout } from '../electron/core/export/render-pdf';
import { renderPdfResume } from '../electron/core/export/render-pdf-resume';
import { emptyResume, type Resume } from '../shared/resume-types';

/** A resume with every section filled, as a long career has it. */
export function syntheticResume(): Resume {
  const r = emptyResume();
  const id = (() => {
    let n = 0;
    return () => `e${++n}`;
  })();
  r.basics = { ...r.basics, name: 'Bench Developer', label: 'Senior backend engineer', email: 'bench@example.com', phone: '+351 912 345 678', url: 'https://bench.example', summary: 'Twelve years of backend work: payments, search, data pipelines. '.repeat(3), location: { ...r.basics.location, city: 'Lisbon', countryCode: 'PT' } };
  r.profiles = [{ id: id(), network: 'GitHub', username: 'bench', url: 'https://github.com/bench', extra: {} }];
  r.work = Array.from({ length: 12 }, (_, i) => ({ id: id(), name: `Company ${i}`, position: `Engineer ${i}`, location: 'Remote', description: '', url: `https://company${i}.example`, startDate: `${2024 - i}-01`, endDate: i === 0 ? null : `${2025 - i}-01`, summary: 'Built and ran backend services for a growing product.', highlights: Array.from({ length: 5 }, (_, k) => `Outcome ${k}: cut p99 latency by ${10 + k * 5}% on the orders API with PostgreSQL and Redis`), extra: {} }));
  r.education = [{ id: id(), institution: 'University of Lisbon', url: '', area: 'Computer Science', studyType: 'MSc', startDate: '2008', endDate: '2013', score: '17/20', courses: ['Databases', 'Distributed systems'], extra: {} }];
  r.skills = ['Languages', 'Databases', 'Operations', 'Messaging'].map((name) => ({ id: id(), name, level: 'Advanced', keywords: ['Go', 'Python', 'PostgreSQL', 'Redis', 'Kafka', 'Docker'], extra: {} }));
  r.certificates = [{ id: id(), name: 'CKAD', date: '2023-05', url: '', issuer: 'CNCF', extra: {} }];
  r.languages = [{ id: id(), language: 'Portuguese', fluency: 'Native', extra: {} }, { id: id(), language: 'English', fluency: 'Fluent', extra: {} }];
  r.awards = [{ id: id(), title: 'Hackathon winner', date: '2019', awarder: 'Porto Tech', summary: '', extra: {} }];
  return r;
}


async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median of a few runs of building the document and rendering 200 projects, per format. */
export async function benchExport(results: BenchResult[]): Promise<void> {
  const list = syntheticProjects(200);
  const now = new Date('2026-01-15T00:00:00Z');
  const profile = { name: 'Bench', headline: 'Backend developer', email: 'b@example.com', website: 'https://example.com', github: 'bench', location: '' };
  for (const format of EXPORT_FORMATS) {
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < (format === 'pdf' ? 3 : 5); i++) {
      runs.push(
        await timeAsync(async () => {
          const doc = buildDocument({ profile, projects: list, now });
          bytes = (await RENDERERS[format](doc, { paper: 'a4', theme: 'light', form: 'portfolio', now })).content.byteLength;
        }),
      );
    }
    results.push({ name: `export 200 projects → ${format}`, value: Math.round(median(runs) * 10) / 10, unit: 'ms' });
    results.push({ name: `export 200 projects → ${format} size`, value: Math.round(bytes / 1024), unit: 'KiB' });
  }

  // The PDFs a user sends: the one-page resume of a full resume, and the full portfolio of it with 200 projects.
  const resume = syntheticResume();
  const full = buildDocument({ resume, projects: list, now });
  let pages = 0;
  const resumeRuns: number[] = [];
  for (let i = 0; i < 3; i++) resumeRuns.push(await timeAsync(async () => (pages = (await renderPdfResume(full, { now })).pages)));
  results.push({ name: 'PDF resume of a full resume (12 positions, 200 projects to pick from)', value: Math.round(median(resumeRuns)), unit: 'ms' });
  results.push({ name: 'PDF resume of a full resume: pages', value: pages, unit: '', target: '1 (at most 2)' });
  const portfolioRuns: number[] = [];
  for (let i = 0; i < 3; i++) portfolioRuns.push(await timeAsync(async () => (pages = (await renderPdfWithLayout(full, { now })).pages)));
  results.push({ name: 'PDF portfolio of a full resume and 200 projects', value: Math.round(median(portfolioRuns)), unit: 'ms' });
  results.push({ name: 'PDF portfolio of a full resume and 200 projects: pages', value: pages, unit: '' });
}
