/**
 * The vocabulary of detection: what a rule names (one or more technologies, each with the role
 * project-kind detection reads), the ecosystems manifests belong to, and the collector that
 * gathers technologies with their evidence and its strength.
 */
import { resolveTag, technologyById } from '../taxonomy';
import type { TechCategory } from '../taxonomy';
import type { DetectedKind, DetectedTech, EvidenceStrength } from '../github-types';
import type { ProjectKind } from '../types';

export type TechRole =
  | 'language'
  | 'framework'
  | 'api'
  | 'sql'
  | 'nosql'
  | 'cache'
  | 'queue'
  | 'search'
  | 'auth'
  | 'security'
  | 'cloud'
  | 'orm'
  | 'devops'
  | 'practice'
  | 'testing'
  | 'payments'
  | 'cms'
  | 'cli';

export interface TechRule {
  tech: string;
  role: TechRole;
}

export const ECOSYSTEMS = ['npm', 'pypi', 'maven', 'rubygems', 'composer', 'nuget', 'go', 'cargo', 'hex'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** One or more technologies a rule names, all with the same evidence ("mongoose" → Mongoose and MongoDB). */
export type RuleValue = TechRule | readonly TechRule[];

export const r = (tech: string, role: TechRole): TechRule => ({ tech, role });

export function rulesOf(value: RuleValue): readonly TechRule[] {
  return Array.isArray(value) ? value : [value as TechRule];
}

/** The role a technology plays for kind detection, from its taxonomy category. */
export function roleOfCategory(category: TechCategory, id: string): TechRole {
  switch (category) {
    case 'language': return 'language';
    case 'framework': return 'framework';
    case 'sql-database': return 'sql';
    case 'nosql-database': return 'nosql';
    case 'cache': return 'cache';
    case 'message-queue': return 'queue';
    case 'search-engine': return 'search';
    case 'api-style': return 'api';
    case 'auth': return 'auth';
    case 'security': return 'security';
    case 'cloud': return 'cloud';
    case 'practice': return id === 'testing' || technologyById(id)?.implies?.includes('testing') ? 'testing' : 'practice';
    default: return 'devops';
  }
}

/** Categories whose implied technologies are added to a detection (Terraform → Infrastructure as code). */
const IMPLIED_CATEGORIES: ReadonlySet<TechCategory> = new Set([
  'practice', 'cloud', 'orchestration', 'container', 'security', 'nosql-database', 'sql-database', 'api-style', 'auth', 'ci-cd',
]);

interface Entry extends DetectedTech {
  roles: Set<TechRole>;
  demonstrated: string[];
  mentioned: string[];
}

/** Collects technologies and kinds with their evidence; demonstrated evidence outranks a mention. */
export class Found {
  private readonly techs = new Map<string, Entry>();
  readonly kinds = new Map<ProjectKind, string[]>();

  tech(rawName: string, role: TechRole, evidence: string, strength: EvidenceStrength = 'demonstrated'): void {
    const { name, techId } = resolveTag(rawName);
    const key = name.toLowerCase();
    let t = this.techs.get(key);
    if (!t) {
      t = { name, techId, evidence: [], roles: new Set(), demonstrated: [], mentioned: [] };
      this.techs.set(key, t);
    }
    t.roles.add(role);
    const list = strength === 'demonstrated' ? t.demonstrated : t.mentioned;
    if (!list.includes(evidence) && list.length < 8) list.push(evidence);
  }

  rule(value: RuleValue, evidence: string, strength: EvidenceStrength = 'demonstrated'): void {
    for (const rule of rulesOf(value)) this.tech(rule.tech, rule.role, evidence, strength);
  }

  has(name: string): boolean {
    return this.techs.has(resolveTag(name).name.toLowerCase());
  }

  /** True when the technology is shown by more than a README or topic. */
  demonstrated(name: string): boolean {
    return (this.techs.get(resolveTag(name).name.toLowerCase())?.demonstrated.length ?? 0) > 0;
  }

  /** The demonstrated evidence of a technology (empty when it is only mentioned or absent). */
  demonstratedEvidence(name: string): readonly string[] {
    return this.techs.get(resolveTag(name).name.toLowerCase())?.demonstrated ?? [];
  }

  drop(name: string): void {
    this.techs.delete(resolveTag(name).name.toLowerCase());
  }

  kind(kind: ProjectKind, evidence: string): void {
    const list = this.kinds.get(kind) ?? [];
    if (!list.includes(evidence)) list.push(evidence);
    this.kinds.set(kind, list);
  }

  /** Technologies with one of the roles; `demonstratedOnly` leaves out those only mentioned. */
  withRole(roles: readonly TechRole[], demonstratedOnly = true): DetectedTech[] {
    return [...this.techs.values()]
      .filter((t) => roles.some((r) => t.roles.has(r)) && (!demonstratedOnly || t.demonstrated.length > 0))
      .map((t) => this.out(t));
  }

  /**
   * Adds what the taxonomy says each technology implies, outside languages and frameworks; a
   * framework built on another framework shows that one too (Spring Boot → Spring), where a
   * library that also runs without it (Eloquent, Active Record) does not.
   */
  applyImplies(): void {
    for (const t of [...this.techs.values()]) {
      const tech = t.techId ? technologyById(t.techId) : undefined;
      for (const id of tech?.implies ?? []) {
        const implied = technologyById(id);
        if (!implied) continue;
        const frameworkOnFramework = implied.category === 'framework' && tech?.category === 'framework';
        if (!IMPLIED_CATEGORIES.has(implied.category) && !frameworkOnFramework) continue;
        const strength: EvidenceStrength = t.demonstrated.length ? 'demonstrated' : 'mentioned';
        this.tech(implied.name, roleOfCategory(implied.category, implied.id), `${t.name} implies ${implied.name}: ${(t.demonstrated[0] ?? t.mentioned[0])}`, strength);
      }
    }
  }

  technologies(): DetectedTech[] {
    return [...this.techs.values()].map((t) => this.out(t));
  }

  kindList(): DetectedKind[] {
    return [...this.kinds.entries()].map(([kind, evidence]) => ({ kind, evidence }));
  }

  private out(t: Entry): DetectedTech {
    return { name: t.name, techId: t.techId, evidence: [...t.demonstrated, ...t.mentioned], strength: t.demonstrated.length ? 'demonstrated' : 'mentioned' };
  }
}

/** A stored technology's strength; data from before strengths existed is judged by its evidence. */
export function techStrength(t: Pick<DetectedTech, 'evidence' | 'strength'>): EvidenceStrength {
  if (t.strength) return t.strength;
  return t.evidence.length > 0 && t.evidence.every((e) => /^README mentions |^tagged with the topic /.test(e)) ? 'mentioned' : 'demonstrated';
}
