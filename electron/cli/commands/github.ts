/**
 * `showcase sync`, `showcase accounts`, `showcase repos`. The token comes from GH_TOKEN or
 * GITHUB_TOKEN for this run only: it is never stored (the account is, without it). Progress
 * goes to stderr; results to stdout.
 */
import type { SyncProgress, SyncedRepository } from '../../../shared/github-types';
import type { CommandSpec } from '../command';
import type { AppCore } from '../../core/app-context';
import { isPending } from '../../../shared/confirmed';
import type { Project } from '../../../shared/types';
import { findRepository } from './review';
import { resolve } from 'node:path';
import { writeOutputFile, type OutputOptions } from '../../core/files/output-file';
import { AppError } from '../../core/errors';
import { normalizeApiUrl } from '../../core/github/api-address';
import type { GitHubService } from '../../core/github/github-service';
import { cell, PartialRun, printJson, UsageError, type Io } from '../io';

function progressLine(p: SyncProgress): string {
  const rate = p.rateLimitRemaining === null ? '' : `, rate limit ${p.rateLimitRemaining} left`;
  if (p.phase === 'listing') return `sync: listing repositories… ${p.reposTotal || ''} (${p.requestsUsed} requests${rate})`;
  if (p.phase === 'waiting-for-rate-limit') return `sync: waiting for the rate limit to reset (${p.rateLimitResetAt ?? 'soon'})`;
  return `sync: ${p.reposDone}/${p.reposTotal} repositories (${p.requestsUsed} requests${rate})`;
}

/** When a stopped sync can go on, in UTC and from now. */
export function resumeHint(resumeAt: string | null, now = Date.now()): string {
  if (!resumeAt) return 'GitHub did not say when the limit resets (it is usually within the hour); run `showcase sync` again later to go on.';
  const at = Math.ceil(Date.parse(resumeAt) / 60_000) * 60_000;
  const minutes = Math.max(1, Math.ceil((at - now) / 60_000));
  const when = `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC (in ${minutes < 90 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `about ${Math.round(minutes / 60)} hours`})`;
  return `Run \`showcase sync\` again after ${when} to go on.`;
}

/** `--api-url` is held to the API-address rule before anything is opened or sent. */
export function checkApiUrl(values: Record<string, unknown>): void {
  if (typeof values['api-url'] === 'string') normalizeApiUrl(values['api-url']);
}

export const syncCommand: CommandSpec = {
  name: 'sync',
  summary: 'Sync GitHub repositories (token from GH_TOKEN/GITHUB_TOKEN, or --login for public repos)',
  usage: 'showcase sync [--login LOGIN] [--api-url URL] [--json]',
  options: {
    login: { type: 'string', description: 'With no token: sync this user’s public repositories' },
    'api-url': { type: 'string', description: 'GitHub Enterprise Server API, e.g. https://ghe.example.com/api/v3' },
    json: { type: 'boolean', description: 'Print the sync result as JSON' },
  },
  needsDb: true,
  check: checkApiUrl,
  async run({ core, io, values }) {
    const github = core!.github;
    const token = (io.env.GH_TOKEN || io.env.GITHUB_TOKEN || '').trim();
    const apiUrl = (values['api-url'] as string | undefined) ?? null;
    const login = values.login as string | undefined;
    let account;
    if (token) {
      account = await github.accounts.addWithToken({ token, apiUrl });
      if (login && login.toLowerCase() !== account.login.toLowerCase()) {
        throw new UsageError(`the token belongs to ${account.login}, not ${login}; unset GH_TOKEN/GITHUB_TOKEN to sync ${login}'s public repositories`);
      }
    } else if (login) {
      account = await github.accounts.addPublic({ login, apiUrl });
    } else {
      throw new UsageError('set GH_TOKEN or GITHUB_TOKEN, or pass --login LOGIN to sync a user’s public repositories');
    }
    let last = '';
    const result = await github.sync.sync(account.id, {
      onProgress: (p) => {
        const line = progressLine(p);
        if (line !== last) io.err(line);
        last = line;
      },
    });
    if (values.json) printJson(io, result);
    else {
      const current = result.reposUpdated + result.reposUnchanged;
      const left = result.reposListed - current;
      io.out(
        result.status === 'partial'
          ? `${result.login}: ${current} of ${result.reposListed} repositories stored and up to date (${result.reposUpdated} updated now, ${result.reposUnchanged} unchanged); ${left} left for the next run; ${result.requests} requests.`
          : `${result.login}: ${result.reposListed} repositories, ${result.reposUpdated} updated, ${result.reposUnchanged} unchanged, ${result.requests} requests.`,
      );
      for (const w of result.warnings) io.out(`warning: ${w}`);
    }
    if (result.status === 'partial') throw new PartialRun(`GitHub's rate limit was reached, so the sync stopped part-way; what was stored is kept. ${resumeHint(result.resumeAt)}`);
    if (result.status === 'failed') throw new Error(result.error?.message ?? 'Sync failed.');
  },
};

