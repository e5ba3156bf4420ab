/**
 * Golden files of every format on the sample portfolio (fixed clock, sequential ids). Run with
 * UPDATE_GOLDENS=1 to rewrite them after an intended change, and review the diff.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumeSchemaProblems } from '../../electron/core/export/render-json-resume';
import { HTML_CSP } from '../../electron/core/export/render-html';
import { openSample } from '../fixtures/export/sample';
import { useTempDir } from '../support/temp';

const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'export');
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function golden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDENS || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('export golden files (sample portfolio)', () => {
  const tempDir = useTempDir();

  it('Markdown', async () => {
    const s = openSample(tempDir());
    golden('sample.md', decode((await s.exports.export({ format: 'markdown' })).content));
    s.close();
  });

  it('HTML, light and dark', async () => {
    const s = openSample(tempDir());
    const light = decode((await s.exports.export({ format: 'html' })).content);
    golden('sample.html', light);
    expect(light).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`);
    expect(HTML_CSP).toContain("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(light).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    golden('sample-dark-letter.html', decode((await s.exports.export({ format: 'html', theme: 'dark', paper: 'letter' })).content));
    s.close();
  });

  it('JSON Resume, valid against the schema', async () => {
    const s = openSample(tempDir());
    const result = await s.exports.export({ format: 'json-resume' });
    expect(result.fileName).toBe('resume.json');
    const text = decode(result.content);
    golden('sample.resume.json', text);
    const resume = JSON.parse(text);
    expect(resumeSchemaProblems(resume)).toEqual([]);
    // The website as the user wrote it (lossless), not as the URL parser normalises it.
    expect(resume.basics).toMatchObject({ name: 'Sam Sample', email: 'sam@example.com', url: 'https://sam.example.com' });
    expect(resume.basics.profiles).toEqual([{ network: 'GitHub', username: 'sample-dev', url: 'https://github.com/sample-dev' }]);
    const bookshop = resume.projects.find((p: { name: string }) => p.name === 'Bookshop Storefront');
    expect(bookshop).toMatchObject({
      description: expect.stringContaining('online bookshop'),
      keywords: ['Python', 'Django', 'PostgreSQL', 'Redis', 'Celery', 'Stripe', 'Docker'],
      url: 'https://github.com/sample-dev/bookshop',
      startDate: '2023-06',
      endDate: '2023-12',
    });
    expect(bookshop.highlights).toContain('Catalogue page p95 latency 800 ms → 120 ms after adding indexes and caching');
    expect(resume.skills.find((g: { name: string }) => g.name === 'Languages').keywords).toContain('Python');
    s.close();
  });

  it('PDF text (pdftotext)', async () => {
    const dir = tempDir();
    const s = openSample(dir);
    const pdf = join(dir, 'sample.pdf');
    await s.exports.exportToFile({ format: 'pdf' }, pdf);
    golden('sample.pdf.txt', execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    s.close();
  });

  it('hidden projects, notes and the gap analysis are never exported', async () => {
    const s = openSample(tempDir());
    for (const format of ['markdown', 'html', 'json-resume'] as const) {
      const text = decode((await s.exports.export({ format })).content);
      expect(text).not.toContain('Weather Data Pipeline');
      expect(text).not.toContain('Not ready to show');
      expect(text).not.toMatch(/gap analysis|\/100|advice|missing|Documented repositories/i);
    }
    s.close();
  });
});
