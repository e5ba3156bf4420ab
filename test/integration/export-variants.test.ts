/** Saved variants, automatic picking for a role or job target, and privacy options in every format. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/export-types';
import { roleScores } from '../../electron/core/export/selection';
import { openSample } from '../fixtures/export/sample';
import { useTempDir } from '../support/temp';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('export variants and selection', () => {
  const tempDir = useTempDir();

  it('exports the projects the user picked, in that order, hidden ones included', async () => {
    const s = openSample(tempDir());
    const all = s.portfolio.list({ sort: 'title' }).projects;
    const id = (t: string) => all.find((p) => p.title === t)!.id;
    const ids = [id('URL Shortener'), id('Weather Data Pipeline'), id('Auth Service')];
    const doc = s.exports.buildDocument({ mode: 'manual', projectIds: [...ids, 'gone', ids[0]] });
    expect(doc.projects.map((p) => p.title)).toEqual(['URL Shortener', 'Weather Data Pipeline', 'Auth Service']);
    // Skills only come from the exported projects.
    expect(doc.skills.flatMap((g) => g.skills.map((k) => k.name))).not.toContain('Django');
    s.close();
  });

  it('puts the projects that demonstrate a job target’s technologies first', () => {
    const s = openSample(tempDir());
    const target = s.gaps.saveTarget({ name: 'Acme backend', posting: '', technologies: ['Kafka', 'Spring Boot', 'PostgreSQL', 'Docker'] });
    const titles = s.exports.buildDocument({ mode: 'target', targetId: target.id }).projects.map((p) => p.title);
    expect(titles[0]).toBe('Payments Microservices'); // Kafka + Spring Boot + PostgreSQL + Docker
    expect(titles[1]).toBe('Bookshop Storefront'); // PostgreSQL + Docker, more recent than the shortener
    expect(titles).not.toContain('Weather Data Pipeline');
    // Picking for technologies selects: a project that shows none of them is left out, even under the limit.
    const limited = s.exports.buildDocument({ mode: 'technologies', technologies: ['Go'], limit: 2 }).projects.map((p) => p.title);
    expect(limited).toEqual(['URL Shortener']);
    s.close();
  });

  it('picks and orders projects for a role with the gap engine', () => {
    const s = openSample(tempDir());
    const devops = s.exports.buildDocument({ mode: 'role', role: 'devops' }).projects.map((p) => p.title);
    expect(devops).toHaveLength(8);
    const scores = roleScores(s.portfolio.list().projects.filter((p) => p.showcased), 'devops');
    const byTitle = new Map(s.portfolio.list().projects.map((p) => [p.title, scores.get(p.id) ?? 0]));
    const ordered = devops.map((t) => byTitle.get(t)!);
    expect(ordered).toEqual([...ordered].sort((x, y) => y - x));
    expect(ordered[0]).toBeGreaterThan(ordered[ordered.length - 1]);
    expect(s.exports.buildDocument({ mode: 'role', role: 'backend', limit: 3 }).projects).toHaveLength(3);
    s.close();
  });

  it('saves named variants and regenerates them from the current portfolio', async () => {
    const s = openSample(tempDir());
    const target = s.gaps.saveTarget({ name: 'Acme', posting: '', technologies: ['Go', 'Redis'] });
    const variant = s.exports.variants.save({ name: 'Backend – Acme', selection: { mode: 'target', targetId: target.id }, format: 'markdown' });
    expect(variant).toMatchObject({ id: 'v001', name: 'Backend – Acme', format: 'markdown', paper: 'a4', theme: 'light' });
    expect(() => s.exports.variants.save({ name: 'backend – acme', selection: { mode: 'showcased' } })).toThrow(/already exists/);
    expect(s.exports.variants.findByName('BACKEND – ACME')?.id).toBe(variant.id);

    const first = await s.exports.export({ format: 'markdown', variantId: variant.id });
    expect(first.fileName).toBe('portfolio-backend-acme.md');
    expect(decode(first.content).indexOf('### URL Shortener')).toBeGreaterThan(0);
    // Auth Service shows neither Go nor Redis: a variant for this target leaves it out.
    expect(decode(first.content)).not.toContain('### Auth Service');

    // After the next sync/edit, the same variant picks up the new project.
    s.portfolio.create({ title: 'Go Cache Server', summary: 'A Redis-compatible cache in Go.', tags: ['Go', 'Redis'], startDate: '2025-03', endDate: '2025-06' });
    const again = decode((await s.exports.export({ format: 'markdown', variantId: variant.id })).content);
    expect(again.indexOf('### Go Cache Server')).toBeGreaterThan(0);
    expect(again.indexOf('### Go Cache Server')).toBeLessThan(again.indexOf('### URL Shortener'));

    const renamed = s.exports.variants.save({ id: variant.id, name: 'Backend – Acme (2)', selection: { mode: 'showcased', limit: 1 } });
    expect(renamed.format).toBe('markdown');
    expect(s.exports.buildDocument(renamed.selection).projects).toHaveLength(1);
    expect(s.exports.variants.list().map((v) => v.name)).toEqual(['Backend – Acme (2)']);
    s.exports.variants.delete(variant.id);
    expect(s.exports.variants.list()).toEqual([]);
    expect(() => s.exports.variants.save({ name: ' ', selection: { mode: 'showcased' } })).toThrow(/name/);
    expect(() => s.exports.variants.save({ name: 'x', selection: { mode: 'role', role: 'astronaut' } as never })).toThrow();
    s.close();
  });

  it('a variant whose target was deleted says so', async () => {
    const s = openSample(tempDir());
    const target = s.gaps.saveTarget({ name: 'Gone', posting: '', technologies: ['Go'] });
    const variant = s.exports.variants.save({ name: 'Gone', selection: { mode: 'target', targetId: target.id } });
    s.gaps.deleteTarget(target.id);
    await expect(s.exports.export({ format: 'html', variantId: variant.id })).rejects.toThrow(/target no longer exists/);
    s.close();
  });
});

describe('private work in every format', () => {
  const tempDir = useTempDir();

  it('hides repository links and the client name in Markdown, HTML, PDF and JSON Resume', async () => {
    const dir = tempDir();
    const s = openSample(dir);
    const p = s.portfolio.create({
      title: 'Globex Corporation billing revamp',
      summary: 'Rebuilt invoicing for Globex Corporation. Globex now closes its books in a day.',
      tags: ['Go', 'PostgreSQL'],
      highlights: ['Worked with the Globex finance team'],
      results: ['Globex month-end close 5 days → 1 day'],
      links: [
        { type: 'repository', url: 'https://github.com/globex/billing' },
        { type: 'demo', url: 'https://billing-demo.example.com' },
      ],
      startDate: '2025-01',
    });
    const q = s.portfolio.list({ search: 'Bookshop' }).projects[0];
    s.exports.projectOptions.set(p.id, { anonymizeClient: true, clientNames: ['Globex Corporation', 'Globex'], clientReplacement: 'a logistics company' });
    s.exports.projectOptions.set(q.id, { hideRepositoryLink: true });
    expect(s.exports.projectOptions.get(p.id)).toMatchObject({ anonymizeClient: true, clientNames: ['Globex Corporation', 'Globex'], hideRepositoryLink: false });
    expect(() => s.exports.projectOptions.set(p.id, { clientNames: [], anonymousTitle: '' })).toThrow(/Name the client/);

    for (const format of EXPORT_FORMATS) {
      const { content } = await s.exports.export({ format });
      let text = decode(content);
      if (format === 'pdf') {
        const path = join(dir, 'x.pdf');
        writeFileSync(path, content);
        text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      }
      expect(text, format).not.toMatch(/globex/i);
      expect(text, format).toContain('A logistics company billing revamp');
      expect(text, format).toContain('billing-demo.example.com');
      expect(text, format).not.toContain('github.com/sample-dev/bookshop');
      expect(text, format).toContain('bookshop.example.com');
    }
    s.close();
  });
});

describe('profile', () => {
  const tempDir = useTempDir();

  it('stores and validates the header fields', () => {
    const s = openSample(tempDir(), { sample: false });
    expect(s.exports.profile.get()).toEqual({ name: '', headline: '', email: '', website: '', github: '', location: '' });
    expect(s.exports.profile.set({ name: ' Ada ', github: 'https://github.com/ada-l/' })).toMatchObject({ name: 'Ada', github: 'ada-l' });
    expect(() => s.exports.profile.set({ website: 'javascript:alert(1)' })).toThrow(/web address/);
    expect(() => s.exports.profile.set({ email: 'not-an-email' })).toThrow(/email/);
    expect(() => s.exports.profile.set({ github: 'bad/login' })).toThrow(/GitHub login/);
    expect(s.exports.profile.get().name).toBe('Ada');
    s.close();
  });
});
