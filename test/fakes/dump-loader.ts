/**
 * Loads a repository dump (the `--data` format: owners and repositories with their files) into
 * the fake GitHub, so a real sync can run over real repositories' files.
 */
import type { FakeGitHub, FakeRepo } from './fake-github';

export interface DumpOwner {
  login: string;
  type: 'User' | 'Organization';
  name?: string | null;
  organizations?: string[];
}

export interface DumpRepo {
  owner: string;
  name: string;
  description: string | null;
  homepageUrl: string | null;
  isFork: boolean;
  isArchived: boolean;
  isPrivate: boolean;
  parent: string | null;
  license: string | null;
  defaultBranch: string;
  createdAt: string;
  pushedAt: string;
  updatedAt: string;
  stargazerCount: number;
  forkCount: number;
  languages: Array<[string, number]>;
  topics: string[];
  commitCount: number;
  files: Record<string, string | { base64: string }>;
}

export interface Dump {
  version: number;
  owners: DumpOwner[];
  repos: DumpRepo[];
}

const LICENCE_NAMES: Record<string, string> = {
  MIT: 'MIT License', 'Apache-2.0': 'Apache License 2.0', 'GPL-3.0': 'GNU General Public License v3.0',
  'BSD-3-Clause': 'BSD 3-Clause "New" or "Revised" License', 'MPL-2.0': 'Mozilla Public License 2.0',
};

/** Reads a dump; throws a readable error when it is not one. */
export function parseDump(text: string): Dump {
  const value = JSON.parse(text) as Partial<Dump>;
  if (!value || !Array.isArray(value.owners) || !Array.isArray(value.repos)) throw new Error('not a repository dump (it needs "owners" and "repos")');
  return value as Dump;
}

export function dumpRepoToFake(r: DumpRepo, options: { authoredShare?: number } = {}): FakeRepo {
  const files: Record<string, string | Buffer> = {};
  for (const [path, content] of Object.entries(r.files ?? {})) files[path] = typeof content === 'string' ? content : Buffer.from(content.base64, 'base64');
  const total = Math.max(1, r.commitCount ?? 1);
  const authored = Math.round(total * (options.authoredShare ?? 1));
  return {
    owner: r.owner,
    name: r.name,
    description: r.description,
    homepage: r.homepageUrl,
    stars: r.stargazerCount ?? 0,
    forks: r.forkCount ?? 0,
    visibility: r.isPrivate ? 'PRIVATE' : 'PUBLIC',
    isFork: r.isFork,
    isArchived: r.isArchived,
    parent: r.parent,
    licence: r.license ? { spdxId: r.license, name: LICENCE_NAMES[r.license] ?? r.license } : null,
    topics: r.topics ?? [],
    defaultBranch: r.defaultBranch || 'main',
    pushedAt: r.pushedAt,
    updatedAt: r.updatedAt ?? r.pushedAt,
    createdAt: r.createdAt,
    languages: Object.fromEntries(r.languages ?? []),
    files,
    commits: { total, byAuthor: { [r.owner]: authored, 'someone-else': total - authored } },
  };
}

/** Adds the dump's users (the first one holds `token`) and repositories to the fake. */
export function loadDump(gh: FakeGitHub, dump: Dump, token: string, options: { authoredShare?: number } = {}): { login: string } {
  const users = dump.owners.filter((o) => o.type !== 'Organization');
  if (users.length === 0) throw new Error('the dump has no user to sync as');
  users.forEach((u, i) => gh.addUser({ login: u.login, name: u.name ?? null, orgs: u.organizations ?? [] }, i === 0 ? { token, scopes: ['repo', 'read:org'] } : undefined));
  for (const r of dump.repos) gh.addRepo(dumpRepoToFake(r, options));
  return { login: users[0].login };
}
