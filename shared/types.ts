/** Domain types shared by the core, the CLI and the renderer. */

export const PROJECT_KINDS = ['crud', 'ecommerce', 'cms', 'microservices', 'api', 'cli', 'library', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const KIND_LABELS: Record<ProjectKind, string> = {
  crud: 'CRUD app',
  ecommerce: 'E-commerce',
  cms: 'CMS',
  microservices: 'Microservices',
  api: 'API',
  cli: 'CLI tool',
  library: 'Library',
  other: 'Other',
};

export const PROJECT_STATUSES = ['idea', 'in-progress', 'shipped', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  idea: 'Idea',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  archived: 'Archived',
};

export const LINK_TYPES = ['repository', 'demo', 'docs', 'other'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Where a tag or kind came from: typed by the user, or found by a detector with evidence. */
export type Source = 'manual' | 'detected';
/**
 * A manual tag is always accepted. A detected one starts as `suggested` (it counts, and is
 * shown for review), and the user accepts or rejects it; a rejected one never counts again.
 */
export type TagState = 'suggested' | 'accepted' | 'rejected';

export interface ProjectTag {
  /** Canonical name: the taxonomy's name when the tag is known to it, otherwise as typed. */
  name: string;
  /** Taxonomy id, or null for a custom tag. */
  techId: string | null;
  source: Source;
  evidence: string | null;
  state: TagState;
  /**
   * Detected tags: demonstrated (a manifest, config or deployment file, a workflow, a language
   * share) or only mentioned (a README line, a topic). Absent on manual tags.
   */
  strength?: 'demonstrated' | 'mentioned';
  /** Detected tags: true when every linked repository showing it is one the user barely contributed to. */
  minorContribution?: boolean;
}

export interface ProjectKindEntry {
  kind: ProjectKind;
  source: Source;
  evidence: string | null;
  state: TagState;
}

export interface ProjectLink {
  type: LinkType;
  url: string;
  label?: string;
}

export interface Project {
  id: string;
  title: string;
  summary: string;
  kinds: ProjectKindEntry[];
  tags: ProjectTag[];
  highlights: string[];
  results: string[];
  links: ProjectLink[];
  /** ISO dates, YYYY-MM or YYYY-MM-DD. */
  startDate: string | null;
  endDate: string | null;
  status: ProjectStatus;
  showcased: boolean;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** What the user edits; ids and timestamps are the core's business. */
export interface ProjectInput {
  title: string;
  summary?: string;
  kinds?: Array<ProjectKind | Omit<ProjectKindEntry, 'state'> & { state?: TagState }>;
  tags?: Array<string | { name: string; source?: Source; evidence?: string | null; state?: TagState }>;
  highlights?: string[];
  results?: string[];
  links?: ProjectLink[];
  startDate?: string | null;
  endDate?: string | null;
  status?: ProjectStatus;
  showcased?: boolean;
  notes?: string;
}

export type ProjectSort = 'updated' | 'title' | 'start';

export interface ProjectQuery {
  search?: string;
  kind?: ProjectKind | null;
  tag?: string | null;
  showcased?: 'all' | 'showcased' | 'hidden';
  sort?: ProjectSort;
}

export interface ProjectListResult {
  projects: Project[];
  /** Number of projects in the database, before filtering. */
  total: number;
}

export interface TagCount {
  name: string;
  techId: string | null;
  count: number;
}

/** An error as it crosses a boundary (IPC, CLI output): plain data with a stable code. */
export interface AppErrorData {
  code: AppErrorCode;
  message: string;
  /** Field-level problems, for inline validation messages. */
  issues?: Array<{ path: string; message: string }>;
}

/** Stable error codes, by cause. Messages say what happened and what was kept. */
export type AppErrorCode =
  /** Input (an argument, a file's content, a backup's row) is not acceptable. */
  | 'VALIDATION'
  | 'NOT_FOUND'
  /** GitHub could not be reached (no network, refused, timed out). */
  | 'OFFLINE'
  /** GitHub's rate limit is spent; what was done is kept. */
  | 'RATE_LIMITED'
  /** GitHub refused the token or the sign-in. */
  | 'AUTH'
  /** GitHub answered, but not properly (5xx, malformed answer). */
  | 'GITHUB_ERROR'
  /** A user's file could not be read (not a regular file, too large, unreadable). */
  | 'FILE_READ'
  /** A user's file could not be written. */
  | 'FILE_WRITE'
  /** The output exists and replacing it was not confirmed. */
  | 'FILE_EXISTS'
  /** The output is the database (or part of it) or a file being restored: never replaced. */
  | 'FILE_PROTECTED'
  | 'DISK_FULL'
  | 'DB_LOCKED'
  | 'DB_READ_ONLY'
  /** The database could not be opened or written (an I/O error). */
  | 'DB_UNAVAILABLE'
  | 'DB_CORRUPT'
  | 'DB_TOO_NEW'
  /** The file is another program's SQLite database: refused, unchanged. */
  | 'DB_NOT_SHOWCASE'
  | 'BAD_CHANNEL'
  /** An IPC request from somewhere other than Showcase's own window. */
  | 'FORBIDDEN'
  | 'INTERNAL';