export const accountsCommand: CommandSpec = {
  name: 'accounts',
  summary: 'List GitHub accounts',
  usage: 'showcase accounts [--json]',
  options: { json: { type: 'boolean', description: 'Print machine-readable JSON' } },
  needsDb: true,
  async run({ core, io, values }) {
    const accounts = await core!.github.accounts.list();
    if (values.json) return printJson(io, accounts);
    if (accounts.length === 0) return io.out('No GitHub accounts yet. Run `showcase sync` with GH_TOKEN set, or `showcase sync --login NAME`.');
    io.out(`${cell('LOGIN', 24)}  ${cell('KIND', 7)}  ${cell('SERVER', 30)}  LAST SYNC`);
    for (const a of accounts) io.out(`${cell(a.login, 24)}  ${cell(a.kind, 7)}  ${cell(a.apiUrl, 30)}  ${a.lastSyncedAt ?? 'never'}`);
  },
};

function techLine(r: SyncedRepository): string {
  return r.technologies.map((t) => t.name).join(', ');
}

/** `--readme-draft OWNER/NAME`: the sections its README lacks, printed or written to `--out`. */
function readmeDraft(github: GitHubService, io: Io, fullName: string, values: Record<string, unknown>, output: OutputOptions): void {
  const repo = github.repositories.list({ includeHidden: true }).find((r) => r.fullName.toLowerCase() === fullName.trim().toLowerCase());
  if (!repo) throw new AppError('NOT_FOUND', `There is no synced repository named ${fullName}; \`showcase repos\` lists them.`);
  const draft = github.repositories.readmeDraft(repo.id);
  if (values.json) return printJson(io, draft);
  if (!draft.needed) return io.out(`The README of ${repo.fullName} is rated good: there is nothing to add.`);
  const out = values.out as string | undefined;
  if (!out) return io.out(draft.markdown);
  const bytes = Buffer.from(draft.markdown, 'utf8');
  writeOutputFile(resolve(out), bytes, output);
  io.out(`Wrote a README draft for ${repo.fullName} (${draft.level} now; ${draft.sections.map((s) => s.id).join(', ')}) to ${out} (${bytes.byteLength} bytes).`);
}

/** `--create-projects`: one project per repository, as the app makes them; a repository already linked to a project is left out. */
function createProjects(core: AppCore, io: Io, values: Record<string, unknown>): void {
  const github = core.github;
  const named = (values.repo as string[] | undefined) ?? [];
  const repos = named.length ? [...new Map(named.map((n) => findRepository(core, n)).map((r) => [r.id, r])).values()] : github.repositories.list();
  const linked = repos.filter((r) => r.projectIds.length > 0);
  const result = github.linking.createProjectsFromRepositories(
    repos.filter((r) => r.projectIds.length === 0).map((r) => r.id),
    { includeForks: values['include-forks'] === true, includeArchived: values['include-archived'] === true },
  );
  result.skipped.push(...linked.map((r) => ({ repositoryId: r.id, fullName: r.fullName, reason: 'already linked to a project' })));
  if (values.json) return printJson(io, result);
  const pendingOf = (p: Project) => p.tags.filter(isPending).length + p.kinds.filter(isPending).length;
  if (!result.created.length) io.out(repos.length ? 'No project made.' : 'No synced repositories yet. Run `showcase sync`.');
  for (const p of result.created) io.out(`Made "${p.title}" (${p.id}): ${pendingOf(p)} suggestion${pendingOf(p) === 1 ? '' : 's'} to review`);
  for (const s of result.skipped) io.out(`Skipped ${s.fullName ?? s.repositoryId}: ${s.reason}`);
  if (result.created.length) io.out(`${result.created.length} project${result.created.length === 1 ? '' : 's'} made. Review their suggestions with \`showcase review\`.`);
}

