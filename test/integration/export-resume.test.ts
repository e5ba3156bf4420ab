/**
 * The employer-ready forms beside the full portfolio: the one-page resume (PDF, and HTML as its
 * preview), the GitHub profile README, and the resume sections in every format. Goldens per
 * format (UPDATE_GOLDENS=1 rewrites them), then what a reader relies on: pages, tags, links, order.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSample, type SampleCore } from '../fixtures/export/sample';
import type { ExportOptions } from '../../shared/export-types';
import { useTempDir } from '../support/temp';

const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'export');
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const tempDir = useTempDir();

function golden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDENS || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

async function pdfFile(s: SampleCore, options: Omit<ExportOptions, 'format'>): Promise<{ path: string; notes: string[]; pages?: number }> {
  const path = join(tempDir(), 'out.pdf');
  const r = await s.exports.exportToFile({ format: 'pdf', ...options }, path);
  return { path, notes: r.notes, pages: r.pages };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const pageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);

describe('export goldens with a resume (sample portfolio and resume)', () => {
  it('PDF resume text, HTML resume, profile README and the full portfolio in Markdown', async () => {
    const s = openSample(tempDir(), { resume: true });
    const resume = await pdfFile(s, { form: 'resume' });
    golden('sample-resume.pdf.txt', run('pdftotext', ['-layout', resume.path, '-']));
    golden('sample-resume.html', decode((await s.exports.export({ format: 'html', form: 'resume' })).content));
    golden('sample-readme.md', decode((await s.exports.export({ format: 'markdown', form: 'profile-readme' })).content));
    golden('sample-with-resume.md', decode((await s.exports.export({ format: 'markdown' })).content));
    s.close();
  });
});

describe('PDF resume', () => {
  it('is one page, tagged in reading order, with clickable links', async () => {
    const s = openSample(tempDir(), { resume: true });
    const { path, pages } = await pdfFile(s, { form: 'resume' });
    expect(pages).toBe(1);
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Sam Sample – Resume/);
    // The structure tree reads as the page does: the name, then each section's heading and content.
    const struct = run('pdfinfo', ['-struct-text', path]);
    const order = ['Sam Sample', 'Summary', 'Experience', 'Senior backend engineer', 'Selected projects', 'Skills', 'Education', 'University of Lisbon'].map((t) => struct.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(struct).toMatch(/^\s*H1 \(block\)\n\s*"Sam Sample"/m);
    expect(struct).toMatch(/^\s*L\b[^\n]*\n\s*LI\b/m);
    const urls = run('pdfinfo', ['-url', path]);
    for (const url of ['mailto:sam@example.com', 'https://sam.example.com/', 'https://github.com/sample-dev', 'https://ledgerly.example/', 'tel:+351912345678', 'https://github.com/sample-dev/payments-services']) {
      expect(urls).toContain(url);
    }
    s.close();
  });

  it('stays within two pages however much the resume holds, keeping the most recent work', async () => {
    const s = openSample(tempDir(), { resume: true });
    for (let i = 0; i < 14; i++) {
      s.resume.saveEntry('work', {
        name: `Company ${i}`,
        position: `Engineer ${i}`,
        startDate: `20${String(10 - Math.floor(i / 2)).padStart(2, '0')}-01`,
        highlights: Array.from({ length: 6 }, (_, k) => `Achievement ${k} at company ${i}, described at some length so that it wraps onto a second line of the page`),
      }, 0);
    }
    for (let i = 0; i < 20; i++) s.portfolio.create({ title: `Extra project ${i}`, summary: 'A service. '.repeat(30), tags: ['Go'], results: [`Result ${i}: 10x faster`], startDate: '2025-01' });
    const { path, pages } = await pdfFile(s, { form: 'resume' });
    expect(pages).toBeLessThanOrEqual(2);
    expect(pageCount(path)).toBe(pages);
    expect(run('pdftotext', [path, '-'])).toContain('Engineer 13');
    s.close();
  });

  it('tailored for a role or a job, leaves out what does not speak to it', async () => {
    const s = openSample(tempDir(), { resume: true });
    s.portfolio.create({ title: 'Apartment renovation', summary: 'Planned and managed a full kitchen and bathroom renovation.', startDate: '2025-06', endDate: '2025-12' });
    const text = async (selection: any) => run('pdftotext', [(await pdfFile(s, { form: 'resume', selection })).path, '-']);
    expect(await text({ mode: 'showcased' })).toContain('Apartment renovation');
    const devops = await text({ mode: 'role', role: 'devops' });
    expect(devops).not.toContain('Apartment renovation');
    expect(devops).toContain('Selected projects');
    const go = await text({ mode: 'technologies', technologies: ['Go'] });
    expect(go).not.toContain('Apartment renovation');
    expect(go).not.toContain('Bookshop Storefront');
    expect(go).toContain('URL Shortener');
    // The other formats pick the same way.
    const md = decode((await s.exports.export({ format: 'markdown', selection: { mode: 'role', role: 'devops' } })).content);
    expect(md).not.toContain('Apartment renovation');
    s.close();
  });
});

describe('PDF text in every script', () => {
  const texts = {
    emoji: 'Shipped 🚀 with a team 👩🏽‍💻 in 🇵🇹 ❤️',
    hebrew: 'שלום עולם: מערכת (תשלומים) 123 v2',
    arabic: 'مرحبا بالعالم: واجهة برمجة (API) ١٢٣ و 456',
    cjk: '日本語のAPI、中文服务、한국어',
  };

  /** The full portfolio (nothing trimmed), with a position in every script. */
  async function unicodeResume(fonts?: any) {
    const s = openSample(tempDir(), { resume: true, ...(fonts ? { deps: { fonts } } : {}) });
    s.resume.saveEntry('work', { name: 'Multi', position: texts.emoji, summary: texts.cjk, highlights: [texts.hebrew, texts.arabic], startDate: '2026-01' }, 0);
    return { s, ...(await pdfFile(s, {})) };
  }

  it('draws emoji with the bundled emoji font, and right-to-left lines in visual order', async () => {
    const { s, path } = await unicodeResume();
    expect(run('pdffonts', [path])).toMatch(/NotoEmoji-Regular/);
    const text = run('pdftotext', [path, '-']);
    expect(text).toContain('🚀');
    expect(text).toContain('👩🏽‍💻');
    // Words as placed on the page, left to right, per line (PDF text is in visual order, as
    // every PDF writer does; readers rebuild the reading order from it).
    const words = [...run('pdftotext', ['-bbox', path, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Math.round(Number(m[2])), t: m[3] }));
    const lineOf = (needle: string) => {
      const y = words.find((w) => w.t.includes(needle))!.y;
      return words.filter((w) => w.y === y).sort((a, b) => a.x - b.x).map((w) => w.t);
    };
    // A right-to-left line reads from the right: its first word is rightmost, numbers and Latin
    // stay left to right, and the brackets face the right way.
    expect(lineOf('v2')).toEqual(['•', 'v2', '123', '(םימולשת)', 'תכרעמ', ':םלוע', 'םולש']);
    expect(lineOf('456')).toEqual(['•', '456', 'و', '١٢٣', '(API)', 'ةجمرب', 'ةهجاو', ':ملاعلاب', 'ابحرم']);
    s.close();
  });

  it('draws CJK text with a CJK font of this computer, and says plainly when there is none', async () => {
    const { findPdfFonts } = await import('../../electron/core/export/fonts');
    const found = findPdfFonts();
    // .ci/run installs a CJK font (fonts-wqy-microhei) so this side is tested too.
    expect(found.cjk, 'no CJK font on this computer: install fonts-wqy-microhei').toBeTruthy();
    const withCjk = await unicodeResume();
    expect(withCjk.notes).toEqual([]);
    expect(run('pdftotext', [withCjk.path, '-'])).toContain('中文服务');
    withCjk.s.close();

    const without = await unicodeResume({ ...found, cjk: null });
    expect(without.notes).toEqual([expect.stringMatching(/Chinese, Japanese or Korean text, but this computer has no CJK font/)]);
    without.s.close();
  });
});

