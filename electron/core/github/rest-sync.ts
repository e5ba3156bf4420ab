/**
 * Public sync without a token, over REST (60 requests an hour). Every GET is conditional
 * (If-None-Match with the stored ETag: a 304 is free and served from the cache), repositories
 * come most recently pushed first, an unchanged one (same pushed_at) costs nothing beyond the
 * listing, and the run stops before the budget is spent, to resume after the reset.
 */
import { manifestEcosystem } from '../../../shared/detection';
import { isApiSpecFile } from '../../../shared/api-spec';
import { COMPOSE_FILES } from '../../../shared/detection-rules';
import { buildRecord, type FetchedFile, type FetchedRepository } from './repository-record';
import { repositoryId } from './repository-store';
import { decodeBase64Blob, LIMITS, warning } from './sanitize';
import { throwIfAborted, type SyncRunContext, type SyncRunResult } from './sync-context';
import { classifyFailure, SyncStop } from './sync-errors';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Requests kept in hand: the run stops when the budget left falls to this. */
export const REST_RESERVE = 0;
/** Cached bodies above this size are not kept (the ETag alone would be useless without them). */
const CACHE_MAX_BODY = 1_000_000;

interface Got {
  status: number;
  data: unknown;
  headers: Record<string, string | undefined>;
}

async function ensureBudget(ctx: SyncRunContext): Promise<void> {
  const rate = ctx.client.stats.rate;
  if (rate.remaining === null || rate.remaining > REST_RESERVE) return;
  const resetMs = (rate.reset ?? 0) * 1000;
  if (resetMs > Date.now()) {
    ctx.progress({ phase: 'waiting-for-rate-limit' });
    if (await ctx.waitForReset(resetMs)) {
      ctx.client.stats.rate = { ...rate, remaining: null };
      return;
    }
    throw new SyncStop({
      kind: 'rate-limit',
      message: `The public rate limit (${rate.limit ?? 60} requests an hour) is spent for now; sync again after ${new Date(resetMs).toISOString()} to go on.`,
      resetAt: new Date(resetMs).toISOString(),
    });
  }
}

/** A conditional GET: the stored ETag goes along; a 304 answers from the cache. 404 → null data. */
async function get(ctx: SyncRunContext, url: string): Promise<Got> {
  throwIfAborted(ctx.signal);
  await ensureBudget(ctx);
  const cached = ctx.store.getCached(ctx.account.id, url);
  try {
    const res = await ctx.client.octokit.request(`GET ${url}`, { headers: cached ? { 'if-none-match': cached.etag } : {} });
    const headers = res.headers as Record<string, string | undefined>;
    const body = JSON.stringify(res.data);
    if (headers.etag && body.length <= CACHE_MAX_BODY) ctx.store.putCached(ctx.account.id, url, headers.etag, body);
    return { status: res.status, data: res.data, headers };
  } catch (error) {
    const e = error as { status?: number; response?: { headers?: Record<string, string | undefined> } };
    if (e.status === 304 && cached) {
      return { status: 304, data: JSON.parse(cached.body), headers: e.response?.headers ?? {} };
    }
    if (e.status === 404) return { status: 404, data: null, headers: e.response?.headers ?? {} };
    throw error;
  }
}

function stop(error: unknown, ctx: SyncRunContext): never {
  if (error instanceof SyncStop) throw error;
  throw new SyncStop(classifyFailure(error, ctx.signal));
}

function fileFrom(data: unknown, name: string, max: number): FetchedFile | null {
  if (!isObj(data)) return null;
  if (typeof data.content !== 'string') return { name, text: null, binary: false, replaced: false, truncated: false };
  return { name, ...decodeBase64Blob(data.content, max) };
}

