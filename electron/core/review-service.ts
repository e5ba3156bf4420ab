/**
 * The review queue: every detected suggestion waiting for the user's word, across projects and
 * the repositories they link, with its evidence and strength; accepting or rejecting one,
 * several, or all of a project's or a repository's at once; and undoing the last decisions.
 * Decisions go through the portfolio (the same path as accepting a tag in the editor); reads go
 * through the review repository.
 */
import type { Db } from './db/connection';
import { createReviewRepository, type LinkRow, type PendingRow } from './db/review-repository';
import { tagKey } from './db/project-repository';
import { AppError } from './errors';
import type { PortfolioService } from './portfolio-service';
import type {
  PendingSuggestion,
  ReviewDecisionResult,
  ReviewFilter,
  ReviewQueue,
  ReviewUndoResult,
  ReviewVerdict,
  SuggestionRef,
} from '../../shared/review-types';
import { KIND_LABELS, type ProjectKind } from '../../shared/types';

export interface ReviewDeps {
  db: Db;
  portfolio: PortfolioService;
}

/** Decisions kept for undo, newest last. */
const UNDO_DEPTH = 50;

interface Decision {
  verdict: ReviewVerdict;
  refs: SuggestionRef[];
}

/** The linked repository an evidence line names ("owner/name: …" or "owner/name (a fork): …"). */
function repositoryOf(evidence: string | null, linked: readonly LinkRow[]): PendingSuggestion['repository'] {
  if (!evidence || !linked.length) return null;
  const lower = evidence.toLowerCase();
  const hit = linked.find((l) => {
    const name = l.fullName.toLowerCase();
    return lower.startsWith(`${name}:`) || lower.startsWith(`${name} (`);
  });
  return hit ? { id: hit.repositoryId, fullName: hit.fullName } : null;
}

function toSuggestion(row: PendingRow, linked: readonly LinkRow[]): PendingSuggestion {
  return {
    projectId: row.projectId,
    projectTitle: row.projectTitle,
    type: row.type,
    name: row.name,
    label: row.type === 'kind' ? (KIND_LABELS[row.name as ProjectKind] ?? row.name) : row.name,
    techId: row.techId,
    evidence: row.evidence,
    strength: row.type === 'tag' ? (row.strength ?? 'demonstrated') : null,
    minorContribution: row.minorContribution === 1,
    repository: repositoryOf(row.evidence, linked),
  };
}

const refKey = (r: SuggestionRef) => `${r.projectId}\u0000${r.type}\u0000${r.type === 'tag' ? tagKey(r.name) : r.name}`;

export function createReviewService({ db, portfolio }: ReviewDeps) {
  const repo = createReviewRepository(db);
  const undoStack: Decision[] = [];

  function pending(filter: ReviewFilter = {}): PendingSuggestion[] {
    const links = repo.links();
    const byProject = new Map<string, LinkRow[]>();
    for (const l of links) byProject.set(l.projectId, [...(byProject.get(l.projectId) ?? []), l]);
    return repo
      .pending()
      .filter((r) => !filter.projectId || r.projectId === filter.projectId)
      .map((r) => toSuggestion(r, byProject.get(r.projectId) ?? []))
      .filter((s) => !filter.repositoryId || s.repository?.id === filter.repositoryId);
  }

  /** Writes `state` to the refs, project by project, in one transaction. */
  function write(refs: readonly SuggestionRef[], state: 'accepted' | 'rejected' | 'suggested'): void {
    const byProject = new Map<string, SuggestionRef[]>();
    for (const r of refs) byProject.set(r.projectId, [...(byProject.get(r.projectId) ?? []), r]);
    for (const [projectId, list] of byProject) portfolio.setStates(projectId, list.map((r) => ({ type: r.type, name: r.name, state })));
  }

  function result(decided: number): ReviewDecisionResult {
    return { decided, remaining: repo.pendingCount(), canUndo: undoStack.length > 0 };
  }

  const service = {
    list(filter: ReviewFilter = {}): ReviewQueue {
      return { suggestions: pending(filter), total: repo.pendingCount(), canUndo: undoStack.length > 0 };
    },
    pendingCount: () => repo.pendingCount(),
    /** Accepts or rejects the given suggestions; each must still be pending. */
    decide(refs: readonly SuggestionRef[], verdict: ReviewVerdict): ReviewDecisionResult {
      if (!refs.length) return result(0);
      return db.transaction(() => {
        const open = new Map(pending().map((s) => [refKey(s), s]));
        const chosen = new Map<string, SuggestionRef>();
        for (const r of refs) {
          const s = open.get(refKey(r));
          if (!s) throw new AppError('NOT_FOUND', `“${r.name}” is not a suggestion waiting for review on that project.`);
          chosen.set(refKey(r), { projectId: s.projectId, type: s.type, name: s.name });
        }
        const list = [...chosen.values()];
        write(list, verdict);
        undoStack.push({ verdict, refs: list });
        if (undoStack.length > UNDO_DEPTH) undoStack.shift();
        return result(list.length);
      })();
    },
    /** Accepts or rejects every pending suggestion of a project, of a repository, or (without a filter) of the portfolio. */
    decideAll(filter: ReviewFilter, verdict: ReviewVerdict): ReviewDecisionResult {
      const refs = pending(filter).map((s) => ({ projectId: s.projectId, type: s.type, name: s.name }));
      return service.decide(refs, verdict);
    },
    /** Puts the suggestions of the last decision back to pending (those the user has not changed since). */
    undo(): ReviewUndoResult {
      const last = undoStack.pop();
      if (!last) return { restored: 0, remaining: repo.pendingCount(), canUndo: false };
      const restored = db.transaction(() => {
        const still: SuggestionRef[] = [];
        for (const r of last.refs) {
          let project;
          try {
            project = portfolio.get(r.projectId);
          } catch {
            continue; // deleted since
          }
          const entry = r.type === 'tag' ? project.tags.find((t) => tagKey(t.name) === tagKey(r.name)) : project.kinds.find((k) => k.kind === r.name);
          if (entry && entry.source === 'detected' && entry.state === last.verdict) still.push(r);
        }
        write(still, 'suggested');
        return still.length;
      })();
      return { restored, remaining: repo.pendingCount(), canUndo: undoStack.length > 0 };
    },
  };
  return service;
}

export type ReviewService = ReturnType<typeof createReviewService>;