describe('HTML and Markdown', () => {
  it('passes the Nu HTML Checker with no error, URLs with | and ^ included, and marks user text dir="auto"', async () => {
    const dir = tempDir();
    const s = openSample(dir, { resume: true });
    s.resume.saveEntry('certificates', { name: 'Search | ranking', url: 'https://certs.example/a|b?q=x^y', date: '2024' });
    const project = s.portfolio.list({ sort: 'title' }).projects[0];
    s.portfolio.update(project.id, { ...project, title: 'שלום (API) | test', links: [{ type: 'repository', url: 'https://github.com/sample-dev/a|b' }] } as any);
    const files: string[] = [];
    for (const [name, options] of [
      ['portfolio.html', { format: 'html' }],
      ['portfolio-dark.html', { format: 'html', theme: 'dark', paper: 'letter' }],
      ['resume.html', { format: 'html', form: 'resume' }],
    ] as const) {
      const html = decode((await s.exports.export(options as any)).content);
      const path = join(dir, name);
      writeFileSync(path, html);
      files.push(path);
      expect(html).toContain('href="https://github.com/sample-dev/a%7Cb"');
      for (const m of html.matchAll(/<(h1|h3|li)(?: [^>]*)?>/g)) expect(m[0], `${name}: ${m[0]}`).toMatch(/dir="auto"|<li>/);
      expect(html).toMatch(/<h3 dir="auto">(<span dir="auto">)?שלום \(API\) \| test/);
    }
    const jar = join(__dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
    const out = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    const report = JSON.parse(out || '{"messages":[]}') as { messages: Array<{ type: string; message: string }> };
    expect(report.messages.filter((m) => m.type === 'error')).toEqual([]);
    s.close();
  }, 60_000);

  it('writes link targets as they are, encoding only what would break them', async () => {
    const s = openSample(tempDir());
    const project = s.portfolio.list({ sort: 'title' }).projects[0];
    s.portfolio.update(project.id, { ...project, links: [{ type: 'repository', url: 'https://github.com/sample-dev/my_repo*x' }, { type: 'demo', url: 'https://demo.example/a(b)' }] } as any);
    for (const form of ['portfolio', 'profile-readme'] as const) {
      const md = decode((await s.exports.export({ format: 'markdown', form })).content);
      expect(md, form).toContain('(https://github.com/sample-dev/my_repo*x)');
      expect(md, form).not.toContain('my%5Frepo');
    }
    const full = decode((await s.exports.export({ format: 'markdown' })).content);
    expect(full).toContain('(https://demo.example/a%28b%29)');
    s.close();
  });

  it('keeps a profile README short: an intro, top projects and skills', async () => {
    const s = openSample(tempDir(), { resume: true });
    const r = await s.exports.export({ format: 'markdown', form: 'profile-readme' });
    expect(r.fileName).toBe('README.md');
    const md = decode(r.content);
    expect(md.split('\n').length).toBeLessThan(30);
    expect(md).toMatch(/^# Hi, I’m Sam Sample\n/);
    expect(md).toContain('## Top projects');
    expect(md).toContain('## Skills');
    expect(md).not.toContain('## Experience');
    s.close();
  });
});
