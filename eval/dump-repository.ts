/**
 * A repository of a dump (the `--data` format of the fake GitHub: an object of owners and
 * repositories, each with its files by path) as the sync fetches it: the root listing, the
 * README GitHub would show (.github/, root, docs/), the licence, the workflow names and the root
 * files the sync reads (manifests, compose files, an OpenAPI description).
 */
import { findReadme } from '../shared/readme-location';
import { MANIFEST_PATTERNS } from '../shared/detection-rules';
import { isApiSpecFile } from '../shared/api-spec';
import { ROOT_TEXT_FILES } from '../electron/core/github/queries';
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

export function fetchedFromDump(repo: DumpRepository): FetchedRepository {
  const paths = Object.keys(repo.files);
  const root = new Map<string, 'blob' | 'tree'>();
  for (const p of paths) {
    const [head, ...rest] = p.split('/');
    root.set(head, rest.length ? 'tree' : (root.get(head) ?? 'blob'));
  }
  const rootFiles = [...root].filter(([, t]) => t === 'blob').map(([n]) => n);
  const wanted = rootFiles.filter((n) => ROOT_TEXT_FILES.includes(n) || MANIFEST_PATTERNS.some((m) => m.pattern.test(n)) || isApiSpecFile(n));
  const readme = findReadme(paths);
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
    readme: readme ? fileOf(repo, readme, LIMITS.readme) : null,
    rootEntries: [...root].map(([name, type]) => ({ name, type })),
    workflowFiles: paths.filter((p) => /^\.github\/workflows\/[^/]+$/.test(p)).map((p) => p.split('/').pop()!),
    files: wanted.map((n) => fileOf(repo, n, LIMITS.manifest)),
    warnings: [],
  };
}
