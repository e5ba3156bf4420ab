/** The gap engine: showcased projects in, a deterministic report of rules met and missing out. */
import { normalizeTechKey, resolveTag, technologyById } from '../taxonomy';
import type { Project, ProjectKind } from '../types';
import { evaluateRule, type EvalContext, type Outcome, type RepoDocInfo, type ResolvedTarget } from './evaluate';
import { EVIDENCE_PROJECT_LIMIT, kindEvidence, sortEvidence, tagEvidence, type Evidence } from './facts';
import { AREAS, DEFAULT_ROLE, ROLES, RULES, WEIGHT_POINTS, ruleWeight, type AreaId, type RoleId, type RuleId, type Weight } from './model';
import { indexPortfolio, kindBits, type Match, type PortfolioIndex, type View } from './portfolio-index';
import { strongestStack, suggestFor } from './suggestions';

export interface GapInput {
  projects: Project[];
  role?: RoleId;
  repoDocs?: RepoDocInfo[];
  target?: { name?: string; technologies: string[] } | null;
  /** Rules the user marked "not relevant to me": listed, but left out of the score. */
  dismissedRules?: string[];
  /** Evidence names at most this many projects per finding (default 25; Infinity for all). */
  evidenceProjectLimit?: number;
}

export interface RuleFinding {
  id: RuleId;
  area: AreaId;
  title: string;
  advice: string;
  status: 'met' | 'partial' | 'missing';
  weight: Weight;
  /** Evidence from the first projects in title order, up to the evidence limit (25 by default). */
  evidence: Evidence[];
  /** How many projects demonstrate the rule in all; the evidence may name fewer. */
  evidenceProjects: number;
  reason?: string;
  /**
   * The finding rests on detections the user has not reviewed: on what the user confirmed alone
   * (their own tags and kinds, and accepted detections) it would be `confirmedStatus`.
   */
  unreviewed?: true;
  confirmedStatus?: 'partial' | 'missing';
  suggestion: string;
  dismissed: boolean;
  /** Whether the finding counts toward the score (not dismissed; targeted-tech only with a target). */
  counted: boolean;
}

/** A repository linked from a showcased project, with its README rating (null: not synced). */
export interface RepositoryDocs {
  url: string;
  projectId: string;
  project: string;
  docStatus: 'missing' | 'stub' | 'basic' | 'good' | null;
  reasons: readonly string[];
}

export interface GapReport {
  role: RoleId;
  score: number;
  areas: Array<{ id: AreaId; score: number }>;
  rules: RuleFinding[];
  /** Every repository showcased projects link, with its documentation status. */
  repositories: RepositoryDocs[];
  target?: {
    name?: string;
    /** `unreviewed`: demonstrated only by detections the user has not reviewed. */
    technologies: Array<{ name: string; demonstrated: boolean; unreviewed?: true; projects: Array<{ projectId: string; project: string }> }>;
  };
}

/** The reasons of a repository not rated yet: none (one shared, read-only list). */
const NO_REASONS: readonly string[] = Object.freeze([]);

const STATUS_VALUE = { met: 1, partial: 0.5, missing: 0 } as const;

/** Weighted share of counted rules met (partial counts half), as a 0-100 integer. */
function scoreOf(findings: RuleFinding[]): number {
  let total = 0;
  let earned = 0;
  for (const f of findings) {
    if (!f.counted) continue;
    const points = WEIGHT_POINTS[f.weight];
    total += points;
    earned += points * STATUS_VALUE[f.status];
  }
  return total ? Math.round((100 * earned) / total) : 0;
}

/**
 * "Not relevant to me" takes a rule out of the score only where that helps the user: a
 * dismissed rule worth more than the current share (a met one, or a partial one under 50) keeps
 * counting, so marking a rule never lowers the score. Best first, so the result is the highest
 * share reachable.
 */
function keepDismissedThatHelp(rules: RuleFinding[], hasTarget: boolean): void {
  let total = 0;
  let earned = 0;
  for (const f of rules) {
    if (!f.counted) continue;
    total += WEIGHT_POINTS[f.weight];
    earned += WEIGHT_POINTS[f.weight] * STATUS_VALUE[f.status];
  }
  const candidates = rules
    .filter((f) => f.dismissed && (f.id !== 'targeted-tech' || hasTarget))
    .sort((a, b) => STATUS_VALUE[b.status] - STATUS_VALUE[a.status]);
  for (const f of candidates) {
    const value = STATUS_VALUE[f.status];
    if (total > 0 && value <= earned / total) break;
    if (total === 0 && value === 0) break;
    f.counted = true;
    total += WEIGHT_POINTS[f.weight];
    earned += WEIGHT_POINTS[f.weight] * value;
  }
}

const repoKeys = new Map<string, string>();
/** github.com/Owner/Repo, http or https, with or without www, a trailing slash or .git: one key. */
function repoKey(url: string): string {
  let key = repoKeys.get(url);
  if (key === undefined) {
    key = url.trim().toLowerCase().replace(/\/+$/, '').replace(/\.git$/, '').replace(/^https?:\/\/(www\.)?/, '');
    if (repoKeys.size < 50_000) repoKeys.set(url, key);
  }
  return key;
}

