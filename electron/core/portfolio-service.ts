import type { Db } from './db/connection';
import { createProjectRepository, tagKey } from './db/project-repository';
import { AppError } from './errors';
import { projectInputSchema, toIssues, type ValidatedProjectInput } from '../../shared/project-schema';
import { resolveTag } from '../../shared/taxonomy';
import { readKeyword } from '../../shared/keywords';
import { SAMPLE_PORTFOLIO } from '../../shared/sample-portfolio';
import { PROJECT_KINDS } from '../../shared/types';
import type {
  Project,
  ProjectInput,
  ProjectKind,
  ProjectKindEntry,
  ProjectListResult,
  ProjectQuery,
  ProjectTag,
  TagCount,
  TagState,
} from '../../shared/types';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface PortfolioDeps {
  db: Db;
  clock?: Clock;
  newId?: () => string;
}

/** Parses input that has not been validated yet (CLI, imports); IPC input arrives parsed. */
export function parseProjectInput(input: unknown): ValidatedProjectInput {
  const parsed = projectInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    throw new AppError('VALIDATION', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' '), issues);
  }
  return parsed.data;
}

function normalizeTags(input: ValidatedProjectInput['tags']): ProjectTag[] {
  const out = new Map<string, ProjectTag>();
  const given = (input ?? []).map((raw) => (typeof raw === 'string' ? { name: raw } : raw));
  // The project's other technologies decide a word that is not always one ("ECS"): see shared/keywords.ts.
  const context = given.map((t) => resolveTag(t.name).techId).filter((id): id is string => id !== null);
  for (const t of given) {
    const { name, techId } = readKeyword(t.name, context);
    const source = t.source ?? 'manual';
    const state: TagState = source === 'manual' ? (t.state === 'rejected' ? 'rejected' : 'accepted') : (t.state ?? 'suggested');
    const tag: ProjectTag = { name, techId, source, evidence: t.evidence ?? null, state };
    // What detection said of a detected tag's evidence stays with it through edits.
    if (source === 'detected' && 'strength' in t && t.strength) tag.strength = t.strength;
    if (source === 'detected' && 'minorContribution' in t && t.minorContribution) tag.minorContribution = true;
    const key = tagKey(name);
    const prev = out.get(key);
    // A manual entry wins over a detected duplicate; otherwise the first one stays.
    if (!prev || (prev.source === 'detected' && source === 'manual')) out.set(key, tag);
  }
  return [...out.values()];
}

function normalizeKinds(input: ValidatedProjectInput['kinds']): ProjectKindEntry[] {
  const out = new Map<ProjectKind, ProjectKindEntry>();
  for (const raw of input ?? []) {
    const k: ProjectKindEntry =
      typeof raw === 'string'
        ? { kind: raw, source: 'manual', evidence: null, state: 'accepted' }
        : { kind: raw.kind, source: raw.source, evidence: raw.evidence, state: raw.state ?? (raw.source === 'manual' ? 'accepted' : 'suggested') };
    const prev = out.get(k.kind);
    if (!prev || (prev.source === 'detected' && k.source === 'manual')) out.set(k.kind, k);
  }
  // Stored and returned in the canonical kind order, whatever order they were given in.
  return PROJECT_KINDS.filter((k) => out.has(k)).map((k) => out.get(k)!);
}