export const reposCommand: CommandSpec = {
  name: 'repos',
  summary: 'List synced repositories with documentation status and detected technologies; draft a README',
  usage: 'showcase repos [--json] | showcase repos --readme-draft OWNER/NAME [--out FILE] [--json] | showcase repos --create-projects [--repo OWNER/NAME]... [--include-forks] [--include-archived] [--json]',
  options: {
    'create-projects': { type: 'boolean', description: 'Make a project of each repository not linked to one yet (or of each --repo), as the app does' },
    repo: { type: 'string', multiple: true, description: 'With --create-projects: only this repository (OWNER/NAME)' },
    'include-forks': { type: 'boolean', description: 'With --create-projects: forks too' },
    'include-archived': { type: 'boolean', description: 'With --create-projects: archived repositories too' },
    json: { type: 'boolean', description: 'Print machine-readable JSON (with evidence)' },
    'readme-draft': { type: 'string', description: 'Draft the sections the README of OWNER/NAME lacks, from what the last sync read' },
    out: { type: 'string', description: 'With --readme-draft: write the draft to this file instead of printing it' },
    force: { type: 'boolean', description: 'With --out: replace the file if it already exists (never the database itself)' },
  },
  needsDb: true,
  async run({ core, io, values }) {
    const github = core!.github;
    if (typeof values['readme-draft'] === 'string') {
      return readmeDraft(github, io, values['readme-draft'], values, { protectedFiles: core!.protectedFiles, overwrite: values.force === true });
    }
    if (values['create-projects']) return createProjects(core!, io, values);
    if (values.out) throw new UsageError('--out goes with --readme-draft OWNER/NAME');
    for (const only of ['repo', 'include-forks', 'include-archived']) if (values[only] !== undefined) throw new UsageError(`--${only} goes with --create-projects`);
    const repos = github.repositories.list();
    if (values.json) {
      const logins = new Map((await github.accounts.list()).map((a) => [a.id, a.login]));
      return printJson(io, repos.map((r) => ({ ...r, account: r.accountId ? (logins.get(r.accountId) ?? null) : null })));
    }
    if (repos.length === 0) return io.out('No synced repositories yet. Run `showcase sync`.');
    io.out(`${cell('REPOSITORY', 36)}  ${cell('DOCS', 7)}  ${cell('LANGUAGES', 24)}  TECHNOLOGIES`);
    for (const r of repos) {
      const flags = [r.isFork ? 'fork' : '', r.isArchived ? 'archived' : ''].filter(Boolean).join(', ');
      io.out(`${cell(r.fullName + (flags ? ` (${flags})` : ''), 36)}  ${cell(r.docStatus?.level ?? '-', 7)}  ${cell(r.languages.map((l) => l.name).join(', ') || '-', 24)}  ${cell(techLine(r) || '-', 70).trimEnd()}`);
      if (r.docStatus?.reasons.length) io.out(`    docs: ${cell(r.docStatus.reasons.join('; '), 110).trimEnd()}`);
      for (const k of r.kinds) io.out(`    kind ${k.kind}: ${cell(k.evidence[0] ?? '', 100).trimEnd()}`);
      for (const w of r.warnings) io.out(`    warning: ${cell(w, 110).trimEnd()}`);
    }
    io.out(`${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'}`);
  },
};
