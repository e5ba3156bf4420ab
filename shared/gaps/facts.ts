/**
 * What the gap engine knows about each showcased project: its counting tags (resolved against
 * the taxonomy, with what they imply), its counting kinds and its repositories.
 */
import { findTechnology, technologyById, type Technology, type TechCategory } from '../taxonomy';
import type { Project, ProjectKindEntry, ProjectTag, Source } from '../types';

export interface Evidence {
  projectId: string;
  project: string;
  tag?: string;
  kind?: string;
  source: Source;
  evidence?: string | null;
  repository?: string;
  /** A detected tag or kind the user has not accepted yet: it counts, and is said to be unreviewed. */
  unreviewed?: true;
  /** Only a README line or a topic names it: counted as partial until the user accepts it. */
  strength?: 'mentioned';
  /** Only repositories the user barely contributed to show it: not counted until confirmed. */
  minorContribution?: true;
}

/** How a tag counts: fully, only towards `partial` (mentioned), or not until confirmed (minor). */
export type TagWeight = 'counts' | 'mentioned' | 'minor';

/** What a tag test reads: a tag's technology (null for a custom tag) and what it implies. */
export interface TechView {
  tech: Technology | null;
  /** The technology's own taxonomy id plus every id it implies, transitively. */
  ids: ReadonlySet<string>;
  /** Its own category and its alsoCategories (not those of what it implies). */
  categories: ReadonlySet<TechCategory>;
}

export interface TagFact extends TechView {
  tag: ProjectTag;
}

export interface ProjectFacts {
  project: Project;
  /** The tags that count. */
  tags: TagFact[];
  /** Unreviewed detected tags that only a README or topic mentions. */
  mentioned: TagFact[];
  /** Unreviewed detected tags found only in repositories the user barely contributed to. */
  minor: TagFact[];
  kinds: ProjectKindEntry[];
  repositories: string[];
}

/** Evidence text as detection wrote it before strengths were stored: README or topic reasons only. */
function mentionedByText(evidence: string | null): boolean {
  if (!evidence) return false;
  const reasons = evidence.replace(/^[^:]*?:\s/, '').split('; ');
  return reasons.every((r) => /^(README mentions |tagged with the topic )/.test(r));
}

/** How a tag counts. The user's word (manual, or accepted) always counts in full. */
export function tagWeight(tag: ProjectTag): TagWeight {
  if (tag.source !== 'detected' || tag.state !== 'suggested') return 'counts';
  if (tag.minorContribution) return 'minor';
  const strength = tag.strength ?? (mentionedByText(tag.evidence) ? 'mentioned' : 'demonstrated');
  return strength === 'mentioned' ? 'mentioned' : 'counts';
}

const closureCache = new Map<string, ReadonlySet<string>>();

/** A technology id and everything it implies, transitively (cycle-safe). */
export function impliedIds(id: string): ReadonlySet<string> {
  const cached = closureCache.get(id);
  if (cached) return cached;
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop() as string;
    if (out.has(next)) continue;
    out.add(next);
    for (const implied of technologyById(next)?.implies ?? []) stack.push(implied);
  }
  closureCache.set(id, out);
  return out;
}

/** Resolves a stored tag: its stored id when the taxonomy still knows it, else by name (custom tags too). */
export function resolveTagTech(tag: Pick<ProjectTag, 'name' | 'techId'>): Technology | null {
  return (tag.techId ? technologyById(tag.techId) : undefined) ?? byName(tag.name);
}

// Names resolve the same way every time; custom tags repeat across projects.
const nameCache = new Map<string, Technology | null>();
function byName(name: string): Technology | null {
  let tech = nameCache.get(name);
  if (tech === undefined) {
    tech = findTechnology(name) ?? null;
    if (nameCache.size < 10_000) nameCache.set(name, tech);
  }
  return tech;
}

const NONE: ReadonlySet<never> = new Set();
const categoryCache = new Map<string, ReadonlySet<TechCategory>>();

function categoriesOf(tech: Technology): ReadonlySet<TechCategory> {
  let cats = categoryCache.get(tech.id);
  if (!cats) categoryCache.set(tech.id, (cats = new Set<TechCategory>([tech.category, ...(tech.alsoCategories ?? [])])));
  return cats;
}

export function tagFact(tag: ProjectTag): TagFact {
  const tech = resolveTagTech(tag);
  return { tag, tech, ids: tech ? impliedIds(tech.id) : NONE, categories: tech ? categoriesOf(tech) : NONE };
}

export function projectFacts(project: Project): ProjectFacts {
  const repositories: string[] = [];
  for (const link of project.links) {
    if (link.type !== 'repository') continue;
    const url = link.url.trim();
    if (url && !repositories.includes(url)) repositories.push(url);
  }
  const facts: ProjectFacts = { project, tags: [], mentioned: [], minor: [], kinds: project.kinds.filter((k) => k.state !== 'rejected'), repositories };
  for (const tag of project.tags) {
    if (tag.state === 'rejected') continue;
    const weight = tagWeight(tag);
    (weight === 'counts' ? facts.tags : weight === 'mentioned' ? facts.mentioned : facts.minor).push(tagFact(tag));
  }
  return facts;
}

export function tagEvidence(p: ProjectFacts, t: TagFact, note?: string): Evidence {
  const evidence = note ?? t.tag.evidence ?? null;
  const e: Evidence = { projectId: p.project.id, project: p.project.title, tag: t.tag.name, source: t.tag.source, evidence };
  if (t.tag.source === 'detected' && t.tag.state === 'suggested') {
    e.unreviewed = true;
    const weight = tagWeight(t.tag);
    if (weight === 'mentioned') e.strength = 'mentioned';
    if (weight === 'minor') e.minorContribution = true;
  }
  return e;
}

export function kindEvidence(p: ProjectFacts, k: ProjectKindEntry): Evidence {
  const e: Evidence = { projectId: p.project.id, project: p.project.title, kind: k.kind, source: k.source, evidence: k.evidence ?? null };
  if (k.source === 'detected' && k.state === 'suggested') e.unreviewed = true;
  return e;
}

/** Code-unit comparison: the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareText(a.project, b.project) ||
    compareText(a.projectId, b.projectId) ||
    compareText(a.kind ?? '', b.kind ?? '') ||
    compareText(a.tag ?? '', b.tag ?? '') ||
    compareText(a.repository ?? '', b.repository ?? '') ||
    compareText(a.source, b.source) ||
    compareText(a.evidence ?? '', b.evidence ?? '')
  );
}

/**
 * How many projects a finding's evidence names at most: the first ones in title order. The
 * finding also says how many projects there are in all. A report on thousands of projects stays
 * readable (and small enough for the screen and the CLI), and quick to build.
 */
export const EVIDENCE_PROJECT_LIMIT = 25;

/**
 * Sorted by project title, then project id, then kind, tag, repository, source and text;
 * duplicates dropped (the first one made stays).
 */
export function sortEvidence(list: Evidence[]): Evidence[] {
  const sorted = list.slice().sort(compareEvidence);
  const out: Evidence[] = [];
  for (const e of sorted) if (out.length === 0 || compareEvidence(out[out.length - 1], e) !== 0) out.push(e);
  return out;
}

/** Sorted evidence cut to its first `limit` projects. */
export function firstProjects(sorted: Evidence[], limit: number): Evidence[] {
  let projects = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i].projectId !== sorted[i - 1].projectId || sorted[i].project !== sorted[i - 1].project) {
      if (++projects > limit) return sorted.slice(0, i);
    }
  }
  return sorted;
}
