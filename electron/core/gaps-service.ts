/**
 * Gap analysis over the stored portfolio: loads projects, linked repositories' documentation
 * status, the chosen target and dismissed rules, and runs the pure engine from shared/gaps.
 */
import { analyzeGaps, type GapReport, type RepoDocInfo, type RoleId } from '../../shared/gaps';
import { extractTechnologies } from '../../shared/job-posting';
import type { SavedTarget } from '../../shared/ipc-contract';
import type { Db } from './db/connection';
import { AppError } from './errors';
import type { Clock, PortfolioService } from './portfolio-service';

export type { SavedTarget };

interface TargetRow {
  id: string;
  name: string;
  posting: string;
  technologies: string;
  created_at: string;
  updated_at: string;
}

export interface GapsRequest {
  role?: RoleId;
  /** A saved target by id. */
  targetId?: string | null;
  /** A pasted posting, analysed without saving. */
  jobText?: string | null;
}

export interface GapsDeps {
  db: Db;
  portfolio: PortfolioService;
  clock: Clock;
  /** Documentation status of repositories linked to projects; empty until sync exists. */
  repoDocs?: () => RepoDocInfo[];
  newId?: () => string;
}

function toTarget(r: TargetRow): SavedTarget {
  return { id: r.id, name: r.name, posting: r.posting, technologies: JSON.parse(r.technologies) as string[], createdAt: r.created_at, updatedAt: r.updated_at };
}

/** The technologies a posting names, in the order it names them. */
export function postingTechnologies(text: string): string[] {
  return extractTechnologies(text).map((t) => t.name);
}

export function createGapsService({ db, portfolio, clock, repoDocs = () => [], newId = () => crypto.randomUUID() }: GapsDeps) {
  const stmt = {
    targets: db.prepare('SELECT * FROM targets ORDER BY name COLLATE NOCASE'),
    target: db.prepare('SELECT * FROM targets WHERE id = ?'),
    targetByName: db.prepare('SELECT * FROM targets WHERE name = ? COLLATE NOCASE'),
    insertTarget: db.prepare(
      'INSERT INTO targets (id, name, posting, technologies, created_at, updated_at) VALUES (@id, @name, @posting, @technologies, @created_at, @updated_at)',
    ),
    updateTarget: db.prepare('UPDATE targets SET name = @name, posting = @posting, technologies = @technologies, updated_at = @updated_at WHERE id = @id'),
    deleteTarget: db.prepare('DELETE FROM targets WHERE id = ?'),
    dismissed: db.prepare('SELECT rule_id FROM dismissed_rules ORDER BY rule_id'),
    dismiss: db.prepare('INSERT OR REPLACE INTO dismissed_rules (rule_id, dismissed_at) VALUES (?, ?)'),
    undismiss: db.prepare('DELETE FROM dismissed_rules WHERE rule_id = ?'),
  };

  function getTarget(id: string): SavedTarget {
    const row = stmt.target.get(id) as TargetRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That job target no longer exists.');
    return toTarget(row);
  }

  return {
    analyze(req: GapsRequest = {}): GapReport {
      let target: { name?: string; technologies: string[] } | null = null;
      if (req.targetId) {
        const t = getTarget(req.targetId);
        target = { name: t.name, technologies: t.technologies };
      } else if (req.jobText && req.jobText.trim()) {
        target = { name: 'Job posting', technologies: postingTechnologies(req.jobText) };
      }
      return analyzeGaps({
        projects: portfolio.list({ sort: 'title' }).projects,
        role: req.role ?? 'backend',
        repoDocs: repoDocs(),
        target,
        dismissedRules: (stmt.dismissed.all() as Array<{ rule_id: string }>).map((r) => r.rule_id),
      });
    },
    listTargets(): SavedTarget[] {
      return (stmt.targets.all() as TargetRow[]).map(toTarget);
    },
    getTarget,
    findTarget(name: string): SavedTarget | null {
      const row = stmt.targetByName.get(name) as TargetRow | undefined;
      return row ? toTarget(row) : null;
    },
    /** Saves a named target; its technologies come from the posting unless given. */
    saveTarget(input: { id?: string; name: string; posting: string; technologies?: string[] }): SavedTarget {
      const name = input.name.trim();
      if (!name) throw new AppError('VALIDATION', 'Give the target a name.', [{ path: 'name', message: 'Give the target a name.' }]);
      const technologies = input.technologies ?? postingTechnologies(input.posting);
      const now = clock.now().toISOString();
      const clash = stmt.targetByName.get(name) as TargetRow | undefined;
      if (clash && clash.id !== input.id) {
        throw new AppError('VALIDATION', `A target named "${name}" already exists.`, [{ path: 'name', message: 'That name is taken.' }]);
      }
      const row = { id: input.id ?? newId(), name, posting: input.posting, technologies: JSON.stringify(technologies), updated_at: now };
      if (input.id) {
        getTarget(input.id);
        stmt.updateTarget.run(row);
      } else {
        stmt.insertTarget.run({ ...row, created_at: now });
      }
      return getTarget(row.id);
    },
    deleteTarget(id: string): void {
      getTarget(id);
      stmt.deleteTarget.run(id);
    },
    dismissRule(ruleId: string, dismissed: boolean): string[] {
      if (dismissed) stmt.dismiss.run(ruleId, clock.now().toISOString());
      else stmt.undismiss.run(ruleId);
      return (stmt.dismissed.all() as Array<{ rule_id: string }>).map((r) => r.rule_id);
    },
  };
}

export type GapsService = ReturnType<typeof createGapsService>;
