/** The editor's working copy of a project and its conversion to what the core accepts. */
import { projectInputSchema, toIssues } from '../../../shared/project-schema';
import type {
  Project,
  ProjectInput,
  ProjectKindEntry,
  ProjectLink,
  ProjectStatus,
  ProjectTag,
} from '../../../shared/types';
import type { FieldIssue } from '../api-errors';

export interface ProjectDraft {
  title: string;
  summary: string;
  kinds: ProjectKindEntry[];
  tags: ProjectTag[];
  highlights: string[];
  results: string[];
  links: ProjectLink[];
  startDate: string;
  endDate: string;
  status: ProjectStatus;
  showcased: boolean;
  notes: string;
}

export function emptyDraft(): ProjectDraft {
  return {
    title: '',
    summary: '',
    kinds: [],
    tags: [],
    highlights: [],
    results: [],
    links: [],
    startDate: '',
    endDate: '',
    status: 'in-progress',
    showcased: true,
    notes: '',
  };
}

export function draftFromProject(p: Project): ProjectDraft {
  return {
    title: p.title,
    summary: p.summary,
    kinds: p.kinds.map((k) => ({ ...k })),
    tags: p.tags.map((t) => ({ ...t })),
    highlights: [...p.highlights],
    results: [...p.results],
    links: p.links.map((l) => ({ ...l })),
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    status: p.status,
    showcased: p.showcased,
    notes: p.notes,
  };
}

/**
 * Detected tags and kinds travel with their source, evidence and state so an edit keeps the
 * user's review decisions; manual ones are sent by name.
 */
export function draftToInput(d: ProjectDraft): ProjectInput {
  return {
    title: d.title,
    summary: d.summary,
    kinds: d.kinds.map((k) =>
      k.source === 'manual' ? k.kind : { kind: k.kind, source: k.source, evidence: k.evidence, state: k.state },
    ),
    tags: d.tags.map((t) =>
      t.source === 'manual' ? t.name : { name: t.name, source: t.source, evidence: t.evidence, state: t.state },
    ),
    // Blank rows are the editor's scaffolding, not content.
    highlights: d.highlights.filter((s) => s.trim() !== ''),
    results: d.results.filter((s) => s.trim() !== ''),
    links: d.links,
    startDate: d.startDate.trim() || null,
    endDate: d.endDate.trim() || null,
    status: d.status,
    showcased: d.showcased,
    notes: d.notes,
  };
}

/** The same rules the core applies, for instant inline messages. */
export function validateDraft(d: ProjectDraft): FieldIssue[] {
  const parsed = projectInputSchema.safeParse(draftToInput(d));
  return parsed.success ? [] : toIssues(parsed.error);
}

export function tagKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Tags shown as chips: everything that counts except detected ones still awaiting review. */
export function visibleTags(tags: ProjectTag[]): ProjectTag[] {
  return tags.filter((t) => t.state === 'accepted' || (t.state === 'suggested' && t.source === 'manual'));
}

export function isActiveKind(k: ProjectKindEntry): boolean {
  return k.state === 'accepted' || (k.state === 'suggested' && k.source === 'manual');
}
