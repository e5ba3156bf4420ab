/**
 * Authenticated sync over GraphQL, two kinds of request whatever the repositories' layout:
 * (1) the listing, 100 a page, with each repository's metadata and tree; (2) for new or pushed
 * repositories, 100 per request, their languages, commit counts and exactly the files their
 * tree says detection needs. A repository whose description or topics changed without a push
 * (updatedAt moved, pushedAt did not) is refreshed from the listing alone. Each batch is stored
 * as it arrives, so a cancelled or failed sync keeps what it finished and the next one resumes.
 */
import { planFetch, CONVENTIONAL_FOLDERS } from '../../../shared/detection/files';
import { metadataChanged, refreshFromListing } from './metadata-refresh';
import { buildRecord, SNAPSHOT_VERSION, type FetchedFile, type FetchedRepository } from './repository-record';
import { buildDetailsQuery, folderAlias, PAGE_SIZE, REPOSITORY_LIST_QUERY } from './queries';
import { repositoryId, type RepositoryRecord } from './repository-store';
import { cleanLongText, decodeBase64Blob, LIMITS, warning } from './sanitize';
import { throwIfAborted, type SyncRunContext, type SyncRunResult } from './sync-context';
import { classifyFailure, SyncStop } from './sync-errors';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A details request asks for at most this many files in all (it splits otherwise). */
export const MAX_FILES_PER_REQUEST = 2_000;

interface Listed {
  id: string;
  node: Json;
  paths: string[];
  /** Paths that are symbolic links (a README may be one, pointing at docs/index.md). */
  links: Set<string>;
}

/** Git's mode of a symbolic link (0o120000), as GraphQL's TreeEntry.mode gives it. */
const SYMLINK_MODE = 0o120000;

type GraphqlErrors = Array<{ message: string; path?: unknown[] }>;

/** Runs one GraphQL document; partial data with errors comes back with the errors, anything else throws. */
async function query(ctx: SyncRunContext, document: string, variables: Json): Promise<{ data: Json; errors: GraphqlErrors }> {
  throwIfAborted(ctx.signal);
  let data: unknown;
  let errors: GraphqlErrors = [];
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
  // UTF-16 bytes read as UTF-8: NULs between the letters, or a byte-order mark that is not UTF-8.
  if (value.text.includes('\u0000') || value.text.startsWith('\uFFFD\uFFFD')) return { name, text: null, binary: true, replaced: false, truncated: false };
  const { text, truncated } = cleanLongText(value.text, max);
  return { name, text, binary: false, replaced: value.text.includes('\uFFFD'), truncated: truncated || value.isTruncated === true };
}

/** Paths of a two-level tree object (`{ entries { name type mode object { entries } } }`) under `dir`. */
function treePaths(value: unknown, dir: string, out: string[], links: Set<string>): void {
  if (!isObj(value) || !Array.isArray(value.entries)) return;
  for (const e of value.entries.slice(0, LIMITS.entries)) {
    if (!isObj(e) || typeof e.name !== 'string' || e.name.includes('/')) continue;
    const path = `${dir}${e.name}`;
    if (e.type !== 'tree') {
      out.push(path);
      if (e.mode === SYMLINK_MODE) links.add(path);
      continue;
    }
    out.push(`${path}/`);
    const sub = isObj(e.object) && Array.isArray(e.object.entries) ? e.object.entries : [];
    for (const s of sub.slice(0, LIMITS.entries)) {
      if (!isObj(s) || typeof s.name !== 'string' || s.name.includes('/')) continue;
      out.push(`${path}/${s.name}${s.type === 'tree' ? '/' : ''}`);
      if (s.type !== 'tree' && s.mode === SYMLINK_MODE) links.add(`${path}/${s.name}`);
    }
  }
}

function listedPaths(node: Json): { paths: string[]; links: Set<string> } {
  const out: string[] = [];
  const links = new Set<string>();
  treePaths(node.root, '', out, links);
  CONVENTIONAL_FOLDERS.forEach((dir, i) => treePaths(node[folderAlias(i)], `${dir}/`, out, links));
  return { paths: [...new Set(out)], links };
}

/** The listing's primary language, which names the manifest a sub-project would keep. */
function primaryLanguageOf(node: Json): string | null {
  return isObj(node.primaryLanguage) && typeof node.primaryLanguage.name === 'string' ? node.primaryLanguage.name : null;
}

function licenceOf(node: Json): unknown {
  return isObj(node.licenseInfo) ? (node.licenseInfo.spdxId && node.licenseInfo.spdxId !== 'NOASSERTION' ? node.licenseInfo.spdxId : node.licenseInfo.name) : null;
}

function topicsOf(node: Json): unknown[] {
  return isObj(node.repositoryTopics) && Array.isArray(node.repositoryTopics.nodes)
    ? node.repositoryTopics.nodes.map((t) => (isObj(t) && isObj(t.topic) ? t.topic.name : null))
    : [];
}

