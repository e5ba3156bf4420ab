/**
 * The one IPC contract between the renderer and main. Every channel is `noun:verb`, takes one
 * argument object and resolves to a result. Main's handler map and the preload client are both
 * typed from `IpcContract`, and every argument is parsed with `ipcArgSchemas` before a handler
 * sees it.
 */
import { z } from 'zod';
import { PROJECT_KINDS } from './types';
import type { AppErrorData, Project, ProjectListResult, TagCount } from './types';
import { projectInputSchema } from './project-schema';
import { CHANNELS, type ChannelName } from './ipc-channels';
import type { GapReport } from './gaps';
import type { CreateFromRepositoriesResult, GitHubAccount, ReadmePreview, ReadmePublishResult, SyncedRepository } from './github-types';
import { EXPORT_FORMATS, EXPORT_FORMS, EXPORT_THEMES, PAPER_SIZES } from './export-types';
import { SECTION_KEYS } from './resume-sections';
import { basicsInputSchema, entryInputSchemas } from './resume-schema';
import type { Resume, ResumeBasics, SectionEntry, SectionKey } from './resume-types';
import type { ExportFormat, ProfileInfo, ProjectExportOptions, Variant } from './export-types';
import type { ExtractedTechnology } from './job-posting';
import type { ReadmeDraft } from './readme-draft';

export const ROLE_IDS = ['backend', 'lead-backend', 'solutions-architect', 'devops'] as const;

export type TokenProtection = 'os-encrypted' | 'insecure' | 'session';

export interface SyncJobStatus {
  running: boolean;
  accountIds: string[];
  progress: import('./github-types').SyncProgress | null;
  results: import('./github-types').SyncResult[];
  startedAt: string | null;
  finishedAt: string | null;
}

export interface SyncChanges {
  finishedAt: string;
  accounts: Array<{ login: string; status: string }>;
  /** The score before and after the sync, for `role` and `targetId` (the backend role without a target when absent). */
  scoreBefore: number;
  scoreAfter: number;
  role?: string;
  targetId?: string | null;
  reposAdded: string[];
  /** Repositories pushed to since the previous sync. */
  reposUpdated: string[];
  docChanges: Array<{ repository: string; before: string | null; after: string | null }>;
  /** Detected technologies waiting for review that this sync added. */
  newSuggestions: Array<{ projectId: string; project: string; tag: string; evidence: string | null }>;
  ruleChanges: Array<{ id: string; before: string | null; after: string }>;
}

export interface DeviceFlowStatus {
  id: string;
  state: 'starting' | 'waiting' | 'done' | 'failed';
  userCode: string | null;
  verificationUri: string | null;
  expiresAt: string | null;
  account: GitHubAccount | null;
  error: { code: string; message: string } | null;
}

export interface ExportPreview {
  format: ExportFormat;
  /** What the reader should know (no CJK font here…). */
  notes: string[];
  /** PDF: the pages the file will have. */
  pages?: number;
  /** Markdown, HTML or JSON text; for PDF, the HTML with the same content and layout. */
  text: string;
  /** The language of `text`, for the preview pane. */
  kind: 'markdown' | 'html' | 'json';
  fileName: string;
  projectCount: number;
}

export interface SaveResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  fileName: string;
  bytes: number;
}

/** What importing a chosen file would do, before anything changes. */
export interface ImportPreview {
  fileId: string;
  fileName: string;
  format: 'backup' | 'json-resume';
  /** JSON Resume: titles of the projects it would add. */
  projects: string[];
  /** JSON Resume: what will be adjusted on the way in, per field ("work[2].endDate "Present" read as ongoing"). */
  warnings: string[];
  /** JSON Resume: the resume sections it holds, with their entries. */
  sections: ResumeImportSection[];
  /** JSON Resume: labels of the sections that would replace what the resume holds now. */
  replaces: string[];
  /** Backup: the restore plan. */
  plan: RestorePlanData | null;
  /** Importing would remove or change data already here: confirm first. */
  destructive: boolean;
}

export interface ResumeImportSection {
  /** `basics` or a section key (`work`, `skills`…). */
  section: string;
  label: string;
  entries: number;
}

