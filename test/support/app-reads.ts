import { expect } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { ROLES } from '../../shared/gaps';

/**
 * Opens the database the way the app does and reads everything a screen, an export or the
 * analysis reads, touching values the way the renderer does (iterating lists, lower-casing
 * text, formatting dates). Throws if any of it cannot be read.
 */
export async function appStillWorks(dbPath: string): Promise<void> {
  const core = openCore(dbPath);
  try {
    const { projects } = core.portfolio.list({});
    for (const p of projects) {
      expect(core.portfolio.get(p.id).id).toBe(p.id);
      for (const list of [p.links, p.tags, p.kinds, p.highlights, p.results]) expect([...list].length).toBeGreaterThanOrEqual(0);
      p.title.toLowerCase();
      p.summary.toLowerCase();
      for (const t of p.tags) t.name.toLowerCase();
      for (const l of p.links) new URL(l.url);
      expect(Number.isNaN(Date.parse(p.updatedAt))).toBe(false);
      core.github.linking.linkedRepositories(p.id);
      core.exports.projectOptions.get(p.id);
    }
    core.portfolio.list({ search: 'api', sort: 'title' });
    core.portfolio.tagCounts();
    for (const role of ROLES) core.gaps.analyze({ role: role.id });
    for (const t of core.gaps.listTargets()) {
      expect([...t.technologies].every((x) => typeof x === 'string')).toBe(true);
      core.gaps.analyze({ targetId: t.id });
    }
    core.exports.profile.get();
    for (const format of ['html', 'markdown', 'json-resume'] as const) await core.exports.export({ format });
    for (const v of core.exports.variants.list()) await core.exports.export({ format: v.format === 'pdf' ? 'html' : v.format, variantId: v.id });
    for (const a of await core.github.accounts.list()) new URL(a.apiUrl);
    for (const r of core.github.repositories.list()) {
      expect([...r.languages, ...r.topics, ...r.technologies, ...r.kinds, ...r.warnings].length).toBeGreaterThanOrEqual(0);
      r.fullName.toLowerCase();
    }
    core.githubJobs.lastChanges();
    core.backups.create();
  } finally {
    core.close();
  }
}