function toFetched(listed: Listed, details: Json, readme: string | null, files: string[], warnings: string[]): FetchedRepository {
  const node = listed.node;
  const languages = isObj(details.languages) && Array.isArray(details.languages.edges)
    ? details.languages.edges.filter(isObj).map((e) => ({ name: isObj(e.node) ? e.node.name : null, bytes: e.size, color: isObj(e.node) ? e.node.color : null }))
    : [];
  const target = isObj(details.defaultBranchRef) && isObj(details.defaultBranchRef.target) ? details.defaultBranchRef.target : null;
  const count = (v: unknown) => (isObj(v) ? v.totalCount : null);
  const fetched: FetchedFile[] = [];
  let readmeFile: FetchedFile | null = null;
  const all = readme ? [readme, ...files] : files;
  all.forEach((path, j) => {
    const f = blob(details[`f${j}`], path, path === readme ? LIMITS.readme : LIMITS.manifest);
    if (!f) return;
    if (path === readme) readmeFile = f;
    else fetched.push(f);
  });
  return {
    nodeId: listed.id,
    owner: isObj(node.owner) ? node.owner.login : null,
    ownerType: isObj(node.owner) ? node.owner.__typename : null,
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
    parent: isObj(node.parent) ? node.parent.nameWithOwner : null,
    licence: licenceOf(node),
    topics: topicsOf(node),
    defaultBranch: isObj(node.defaultBranchRef) ? node.defaultBranchRef.name : null,
    pushedAt: node.pushedAt,
    updatedAt: node.updatedAt,
    createdAt: node.createdAt,
    languages,
    readme: readmeFile,
    paths: listed.paths,
    files: fetched,
    commits: target ? { authored: count(target.authored), total: count(target.history) } : null,
    warnings,
  };
}

interface Planned {
  listed: Listed;
  readme: string | null;
  files: string[];
}

/** Splits a batch so that no request asks for more than MAX_FILES_PER_REQUEST files. */
function requestGroups(batch: Planned[]): Planned[][] {
  const groups: Planned[][] = [];
  let current: Planned[] = [];
  let files = 0;
  for (const p of batch) {
    const n = p.files.length + (p.readme ? 1 : 0);
    if (current.length && files + n > MAX_FILES_PER_REQUEST) {
      groups.push(current);
      current = [];
      files = 0;
    }
    current.push(p);
    files += n;
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * Details for a group of repositories. A group GitHub cannot answer (5xx after retries,
 * malformed JSON) is split in halves until the bad repository is alone; that one gets a warning.
 */
async function fetchDetails(ctx: SyncRunContext, group: Planned[], authorId: string | null, result: SyncRunResult): Promise<RepositoryRecord[]> {
  const variables: Json = { author: authorId };
  group.forEach((p, i) => {
    variables[`id${i}`] = p.listed.id;
    (p.readme ? [p.readme, ...p.files] : p.files).forEach((path, j) => (variables[`e${i}_${j}`] = `HEAD:${path}`));
  });
  let data: Json;
  let errors: GraphqlErrors;
  try {
    ({ data, errors } = await query(ctx, buildDetailsQuery(group.map((p) => p.files.length + (p.readme ? 1 : 0))), variables));
  } catch (error) {
    const failure = classifyFailure(error, ctx.signal);
    if (failure.kind === 'cancelled' || failure.kind === 'auth' || failure.kind === 'rate-limit') throw new SyncStop(failure);
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      return [...(await fetchDetails(ctx, group.slice(0, half), authorId, result)), ...(await fetchDetails(ctx, group.slice(half), authorId, result))];
    }
    keepPrevious(ctx, group[0].listed, result, warning(`Details could not be fetched this time (${failure.message}); the previous data is kept.`));
    return [];
  }
  const perIndex = new Map<number, string[]>();
  for (const e of errors) {
    const alias = Array.isArray(e.path) && typeof e.path[0] === 'string' ? /^r(\d+)$/.exec(e.path[0]) : null;
    const index = alias ? Number(alias[1]) : -1;
    perIndex.set(index, [...(perIndex.get(index) ?? []), warning(`GitHub reported: ${e.message}`)]);
  }
  const records: RepositoryRecord[] = [];
  for (const [i, p] of group.entries()) {
    const node = data[`r${i}`];
    if (!isObj(node) || node.id !== p.listed.id) {
      keepPrevious(ctx, p.listed, result, perIndex.get(i)?.[0] ?? warning('GitHub returned nothing for this repository this time; the previous data is kept.'));
      continue;
    }
    const fetched = toFetched(p.listed, node, p.readme, p.files, perIndex.get(i) ?? []);
    // GraphQL gives a link's own text (its target's path); the contents API follows it to the file GitHub shows.
    if (p.readme && (fetched.readme?.binary || p.listed.links.has(p.readme))) fetched.readme = (await readmeBytes(ctx, fetched, p.readme)) ?? fetched.readme;
    try {
      records.push(buildRecord(fetched, ctx.account.id, ctx.host));
    } catch (error) {
      result.warnings.push(warning(`${String(fetched.fullName)}: could not be read (${(error as Error).message}); skipped.`));
    }
  }
  return records;
}

/**
 * A README GraphQL calls binary is often UTF-16 text, which GitHub shows as text: its bytes,
 * through the contents API, are decoded here. A README that is a symbolic link is read the same
 * way, since that API answers with the file the link points to. Any failure keeps what GraphQL said.
 */
async function readmeBytes(ctx: SyncRunContext, fetched: FetchedRepository, path: string): Promise<FetchedFile | null> {
  const [owner, repo] = typeof fetched.fullName === 'string' ? fetched.fullName.split('/') : [];
  if (!owner || !repo) return null;
  try {
    throwIfAborted(ctx.signal);
    const res = await ctx.client.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path });
    const data = res.data as unknown;
    if (!isObj(data) || typeof data.content !== 'string') return null;
    const decoded = decodeBase64Blob(data.content, LIMITS.readme);
    return decoded.text === null ? null : { name: path, ...decoded };
  } catch (error) {
    if (ctx.signal?.aborted) throw new SyncStop(classifyFailure(error, ctx.signal));
    return null;
  }
}

