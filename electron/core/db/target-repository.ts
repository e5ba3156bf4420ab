/** Prepared statements and row mapping for job targets (`targets`) and dismissed advice (`dismissed_rules`). */
import type { Db } from './connection';
import type { SavedTarget } from '../../../shared/ipc-contract';

export interface TargetRow {
  id: string;
  name: string;
  posting: string;
  technologies: string;
  created_at: string;
  updated_at: string;
}

function toTarget(r: TargetRow): SavedTarget {
  return { id: r.id, name: r.name, posting: r.posting, technologies: JSON.parse(r.technologies) as string[], createdAt: r.created_at, updatedAt: r.updated_at };
}

export function createTargetRepository(db: Db) {
  const stmt = {
    list: db.prepare('SELECT * FROM targets ORDER BY name COLLATE NOCASE'),
    get: db.prepare('SELECT * FROM targets WHERE id = ?'),
    byName: db.prepare('SELECT * FROM targets WHERE name = ? COLLATE NOCASE'),
    insert: db.prepare(
      'INSERT INTO targets (id, name, posting, technologies, created_at, updated_at) VALUES (@id, @name, @posting, @technologies, @created_at, @updated_at)',
    ),
    update: db.prepare('UPDATE targets SET name = @name, posting = @posting, technologies = @technologies, updated_at = @updated_at WHERE id = @id'),
    delete: db.prepare('DELETE FROM targets WHERE id = ?'),
  };
  const map = (r: TargetRow | undefined): SavedTarget | null => (r ? toTarget(r) : null);
  return {
    list: (): SavedTarget[] => (stmt.list.all() as TargetRow[]).map(toTarget),
    get: (id: string): SavedTarget | null => map(stmt.get.get(id) as TargetRow | undefined),
    /** The target with this name, ignoring case. */
    findByName: (name: string): SavedTarget | null => map(stmt.byName.get(name) as TargetRow | undefined),
    insert: (row: TargetRow): void => void stmt.insert.run(row),
    update: (row: Omit<TargetRow, 'created_at'>): void => void stmt.update.run(row),
    delete: (id: string): void => void stmt.delete.run(id),
  };
}

export function createDismissedRuleRepository(db: Db) {
  const stmt = {
    list: db.prepare('SELECT rule_id FROM dismissed_rules ORDER BY rule_id'),
    add: db.prepare('INSERT OR REPLACE INTO dismissed_rules (rule_id, dismissed_at) VALUES (?, ?)'),
    remove: db.prepare('DELETE FROM dismissed_rules WHERE rule_id = ?'),
  };
  return {
    /** Ids of the dismissed rules, sorted. */
    list: (): string[] => (stmt.list.all() as Array<{ rule_id: string }>).map((r) => r.rule_id),
    add: (ruleId: string, at: string): void => void stmt.add.run(ruleId, at),
    remove: (ruleId: string): void => void stmt.remove.run(ruleId),
  };
}
