/**
 * Authenticated sync over GraphQL. Two steps, so an unchanged repository costs only its line in
 * the listing: (1) list ids and pushedAt, 100 a page; (2) fetch details (metadata, languages,
 * topics, licence, README, root tree, manifests) of new or changed repositories, 100 per
 * request with `nodes(ids:)`. Each batch is stored as it arrives, so a cancelled or failed
 * sync keeps what it finished, and the next one (seeing those pushedAt values) resumes.
 */
import { MANIFEST_PATTERNS } from '../../../shared/detection-rules';
import { isApiSpecFile } from '../../../shared/api-spec';
import { buildRecord, type FetchedFile, type FetchedRepository } from './repository-record';
import { buildExtraFilesQuery, fileAlias, PAGE_SIZE, README_CANDIDATES, readmeAlias, REPOSITORY_DETAILS_QUERY, REPOSITORY_LIST_QUERY, ROOT_TEXT_FILES } from './queries';
import { repositoryId, type RepositoryRecord } from './repository-store';
import { cleanLongText, LIMITS, warning } from './sanitize';
import { throwIfAborted, type SyncRunContext, type SyncRunResult } from './sync-context';
import { classifyFailure, SyncStop } from './sync-errors';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

interface ListedRepo {
  id: string;
  nameWithOwner: string;
  pushedAt: string | null;
}

/** Runs one GraphQL document; partial data with errors comes back with the errors, anything else throws. */
async function query(ctx: SyncRunContext, document: string, variables: Json): Promise<{ data: Json; errors: Array<{ message: string; path?: unknown[] }> }> {
  throwIfAborted(ctx.signal);
  let data: unknown;
  let errors: Array<{ message: string; path?: unknown[] }> = [];
  try {
    data = await ctx.client.octokit.graphql(document, variables);
  } catch (error) {
    // @octokit/graphql's GraphqlResponseError: HTTP 200 with `errors`, and partial `data`.
    const gqlError = error as { name?: string; errors?: Array<{ message?: unknown; path?: unknown; type?: unknown }>; data?: unknown };
    if (gqlError?.name !== 'GraphqlResponseError') throw error;
    const list = Array.isArray(gqlError.errors) ? gqlError.errors : [];
    if (list.some((e) => e.type === 'RATE_LIMITED')) throw Object.assign(new Error('GraphQL rate limit exceeded'), { status: 403 });
    errors = list.map((e) => ({ message: String(e.message), path: Array.isArray(e.path) ? e.path : undefined }));
    data = gqlError.data;
  }
  if (!isObj(data)) throw Object.assign(new Error('GitHub sent an answer that is not GraphQL data (malformed JSON?)'), { status: 0 });
  const rate = data.rateLimit;
  if (isObj(rate) && typeof rate.remaining === 'number') {
    ctx.client.stats.rate = { ...ctx.client.stats.rate, remaining: rate.remaining, reset: typeof rate.resetAt === 'string' ? Date.parse(rate.resetAt) / 1000 : ctx.client.stats.rate.reset, resource: 'graphql' };
  }
  return { data, errors };
}

function blob(value: unknown, name: string, max: number): FetchedFile | null {
  if (!isObj(value)) return null;
  if (value.isBinary === true) return { name, text: null, binary: true, replaced: false, truncated: false };
  if (typeof value.text !== 'string') return { name, text: null, binary: value.isBinary !== false, replaced: false, truncated: false };
  const { text, truncated } = cleanLongText(value.text, max);
  return { name, text, binary: false, replaced: value.text.includes('\uFFFD'), truncated: truncated || value.isTruncated === true };
}

function treeNames(value: unknown): Array<{ name: unknown; type: unknown }> {
  return isObj(value) && Array.isArray(value.entries) ? value.entries.filter(isObj).map((e) => ({ name: e.name, type: e.type })) : [];
}

/** Root files fetched in a second request: a README spelled otherwise, `*.csproj`, an OpenAPI file. */
function extraFilesFor(root: Array<{ name: unknown; type: unknown }>, hasReadme: boolean): string[] {
  const names = root.filter((e) => e.type === 'blob' && typeof e.name === 'string').map((e) => e.name as string);
  const extra: string[] = [];
  if (!hasReadme) {
    const readme = names.find((n) => /^readme(\.[\w-]+)?$/i.test(n));
    if (readme) extra.push(readme);
  }
  for (const n of names) if ((MANIFEST_PATTERNS.some((p) => p.pattern.test(n)) || isApiSpecFile(n)) && extra.length < 6) extra.push(n);
  return extra;
}