function keepPrevious(ctx: SyncRunContext, listed: Listed, result: SyncRunResult, text: string): void {
  const id = repositoryId(ctx.host, listed.id);
  if (ctx.store.getRepository(id)) ctx.store.addWarning(id, text);
  result.warnings.push(`${String(listed.node.nameWithOwner ?? listed.id)}: ${text}`);
}

export async function runGraphqlSync(ctx: SyncRunContext, options: { detailBatch?: number } = {}): Promise<SyncRunResult> {
  // Kept in the context, so a run that stops (rate limit, cancel) still says what it did.
  const result = ctx.result;
  const affiliations = ctx.account.includeOrgRepos ? ['OWNER', 'ORGANIZATION_MEMBER'] : ['OWNER'];
  const listed: Listed[] = [];
  let viewerId: string | null = null;
  let after: string | null = null;
  let total = 0;
  ctx.progress({ phase: 'listing', reposDone: 0, reposTotal: 0 });
  try {
    for (;;) {
      const { data } = await query(ctx, REPOSITORY_LIST_QUERY, { first: PAGE_SIZE, after, affiliations });
      const viewer = isObj(data.viewer) ? data.viewer : null;
      const conn = viewer && isObj(viewer.repositories) ? viewer.repositories : null;
      if (!conn) throw Object.assign(new Error('GitHub’s answer had no repository list'), { status: 0 });
      if (viewer && typeof viewer.id === 'string' && viewer.id.length <= 200) viewerId = viewer.id;
      total = typeof conn.totalCount === 'number' ? conn.totalCount : total;
      for (const n of Array.isArray(conn.nodes) ? conn.nodes : []) {
        if (isObj(n) && typeof n.id === 'string' && n.id.length <= 200) listed.push({ id: n.id, node: n, ...listedPaths(n) });
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
  const changed: Planned[] = [];
  const refreshed: RepositoryRecord[] = [];
  for (const r of listed) {
    const stored = index.get(r.id);
    const pushedAt = typeof r.node.pushedAt === 'string' ? r.node.pushedAt : null;
    const samePush = stored && stored.complete && stored.snapshotVersion >= SNAPSHOT_VERSION && stored.pushedAt !== null && pushedAt !== null && Date.parse(stored.pushedAt) === Date.parse(pushedAt);
    if (!samePush) {
      changed.push({ listed: r, ...planFetch(r.paths, undefined, primaryLanguageOf(r.node)) });
      continue;
    }
    ctx.store.markSeen(stored.id, ctx.account.id);
    const n = r.node;
    const record = metadataChanged(stored.updatedAt, n.updatedAt)
      ? refreshFromListing(ctx, stored.id, { description: n.description, homepage: n.homepageUrl, topics: topicsOf(n), licence: licenceOf(n), stars: n.stargazerCount, forks: n.forkCount, isArchived: n.isArchived, updatedAt: n.updatedAt })
      : null;
    if (record) refreshed.push(record);
    else result.unchanged++;
  }
  if (refreshed.length) {
    ctx.save(refreshed);
    result.updated += refreshed.length;
  }
  ctx.progress({ phase: 'details', reposDone: result.unchanged + refreshed.length, reposTotal: listed.length });

  const batch = Math.min(options.detailBatch ?? PAGE_SIZE, PAGE_SIZE);
  let done = result.unchanged + refreshed.length;
  for (let i = 0; i < changed.length; i += batch) {
    for (const group of requestGroups(changed.slice(i, i + batch))) {
      const records = await fetchDetails(ctx, group, viewerId, result);
      ctx.save(records);
      result.updated += records.length;
      done += group.length;
      ctx.progress({ phase: 'details', reposDone: Math.min(listed.length, done), reposTotal: listed.length });
    }
  }
  ctx.store.markGone(ctx.account.id, listed.map((r) => repositoryId(ctx.host, r.id)));
  return result;
}
