import type { Migration } from './index';

/** Evidence from a README line or a topic only, as the detection stored it before strengths existed. */
function mentionedOnly(evidence: string | null): boolean {
  if (!evidence) return false;
  const reasons = evidence.replace(/^[^:]*?:\s/, '').split('; ');
  return reasons.length > 0 && reasons.every((r) => /^(README mentions |tagged with the topic )/.test(r));
}

/**
 * Evidence strength and authorship. Synced repositories record when GitHub last changed them
 * (`updated_at`: metadata edited without a push), whose they are (owner type, parent of a fork)
 * and the account's share of their commits. Project tags record whether their evidence is
 * demonstrated or only mentioned, and whether it comes only from repositories the user barely
 * contributed to. Existing detected tags get their strength from their evidence text, in the
 * table and in each project's JSON copy of its children.
 */
export const migration005: Migration = {
  version: 5,
  name: 'evidence-strength-and-authorship',
  up(db) {
    db.exec(`
      ALTER TABLE github_repositories ADD COLUMN updated_at TEXT;
      ALTER TABLE github_repositories ADD COLUMN owner_type TEXT CHECK (owner_type IN ('User', 'Organization'));
      ALTER TABLE github_repositories ADD COLUMN parent TEXT;
      ALTER TABLE github_repositories ADD COLUMN commits_total INTEGER CHECK (commits_total >= 0);
      ALTER TABLE github_repositories ADD COLUMN commits_authored INTEGER CHECK (commits_authored >= 0);
      ALTER TABLE project_tags ADD COLUMN strength TEXT CHECK (strength IN ('demonstrated', 'mentioned'));
      ALTER TABLE project_tags ADD COLUMN minor_contribution INTEGER NOT NULL DEFAULT 0 CHECK (minor_contribution IN (0, 1));
    `);
    const setTag = db.prepare('UPDATE project_tags SET strength = ? WHERE project_id = ? AND name_key = ?');
    const setChildren = db.prepare('UPDATE projects SET children = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, children FROM projects').all() as Array<{ id: string; children: string }>;
    for (const row of rows) {
      let children: { tags?: Array<{ name: string; source?: string; evidence?: string | null; strength?: string }> };
      try {
        children = JSON.parse(row.children) as typeof children;
      } catch {
        continue;
      }
      let changed = false;
      for (const tag of children.tags ?? []) {
        if (tag.source !== 'detected' || tag.strength) continue;
        tag.strength = mentionedOnly(tag.evidence ?? null) ? 'mentioned' : 'demonstrated';
        setTag.run(tag.strength, row.id, tag.name.trim().toLowerCase());
        changed = true;
      }
      if (changed) setChildren.run(JSON.stringify(children), row.id);
    }
  },
};
