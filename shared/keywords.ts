/**
 * A resume's keywords read as the user wrote them. A keyword becomes the taxonomy's technology
 * through its name or alias ("Express JS" is Express, "Postgres" PostgreSQL). An alias that is
 * not always that technology ("ECS" in a game is an entity component system) stays as typed,
 * as resolveTag keeps it, unless the same project shows related technology (another one of its
 * category, or the platform it belongs to): then it is the technology after all. Pure.
 */
import { findTechnology, resolveTag, technologyById, type Technology } from './taxonomy';

/** The technology an alias names that resolveTag keeps as typed (it needs context), when `keyword` is one. */
export function contextOnlyTechnology(keyword: string): Technology | undefined {
  const tech = findTechnology(keyword);
  return tech && resolveTag(keyword).techId === null ? tech : undefined;
}

function categories(t: Technology): Set<string> {
  return new Set([t.category, ...(t.alsoCategories ?? [])]);
}

/** True when one of `others` puts `tech` in its own field: same category, or the platform it implies (or shares). */
export function hasRelatedTechnology(tech: Technology, others: Iterable<string>): boolean {
  const mine = categories(tech);
  const platforms = new Set(tech.implies ?? []);
  for (const id of others) {
    if (id === tech.id) continue;
    const other = technologyById(id);
    if (!other) continue;
    if (platforms.has(other.id) || (other.implies ?? []).some((p) => platforms.has(p))) return true;
    if ([...categories(other)].some((c) => mine.has(c))) return true;
  }
  return false;
}

export interface KeywordReading {
  name: string;
  techId: string | null;
  /** Set when a keyword that could name a technology was kept as written instead. */
  keptAsWritten?: string;
}

/** Reads one keyword of a project, given the technology ids the rest of the project shows. */
export function readKeyword(keyword: string, projectTechIds: Iterable<string>): KeywordReading {
  const tech = contextOnlyTechnology(keyword);
  if (!tech) return resolveTag(keyword);
  if (hasRelatedTechnology(tech, projectTechIds)) return { name: tech.name, techId: tech.id };
  return { ...resolveTag(keyword), keptAsWritten: tech.name };
}
