/**
 * Projects ↔ repositories. Creating projects from repositories, linking a repository to a
 * project (a project may link several), and turning what was detected in linked repositories
 * into suggestions on the project: source 'detected', state 'suggested', with evidence. The
 * user's choices stand: a manual tag is never changed, a rejected one never comes back, an
 * accepted one stays accepted.
 */
import type { Db } from '../db/connection';
import { createProjectRepository, tagKey } from '../db/project-repository';
import { AppError } from '../errors';
import type { Clock, PortfolioService } from '../portfolio-service';
import { techStrength } from '../../../shared/detection';
import { readableName } from '../../../shared/readable-name';
import type { CreateFromRepositoriesResult, DetectedKind, DetectedTech, EvidenceStrength, SyncedRepository } from '../../../shared/github-types';
import type { Project, ProjectKind } from '../../../shared/types';
import type { GitHubStore } from './repository-store';

export interface LinkingDeps {
  db: Db;
  store: GitHubStore;
  portfolio: PortfolioService;
  clock: Clock;
}

export type { CreateFromRepositoriesResult };

/** "you authored 3 of 120 commits", when the repository is one the user barely contributed to. */
export function authorshipNote(repo: SyncedRepository): string | null {
  const a = repo.authorship;
  if (!a?.minor) return null;
  return a.authored !== null && a.total !== null ? `you authored ${a.authored} of ${a.total} commits` : repo.isFork ? 'a fork' : 'mostly others’ commits';
}

/** Evidence on a project tag is one line: which repository (and whose work), and the first two reasons. */
function evidenceLine(repo: SyncedRepository, evidence: string[]): string {
  const note = authorshipNote(repo);
  return `${repo.fullName}${note ? ` (${note})` : ''}: ${evidence.slice(0, 2).join('; ')}`.slice(0, 500);
}

interface MergedTech {
  tech: DetectedTech;
  evidence: string;
  strength: EvidenceStrength;
  minorContribution: boolean;
}

/** Rank of a repository's evidence for a technology: demonstrated in the user's own work first. */
function rank(strength: EvidenceStrength, minor: boolean): number {
  return (strength === 'demonstrated' ? 0 : 2) + (minor ? 1 : 0);
}

function mergedDetections(repos: SyncedRepository[]) {
  const techs = new Map<string, MergedTech>();
  const kinds = new Map<ProjectKind, { kind: DetectedKind; evidence: string }>();
  for (const repo of repos) {
    const minor = repo.authorship?.minor ?? false;
    for (const t of repo.technologies) {
      const key = tagKey(t.name);
      const strength = techStrength(t);
      const known = techs.get(key);
      const candidate = { tech: t, evidence: evidenceLine(repo, t.evidence), strength, minorContribution: minor };
      if (!known) techs.set(key, candidate);
      else {
        // A technology is as strong as its strongest repository, and minor only if every repository showing it is.
        const best = rank(strength, minor) < rank(known.strength, known.minorContribution) ? candidate : known;
        techs.set(key, { ...best, strength: strength === 'demonstrated' ? 'demonstrated' : known.strength, minorContribution: known.minorContribution && minor });
      }
    }
    for (const k of repo.kinds) if (!kinds.has(k.kind)) kinds.set(k.kind, { kind: k, evidence: evidenceLine(repo, k.evidence) });
  }
  return { techs, kinds };
}

/** The project's period from the repository's life on GitHub: created, then last pushed. */
function periodOf(repo: SyncedRepository): { startDate: string | null; endDate: string | null } {
  const month = (iso: string | null) => (iso && /^\d{4}-\d{2}/.test(iso) ? iso.slice(0, 7) : null);
  const start = month(repo.createdAt);
  const end = month(repo.pushedAt);
  return { startDate: start, endDate: end && start && end < start ? start : end };
}

