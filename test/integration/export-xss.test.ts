/**
 * Every XSS payload in every field: the exported HTML, opened in Chromium, runs no script and
 * requests nothing; the Markdown carries no link, image or HTML the user did not get from us;
 * the PDF renders. Projects are built directly (as GitHub data could arrive), bypassing input
 * validation, so the renderers alone are on trial.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../electron/core/export/document';
import { renderHtml } from '../../electron/core/export/render-html';
import { renderJsonResume } from '../../electron/core/export/render-json-resume';
import { renderMarkdown } from '../../electron/core/export/render-markdown';
import { renderPdf } from '../../electron/core/export/render-pdf';
import type { Project } from '../../shared/types';
import { FIXED_NOW } from '../fixtures/export/sample';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { useTempDir } from '../support/temp';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function hostileProject(payload: string, i: number): Project {
  return {
    id: `x${i}`,
    title: payload,
    summary: `${payload} summary`,
    kinds: [{ kind: 'api', source: 'detected', evidence: payload, state: 'accepted' }],
    tags: [
      { name: payload, techId: null, source: 'detected', evidence: payload, state: 'accepted' },
      { name: `${payload}-rejected`, techId: null, source: 'detected', evidence: null, state: 'rejected' },
    ],
    highlights: [payload],
    results: [payload],
    links: [
      { type: 'repository', url: payload, label: payload },
      { type: 'demo', url: `https://example.com/${encodeURIComponent(payload)}`, label: payload },
      { type: 'docs', url: `https://example.com/"><img src=x onerror=window.__xss=1>?q=${payload}`, label: payload },
    ],
    startDate: '2024-01',
    endDate: null,
    status: 'in-progress',
    showcased: true,
    notes: `<script>window.__xss=1</script> private note ${i}`,
    createdAt: '',
    updatedAt: '',
  };
}

const doc = buildDocument({
  profile: {
    name: '<script>window.__xss=1</script>Name',
    headline: '<img src=x onerror=window.__xss=1>',
    email: '"><script>window.__xss=1</script>@x.y',
    website: 'javascript:window.__xss=1',
    github: '"><svg onload=window.__xss=1>',
    location: '[x](javascript:alert(1))',
  },
  projects: XSS_PAYLOADS.map(hostileProject),
  now: FIXED_NOW,
});

describe('XSS payloads in exports', () => {
  const tempDir = useTempDir();

  it(`has at least 100 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  it('HTML opened in Chromium runs no script and makes no request', async () => {
    const dir = tempDir();
    const file = join(dir, 'export.html');
    const html = renderHtml(doc);
    writeFileSync(file, html);
    expect(html).not.toContain('private note');
    expect(html).not.toContain('-rejected');

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext();
      const fileUrl = pathToFileURL(file).href;
      const outgoing: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === fileUrl) return route.continue();
        outgoing.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const consoleLines: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => consoleLines.push(m.text()));
      page.on('request', (r) => {
        if (r.url() !== fileUrl) outgoing.push(r.url());
      });
      await page.addInitScript(() => {
        Object.defineProperty(window, '__xss', {
          configurable: false,
          set() {
            (window as unknown as { __xssHit: boolean }).__xssHit = true;
            console.log('XSS');
          },
        });
      });
      await page.goto(fileUrl, { waitUntil: 'load' });
      // Give timers, lazy loads and autofocus handlers a chance; hover and focus everything.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('*'))) {
          el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          (el as HTMLElement).focus?.();
        }
      });
      await page.waitForTimeout(300);

      const hit = await page.evaluate(() => (window as unknown as { __xssHit?: boolean }).__xssHit === true);
      const dom = await page.evaluate(() => ({
        dangerous: document.querySelectorAll('script, iframe, img, object, embed, svg, math, link, base, form, input, textarea, select, video, audio, source, picture, details, template, style:not(head > style)').length,
        onAttributes: Array.from(document.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
        hrefs: Array.from(document.querySelectorAll('[href]')).map((a) => a.getAttribute('href') ?? ''),
        metas: Array.from(document.querySelectorAll('meta[http-equiv]')).map((m) => m.getAttribute('http-equiv')),
        styleAttrs: document.querySelectorAll('[style]').length,
        cards: document.querySelectorAll('article.card').length,
      }));
      expect(hit).toBe(false);
      expect(dialogs).toEqual([]);
      expect(consoleLines.filter((l) => /XSS/.test(l))).toEqual([]);
      expect(outgoing).toEqual([]);
      expect(dom.dangerous).toBe(0);
      expect(dom.onAttributes).toEqual([]);
      expect(dom.styleAttrs).toBe(0);
      expect(dom.metas).toEqual(['Content-Security-Policy']);
      expect(dom.cards).toBe(XSS_PAYLOADS.length);
      for (const href of dom.hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
      // The payload text is shown, as text.
      const title = await page.locator('article.card h3').first().textContent();
      expect(title).toBe(XSS_PAYLOADS[0]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('Markdown keeps every payload as text', () => {
    const md = renderMarkdown(doc);
    expect(md).not.toContain('private note');
    const linkRe = /\[((?:\\.|[^\\\]])*)\]\(([^)\s]*)\)/g;
    for (const m of md.matchAll(linkRe)) expect(m[2], m[0]).toMatch(/^(https?:\/\/|mailto:)/);
    // With our own links taken out, nothing unescaped remains that Markdown would act on.
    const lines = md.replace(linkRe, 'LINK').replace(/^<sub>.*<\/sub>$/m, '').split('\n');
    for (const line of lines) {
      const body = line.replace(/^(#{1,3} |- |\*\*[A-Za-z]+\*\*|\*)/, '');
      expect(body, line).not.toMatch(/(^|[^\\])(\\\\)*[[\]<>`|!]/);
    }
  });

  it('JSON Resume stays valid and script-free, and the PDF renders', async () => {
    const json = renderJsonResume(doc);
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).projects).toHaveLength(XSS_PAYLOADS.length);
    const pdf = await renderPdf(doc, { now: FIXED_NOW });
    const text = new TextDecoder('latin1').decode(pdf.bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).not.toMatch(/\/JavaScript|\/JS\s|\/Launch/);
    expect(text).not.toMatch(/\/URI\s*\((?!https?:|mailto:)/);
  }, 60_000);
});
