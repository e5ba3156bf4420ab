/** PDF export in plain Node: page sizes, page breaks that never split a card, Unicode text. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../electron/core/export/document';
import { renderPdfWithLayout } from '../../electron/core/export/render-pdf';
import { resolveTag } from '../../shared/taxonomy';
import type { Project } from '../../shared/types';
import { FIXED_NOW, SAMPLE_PROFILE, openSample } from '../fixtures/export/sample';
import { useTempDir } from '../support/temp';

function project(i: number, over: Partial<Project> = {}): Project {
  const lines = 1 + (i % 5);
  return {
    id: `p${i}`,
    title: `Project ${i}: ${['Orders API', 'Search service', 'Billing jobs', 'Auth gateway', 'Data pipeline'][i % 5]}`,
    summary: `Summary of project ${i}. `.repeat(2 + (i % 7)),
    kinds: [{ kind: 'api', source: 'manual', evidence: null, state: 'accepted' }],
    tags: ['Go', 'PostgreSQL', 'Redis', 'Docker', 'Kubernetes', 'gRPC'].slice(0, 2 + (i % 5)).map((t) => ({ ...resolveTag(t), source: 'manual' as const, evidence: null, state: 'accepted' as const })),
    highlights: Array.from({ length: lines }, (_, k) => `Highlight ${k + 1} of project ${i}, long enough to wrap onto a second line in a narrow card when the text keeps going`),
    results: i % 2 ? [`Result of project ${i}: p99 latency 300 ms → 40 ms`] : [],
    links: [{ type: 'repository', url: `https://github.com/dev/project-${i}` }],
    startDate: '2024-01',
    endDate: '2024-06',
    status: 'shipped',
    showcased: true,
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

function pdftotext(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, path, '-'], { encoding: 'utf8' });
}

function pageSizes(path: string): string[] {
  const info = execFileSync('pdfinfo', ['-l', '100', path], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
}

describe('PDF export', () => {
  const tempDir = useTempDir();

  it('writes A4 and US Letter pages', async () => {
    const dir = tempDir();
    const s = openSample(dir);
    const a4 = join(dir, 'a4.pdf');
    const letter = join(dir, 'letter.pdf');
    await s.exports.exportToFile({ format: 'pdf', paper: 'a4' }, a4);
    await s.exports.exportToFile({ format: 'pdf', paper: 'letter' }, letter);
    s.close();
    expect(new Set(pageSizes(a4))).toEqual(new Set(['595.28 x 841.89']));
    expect(new Set(pageSizes(letter))).toEqual(new Set(['612 x 792']));
    const text = pdftotext(a4);
    for (const t of ['Sam Sample', 'Bookshop Storefront', 'Repository: github.com/sample-dev/bookshop', 'Catalogue page p95 latency 800 ms → 120 ms']) {
      expect(text).toContain(t);
    }
  });

  for (const paper of ['a4', 'letter'] as const) {
    it(`spreads a long portfolio over pages without splitting a card (${paper})`, async () => {
      const projects = Array.from({ length: 60 }, (_, i) => project(i));
      const doc = buildDocument({ profile: SAMPLE_PROFILE, projects, now: FIXED_NOW });
      const { bytes, layout } = await renderPdfWithLayout(doc, { paper, now: FIXED_NOW });
      const path = join(tempDir(), 'long.pdf');
      writeFileSync(path, bytes);

      expect(layout.pages).toBeGreaterThan(5);
      expect(pageSizes(path)).toHaveLength(layout.pages);
      expect(layout.cards).toHaveLength(60);
      const bottomLimit = layout.pageHeight - 54;
      layout.cards.forEach((card, i) => {
        expect(card.split).toBe(false);
        expect(card.top).toBeGreaterThanOrEqual(54);
        expect(card.bottom).toBeLessThanOrEqual(bottomLimit + 0.01);
        const prev = layout.cards[i - 1];
        // A card starts a new page only when it would not have fitted under the previous one.
        if (prev && card.page > prev.page) expect(prev.bottom + 10 + (card.bottom - card.top)).toBeGreaterThan(bottomLimit);
      });
      // What the reader sees: each card's title and its last line are on the same page.
      const pages = Array.from({ length: layout.pages }, (_, i) => pdftotext(path, i + 1));
      for (const card of layout.cards) {
        const i = Number(card.id.slice(1));
        expect(pages[card.page - 1]).toContain(`Project ${i}:`);
        expect(pages[card.page - 1]).toContain(`github.com/dev/project-${i}`);
      }
    });
  }

  it('splits only a card taller than a page, between its lines', async () => {
    const huge = project(1, { highlights: Array.from({ length: 80 }, (_, k) => `Very long list item ${k}`) });
    const doc = buildDocument({ profile: SAMPLE_PROFILE, projects: [project(0), huge, project(2)], now: FIXED_NOW });
    const { layout } = await renderPdfWithLayout(doc, { now: FIXED_NOW });
    expect(layout.cards.map((c) => c.split)).toEqual([false, true, false]);
  });

  it('renders emoji, right-to-left and non-Latin text without crashing', async () => {
    const texts = [
      'Платёжный сервис — Привет мир',
      'Ελληνικά δεδομένα',
      'שלום עולם: מערכת תשלומים',
      'مرحبا بالعالم: واجهة برمجة',
      '日本語のAPI、中文服务、한국어',
      'Emoji 🚀🔥👩🏽‍💻🏳️‍🌈 and flags 🇵🇹',
      'Combining: é ñ ü Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
      'Math ∑ ∫ √ ≈ ≠ → ← ⇒ and symbols ✓ ✗ ★',
      '\u202eRTL override\u202c and zero\u200bwidth',
    ];
    const projects = texts.map((t, i) => project(i, { title: t, summary: t, highlights: [t], tags: [{ name: t, techId: null, source: 'manual', evidence: null, state: 'accepted' }] }));
    const doc = buildDocument({ profile: { ...SAMPLE_PROFILE, name: 'Zoë 🚀 Ünïcødé', location: 'Tōkyō 東京' }, projects, now: FIXED_NOW });
    const { bytes } = await renderPdfWithLayout(doc, { now: FIXED_NOW });
    const path = join(tempDir(), 'unicode.pdf');
    writeFileSync(path, bytes);
    const text = pdftotext(path);
    expect(text).toContain('Привет мир');
    expect(text).toContain('Ελληνικά');
    expect(text).toContain('Zoë');
    expect(text).toContain('∑ ∫ √');
    // Emoji are drawn (with the bundled emoji font), not dropped.
    expect(text).toContain('🚀🔥👩🏽‍💻🏳️‍🌈');
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/NotoEmoji-Regular/);
  });

  it('works from the CLI in plain Node, with the embedded font', async () => {
    const s = openSample(tempDir());
    const { content } = await s.exports.export({ format: 'pdf' });
    s.close();
    const head = new TextDecoder('latin1').decode(content.slice(0, 8));
    // PDF 1.7: tagged (a structure tree), which 1.3 cannot say.
    expect(head).toBe('%PDF-1.7');
    expect(new TextDecoder('latin1').decode(content)).toMatch(/DejaVuSans/);
  });
});