export interface RestorePlanData {
  schemaVersion: number;
  tables: Array<{ table: string; backup: number; current: number }>;
  projects: { added: string[]; removed: string[]; changed: string[]; unchanged: number };
  destructive: boolean;
}

export type ImportResult =
  | {
      format: 'json-resume';
      /** False for a dry run, or when it would replace resume sections and was not confirmed. */
      applied: boolean;
      added: Array<{ id: string; title: string }>;
      /** Projects already in the portfolio under the same title, left as they are. */
      skipped: string[];
      warnings: string[];
      sections: ResumeImportSection[];
      replaces: string[];
    }
  | { format: 'backup'; applied: boolean; plan: RestorePlanData };

export interface SavedTarget {
  id: string;
  name: string;
  posting: string;
  technologies: string[];
  createdAt: string;
  updatedAt: string;
}

const id = z.string().min(1).max(100);
const empty = z.object({}).strict();
/**
 * A GitHub API base as the user typed it. Whether it may be used (https, plain http only for
 * this computer) is decided by the core's one API-address rule (electron/core/github/api-address),
 * for IPC and the CLI alike.
 */
const apiUrl = z.string().trim().max(500, 'That address is too long.');
const selectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('showcased'), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  z.object({ mode: z.literal('manual'), projectIds: z.array(id).max(10_000) }).strict(),
  z.object({ mode: z.literal('role'), role: z.enum(ROLE_IDS), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  z.object({ mode: z.literal('target'), targetId: id, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  z.object({ mode: z.literal('technologies'), technologies: z.array(z.string().min(1).max(100)).max(300), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
]);
const exportRequest = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    form: z.enum(EXPORT_FORMS).optional(),
    variantId: id.nullable().optional(),
    selection: selectionSchema.nullable().optional(),
    paper: z.enum(PAPER_SIZES).optional(),
    theme: z.enum(EXPORT_THEMES).optional(),
  })
  .strict();

const sectionKey = z.enum(SECTION_KEYS as [SectionKey, ...SectionKey[]]);
/** One entry of one section: the entry's schema is its section's. */
const saveEntryArgs = z.discriminatedUnion(
  'section',
  SECTION_KEYS.map((k) => z.object({ section: z.literal(k), entry: entryInputSchemas[k], index: z.number().int().min(0).max(10_000).optional() }).strict()) as unknown as [
    z.ZodObject<{ section: z.ZodLiteral<SectionKey>; entry: z.ZodType<Record<string, unknown>>; index: z.ZodOptional<z.ZodNumber> }>,
  ],
);

export const ipcArgSchemas = {
  'app:info': empty,
  'projects:list': z
    .object({
      search: z.string().max(500).optional(),
      kind: z.enum(PROJECT_KINDS).nullable().optional(),
      tag: z.string().max(200).nullable().optional(),
      showcased: z.enum(['all', 'showcased', 'hidden']).optional(),
      sort: z.enum(['updated', 'title', 'start']).optional(),
    })
    .strict(),
  'projects:get': z.object({ id }).strict(),
  'projects:create': z.object({ project: projectInputSchema }).strict(),
  'projects:update': z.object({ id, project: projectInputSchema }).strict(),
  'projects:delete': z.object({ id }).strict(),
  'projects:undo-delete': empty,
  'projects:load-sample': empty,
  'projects:set-tag-state': z
    .object({ id, name: z.string().min(1).max(200), state: z.enum(['accepted', 'rejected']) })
    .strict(),
  'projects:set-kind-state': z
    .object({ id, kind: z.enum(PROJECT_KINDS), state: z.enum(['accepted', 'rejected']) })
    .strict(),
  'tags:list': empty,
  'gaps:analyze': z
    .object({
      role: z.enum(ROLE_IDS).optional(),
      targetId: id.nullable().optional(),
      jobText: z.string().max(200_000).nullable().optional(),
    })
    .strict(),
  'gaps:dismiss-rule': z.object({ ruleId: z.string().min(1).max(100), dismissed: z.boolean() }).strict(),
  'targets:list': empty,
  'targets:save': z
    .object({
      id: id.optional(),
      name: z.string().trim().min(1, 'Give the target a name.').max(200, 'A name is at most 200 characters.'),
      posting: z.string().max(200_000, 'The posting is too long.'),
      technologies: z.array(z.string().min(1).max(100)).max(300).optional(),
    })
    .strict(),
  'targets:delete': z.object({ id }).strict(),
  'targets:extract': z.object({ text: z.string().max(200_000) }).strict(),
  'accounts:list': empty,
  'accounts:add-token': z
    .object({ token: z.string().trim().min(1, 'Paste a token.').max(500, 'That is too long for a GitHub token.'), apiUrl: apiUrl.optional() })
    .strict(),
  'accounts:add-public': z
    .object({ login: z.string().trim().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'Enter a GitHub username.'), apiUrl: apiUrl.optional() })
    .strict(),
  'accounts:remove': z.object({ id }).strict(),
  'accounts:set-include-orgs': z.object({ id, include: z.boolean() }).strict(),
  'accounts:token-protection': empty,
  'accounts:device-start': z.object({ apiUrl: apiUrl.optional() }).strict(),
  'accounts:device-status': z.object({ id }).strict(),
  'sync:start': z
    .object({
      accountIds: z.array(id).max(50).optional(),
      /** The role and target the "Since the last sync" score is computed for (the Dashboard's). */
      scoreFor: z.object({ role: z.enum(ROLE_IDS), targetId: id.nullable() }).strict().optional(),
    })
    .strict(),
  'sync:status': empty,
  'sync:cancel': empty,
  'sync:last-changes': empty,
  'repos:list': z.object({ accountId: id.optional() }).strict(),
  'repos:drop': z.object({ ids: z.array(id).min(1).max(5000) }).strict(),
  'repos:create-projects': z
    .object({ ids: z.array(id).min(1).max(5000), includeForks: z.boolean().optional(), includeArchived: z.boolean().optional() })
    .strict(),
  'repos:link': z.object({ projectId: id, repositoryId: id }).strict(),
  'repos:unlink': z.object({ projectId: id, repositoryId: id }).strict(),
  'repos:linked': z.object({ projectId: id }).strict(),
  'repos:readme-draft': z.object({ id }).strict(),
  'repos:save-readme-draft': z.object({ id }).strict(),
  'export:preview': exportRequest,
  'export:save': exportRequest,
  'profile:get': empty,
  'profile:set': z
    .object({
      profile: z
        .object({
          name: z.string().max(200),
          headline: z.string().max(300),
          email: z.string().max(300),
          website: z.string().max(2000),
          github: z.string().max(100),
          location: z.string().max(200),
        })
        .partial()
        .strict(),
    })
    .strict(),
  'variants:list': empty,
  'variants:save': z
    .object({
      id: id.optional(),
      name: z.string().trim().min(1, 'Give the variant a name.').max(200),
      selection: selectionSchema,
      format: z.enum(EXPORT_FORMATS).optional(),
      paper: z.enum(PAPER_SIZES).optional(),
      theme: z.enum(EXPORT_THEMES).optional(),
    })
    .strict(),
  'variants:delete': z.object({ id }).strict(),
  'project-options:get': z.object({ projectId: id }).strict(),
  'project-options:set': z
    .object({
      projectId: id,
      options: z
        .object({
          hideRepositoryLink: z.boolean(),
          anonymizeClient: z.boolean(),
          clientNames: z.array(z.string().max(200)).max(20),
          clientReplacement: z.string().max(200),
          anonymousTitle: z.string().max(200),
        })
        .partial()
        .strict(),
    })
    .strict(),
  'resume:get': empty,
  'resume:set-basics': z.object({ basics: basicsInputSchema }).strict(),
  'resume:save-entry': saveEntryArgs,
  'resume:delete-entry': z.object({ section: sectionKey, id }).strict(),
  'resume:move-entry': z.object({ section: sectionKey, id, toIndex: z.number().int().min(0).max(10_000) }).strict(),
  'readme:preview': z.object({ accountId: id, selection: selectionSchema.nullable().optional() }).strict(),
  'readme:publish': z
    .object({ accountId: id, expectedSha: z.string().regex(/^[0-9a-f]{40}$/).nullable(), createRepository: z.boolean().optional(), selection: selectionSchema.nullable().optional() })
    .strict(),
  'backup:save': empty,
  'import:choose': z.object({ kind: z.enum(['backup', 'json-resume', 'any']).optional() }).strict(),
  'import:apply': z.object({ fileId: id, confirm: z.boolean().optional() }).strict(),
  'shell:open-external': z.object({ url: z.string().max(2000) }).strict(),
} as const;

type Args<K extends keyof typeof ipcArgSchemas> = z.input<(typeof ipcArgSchemas)[K]>;

export interface AppInfo {
  version: string;
  dbPath: string;
  projectCount: number;
}

export interface IpcContract {
  'app:info': (args: Args<'app:info'>) => Promise<AppInfo>;
  'projects:list': (args: Args<'projects:list'>) => Promise<ProjectListResult>;
  'projects:get': (args: Args<'projects:get'>) => Promise<Project>;
  'projects:create': (args: Args<'projects:create'>) => Promise<Project>;
  'projects:update': (args: Args<'projects:update'>) => Promise<Project>;
  'projects:delete': (args: Args<'projects:delete'>) => Promise<{ id: string; title: string }>;
  'projects:undo-delete': (args: Args<'projects:undo-delete'>) => Promise<Project | null>;
  'projects:load-sample': (args: Args<'projects:load-sample'>) => Promise<{ added: number }>;
  'projects:set-tag-state': (args: Args<'projects:set-tag-state'>) => Promise<Project>;
  'projects:set-kind-state': (args: Args<'projects:set-kind-state'>) => Promise<Project>;
  'tags:list': (args: Args<'tags:list'>) => Promise<TagCount[]>;
  'gaps:analyze': (args: Args<'gaps:analyze'>) => Promise<GapReport>;
  /** Marks a rule as not relevant (or relevant again); resolves to every dismissed rule id. */
  'gaps:dismiss-rule': (args: Args<'gaps:dismiss-rule'>) => Promise<string[]>;
  'targets:list': (args: Args<'targets:list'>) => Promise<SavedTarget[]>;
  'targets:save': (args: Args<'targets:save'>) => Promise<SavedTarget>;
  'targets:delete': (args: Args<'targets:delete'>) => Promise<void>;
  /** The technologies a posting names, for a live preview before saving. */
  'targets:extract': (args: Args<'targets:extract'>) => Promise<ExtractedTechnology[]>;
  'accounts:list': (args: Args<'accounts:list'>) => Promise<GitHubAccount[]>;
  /** The token goes one way, renderer → main; it is never sent back. */
  'accounts:add-token': (args: Args<'accounts:add-token'>) => Promise<GitHubAccount>;
  'accounts:add-public': (args: Args<'accounts:add-public'>) => Promise<GitHubAccount>;
  'accounts:remove': (args: Args<'accounts:remove'>) => Promise<{ id: string; login: string }>;
  'accounts:set-include-orgs': (args: Args<'accounts:set-include-orgs'>) => Promise<GitHubAccount>;
  'accounts:token-protection': (args: Args<'accounts:token-protection'>) => Promise<TokenProtection>;
  'accounts:device-start': (args: Args<'accounts:device-start'>) => Promise<DeviceFlowStatus>;
  'accounts:device-status': (args: Args<'accounts:device-status'>) => Promise<DeviceFlowStatus>;
  'sync:start': (args: Args<'sync:start'>) => Promise<SyncJobStatus>;
  'sync:status': (args: Args<'sync:status'>) => Promise<SyncJobStatus>;
  'sync:cancel': (args: Args<'sync:cancel'>) => Promise<SyncJobStatus>;
  /** What the last sync changed, for the dashboard; null before the first sync. */
  'sync:last-changes': (args: Args<'sync:last-changes'>) => Promise<SyncChanges | null>;
  'repos:list': (args: Args<'repos:list'>) => Promise<SyncedRepository[]>;
  'repos:drop': (args: Args<'repos:drop'>) => Promise<{ dropped: number }>;
  'repos:create-projects': (args: Args<'repos:create-projects'>) => Promise<CreateFromRepositoriesResult>;
  'repos:link': (args: Args<'repos:link'>) => Promise<Project>;
  'repos:unlink': (args: Args<'repos:unlink'>) => Promise<boolean>;
  'repos:linked': (args: Args<'repos:linked'>) => Promise<SyncedRepository[]>;
  /** A draft of the sections a repository's README lacks, built from what the last sync read. */
  'repos:readme-draft': (args: Args<'repos:readme-draft'>) => Promise<ReadmeDraft>;
  /** Asks where to save (a native dialog), then writes the draft as Markdown. */
  'repos:save-readme-draft': (args: Args<'repos:save-readme-draft'>) => Promise<SaveResult>;
  /** Text of the export for the live preview (PDF previews as its HTML twin: same layout). */
  'export:preview': (args: Args<'export:preview'>) => Promise<ExportPreview>;
  /** Asks where to save (a native dialog), then writes the file. */
  'export:save': (args: Args<'export:save'>) => Promise<SaveResult>;
  'profile:get': (args: Args<'profile:get'>) => Promise<ProfileInfo>;
  'profile:set': (args: Args<'profile:set'>) => Promise<ProfileInfo>;
  'variants:list': (args: Args<'variants:list'>) => Promise<Variant[]>;
  'variants:save': (args: Args<'variants:save'>) => Promise<Variant>;
  'variants:delete': (args: Args<'variants:delete'>) => Promise<void>;
  'project-options:get': (args: Args<'project-options:get'>) => Promise<ProjectExportOptions>;
  'project-options:set': (args: Args<'project-options:set'>) => Promise<ProjectExportOptions>;
  /** The whole resume: basics, profiles and every section. */
  'resume:get': (args: Args<'resume:get'>) => Promise<Resume>;
  'resume:set-basics': (args: Args<'resume:set-basics'>) => Promise<ResumeBasics>;
  /** Adds an entry (at `index`, else last) or, with its `id`, changes it. */
  'resume:save-entry': (args: Args<'resume:save-entry'>) => Promise<SectionEntry<SectionKey>>;
  'resume:delete-entry': (args: Args<'resume:delete-entry'>) => Promise<{ id: string; title: string }>;
  /** Resolves to the section in its new order. */
  'resume:move-entry': (args: Args<'resume:move-entry'>) => Promise<Array<SectionEntry<SectionKey>>>;
  /** What publishing the profile README to login/login would change, and what stands in the way. */
  'readme:preview': (args: Args<'readme:preview'>) => Promise<ReadmePreview>;
  /** Writes it, unless it changed on GitHub since the preview (`expectedSha`). */
  'readme:publish': (args: Args<'readme:publish'>) => Promise<ReadmePublishResult>;
  /** Asks where to save, then writes a full backup. */
  'backup:save': (args: Args<'backup:save'>) => Promise<SaveResult>;
  /** Asks for a file (native dialog), validates it whole and says what importing it would change. */
  'import:choose': (args: Args<'import:choose'>) => Promise<ImportPreview | null>;
  /** Applies a chosen file, all or nothing. */
  'import:apply': (args: Args<'import:apply'>) => Promise<ImportResult>;
  'shell:open-external': (args: Args<'shell:open-external'>) => Promise<void>;
}

export type Channel = keyof IpcContract;
export type ChannelArgs<K extends Channel> = Parameters<IpcContract[K]>[0];
export type ChannelResult<K extends Channel> = Awaited<ReturnType<IpcContract[K]>>;

/** A handler map main must provide in full: a missing channel is a compile error. */
export type IpcHandlers = { [K in Channel]: (args: z.output<(typeof ipcArgSchemas)[K]>) => Promise<ChannelResult<K>> };

/** What crosses IPC: results and errors are plain data. */
export type IpcResponse<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** The API the preload exposes on `window.showcase`: one method per channel, nothing else. */
export type ShowcaseApi = { [K in Channel]: (args: ChannelArgs<K>) => Promise<IpcResponse<ChannelResult<K>>> };

// Checked both ways at compile time: the schemas, the contract and the channel list agree.
type SchemaKeys = keyof typeof ipcArgSchemas;
type Same<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
const _schemasMatch: Same<SchemaKeys, Channel> = true;
const _channelsMatch: Same<ChannelName, Channel> = true;
void _schemasMatch;
void _channelsMatch;

export { CHANNELS };

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ipcArgSchemas, value);
}