async function fetchRepository(ctx: SyncRunContext, repo: Json): Promise<FetchedRepository> {
  const fullName = String(repo.full_name);
  const base = `/repos/${fullName.split('/').map(encodeURIComponent).join('/')}`;
  const warnings: string[] = [];
  const languages = await get(ctx, `${base}/languages`);
  const readme = await get(ctx, `${base}/readme`);
  const root = await get(ctx, `${base}/contents/`);
  const entries = Array.isArray(root.data) ? root.data.filter(isObj) : [];
  const files: FetchedFile[] = [];
  for (const e of entries) {
    const name = typeof e.name === 'string' ? e.name : '';
    if (e.type !== 'file' || !(manifestEcosystem(name) || COMPOSE_FILES.includes(name) || isApiSpecFile(name))) continue;
    const got = await get(ctx, `${base}/contents/${encodeURIComponent(name)}`);
    const f = fileFrom(got.data, name, LIMITS.manifest);
    if (f) files.push(f);
  }
  let workflowFiles: unknown[] = [];
  if (entries.some((e) => e.name === '.github' && e.type === 'dir')) {
    const wf = await get(ctx, `${base}/contents/.github/workflows`);
    workflowFiles = Array.isArray(wf.data) ? wf.data.filter(isObj).map((e) => e.name) : [];
  }
  const licence = isObj(repo.license) ? (repo.license.spdx_id && repo.license.spdx_id !== 'NOASSERTION' ? repo.license.spdx_id : repo.license.name) : null;
  const readmeName = isObj(readme.data) && typeof readme.data.name === 'string' ? readme.data.name : 'README';
  return {
    nodeId: String(repo.node_id),
    owner: isObj(repo.owner) ? repo.owner.login : null,
    name: repo.name,
    fullName,
    url: repo.html_url,
    description: repo.description,
    homepage: repo.homepage,
    stars: repo.stargazers_count,
    forks: repo.forks_count,
    visibility: repo.visibility ?? (repo.private ? 'private' : 'public'),
    isFork: repo.fork,
    isArchived: repo.archived,
    licence,
    topics: repo.topics,
    defaultBranch: repo.default_branch,
    pushedAt: repo.pushed_at,
    createdAt: repo.created_at,
    languages: isObj(languages.data) ? Object.entries(languages.data).map(([name, bytes]) => ({ name, bytes })) : [],
    readme: readme.status === 404 ? null : fileFrom(readme.data, readmeName, LIMITS.readme),
    rootEntries: entries.map((e) => ({ name: e.name, type: e.type === 'dir' ? 'tree' : e.type === 'submodule' ? 'commit' : 'blob' })),
    workflowFiles,
    files,
    warnings,
  };
}

export async function runRestPublicSync(ctx: SyncRunContext): Promise<SyncRunResult> {
  const result: SyncRunResult = { listed: 0, updated: 0, unchanged: 0, warnings: [] };
  const login = encodeURIComponent(ctx.account.login);
  const listed: Json[] = [];
  ctx.progress({ phase: 'listing', reposDone: 0, reposTotal: 0 });
  try {
    for (let page = 1; page <= 100; page++) {
      const got = await get(ctx, `/users/${login}/repos?type=owner&sort=pushed&direction=desc&per_page=100&page=${page}`);
      if (got.status === 404) throw new SyncStop({ kind: 'not-found', message: `GitHub has no user "${ctx.account.login}".`, resetAt: null });
      const items = Array.isArray(got.data) ? got.data.filter((r) => isObj(r) && typeof r.node_id === 'string' && typeof r.full_name === 'string') : [];
      listed.push(...(items as Json[]));
      ctx.progress({ phase: 'listing', reposTotal: listed.length });
      if (!/rel="next"/.test(got.headers.link ?? '')) break;
    }
  } catch (error) {
    stop(error, ctx);
  }
  result.listed = listed.length;
  const index = ctx.store.listingIndex(ctx.host);
  let done = 0;
  ctx.progress({ phase: 'details', reposDone: 0, reposTotal: listed.length });
  for (const repo of listed) {
    const nodeId = String(repo.node_id);
    const stored = index.get(nodeId);
    const pushedAt = typeof repo.pushed_at === 'string' ? repo.pushed_at : null;
    if (stored && stored.complete && stored.pushedAt && pushedAt && Date.parse(stored.pushedAt) === Date.parse(pushedAt)) {
      result.unchanged++;
      ctx.store.markSeen(stored.id, ctx.account.id);
    } else {
      try {
        const fetched = await fetchRepository(ctx, repo);
        ctx.save([buildRecord(fetched, ctx.account.id, ctx.host)]);
        result.updated++;
      } catch (error) {
        const failure = error instanceof SyncStop ? error.failure : classifyFailure(error, ctx.signal);
        if (failure.kind === 'cancelled' || failure.kind === 'auth' || failure.kind === 'rate-limit') throw new SyncStop(failure);
        const text = warning(`Details could not be fetched this time (${failure.message}); the previous data is kept.`);
        const id = repositoryId(ctx.host, nodeId);
        if (stored) ctx.store.addWarning(id, text);
        result.warnings.push(`${String(repo.full_name)}: ${text}`);
      }
    }
    done++;
    ctx.progress({ phase: 'details', reposDone: done, reposTotal: listed.length });
  }
  ctx.store.markGone(ctx.account.id, listed.map((r) => repositoryId(ctx.host, String(r.node_id))));
  return result;
}
