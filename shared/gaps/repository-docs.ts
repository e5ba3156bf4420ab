/**
 * What a screen shows of the linked repositories' documentation: the ones whose README needs
 * work first, the head of that list, and how many there are of each. Pure.
 */
import type { GapReport, RepositoryDocs } from './analyze';

/** Missing first, then stub, basic, not rated yet, good. */
const ORDER: Record<NonNullable<RepositoryDocs['docStatus']> | 'unsynced', number> = { missing: 0, stub: 1, basic: 2, unsynced: 3, good: 4 };

/** The repositories, those that need work first (the report's order kept within each state). */
export function worstFirst(repositories: readonly RepositoryDocs[]): RepositoryDocs[] {
  return [...repositories].sort((a, b) => ORDER[a.docStatus ?? 'unsynced'] - ORDER[b.docStatus ?? 'unsynced']);
}

/** How many linked repositories there are, how many are rated, and how many of those are good. */
export interface RepositoryCounts {
  total: number;
  synced: number;
  good: number;
}

/**
 * The report as a screen reads it: `repositories` holds only the first `shown` of them, worst
 * first, and `repositoryCounts` counts them all (the rest are asked for when the user wants them).
 */
export type GapSummary = GapReport & { repositoryCounts: RepositoryCounts };

/** How many repositories a summary carries: what the Dashboard's card lists before "Show all". */
export const REPOSITORIES_SHOWN = 8;

export function summarizeReport(report: GapReport, shown = REPOSITORIES_SHOWN): GapSummary {
  let synced = 0;
  let good = 0;
  for (const r of report.repositories) {
    if (r.docStatus) synced++;
    if (r.docStatus === 'good') good++;
  }
  return { ...report, repositories: worstFirst(report.repositories).slice(0, shown), repositoryCounts: { total: report.repositories.length, synced, good } };
}
