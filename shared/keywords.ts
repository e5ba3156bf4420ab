/**
 * A resume's keywords read as the user wrote them. A keyword becomes the taxonomy's technology
 * through its name or alias ("Express JS" is Express, "Postgres" PostgreSQL), except a form that
 * also names something outside backend work ("ECS" in a game is an entity component system): that
 * one is the technology only when the same project shows related technology (another one of its
 * category, or the platform it belongs to). Otherwise it stays exactly as written. Pure.
 */
import { findTechnology, resolveTag, technologyById, type Technology } from './taxonomy';

/** The technology a `domain`-ambiguous form names, when `keyword` is one. */
export function domainAmbiguousTechnology(keyword: string): Technology | undefined {
  const tech = findTechnology(keyword);
  if (!tech?.ambiguous) return undefined;
  const written = keyword.trim().toLowerCase();
  return Object.entries(tech.ambiguous).some(([form, mode]) => mode === 'domain' && form.toLowerCase() === written) ? tech : undefined;
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
  const ambiguous = domainAmbiguousTechnology(keyword);
  if (ambiguous && !hasRelatedTechnology(ambiguous, projectTechIds)) {
    return { name: keyword.trim().replace(/\s+/g, ' '), techId: null, keptAsWritten: ambiguous.name };
  }
  return resolveTag(keyword);
}