function toFetched(node: Json, warnings: string[]): FetchedRepository {
  const root = treeNames(node.root);
  let readme: FetchedFile | null = null;
  README_CANDIDATES.forEach((name, i) => {
    readme ??= blob(node[readmeAlias(i)], name, LIMITS.readme);
  });
  const files: FetchedFile[] = [];
  ROOT_TEXT_FILES.forEach((name, i) => {
    const f = blob(node[fileAlias(i)], name, LIMITS.manifest);
    if (f) files.push(f);
  });
  const languages = isObj(node.languages) && Array.isArray(node.languages.edges)
    ? node.languages.edges.filter(isObj).map((e) => ({ name: isObj(e.node) ? e.node.name : null, bytes: e.size, color: isObj(e.node) ? e.node.color : null }))
    : [];
  const topics = isObj(node.repositoryTopics) && Array.isArray(node.repositoryTopics.nodes)
    ? node.repositoryTopics.nodes.map((t) => (isObj(t) && isObj(t.topic) ? t.topic.name : null))
    : [];
  const licence = isObj(node.licenseInfo) ? (node.licenseInfo.spdxId && node.licenseInfo.spdxId !== 'NOASSERTION' ? node.licenseInfo.spdxId : node.licenseInfo.name) : null;
  return {
    nodeId: String(node.id),
    owner: isObj(node.owner) ? node.owner.login : null,
    name: node.name,
    fullName: node.nameWithOwner,
    url: node.url,
    description: node.description,
    homepage: node.homepageUrl,
    stars: node.stargazerCount,
    forks: node.forkCount,
    visibility: node.visibility,
    isFork: node.isFork,
    isArchived: node.isArchived,
    licence,
    topics,
    defaultBranch: isObj(node.defaultBranchRef) ? node.defaultBranchRef.name : null,
    pushedAt: node.pushedAt,
    createdAt: node.createdAt,
    languages,
    readme,
    rootEntries: root,
    workflowFiles: treeNames(node.workflows).map((e) => e.name),
    files,
    warnings,
  };
}

/** The README or manifests named differently, for a batch: one extra request at most. */
async function fetchExtraFiles(ctx: SyncRunContext, items: Array<{ fetched: FetchedRepository; names: string[] }>): Promise<void> {
  const wanted = items.filter((i) => i.names.length > 0);
  if (wanted.length === 0) return;
  const variables: Json = {};
  wanted.forEach((w, i) => {
    variables[`id${i}`] = w.fetched.nodeId;
    w.names.forEach((n, j) => (variables[`e${i}_${j}`] = `HEAD:${n}`));
  });
  try {
    const { data } = await query(ctx, buildExtraFilesQuery(wanted.map((w) => w.names.length)), variables);
    wanted.forEach((w, i) => {
      const node = data[`r${i}`];
      if (!isObj(node)) return;
      w.names.forEach((n, j) => {
        const f = blob(node[`f${j}`], n, /^readme/i.test(n) ? LIMITS.readme : LIMITS.manifest);
        if (!f) return;
        if (/^readme/i.test(n)) w.fetched.readme = f;
        else w.fetched.files.push(f);
      });
    });
  } catch (error) {
    const failure = classifyFailure(error, ctx.signal);
    if (failure.kind === 'cancelled' || failure.kind === 'auth' || failure.kind === 'rate-limit') throw new SyncStop(failure);
    for (const w of wanted) w.fetched.warnings.push(warning(`Some root files (${w.names.join(', ')}) could not be fetched: ${failure.message}`));
  }
}

/**
 * Details for a batch of ids. A batch GitHub cannot answer (5xx after retries, malformed
 * JSON) is split in halves until the bad repository is alone; that one gets a warning.
 */
