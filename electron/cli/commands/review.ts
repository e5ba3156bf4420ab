/**
 * `showcase review`: the suggestions detection made that wait for the user's word, with their
 * evidence; accepting or rejecting some or all of them, for a project or a repository.
 * `showcase link` / `showcase unlink`: a synced repository and a project.
 */
import type { AppCore } from '../../core/app-context';
import { tagKey } from '../../core/db/project-repository';
import { AppError } from '../../core/errors';
import type { PendingSuggestion, ReviewFilter, ReviewVerdict, SuggestionRef } from '../../../shared/review-types';
import type { SyncedRepository } from '../../../shared/github-types';
import { resolveTag } from '../../../shared/taxonomy';
import type { Project } from '../../../shared/types';
import type { CommandSpec } from '../command';
import { cell, printJson, UsageError, type Io } from '../io';

/** A project by id, else by title (case-insensitive); several with that title must be told apart by id. */
export function findProject(core: AppCore, text: string): Project {
  const wanted = text.trim();
  const { projects } = core.portfolio.list({ sort: 'title' });
  const byId = projects.find((p) => p.id === wanted);
  if (byId) return byId;
  const named = projects.filter((p) => p.title.trim().toLowerCase() === wanted.toLowerCase());
  if (named.length === 1) return named[0];
  if (named.length > 1) throw new UsageError(`${named.length} projects are titled "${wanted}"; give one's id instead (${named.map((p) => p.id).join(', ')})`);
  throw new AppError('NOT_FOUND', `There is no project titled or with the id "${wanted}"; \`showcase projects\` lists them.`);
}

/** A synced repository by OWNER/NAME (case-insensitive), hidden ones included. */
export function findRepository(core: AppCore, fullName: string): SyncedRepository {
  const wanted = fullName.trim().toLowerCase();
  const repo = core.github.repositories.list({ includeHidden: true }).find((r) => r.fullName.toLowerCase() === wanted);
  if (!repo) throw new AppError('NOT_FOUND', `There is no synced repository named ${fullName.trim()}; \`showcase repos\` lists them (sync first with \`showcase sync\`).`);
  return repo;
}

/** Whether a name the user typed ("postgres", "CRUD app", "crud") means this suggestion. */
function names(s: PendingSuggestion, typed: string): boolean {
  const key = tagKey(typed);
  if (s.type === 'kind') return key === s.name || key === tagKey(s.label);
  return key === tagKey(s.name) || tagKey(resolveTag(typed).name) === tagKey(s.name);
}

const ref = (s: PendingSuggestion): SuggestionRef => ({ projectId: s.projectId, type: s.type, name: s.name });

function strengthNote(s: PendingSuggestion): string {
  const parts = [s.strength ?? 'kind', s.minorContribution ? 'minor contribution' : ''].filter(Boolean);
  return parts.join(', ');
}

function printQueue(io: Io, suggestions: PendingSuggestion[], total: number): void {
  if (!suggestions.length) {
    io.out(total ? 'Nothing here waits for review.' : 'No suggestions wait for review.');
    return;
  }
  let project = '';
  for (const s of suggestions) {
    if (s.projectId !== project) {
      project = s.projectId;
      const count = suggestions.filter((x) => x.projectId === project).length;
      io.out(`${s.projectTitle} (${count} to review)`);
    }
    io.out(`  ${cell(s.type, 4)}  ${cell(s.label, 24)}  ${cell(strengthNote(s), 28)}  ${cell(s.evidence ?? '-', 90).trimEnd()}`);
  }
  io.out(`${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'} to review${total > suggestions.length ? ` here, ${total} in all` : ''}`);
}

