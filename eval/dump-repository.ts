/**
 * A repository of a dump (the `--data` format of the fake GitHub: an object of owners and
 * repositories, each with its files by path) as the sync fetches it: the root listing, the
 * README GitHub would show (.github/, root, docs/), the licence and the files the sync's fetch
 * plan picks from the tree (manifests, config and deployment files, an OpenAPI description).
 */
import { planFetch } from '../shared/detection/files';
import type { FetchedFile, FetchedRepository } from '../electron/core/github/repository-record';
import { decodeBlob, LIMITS } from '../electron/core/github/sanitize';

export interface DumpRepository {
  owner: string;
  name: string;
  description?: string | null;
  homepageUrl?: string | null;
  isFork?: boolean;
  isArchived?: boolean;
  isPrivate?: boolean;
  license?: string | null;
  defaultBranch?: string;
  createdAt?: string;
  pushedAt?: string;
  stargazerCount?: number;
  forkCount?: number;
  languages?: Array<[string, number]>;
  topics?: string[];
  databaseId?: number;
  files: Record<string, string | { base64: string }>;
}

export interface Dump {
  version: number;
  repos: DumpRepository[];
}

/** Reads a dump, refusing anything that is not one with a clear message. */
export function parseDump(text: string): Dump {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`the data file is not JSON (${(error as Error).message})`, { cause: error });
  }
  const repos = (data as { repos?: unknown })?.repos;
  if (!Array.isArray(repos) || repos.some((r) => !r || typeof r !== 'object' || typeof r.name !== 'string' || typeof r.owner !== 'string' || !r.files || typeof r.files !== 'object')) {
    throw new Error('the data file is not a repository dump: it needs a "repos" array of { owner, name, files }');
  }
  return data as Dump;
}

function fileOf(repo: DumpRepository, path: string, max: number): FetchedFile {
  const content = repo.files[path];
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : Buffer.from(content.base64, 'base64');
  return { name: path, ...decodeBlob(bytes, max) };
}

/** Every path of the dump's tree, folders with a trailing `/`, as the sync's listing shows them. */
function treePaths(files: string[]): string[] {
  const out = new Set<string>();
  for (const p of files) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) out.add(`${parts.slice(0, i).join('/')}/`);
    out.add(p);
  }
  return [...out];
}

/** The repository as the sync fetches it: its tree, and the README and files the fetch plan picks from it. */
export function fetchedFromDump(repo: DumpRepository): FetchedRepository {
  const paths = treePaths(Object.keys(repo.files));
  const plan = planFetch(paths);
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    nodeId: `R_${repo.databaseId ?? fullName}`,
    owner: repo.owner,
    name: repo.name,
    fullName,
    url: `https://github.com/${fullName}`,
    description: repo.description ?? null,
    homepage: repo.homepageUrl ?? null,
    stars: repo.stargazerCount ?? 0,
    forks: repo.forkCount ?? 0,
    visibility: repo.isPrivate ? 'private' : 'public',
    isFork: repo.isFork ?? false,
    isArchived: repo.isArchived ?? false,
    licence: repo.license ?? null,
    topics: repo.topics ?? [],
    defaultBranch: repo.defaultBranch ?? 'main',
    pushedAt: repo.pushedAt ?? null,
    createdAt: repo.createdAt ?? null,
    languages: (repo.languages ?? []).map(([name, bytes]) => ({ name, bytes })),
    readme: plan.readme ? fileOf(repo, plan.readme, LIMITS.readme) : null,
    paths,
    files: plan.files.filter((p) => repo.files[p] !== undefined).map((p) => fileOf(repo, p, LIMITS.manifest)),
    warnings: [],
  };
}