/**
 * Target technologies that name a whole family: demonstrated by any technology of a category
 * (a posting asking for "SQL" is answered by PostgreSQL) or by a project kind.
 */
const FAMILY_TARGETS: Record<string, { category?: string; kind?: ProjectKind }> = {
  sql: { category: 'sql-database' },
  'ci-cd': { category: 'ci-cd' },
  caching: { category: 'cache' },
  microservices: { kind: 'microservices' },
};

function resolveTarget(input: GapInput['target'], index: PortfolioIndex, view: View): ResolvedTarget | null {
  if (!input) return null;
  const seen = new Set<string>();
  const wanted: Array<{ name: string; techId: string | null; match: Match; kind?: ProjectKind }> = [];
  for (const raw of input.technologies) {
    if (!raw.trim()) continue;
    const { name, techId } = resolveTag(raw);
    const key = techId ?? `custom:${normalizeTechKey(name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const family = techId ? FAMILY_TARGETS[techId] : undefined;
    let match: Match;
    if (techId) {
      const category = family?.category;
      match = { tech: (t) => t.ids.has(techId) || (category !== undefined && t.categories.has(category as never)) };
    } else {
      // A custom technology is found by the tag's name as typed.
      const key = normalizeTechKey(name);
      const keys = new Map<string, boolean>();
      match = {
        name: (tagName) => {
          let hit = keys.get(tagName);
          if (hit === undefined) keys.set(tagName, (hit = normalizeTechKey(tagName) === key));
          return hit;
        },
      };
    }
    wanted.push({ name: techId ? (technologyById(techId)?.name ?? name) : name, techId, match, kind: family?.kind });
  }
  const found = index.collectMatching(
    view,
    wanted.map(({ match, kind }) => ({
      match,
      kinds: kind ? kindBits([kind]) : 0,
      add(r: number, out: Evidence[]) {
        const p = index.facts(r);
        for (const t of index.tagsIn(view, r)) if (match.name ? match.name(t.tag.name) : match.tech(t)) out.push(tagEvidence(p, t));
        if (kind) for (const k of index.kindsIn(view, r)) if (k.kind === kind) out.push(kindEvidence(p, k));
      },
    })),
  );
  const technologies = wanted.map(({ name, techId }, i) => ({ name, techId, demonstrated: found[i].count > 0, evidence: sortEvidence(found[i].evidence) }));
  return { name: input.name, technologies };
}

/** Rules that do not rest on tags: weaker tags cannot change them. */
const NOT_BY_TAGS: ReadonlySet<RuleId> = new Set(['on-github', 'documented', 'targeted-tech']);
const RANK = { missing: 0, partial: 1, met: 2 } as const;

function tagsOf(evidence: Evidence[], pick: (e: Evidence) => boolean): string {
  const names = [...new Set(evidence.filter(pick).map((e) => `${e.tag} (${e.project})`))];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/**
 * Evidence weaker than the user's word or a demonstrated detection: a tag only a README or topic
 * mentions makes a rule `partial` at most, until accepted; a tag only from repositories the user
 * barely contributed to does not count until confirmed, and the reason says so. Rewrites the
 * outcomes in place; returns suggestions for the rules it changed.
 */
function weighWeakEvidence(ctx: EvalContext, outcomes: Map<RuleId, Outcome>): Map<RuleId, string> {
  const suggestions = new Map<RuleId, string>();
  const { anyMentioned, anyMinor } = ctx.index;
  if (!anyMentioned && !anyMinor) return suggestions;
  let withMentioned: EvalContext | null = null;
  let withMinor: EvalContext | null = null;
  for (const rule of RULES) {
    if (NOT_BY_TAGS.has(rule.id)) continue;
    let outcome = outcomes.get(rule.id) as Outcome;
    if (outcome.status === 'met') continue;
    if (anyMentioned) {
      withMentioned ??= { ...ctx, view: 'mentioned' };
      const wider = evaluateRule(rule.id, withMentioned);
      if (RANK[wider.status] > RANK[outcome.status]) {
        const named = tagsOf(wider.evidence, (e) => e.strength === 'mentioned');
        outcome = {
          status: 'partial',
          evidence: wider.evidence,
          projects: wider.projects,
          reason: `Only a README or topics mention what would meet it: ${named}. Accept the tag once you have checked the project uses it.`,
        };
        outcomes.set(rule.id, outcome);
        const first = wider.evidence.find((e) => e.strength === 'mentioned');
        if (first) suggestions.set(rule.id, `Check ${first.tag} on your ${first.project}: only its README or topics mention it. Accept the tag if the project uses it to meet ${rule.id}.`);
      }
    }
    if (anyMinor && outcome.status !== 'met') {
      withMinor ??= { ...ctx, view: 'minor' };
      const wider = evaluateRule(rule.id, withMinor);
      if (RANK[wider.status] > RANK[outcome.status]) {
        const named = tagsOf(wider.evidence, (e) => e.minorContribution === true);
        const note = `${named} ${named.includes(',') ? 'come' : 'comes'} only from repositories you barely contributed to; confirm the tag to count it.`;
        outcomes.set(rule.id, { ...outcome, reason: outcome.reason ? `${outcome.reason} ${note}` : note });
      }
    }
  }
  return suggestions;
}

export function analyzeGaps(input: GapInput): GapReport {
  // The index puts them in title order.
  const projects = input.projects.filter((p) => p.showcased);
  // Evidence names at least one project, so a finding that is met always shows why.
  const limit = Math.max(1, input.evidenceProjectLimit ?? EVIDENCE_PROJECT_LIMIT);
  return analyze(input, indexPortfolio(projects, limit));
}

function analyze(input: GapInput, index: PortfolioIndex): GapReport {
  const role: RoleId = ROLES.some((r) => r.id === input.role) ? (input.role as RoleId) : DEFAULT_ROLE;

  const docs = new Map<string, RepoDocInfo>();
  for (const d of input.repoDocs ?? []) if (!docs.has(repoKey(d.url))) docs.set(repoKey(d.url), d);
  const repoInfos: Array<RepoDocInfo | undefined> = [];
  if (docs.size) index.eachRepository((url, _r, i) => (repoInfos[i] = docs.get(repoKey(url))));
  const target = resolveTarget(input.target, index, 'all');
  const ctx: EvalContext = { index, view: 'all', repoInfo: (i) => repoInfos[i], target };

  const outcomes = new Map<RuleId, Outcome>();
  for (const rule of RULES) outcomes.set(rule.id, evaluateRule(rule.id, ctx));
  const weakSuggestions = weighWeakEvidence(ctx, outcomes);
  // What holds on confirmed evidence alone: findings that would be weaker rest on unreviewed detection.
  let confirmedCtx: EvalContext | null = null;
  if (index.anyUnreviewed) confirmedCtx = { ...ctx, view: 'confirmed', target: resolveTarget(input.target, index, 'confirmed') };

  const stack = strongestStack(index);
  const suggestionCtx = {
    index,
    outcomes,
    language: stack.language,
    framework: stack.framework,
    missingTargets: target?.technologies.filter((t) => !t.demonstrated).map((t) => t.name) ?? [],
  };
  const dismissed = new Set(input.dismissedRules ?? []);
  const hasTarget = !!target && target.technologies.length > 0;

  const rules: RuleFinding[] = RULES.map((rule) => {
    const outcome = outcomes.get(rule.id) as Outcome;
    const isDismissed = dismissed.has(rule.id);
    const finding: RuleFinding = {
      id: rule.id,
      area: rule.area,
      title: rule.title,
      advice: rule.advice,
      status: outcome.status,
      weight: ruleWeight(role, rule.id),
      evidence: outcome.evidence,
      evidenceProjects: outcome.projects ?? new Set(outcome.evidence.map((e) => e.projectId)).size,
      suggestion: weakSuggestions.get(rule.id) ?? suggestFor(rule.id, outcome, suggestionCtx),
      dismissed: isDismissed,
      counted: !isDismissed && (rule.id !== 'targeted-tech' || hasTarget),
    };
    if (outcome.reason) finding.reason = outcome.reason;
    // Only a finding whose evidence names an unreviewed detection can rest on one.
    const byTags = !NOT_BY_TAGS.has(rule.id) || rule.id === 'targeted-tech';
    if (confirmedCtx && outcome.status !== 'missing' && byTags && outcome.evidence.some((e) => e.unreviewed)) {
      const confirmed = evaluateRule(rule.id, confirmedCtx).status;
      if (confirmed !== 'met' && RANK[confirmed] < RANK[outcome.status]) {
        finding.unreviewed = true;
        finding.confirmedStatus = confirmed;
      }
    }
    return finding;
  });
  keepDismissedThatHelp(rules, hasTarget);

  const report: GapReport = {
    role,
    score: scoreOf(rules),
    areas: AREAS.map((a) => ({ id: a.id, score: scoreOf(rules.filter((r) => r.area === a.id)) })),
    rules,
    repositories: [],
  };
  index.eachRepository((url, r, i) => {
    const doc = repoInfos[i];
    const p = index.project(r);
    report.repositories.push({ url, projectId: p.id, project: p.title, docStatus: doc?.docStatus ?? null, reasons: doc?.reasons ?? NO_REASONS });
  });
  if (target) {
    report.target = {
      ...(target.name !== undefined ? { name: target.name } : {}),
      technologies: target.technologies.map((t, i) => {
        const seen = new Set<string>();
        const list: Array<{ projectId: string; project: string }> = [];
        for (const e of t.evidence) {
          if (seen.has(e.projectId)) continue;
          seen.add(e.projectId);
          list.push({ projectId: e.projectId, project: e.project });
        }
        const unreviewed = t.demonstrated && confirmedCtx?.target && !confirmedCtx.target.technologies[i]?.demonstrated;
        return { name: t.name, demonstrated: t.demonstrated, ...(unreviewed ? { unreviewed: true as const } : {}), projects: list };
      }),
    };
  }
  return report;
}