export const reviewCommand: CommandSpec = {
  name: 'review',
  summary: 'Review detected suggestions: list them with their evidence, accept or reject them',
  usage: 'showcase review [--project TITLE|ID] [--repo OWNER/NAME] [--accept TECH]... [--reject TECH]... [--accept-all | --reject-all] [--json]',
  options: {
    project: { type: 'string', description: 'Only the suggestions of this project (its title or id)' },
    repo: { type: 'string', description: 'Only the suggestions that come from this synced repository' },
    accept: { type: 'string', multiple: true, description: 'Accept this suggestion (a technology, or a kind such as crud)' },
    reject: { type: 'string', multiple: true, description: 'Reject this suggestion; it never comes back' },
    'accept-all': { type: 'boolean', description: 'Accept every other suggestion of --project or --repo' },
    'reject-all': { type: 'boolean', description: 'Reject every other suggestion of --project or --repo' },
    json: { type: 'boolean', description: 'Print machine-readable JSON (with evidence)' },
  },
  needsDb: true,
  run({ core, io, values }) {
    const c = core!;
    const accept = (values.accept as string[] | undefined) ?? [];
    const reject = (values.reject as string[] | undefined) ?? [];
    const all: ReviewVerdict | null = values['accept-all'] ? 'accepted' : values['reject-all'] ? 'rejected' : null;
    if (values['accept-all'] && values['reject-all']) throw new UsageError('give --accept-all or --reject-all, not both');
    const filter: ReviewFilter = {};
    const project = typeof values.project === 'string' ? findProject(c, values.project) : null;
    const repo = typeof values.repo === 'string' ? findRepository(c, values.repo) : null;
    if (project) filter.projectId = project.id;
    if (repo) filter.repositoryId = repo.id;
    if (all && !project && !repo) throw new UsageError(`--${all === 'accepted' ? 'accept' : 'reject'}-all needs --project TITLE|ID or --repo OWNER/NAME`);

    const queue = c.review.list(filter);
    if (!accept.length && !reject.length && !all) {
      if (values.json) return printJson(io, queue);
      return printQueue(io, queue.suggestions, queue.total);
    }

    const scope = project ? `on ${project.title}` : repo ? `from ${repo.fullName}` : 'anywhere';
    const pick = (typed: string[]): SuggestionRef[] =>
      typed.flatMap((t) => {
        const hits = queue.suggestions.filter((s) => names(s, t));
        if (!hits.length) {
          const open = [...new Set(queue.suggestions.map((s) => s.label))];
          throw new AppError('NOT_FOUND', `No suggestion named "${t}" waits for review ${scope}${open.length ? ` (waiting: ${open.slice(0, 20).join(', ')}${open.length > 20 ? ', …' : ''})` : ''}.`);
        }
        return hits.map(ref);
      });
    const toAccept = pick(accept);
    const toReject = pick(reject);
    const key = (r: SuggestionRef) => `${r.projectId}\u0000${r.type}\u0000${r.name}`;
    const both = toAccept.find((a) => toReject.some((r) => key(r) === key(a)));
    if (both) throw new UsageError(`"${both.name}" is both accepted and rejected`);
    const named = new Set([...toAccept, ...toReject].map(key));
    const rest = all ? queue.suggestions.map(ref).filter((r) => !named.has(key(r))) : [];
    const accepted = [...toAccept, ...(all === 'accepted' ? rest : [])];
    const rejected = [...toReject, ...(all === 'rejected' ? rest : [])];
    if (accepted.length) c.review.decide(accepted, 'accepted');
    if (rejected.length) c.review.decide(rejected, 'rejected');
    const remaining = c.review.pendingCount();
    if (values.json) return printJson(io, { accepted, rejected, remaining });
    const label = (r: SuggestionRef) => queue.suggestions.find((s) => key(ref(s)) === key(r))?.label ?? r.name;
    const titled = (list: SuggestionRef[]) => {
      const projects = new Set(list.map((r) => r.projectId)).size;
      return `${list.length} (${[...new Set(list.map(label))].slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''})${projects > 1 ? ` on ${projects} projects` : ''}`;
    };
    if (accepted.length) io.out(`Accepted ${titled(accepted)}.`);
    if (rejected.length) io.out(`Rejected ${titled(rejected)}.`);
    io.out(`${remaining} suggestion${remaining === 1 ? '' : 's'} left to review.`);
  },
};

function linkSpec(name: 'link' | 'unlink'): CommandSpec {
  const linking = name === 'link';
  return {
    name,
    summary: linking ? 'Link a synced repository to a project (its detections become suggestions to review)' : 'Unlink a repository from a project (suggestions already made stay for review)',
    usage: `showcase ${name} OWNER/NAME PROJECT [--json]`,
    options: { json: { type: 'boolean', description: linking ? 'Print the project as JSON' : 'Print the result as JSON' } },
    positionals: { min: 2, max: 2, names: 'a repository (OWNER/NAME) and a project (title or id)' },
    needsDb: true,
    run({ core, io, values, positionals }) {
      const c = core!;
      const repo = findRepository(c, positionals[0]);
      const project = findProject(c, positionals[1]);
      if (linking) {
        const linked = c.github.linking.linkRepository(project.id, repo.id);
        if (values.json) return printJson(io, linked);
        const pending = c.review.list({ projectId: project.id }).suggestions.length;
        io.out(`Linked ${repo.fullName} to "${project.title}"; ${pending} suggestion${pending === 1 ? '' : 's'} to review (\`showcase review --project ${project.id}\`).`);
        return;
      }
      if (!c.github.linking.unlinkRepository(project.id, repo.id)) throw new AppError('NOT_FOUND', `${repo.fullName} is not linked to "${project.title}".`);
      if (values.json) return printJson(io, { unlinked: true, projectId: project.id, repositoryId: repo.id });
      io.out(`Unlinked ${repo.fullName} from "${project.title}".`);
    },
  };
}

export const linkCommand = linkSpec('link');
export const unlinkCommand = linkSpec('unlink');
