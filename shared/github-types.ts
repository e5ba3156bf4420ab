/**
 * GitHub accounts, synced repositories and sync progress: plain data shared by the core, the
 * CLI and (over IPC) the renderer. No token ever appears in these types.
 */
import type { ProjectKind } from './types';

export type AccountKind = 'token' | 'oauth' | 'public';

export interface GitHubAccount {
  id: string;
  kind: AccountKind;
  login: string;
  name: string | null;
  avatarUrl: string | null;
  /** REST base URL: https://api.github.com, or https://host/api/v3 for GitHub Enterprise Server. */
  apiUrl: string;
  /** Scopes granted to the token (from `x-oauth-scopes`); empty for public accounts and fine-grained tokens. */
  scopes: string[];
  /** Whether the token can read private repositories (`repo` scope, or a fine-grained token). */
  canReadPrivate: boolean;
  /** Sync repositories of organisations the user belongs to, not only the user's own. */
  includeOrgRepos: boolean;
  /** False when the token is missing (erased, or a session-only token from a previous run). */
  hasToken: boolean;
  addedAt: string;
  lastSyncedAt: string | null;
}

export type DocLevel = 'missing' | 'stub' | 'basic' | 'good';

/** What a README was found to have (documentation rating and README draft both read it). */
export interface DocSignals {
  description: boolean;
  install: boolean;
  usage: boolean;
  licence: boolean;
  demo: boolean;
  screenshots: boolean;
  ciBadge: boolean;
  docsFolder: boolean;
}

export interface DocStatus {
  level: DocLevel;
  /** Words of prose (code not included). */
  words: number;
  /** Lines of commands and code in code blocks (ratings made before this was counted have none). */
  codeLines?: number;
  /** What keeps it from the next level, each saying what to add ("no licence: add a LICENSE file …"). */
  reasons: string[];
  /** What it already has ("has a licence", "links a demo"). */
  strengths: string[];
  signals?: DocSignals;
  /** Where the README is when GitHub found it outside the root (`docs/README.md`). */
  readmePath?: string;
  /** Whose default README it is, when a generator's README was left as it came ("the NestJS starter"). */
  defaultReadme?: string;
  /** Its commands install what it needs but none starts it (the project is one that is started). */
  startMissing?: boolean;
  /** The version of the rating that made it (absent: an earlier one). */
  version?: number;
}

/** What an OpenAPI (or Swagger) file of a repository declares, kept at sync instead of the file. */
export interface ApiSpecSummary {
  /** Root-relative path of the file. */
  path: string;
  title: string | null;
  version: string | null;
  /** Base URL or path the endpoints are under (`servers[0].url`, Swagger's `basePath`). */
  baseUrl: string | null;
  endpoints: Array<{ method: string; path: string; summary: string | null }>;
  /** Endpoints the file declares beyond those kept. */
  more: number;
}

export interface RepoLanguage {
  /** Linguist name. */
  name: string;
  bytes: number;
  /** Linguist colour, #rrggbb, or null when Linguist has none. */
  color: string | null;
}

/**
 * How strongly a repository shows a technology. Demonstrated: a manifest dependency, a config or
 * deployment file, a workflow, a language share. Mentioned: only its README or a topic names it.
 */
export type EvidenceStrength = 'demonstrated' | 'mentioned';

/** A technology found in a repository, with every piece of evidence for it. */
export interface DetectedTech {
  /** Canonical taxonomy name when the taxonomy knows it, otherwise the rule's name. */
  name: string;
  techId: string | null;
  /** Demonstrated evidence first, then what the README or topics say. */
  evidence: string[];
  /** Absent on data stored before strengths existed: read it with `techStrength`. */
  strength?: EvidenceStrength;
}

/** Whose work a repository is: the account's share of the commits on its default branch. */
export interface Authorship {
  /** Commits on the default branch the account authored; null when GitHub did not say. */
  authored: number | null;
  /** All commits on the default branch; null when GitHub did not say. */
  total: number | null;
  /** True when the account barely contributed: its technologies count once the user confirms them. */
  minor: boolean;
}

export interface DetectedKind {
  kind: ProjectKind;
  evidence: string[];
}

