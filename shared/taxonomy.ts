/**
 * The technology taxonomy: canonical names, categories and aliases. The data lives in
 * taxonomy-data.ts; this module resolves names and aliases and searches for the tag picker.
 */
import { TECHNOLOGIES, type Technology } from './taxonomy-data';

export { TECHNOLOGIES, TECH_CATEGORIES, CATEGORY_LABELS } from './taxonomy-data';
export type { Technology, TechCategory, TextAmbiguity } from './taxonomy-data';

/** Lower-cases and folds punctuation variants so "Node.js", "nodejs" and "node js" meet. */
export function normalizeTechKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function keyVariants(text: string): string[] {
  const base = normalizeTechKey(text);
  const compact = base.replace(/[\s._-]+/g, '');
  return compact && compact !== base ? [base, compact] : [base];
}

const byId = new Map<string, Technology>();
const byKey = new Map<string, Technology>();
for (const tech of TECHNOLOGIES) {
  byId.set(tech.id, tech);
  for (const label of [tech.name, ...tech.aliases]) {
    for (const key of keyVariants(label)) {
      if (!byKey.has(key)) byKey.set(key, tech);
    }
  }
}

export function technologyById(id: string): Technology | undefined {
  return byId.get(id);
}

/** Finds a technology by its name or any alias, case-insensitively. */
export function findTechnology(nameOrAlias: string): Technology | undefined {
  for (const key of keyVariants(nameOrAlias)) {
    const hit = byKey.get(key);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Keys that only an alias needing context reaches ("ECS": Amazon ECS, or an entity-component
 * system). A user's own keyword that hits one stays as typed instead of becoming the technology.
 */
const contextOnlyKeys = new Set<string>();
for (const tech of TECHNOLOGIES) {
  for (const [form, ambiguity] of Object.entries(tech.ambiguous ?? {})) {
    if (ambiguity !== 'context' || form === tech.name) continue;
    for (const key of keyVariants(form)) if (byKey.get(key) === tech && !keyVariants(tech.name).includes(key)) contextOnlyKeys.add(key);
  }
}

/** A tag as stored: the taxonomy's canonical name when known, otherwise the text as typed. */
export function resolveTag(text: string): { name: string; techId: string | null } {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (keyVariants(text).some((k) => contextOnlyKeys.has(k))) return { name: typed, techId: null };
  const tech = findTechnology(text);
  if (tech) return { name: tech.name, techId: tech.id };
  return { name: typed, techId: null };
}

export interface TechSuggestion {
  tech: Technology;
  /** The name or alias the query matched, so the picker can show "k8s → Kubernetes". */
  matched: string;
}

/**
 * Autocomplete over names and aliases: exact matches first, then prefix matches, then
 * substring matches; within a group, names before aliases, then alphabetical.
 */
export function suggestTechnologies(query: string, limit = 8): TechSuggestion[] {
  const q = normalizeTechKey(query);
  if (!q) return [];
  const scored: Array<{ s: TechSuggestion; rank: number }> = [];
  for (const tech of TECHNOLOGIES) {
    let best: { matched: string; rank: number } | null = null;
    const labels = [tech.name, ...tech.aliases];
    labels.forEach((label, i) => {
      const l = normalizeTechKey(label);
      const isAlias = i > 0 ? 1 : 0;
      let rank = -1;
      if (l === q) rank = 0;
      else if (l.startsWith(q)) rank = 2;
      else if (l.includes(q)) rank = 4;
      if (rank < 0) return;
      rank += isAlias;
      if (!best || rank < best.rank) best = { matched: label, rank };
    });
    if (best) scored.push({ s: { tech, matched: (best as { matched: string }).matched }, rank: (best as { rank: number }).rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.s.tech.name.localeCompare(b.s.tech.name));
  return scored.slice(0, limit).map((x) => x.s);
}
