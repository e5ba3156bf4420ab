/** Presentation helpers for the gap report: labels, ordering, and opening a project from evidence. */
import type { Evidence, GapReport, RepositoryDocs, RuleFinding } from '../../../shared/gaps';
import type { Weight } from '../../../shared/gaps/model';
import { KIND_LABELS, type ProjectKind } from '../../../shared/types';
import { useUiStore } from '../stores/ui-store';
import { useProjectsStore } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';

export type DisplayStatus = RuleFinding['status'] | 'not-relevant' | 'no-target';

export const STATUS_TEXT: Record<DisplayStatus, string> = {
  met: 'Met',
  partial: 'Partial',
  missing: 'Missing',
  'not-relevant': 'Not relevant',
  'no-target': 'Needs a target',
};

export const WEIGHT_TEXT: Record<Weight, string> = { essential: 'Essential', important: 'Important', nice: 'Nice to have' };

const WEIGHT_ORDER: Record<Weight, number> = { essential: 0, important: 1, nice: 2 };
const STATUS_ORDER = { missing: 0, partial: 1, met: 2 } as const;

/**
 * What the badge says: a rule the user dismissed is "not relevant" (unless it still counts, being
 * met), and the targeted-tech rule waits for a target; neither of those is the user's gap.
 */
export function displayStatus(f: RuleFinding): DisplayStatus {
  if (f.counted) return f.status;
  return f.dismissed ? 'not-relevant' : 'no-target';
}

/** Missing and partial rules that count, essential first, then missing before partial. */
export function topGaps(report: GapReport, limit = 5): RuleFinding[] {
  return report.rules
    .filter((f) => f.counted && f.status !== 'met')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => WEIGHT_ORDER[a.f.weight] - WEIGHT_ORDER[b.f.weight] || STATUS_ORDER[a.f.status] - STATUS_ORDER[b.f.status] || a.i - b.i)
    .slice(0, limit)
    .map(({ f }) => f);
}

/** Met rules that count, essential first. */
export function strengths(report: GapReport): RuleFinding[] {
  return report.rules
    .filter((f) => f.counted && f.status === 'met')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => WEIGHT_ORDER[a.f.weight] - WEIGHT_ORDER[b.f.weight] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * The evidence to show when space is short: one piece per project, a project kind before a tag
 * (a project marked CRUD says more than its database tag), in the report's order otherwise.
 */
export function condenseEvidence(evidence: Evidence[]): Evidence[] {
  const rank = (e: Evidence) => (e.kind ? 0 : e.tag ? 1 : 2);
  const sorted = evidence.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const { e } of sorted) {
    if (seen.has(e.projectId)) continue;
    seen.add(e.projectId);
    out.push(e);
  }
  return out;
}

/** Whether any counted rule falls in the area (an area whose rules were all dismissed has no score). */
export function areaCounted(report: GapReport, area: string): boolean {
  return report.rules.some((f) => f.area === area && f.counted);
}

/** What a piece of evidence shows, besides its project: the tag, kind or repository. */
export function evidenceWhat(e: Evidence): string | null {
  if (e.tag) return e.tag;
  if (e.kind) return KIND_LABELS[e.kind as ProjectKind] ?? e.kind;
  if (e.repository) return e.repository.replace(/^https?:\/\/(www\.)?/, '');
  return null;
}

export function sourceText(e: Pick<Evidence, 'source'>): string {
  return e.source === 'detected' ? 'detected' : 'added by you';
}

/** A one-line accessible description of a piece of evidence. */
export function evidenceLabel(e: Evidence): string {
  const what = evidenceWhat(e);
  const detail = e.evidence ? `: ${e.evidence}` : '';
  return `${e.project}${what ? `, ${what}` : ''} (${sourceText(e)}${detail}). Open the project.`;
}

/** Opens a project in the Projects screen's editor. */
export function openProject(projectId: string): void {
  useUiStore.getState().go('projects');
  useProjectsStore.getState().select(projectId);
  void useEditorStore.getState().openExisting(projectId);
}

export type RepoDocState = 'good' | 'basic' | 'stub' | 'missing' | 'unsynced';

export interface RepoDoc {
  url: string;
  projectId: string;
  project: string;
  state: RepoDocState;
  /** What holds the README back, as the rating gave it. */
  detail: string | null;
}

export const DOC_TEXT: Record<RepoDocState, string> = {
  good: 'Good README',
  basic: 'Basic README',
  stub: 'Stub README',
  missing: 'No README',
  unsynced: 'Not rated yet',
};

/** Linked repositories' documentation status, as the report or `gaps:repositories` gives it, for the README card. */
export function repoDocs(repositories: readonly RepositoryDocs[]): RepoDoc[] {
  return repositories.map((r) => ({
    url: r.url,
    projectId: r.projectId,
    project: r.project,
    state: r.docStatus ?? 'unsynced',
    // Each reason reads "what is missing: what to add"; the card names what is missing, the
    // repository's details say what to add.
    detail: r.docStatus && r.docStatus !== 'good' && r.reasons.length ? r.reasons.map((x) => x.split(': ')[0]).join('; ') : null,
  }));
}
