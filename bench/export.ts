/** Export figures for `npm run bench`: 200 projects rendered to every format. */
import { buildDocument } from '../electron/core/export/document';
import { RENDERERS } from '../electron/core/export/export-service';
import { EXPORT_FORMATS } from '../shared/export-types';
import { median, syntheticProjects, type BenchResult } from './util';


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
          bytes = (await RENDERERS[format](doc, { paper: 'a4', theme: 'light', now })).byteLength;
        }),
      );
    }
    results.push({ name: `export 200 projects → ${format}`, value: Math.round(median(runs) * 10) / 10, unit: 'ms' });
    results.push({ name: `export 200 projects → ${format} size`, value: Math.round(bytes / 1024), unit: 'KiB' });
  }
}
