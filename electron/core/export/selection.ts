/**
 * Which projects an export holds and in which order, when Showcase picks them: for a role (the
 * projects that carry the most weighty advice first, as the gap engine sees them) or for a job
 * target (the projects that demonstrate most of its technologies first). Pure.
 */
import { analyzeGaps } from '../../../shared/gaps';
import { impliedIds, resolveTagTech } from '../../../shared/gaps/facts';
import { ruleWeight, WEIGHT_POINTS, type RoleId, type RuleId } from '../../../shared/gaps/model';
import { findTechnology } from '../../../shared/taxonomy';
import type { Project } from '../../../shared/types';
import { confirmedTags } from '../../../shared/confirmed';

/** Ongoing work first, then by end date, then start date, newest first; then by title. */
export function byRecency(a: Project, b: Project): number {
  const end = (p: Project) => p.endDate ?? (p.status === 'in-progress' ? '9999' : '');
  return end(b).localeCompare(end(a)) || (b.startDate ?? '').localeCompare(a.startDate ?? '') || a.title.localeCompare(b.title, 'en');
}

function stableSort(projects: readonly Project[], score: (p: Project) => number): Project[] {
  return [...projects].sort((a, b) => score(b) - score(a) || byRecency(a, b));
}

/** The technologies (of a list, by name or alias) that a project demonstrates through its confirmed tags. */
export function demonstratedTechnologies(project: Project, technologies: readonly string[]): string[] {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const tag of confirmedTags(project)) {
    names.add(tag.name.trim().toLowerCase());
    const tech = resolveTagTech(tag);
    if (tech) for (const id of impliedIds(tech.id)) ids.add(id);
  }
  return technologies.filter((name) => {
    const tech = findTechnology(name);
    return tech ? ids.has(tech.id) : names.has(name.trim().toLowerCase());
  });
}

export function orderForTechnologies(projects: readonly Project[], technologies: readonly string[]): Project[] {
  const scores = new Map(projects.map((p) => [p.id, demonstratedTechnologies(p, technologies).length]));
  return stableSort(projects, (p) => scores.get(p.id) ?? 0);
}

interface RuleOutcome {
  id: RuleId;
  status?: 'met' | 'partial' | 'missing';
  dismissed?: boolean;
  evidence?: Array<{ projectId?: string }>;
}

/** Points per project: the weight (for the role) of every advice rule the project is evidence for. */
export function roleScores(projects: readonly Project[], role: RoleId): Map<string, number> {
  const report = analyzeGaps({ projects: [...projects], role, repoDocs: [], target: null, dismissedRules: [], evidenceProjectLimit: Infinity }) as { rules?: RuleOutcome[] };
  const scores = new Map<string, number>(projects.map((p) => [p.id, 0]));
  for (const rule of report.rules ?? []) {
    const points = WEIGHT_POINTS[ruleWeight(role, rule.id)] * (rule.status === 'partial' ? 0.5 : 1);
    const ids = new Set((rule.evidence ?? []).map((e) => e.projectId).filter((id): id is string => !!id));
    for (const id of ids) if (scores.has(id)) scores.set(id, scores.get(id)! + points);
  }
  return scores;
}

export function orderForRole(projects: readonly Project[], role: RoleId): Project[] {
  const scores = roleScores(projects, role);
  return stableSort(projects, (p) => scores.get(p.id) ?? 0);
}