export interface SyncedRepository {
  id: string;
  /** Account that last synced it; null once that account was removed (the repository stays). */
  accountId: string | null;
  host: string;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  url: string;
  description: string | null;
  homepage: string | null;
  stars: number;
  forks: number;
  visibility: 'public' | 'private' | 'internal';
  isFork: boolean;
  isArchived: boolean;
  /** `owner/name` of the repository it was forked from, when GitHub says. */
  parent: string | null;
  /** Whether the owner is a user or an organisation (null before this was recorded). */
  ownerType: 'User' | 'Organization' | null;
  /** SPDX id or licence name. */
  licence: string | null;
  topics: string[];
  defaultBranch: string | null;
  pushedAt: string | null;
  /** Last change of anything on GitHub (a push, or the description or topics edited). */
  updatedAt: string | null;
  createdAt: string | null;
  languages: RepoLanguage[];
  /** Null until a sync has counted commits (and for public syncs, which cannot). */
  authorship: Authorship | null;
  docStatus: DocStatus | null;
  technologies: DetectedTech[];
  kinds: DetectedKind[];
  /** Readable problems met while syncing it (bad manifest, binary README ...). */
  warnings: string[];
  /** True when the last complete listing of its account no longer had it. */
  goneFromGitHub: boolean;
  lastSyncedAt: string | null;
  /** Projects that link it. */
  projectIds: string[];
}

/**
 * What detection and documentation analysis read: one repository as fetched, already
 * sanitised (capped, control characters removed).
 */
export interface RepoSnapshot {
  fullName: string;
  description: string | null;
  homepage: string | null;
  topics: string[];
  languages: Array<{ name: string; bytes: number }>;
  licence: string | null;
  /** README text, null when the repository has none. */
  readme: string | null;
  readmeName: string | null;
  /** Where the README shown on GitHub lives: `README.md`, `.github/README.md`, `docs/README.md`. */
  readmePath?: string | null;
  /** README present but not text (binary, or unreadable). */
  readmeUnreadable?: boolean;
  rootEntries: TreeEntry[];
  /** Entries of `docs/`, when that folder exists. */
  docsEntries?: TreeEntry[];
  /** File names in .github/workflows, when that folder exists. */
  workflowFiles: string[];
  /**
   * Every path the sync saw (the root two levels deep, conventional folders three), folders
   * with a trailing `/`. Absent on snapshots stored before it was recorded.
   */
  paths?: string[];
  /** Path (root-relative) → text of every manifest, config and deployment file read. */
  manifests: Record<string, string>;
  /** The repository's OpenAPI/Swagger file, summarised at sync (null when it has none). */
  apiSpec?: ApiSpecSummary | null;
}

export interface TreeEntry {
  name: string;
  type: 'blob' | 'tree' | 'commit';
}

export type SyncPhase = 'listing' | 'details' | 'waiting-for-rate-limit' | 'done' | 'cancelled' | 'failed';

export interface SyncProgress {
  accountId: string;
  phase: SyncPhase;
  reposDone: number;
  reposTotal: number;
  /** HTTP requests this sync made so far (304s included). */
  requestsUsed: number;
  rateLimitRemaining: number | null;
  rateLimitResetAt: string | null;
}

export interface SyncResult {
  accountId: string;
  login: string;
  status: 'complete' | 'partial' | 'cancelled' | 'failed';
  reposListed: number;
  reposUpdated: number;
  reposUnchanged: number;
  requests: number;
  rateLimitRemaining: number | null;
  rateLimitResetAt: string | null;
  /** When a sync stopped to spare the rate limit: when it can go on. */
  resumeAt: string | null;
  warnings: string[];
  /** A stable code by cause (AppErrorCode: RATE_LIMITED, AUTH, OFFLINE, GITHUB_ERROR …). */
  error: { code: string; message: string } | null;
}

export interface CreateFromRepositoriesResult {
  created: import('./types').Project[];
  skipped: Array<{ repositoryId: string; fullName: string | null; reason: string }>;
}

/** What publishing the profile README to the account's `login/login` repository would do. */
export interface ReadmePreview {
  accountId: string;
  owner: string;
  repo: string;
  path: string;
  repoExists: boolean;
  fileExists: boolean;
  /** The README's blob sha on GitHub now; publishing passes it back so a newer README is not overwritten. */
  sha: string | null;
  current: string;
  next: string;
  /** Unified diff from the README on GitHub to Showcase's. */
  diff: string;
  changed: boolean;
  /** Why publishing would fail (the token's scopes), or null. */
  problem: string | null;
  /** The profile page that shows it. */
  url: string;
}

export interface ReadmePublishResult {
  /** True when the README did not exist before. */
  created: boolean;
  repoCreated: boolean;
  sha: string | null;
  commit: string | null;
  url: string;
}