function cleanList(items: string[] | undefined): string[] {
  return (items ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The portfolio's use cases, shared by the app (over IPC) and the CLI. */
export function createPortfolioService({ db, clock = systemClock, newId = () => crypto.randomUUID() }: PortfolioDeps) {
  const repo = createProjectRepository(db);

  function build(id: string, input: ValidatedProjectInput, createdAt: string, updatedAt: string): Project {
    return {
      id,
      title: input.title.trim(),
      summary: (input.summary ?? '').trim(),
      kinds: normalizeKinds(input.kinds),
      tags: normalizeTags(input.tags),
      highlights: cleanList(input.highlights),
      results: cleanList(input.results),
      links: (input.links ?? []).map((l) => (l.label ? { type: l.type, url: l.url, label: l.label } : { type: l.type, url: l.url })),
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      status: input.status ?? 'shipped',
      showcased: input.showcased ?? true,
      notes: input.notes ?? '',
      createdAt,
      updatedAt,
    };
  }

  function mustGet(id: string): Project {
    const p = repo.get(id);
    if (!p) throw new AppError('NOT_FOUND', 'That project no longer exists.');
    return p;
  }

  function stamp(): string {
    return clock.now().toISOString();
  }

  const service = {
    list(query: ProjectQuery = {}): ProjectListResult {
      return repo.listWithTotal(query);
    },
    get: mustGet,
    count: () => repo.count(),
    create(input: ProjectInput | ValidatedProjectInput): Project {
      const parsed = parseProjectInput(input);
      const now = stamp();
      const project = build(newId(), parsed, now, now);
      db.transaction(() => repo.insert(project))();
      return project;
    },
    /**
     * Replaces what the user edits. A detected tag or kind the user removed is kept as rejected,
     * so a later sync cannot bring it back.
     */
    update(id: string, input: ProjectInput | ValidatedProjectInput): Project {
      const parsed = parseProjectInput(input);
      return db.transaction(() => {
        const before = mustGet(id);
        const next = build(id, parsed, before.createdAt, stamp());
        const keys = new Set(next.tags.map((t) => tagKey(t.name)));
        for (const t of before.tags) {
          if (t.source === 'detected' && !keys.has(tagKey(t.name))) next.tags.push({ ...t, state: 'rejected' });
        }
        const kinds = new Set(next.kinds.map((k) => k.kind));
        for (const k of before.kinds) {
          if (k.source === 'detected' && !kinds.has(k.kind)) next.kinds.push({ ...k, state: 'rejected' });
        }
        repo.update(next);
        return next;
      })();
    },
    delete(id: string): { id: string; title: string } {
      return db.transaction(() => {
        const p = mustGet(id);
        repo.softDelete(id, stamp());
        return { id, title: p.title };
      })();
    },
    undoDelete(): Project | null {
      return db.transaction(() => {
        const id = repo.restoreLastDeleted();
        return id ? mustGet(id) : null;
      })();
    },
    /**
     * Sets the state of some of a project's tags and kinds at once (one write): accepting or
     * rejecting suggestions, or putting them back to suggested when a decision is undone.
     */
    setStates(id: string, changes: ReadonlyArray<{ type: 'tag' | 'kind'; name: string; state: TagState }>): Project {
      return db.transaction(() => {
        const p = mustGet(id);
        for (const c of changes) {
          if (c.type === 'tag') {
            const tag = p.tags.find((t) => tagKey(t.name) === tagKey(c.name));
            if (!tag) throw new AppError('NOT_FOUND', `The project has no tag "${c.name}".`);
            tag.state = c.state;
          } else {
            const entry = p.kinds.find((k) => k.kind === c.name);
            if (!entry) throw new AppError('NOT_FOUND', `The project is not marked as ${c.name}.`);
            entry.state = c.state;
          }
        }
        p.updatedAt = stamp();
        repo.update(p);
        return p;
      })();
    },
    setTagState(id: string, name: string, state: Exclude<TagState, 'suggested'>): Project {
      return service.setStates(id, [{ type: 'tag', name, state }]);
    },
    setKindState(id: string, kind: ProjectKind, state: Exclude<TagState, 'suggested'>): Project {
      return service.setStates(id, [{ type: 'kind', name: kind, state }]);
    },
    tagCounts(): TagCount[] {
      return repo.tagCounts();
    },
    /** Adds the sample portfolio (all or nothing). */
    loadSample(): { added: number } {
      const inputs = SAMPLE_PORTFOLIO.map(parseProjectInput);
      db.transaction(() => {
        const base = clock.now().getTime();
        inputs.forEach((input, i) => {
          // Spread updated times so "recently updated" has a stable, meaningful order.
          const at = new Date(base - i * 60_000).toISOString();
          repo.insert(build(newId(), input, at, at));
        });
      })();
      return { added: inputs.length };
    },
  };
  return service;
}

export type PortfolioService = ReturnType<typeof createPortfolioService>;