async function fetchDetails(ctx: SyncRunContext, ids: string[], result: SyncRunResult, known: Map<string, string>): Promise<RepositoryRecord[]> {
  let data: Json;
  let errors: Array<{ message: string; path?: unknown[] }>;
  try {
    ({ data, errors } = await query(ctx, REPOSITORY_DETAILS_QUERY, { ids }));
  } catch (error) {
    const failure = classifyFailure(error, ctx.signal);
    if (failure.kind === 'cancelled' || failure.kind === 'auth' || failure.kind === 'rate-limit') throw new SyncStop(failure);
    if (ids.length > 1) {
      const half = Math.ceil(ids.length / 2);
      return [...(await fetchDetails(ctx, ids.slice(0, half), result, known)), ...(await fetchDetails(ctx, ids.slice(half), result, known))];
    }
    const id = known.get(ids[0]);
    const text = warning(`Details could not be fetched this time (${failure.message}); the previous data is kept.`);
    if (id && ctx.store.getRepository(id)) ctx.store.addWarning(id, text);
    result.warnings.push(`${ids[0]}: ${text}`);
    return [];
  }
  const nodes = Array.isArray(data.nodes) ? data.nodes : [];
  const perIndex = new Map<number, string[]>();
  for (const e of errors) {
    const index = Array.isArray(e.path) && e.path[0] === 'nodes' && typeof e.path[1] === 'number' ? e.path[1] : -1;
    perIndex.set(index, [...(perIndex.get(index) ?? []), warning(`GitHub reported: ${e.message}`)]);
  }
  const items: Array<{ fetched: FetchedRepository; names: string[] }> = [];
  ids.forEach((nodeId, i) => {
    const node = nodes[i];
    if (!isObj(node) || node.id !== nodeId) {
      const id = known.get(nodeId);
      const text = perIndex.get(i)?.[0] ?? warning('GitHub returned nothing for this repository this time; the previous data is kept.');
      if (id && ctx.store.getRepository(id)) ctx.store.addWarning(id, text);
      result.warnings.push(`${nodeId}: ${text}`);
      return;
    }
    const fetched = toFetched(node, perIndex.get(i) ?? []);
    items.push({ fetched, names: extraFilesFor(fetched.rootEntries, fetched.readme !== null) });
  });
  await fetchExtraFiles(ctx, items);
  const records: RepositoryRecord[] = [];
  for (const { fetched } of items) {
    try {
      records.push(buildRecord(fetched, ctx.account.id, ctx.host));
    } catch (error) {
      result.warnings.push(warning(`${String(fetched.fullName)}: could not be read (${(error as Error).message}); skipped.`));
    }
  }
  return records;
}

export async function runGraphqlSync(ctx: SyncRunContext, options: { detailBatch?: number } = {}): Promise<SyncRunResult> {
  const result: SyncRunResult = { listed: 0, updated: 0, unchanged: 0, warnings: [] };
  const affiliations = ctx.account.includeOrgRepos ? ['OWNER', 'ORGANIZATION_MEMBER'] : ['OWNER'];
  const listed: ListedRepo[] = [];
  let after: string | null = null;
  let total = 0;
  ctx.progress({ phase: 'listing', reposDone: 0, reposTotal: 0 });
  try {
    for (;;) {
      const { data } = await query(ctx, REPOSITORY_LIST_QUERY, { first: PAGE_SIZE, after, affiliations });
      const conn = isObj(data.viewer) && isObj(data.viewer.repositories) ? data.viewer.repositories : null;
      if (!conn) throw Object.assign(new Error('GitHub’s answer had no repository list'), { status: 0 });
      total = typeof conn.totalCount === 'number' ? conn.totalCount : total;
      for (const n of Array.isArray(conn.nodes) ? conn.nodes : []) {
        if (isObj(n) && typeof n.id === 'string' && n.id.length <= 200) {
          listed.push({ id: n.id, nameWithOwner: String(n.nameWithOwner ?? ''), pushedAt: typeof n.pushedAt === 'string' ? n.pushedAt : null });
        }
      }
      ctx.progress({ phase: 'listing', reposDone: 0, reposTotal: Math.max(total, listed.length) });
      const page = isObj(conn.pageInfo) ? conn.pageInfo : {};
      if (page.hasNextPage !== true || typeof page.endCursor !== 'string' || page.endCursor === after) break;
      after = page.endCursor;
    }
  } catch (error) {
    if (error instanceof SyncStop) throw error;
    throw new SyncStop(classifyFailure(error, ctx.signal));
  }

  result.listed = listed.length;
  const index = ctx.store.listingIndex(ctx.host);
  const known = new Map<string, string>();
  const changed: string[] = [];
  for (const r of listed) {
    const stored = index.get(r.id);
    known.set(r.id, repositoryId(ctx.host, r.id));
    const same = stored && stored.complete && stored.pushedAt !== null && r.pushedAt !== null && Date.parse(stored.pushedAt) === Date.parse(r.pushedAt);
    if (same) {
      result.unchanged++;
      ctx.store.markSeen(stored.id, ctx.account.id);
    } else changed.push(r.id);
  }
  ctx.progress({ phase: 'details', reposDone: result.unchanged, reposTotal: listed.length });

  const batch = Math.min(options.detailBatch ?? PAGE_SIZE, PAGE_SIZE);
  for (let i = 0; i < changed.length; i += batch) {
    const records = await fetchDetails(ctx, changed.slice(i, i + batch), result, known);
    ctx.save(records);
    result.updated += records.length;
    ctx.progress({ phase: 'details', reposDone: Math.min(listed.length, result.unchanged + i + batch), reposTotal: listed.length });
  }
  ctx.store.markGone(ctx.account.id, listed.map((r) => repositoryId(ctx.host, r.id)));
  return result;
}
