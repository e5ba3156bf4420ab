/** Compact project specs turned into domain projects, for gap-analysis tests. */
import { resolveTag } from '../../shared/taxonomy';
import type { Project, ProjectKind, ProjectTag, Source, TagState } from '../../shared/types';




export interface TagSpec {
  name: string;
  source?: Source;
  state?: TagState;
  evidence?: string | null;
  strength?: 'demonstrated' | 'mentioned';
  minorContribution?: boolean;
}

export interface ProjectSpec {
  id?: string;
  title?: string;
  tags?: Array<string | TagSpec>;
  kinds?: Array<ProjectKind | { kind: ProjectKind; source?: Source; state?: TagState; evidence?: string | null }>;
  repos?: string[];
  showcased?: boolean;
  results?: string[];
  highlights?: string[];
  /** Store the tag as custom (techId null) even when the taxonomy knows it. */
  customTags?: boolean;
}

let counter = 0;

export function makeProject(spec: ProjectSpec): Project {
  counter += 1;
  const id = spec.id ?? `p${counter}`;
  const tags: ProjectTag[] = (spec.tags ?? []).map((t) => {
    const s = typeof t === 'string' ? { name: t } : t;
    const resolved = resolveTag(s.name);
    return {
      name: spec.customTags ? s.name : resolved.name,
      techId: spec.customTags ? null : resolved.techId,
      source: s.source ?? 'manual',
      evidence: s.evidence ?? null,
      state: s.state ?? 'accepted',
      ...(s.strength ? { strength: s.strength } : {}),
      ...(s.minorContribution ? { minorContribution: true } : {}),
    };
  });
  return {
    id,
    title: spec.title ?? `Project ${id}`,
    summary: '',
    kinds: (spec.kinds ?? []).map((k) =>
      typeof k === 'string'
        ? { kind: k, source: 'manual' as const, evidence: null, state: 'accepted' as const }
        : { kind: k.kind, source: k.source ?? 'manual', evidence: k.evidence ?? null, state: k.state ?? 'accepted' },
    ),
    tags,
    highlights: spec.highlights ?? [],
    results: spec.results ?? [],
    links: (spec.repos ?? []).map((url) => ({ type: 'repository' as const, url })),
    startDate: null,
    endDate: null,
    status: 'shipped',
    showcased: spec.showcased ?? true,
    notes: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

export const projects = (...specs: ProjectSpec[]): Project[] => specs.map(makeProject);