export function createLinkingService(deps: LinkingDeps) {
  const { db, store, portfolio, clock } = deps;
  const projects = createProjectRepository(db);

  /**
   * Adds what linked repositories show as suggestions. Existing tags keep their state and
   * source; only a still-suggested detected tag gets fresher evidence.
   */
  function applySuggestions(projectId: string): Project | null {
    const project = projects.get(projectId);
    if (!project) return null;
    const { techs, kinds } = mergedDetections(store.linkedRepositories(projectId));
    let changed = false;
    for (const [key, { tech, evidence, strength, minorContribution }] of techs) {
      const existing = project.tags.find((t) => tagKey(t.name) === key);
      if (!existing) {
        project.tags.push({ name: tech.name, techId: tech.techId, source: 'detected', evidence, state: 'suggested', strength, ...(minorContribution ? { minorContribution } : {}) });
        changed = true;
      } else if (
        existing.source === 'detected' &&
        existing.state === 'suggested' &&
        (existing.evidence !== evidence || existing.strength !== strength || !!existing.minorContribution !== minorContribution)
      ) {
        Object.assign(existing, { evidence, strength });
        if (minorContribution) existing.minorContribution = true;
        else delete existing.minorContribution;
        changed = true;
      }
    }
    for (const [kind, { evidence }] of kinds) {
      const existing = project.kinds.find((k) => k.kind === kind);
      if (!existing) {
        project.kinds.push({ kind, source: 'detected', evidence, state: 'suggested' });
        changed = true;
      } else if (existing.source === 'detected' && existing.state === 'suggested' && existing.evidence !== evidence) {
        existing.evidence = evidence;
        changed = true;
      }
    }
    if (changed) {
      project.updatedAt = clock.now().toISOString();
      projects.update(project);
    }
    return project;
  }

  function mustRepo(id: string): SyncedRepository {
    const repo = store.getRepository(id);
    if (!repo) throw new AppError('NOT_FOUND', 'That repository is no longer in Showcase. Sync again or pick another.');
    return repo;
  }

  return {
    applySuggestions,
    /** Called by sync inside its transaction, for the repositories it just stored. */
    refreshSuggestionsForRepositories(repositoryIds: string[]): void {
      for (const projectId of store.projectsLinking(repositoryIds)) applySuggestions(projectId);
    },
    /**
     * One project per repository, titled from its name made readable ("ledger-api" → "Ledger
   * API"), summarised by its description, dated from its creation to its last push, linking
     * it (and its homepage as a demo). Forks and archived repositories are left out unless chosen.
     */
    createProjectsFromRepositories(
      repositoryIds: string[],
      options: { includeForks?: boolean; includeArchived?: boolean } = {},
    ): CreateFromRepositoriesResult {
      const result: CreateFromRepositoriesResult = { created: [], skipped: [] };
      db.transaction(() => {
        for (const id of repositoryIds) {
          const repo = store.getRepository(id);
          if (!repo) {
            result.skipped.push({ repositoryId: id, fullName: null, reason: 'not synced (or dropped)' });
            continue;
          }
          if (repo.isFork && !options.includeForks) {
            result.skipped.push({ repositoryId: id, fullName: repo.fullName, reason: 'a fork (choose forks to include it)' });
            continue;
          }
          if (repo.isArchived && !options.includeArchived) {
            result.skipped.push({ repositoryId: id, fullName: repo.fullName, reason: 'archived (choose archived to include it)' });
            continue;
          }
          const links: Array<{ type: 'repository' | 'demo'; url: string }> = [{ type: 'repository', url: repo.url }];
          if (repo.homepage) links.push({ type: 'demo', url: repo.homepage });
          const project = portfolio.create({
            title: readableName(repo.name).slice(0, 200) || repo.fullName,
            summary: (repo.description ?? '').trim().slice(0, 2000),
            ...periodOf(repo),
            links,
            status: repo.isArchived ? 'archived' : 'shipped',
          });
          store.link(project.id, id, clock.now().toISOString());
          result.created.push(applySuggestions(project.id) ?? project);
        }
      })();
      return result;
    },
    linkRepository(projectId: string, repositoryId: string): Project {
      return db.transaction(() => {
        if (!projects.get(projectId)) throw new AppError('NOT_FOUND', 'That project no longer exists.');
        mustRepo(repositoryId);
        store.link(projectId, repositoryId, clock.now().toISOString());
        return applySuggestions(projectId)!;
      })();
    },
    /** Unlinks; suggestions already made stay on the project for the user to judge. */
    unlinkRepository(projectId: string, repositoryId: string): boolean {
      return store.unlink(projectId, repositoryId);
    },
    linkedRepositories(projectId: string): SyncedRepository[] {
      return store.linkedRepositories(projectId);
    },
  };
}

export type LinkingService = ReturnType<typeof createLinkingService>;
