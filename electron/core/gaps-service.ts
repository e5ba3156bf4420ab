/**
 * Gap analysis over the stored portfolio: loads projects, linked repositories' documentation
 * status, the chosen target and dismissed rules, and runs the pure engine from shared/gaps.
 */
import { analyzeGaps, type GapInput, type GapReport, type RepoDocInfo, type RoleId } from '../../shared/gaps';
import { extractTechnologies } from '../../shared/job-posting';
import type { SavedTarget } from '../../shared/ipc-contract';
import { revisionReader, type Db } from './db/connection';
import { createDismissedRuleRepository, createTargetRepository } from './db/target-repository';
import { AppError } from './errors';
import type { Clock, PortfolioService } from './portfolio-service';

export type { SavedTarget };

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
  /**
   * Documentation status of repositories linked to projects; empty until sync exists. Read from
   * `db`: a report is kept until the data changes.
   */
  repoDocs?: () => RepoDocInfo[];
  newId?: () => string;
}

/** The technologies a posting names, in the order it names them. */
export function postingTechnologies(text: string): string[] {
  return extractTechnologies(text).map((t) => t.name);
}

export function createGapsService({ db, portfolio, clock, repoDocs = () => [], newId = () => crypto.randomUUID() }: GapsDeps) {
  const targets = createTargetRepository(db);
  const dismissed = createDismissedRuleRepository(db);
  // Reports by request, for the data revision they were computed at: the Dashboard and the Gaps
  // screen ask again on every visit, and a sync asks before and after.
  const revision = revisionReader(db);
  let cachedAt = '';
  const reports = new Map<string, GapReport>();
  // What every report at this revision reads: another role or target reuses it.
  let inputs: Pick<GapInput, 'projects' | 'repoDocs' | 'dismissedRules'> | null = null;

  function getTarget(id: string): SavedTarget {
    const target = targets.get(id);
    if (!target) throw new AppError('NOT_FOUND', 'That job target no longer exists.');
    return target;
  }

  function compute(req: GapsRequest): GapReport {
    let target: { name?: string; technologies: string[] } | null = null;
    if (req.targetId) {
      const t = getTarget(req.targetId);
      target = { name: t.name, technologies: t.technologies };
    } else if (req.jobText && req.jobText.trim()) {
      target = { name: 'Job posting', technologies: postingTechnologies(req.jobText) };
    }
    inputs ??= { projects: portfolio.list({ sort: 'title' }).projects, repoDocs: repoDocs(), dismissedRules: dismissed.list() };
    return analyzeGaps({ ...inputs, role: req.role ?? 'backend', target });
  }

  return {
    /** The report for the request; the same object until the data changes (callers must not change it). */
    analyze(req: GapsRequest = {}): GapReport {
      const at = revision();
      if (at !== cachedAt) {
        reports.clear();
        inputs = null;
        cachedAt = at;
      }
      const key = JSON.stringify([req.role ?? 'backend', req.targetId ?? null, req.targetId ? null : (req.jobText ?? null)]);
      let report = reports.get(key);
      if (!report) {
        report = compute(req);
        // Pasted postings vary without end; a few are kept.
        if (reports.size >= 16) reports.delete(reports.keys().next().value as string);
        reports.set(key, report);
      }
      return report;
    },
    listTargets(): SavedTarget[] {
      return targets.list();
    },
    getTarget,
    findTarget(name: string): SavedTarget | null {
      return targets.findByName(name);
    },
    /** Saves a named target; its technologies come from the posting unless given. */
    saveTarget(input: { id?: string; name: string; posting: string; technologies?: string[] }): SavedTarget {
      const name = input.name.trim();
      if (!name) throw new AppError('VALIDATION', 'Give the target a name.', [{ path: 'name', message: 'Give the target a name.' }]);
      const technologies = input.technologies ?? postingTechnologies(input.posting);
      const now = clock.now().toISOString();
      const clash = targets.findByName(name);
      if (clash && clash.id !== input.id) {
        throw new AppError('VALIDATION', `A target named "${name}" already exists.`, [{ path: 'name', message: 'That name is taken.' }]);
      }
      const row = { id: input.id ?? newId(), name, posting: input.posting, technologies: JSON.stringify(technologies), updated_at: now };
      if (input.id) {
        getTarget(input.id);
        targets.update(row);
      } else {
        targets.insert({ ...row, created_at: now });
      }
      return getTarget(row.id);
    },
    deleteTarget(id: string): void {
      getTarget(id);
      targets.delete(id);
    },
    dismissRule(ruleId: string, isDismissed: boolean): string[] {
      if (isDismissed) dismissed.add(ruleId, clock.now().toISOString());
      else dismissed.remove(ruleId);
      return dismissed.list();
    },
  };
}

export type GapsService = ReturnType<typeof createGapsService>;
