/**
 * What the gap engine knows about each showcased project: its counting tags (resolved against
 * the taxonomy, with what they imply), its counting kinds and its repositories.
 */
import { findTechnology, technologyById, type Technology, type TechCategory } from '../taxonomy';
import type { Project, ProjectKind, ProjectKindEntry, ProjectTag, Source } from '../types';

export interface Evidence {
  projectId: string;
  project: string;
  tag?: string;
  kind?: string;
  source: Source;
  evidence?: string | null;
  repository?: string;
}

export interface TagFact {
  tag: ProjectTag;
  tech: Technology | null;
  /** The tag's own taxonomy id plus every id it implies, transitively. */
  ids: ReadonlySet<string>;
  /** The tag's own category and its alsoCategories (not those of what it implies). */
  categories: ReadonlySet<TechCategory>;
}

export interface ProjectFacts {
  project: Project;
  tags: TagFact[];
  kinds: ProjectKindEntry[];
  repositories: string[];
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
  return (tag.techId ? technologyById(tag.techId) : undefined) ?? findTechnology(tag.name) ?? null;
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
    if (link.type === 'repository' && link.url.trim() && !repositories.includes(link.url.trim())) repositories.push(link.url.trim());
  }
  return {
    project,
    tags: project.tags.filter((t) => t.state !== 'rejected').map(tagFact),
    kinds: project.kinds.filter((k) => k.state !== 'rejected'),
    repositories,
  };
}

export function tagEvidence(p: ProjectFacts, t: TagFact, note?: string): Evidence {
  const evidence = note ?? t.tag.evidence ?? null;
  return { projectId: p.project.id, project: p.project.title, tag: t.tag.name, source: t.tag.source, evidence };
}

export function kindEvidence(p: ProjectFacts, k: ProjectKindEntry): Evidence {
  return { projectId: p.project.id, project: p.project.title, kind: k.kind, source: k.source, evidence: k.evidence ?? null };
}

export function hasKind(p: ProjectFacts, kinds: readonly ProjectKind[]): boolean {
  return p.kinds.some((k) => kinds.includes(k.kind));
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
 * Sorted by project title, then project id, then kind, tag, repository, source and text;
 * duplicates dropped. Evidence arrives mostly in project order, which the sort exploits.
 */
export function sortEvidence(list: Evidence[]): Evidence[] {
  const sorted = list.slice().sort(compareEvidence);
  const out: Evidence[] = [];
  for (const e of sorted) if (out.length === 0 || compareEvidence(out[out.length - 1], e) !== 0) out.push(e);
  return out;
}
