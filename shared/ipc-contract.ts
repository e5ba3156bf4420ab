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
import type { GapSummary, RepositoryDocs } from './gaps';
import type { CreateFromRepositoriesResult, GitHubAccount, ReadmePreview, ReadmePublishResult, SyncedRepository } from './github-types';
import { EXPORT_FORMATS, EXPORT_FORMS, EXPORT_THEMES, PAPER_SIZES } from './export-types';
import { SECTION_KEYS } from './resume-sections';
import { basicsInputSchema, entryInputSchemas } from './resume-schema';
import type { Resume, ResumeBasics, SectionEntry, SectionKey } from './resume-types';
import type { ExportFormat, ProfileInfo, ProjectExportOptions, Variant } from './export-types';
import type { ExtractedTechnology } from './job-posting';
import type { ReadmeDraft } from './readme-draft';
import type { ReviewDecisionResult, ReviewQueue, ReviewUndoResult } from './review-types';

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
  state: 'starting' | 'waiting' | 'done' | 'failed' | 'cancelled';
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
  /** Suggestions on these projects not reviewed yet: left out of the export until accepted. */
  unreviewed: number;
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

export interface AppInfo {
  version: string;
  dbPath: string;
  projectCount: number;
}

/**
 * What a write can change, as the renderer's caches see it: each name covers one table or a few
 * that are only ever read together (`projects` holds tags, kinds, links and items too).
 */
export const DATA_TABLES = ['projects', 'targets', 'rules', 'accounts', 'repositories', 'variants', 'profile', 'project-options', 'resume', 'sync-changes'] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** One channel: its argument schema, its result type and what it reads and writes. */
export interface ChannelDefinition<S extends z.ZodType = z.ZodType, R = unknown, M extends string = string> {
  /** The renderer's name for the call: `api.getProject({ id })`. */
  method: M;
  args: S;
  /** Only a type: what the handler resolves to. */
  result: R;
  /** Cached answers to refetch when one of these changes. */
  reads: readonly DataTable[];
  /** Announced as `data:changed` after the call succeeds. */
  writes: readonly DataTable[];
}

/** Types the result of a channel: the value is never read. */
const returns = <R>(): R => undefined as R;

function channel<S extends z.ZodType, R, const M extends string>(def: {
  method: M;
  args: S;
  result: R;
  reads?: readonly DataTable[];
  writes?: readonly DataTable[];
}): ChannelDefinition<S, R, M> {
  return { reads: [], writes: [], ...def };
}

const ALL_TABLES = DATA_TABLES;
const PORTFOLIO: DataTable[] = ['projects', 'targets', 'rules', 'repositories'];
const EXPORTED: DataTable[] = ['projects', 'variants', 'profile', 'project-options', 'resume', 'targets', 'repositories'];

/**
 * The one IPC contract between the renderer and main, and the only place a channel is defined.
 * Every channel is `noun:verb`, takes one argument object (parsed with `args` before a handler
 * sees it) and resolves to `result`. Main's handler map, the preload's methods and the
 * renderer's `api` client are all derived from this object.
 */
export const contract = {
  'app:info': channel({ method: 'appInfo', args: empty, result: returns<AppInfo>(), reads: ['projects'] }),
  'projects:list': channel({
    method: 'listProjects',
    args: z
      .object({
        search: z.string().max(500).optional(),
        kind: z.enum(PROJECT_KINDS).nullable().optional(),
        tag: z.string().max(200).nullable().optional(),
        showcased: z.enum(['all', 'showcased', 'hidden']).optional(),
        sort: z.enum(['updated', 'title', 'start']).optional(),
      })
      .strict(),
    result: returns<ProjectListResult>(),
    reads: ['projects'],
  }),
  'projects:get': channel({ method: 'getProject', args: z.object({ id }).strict(), result: returns<Project>(), reads: ['projects'] }),
  'projects:create': channel({ method: 'createProject', args: z.object({ project: projectInputSchema }).strict(), result: returns<Project>(), writes: ['projects'] }),
  'projects:update': channel({ method: 'updateProject', args: z.object({ id, project: projectInputSchema }).strict(), result: returns<Project>(), writes: ['projects'] }),
  'projects:delete': channel({ method: 'deleteProject', args: z.object({ id }).strict(), result: returns<{ id: string; title: string }>(), writes: ['projects', 'project-options'] }),
  'projects:undo-delete': channel({ method: 'undoDelete', args: empty, result: returns<Project | null>(), writes: ['projects', 'project-options'] }),
  'projects:load-sample': channel({ method: 'loadSample', args: empty, result: returns<{ added: number }>(), writes: ['projects'] }),
  'projects:set-tag-state': channel({
    method: 'setTagState',
    args: z.object({ id, name: z.string().min(1).max(200), state: z.enum(['accepted', 'rejected']) }).strict(),
    result: returns<Project>(),
    writes: ['projects'],
  }),
  'projects:set-kind-state': channel({
    method: 'setKindState',
    args: z.object({ id, kind: z.enum(PROJECT_KINDS), state: z.enum(['accepted', 'rejected']) }).strict(),
    result: returns<Project>(),
    writes: ['projects'],
  }),
  'tags:list': channel({ method: 'listTags', args: empty, result: returns<TagCount[]>(), reads: ['projects'] }),
  'gaps:analyze': channel({
    method: 'analyzeGaps',
    args: z
      .object({
        role: z.enum(ROLE_IDS).optional(),
        targetId: id.nullable().optional(),
        jobText: z.string().max(200_000).nullable().optional(),
      })
      .strict(),
    /** The report, with only the repositories a screen lists first (see `gaps:repositories`). */
    result: returns<GapSummary>(),
    reads: PORTFOLIO,
  }),
  /** Every repository showcased projects link, with its documentation status, those that need work first. */
  'gaps:repositories': channel({ method: 'gapRepositories', args: empty, result: returns<RepositoryDocs[]>(), reads: PORTFOLIO }),
  /** Marks a rule as not relevant (or relevant again); resolves to every dismissed rule id. */
  'gaps:dismiss-rule': channel({ method: 'dismissRule', args: z.object({ ruleId: z.string().min(1).max(100), dismissed: z.boolean() }).strict(), result: returns<string[]>(), writes: ['rules'] }),
  'targets:list': channel({ method: 'listTargets', args: empty, result: returns<SavedTarget[]>(), reads: ['targets'] }),
  'targets:save': channel({
    method: 'saveTarget',
    args: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1, 'Give the target a name.').max(200, 'A name is at most 200 characters.'),
        posting: z.string().max(200_000, 'The posting is too long.'),
        technologies: z.array(z.string().min(1).max(100)).max(300).optional(),
      })
      .strict(),
    result: returns<SavedTarget>(),
    writes: ['targets'],
  }),
  'targets:delete': channel({ method: 'deleteTarget', args: z.object({ id }).strict(), result: returns<void>(), writes: ['targets'] }),
  /** The technologies a posting names, for a live preview before saving. */
  'targets:extract': channel({ method: 'extractTechnologies', args: z.object({ text: z.string().max(200_000) }).strict(), result: returns<ExtractedTechnology[]>() }),
  'accounts:list': channel({ method: 'listAccounts', args: empty, result: returns<GitHubAccount[]>(), reads: ['accounts'] }),
  /** The token goes one way, renderer → main; it is never sent back. */
  'accounts:add-token': channel({
    method: 'addTokenAccount',
    args: z.object({ token: z.string().trim().min(1, 'Paste a token.').max(500, 'That is too long for a GitHub token.'), apiUrl: apiUrl.optional() }).strict(),
    result: returns<GitHubAccount>(),
    writes: ['accounts'],
  }),
  'accounts:add-public': channel({
    method: 'addPublicAccount',
    args: z.object({ login: z.string().trim().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'Enter a GitHub username.'), apiUrl: apiUrl.optional() }).strict(),
    result: returns<GitHubAccount>(),
    writes: ['accounts'],
  }),
  /** Its synced repositories stay, no longer under an account. */
  'accounts:remove': channel({ method: 'removeAccount', args: z.object({ id }).strict(), result: returns<{ id: string; login: string }>(), writes: ['accounts', 'repositories'] }),
  'accounts:set-include-orgs': channel({ method: 'setIncludeOrgs', args: z.object({ id, include: z.boolean() }).strict(), result: returns<GitHubAccount>(), writes: ['accounts'] }),
  'accounts:token-protection': channel({ method: 'tokenProtection', args: empty, result: returns<TokenProtection>() }),
  /** Starts signing in; its states arrive as `device-flow:state` events (the account as `data:changed`). */
  'accounts:device-start': channel({ method: 'deviceStart', args: z.object({ apiUrl: apiUrl.optional() }).strict(), result: returns<DeviceFlowStatus>() }),
  'accounts:device-status': channel({ method: 'deviceStatus', args: z.object({ id }).strict(), result: returns<DeviceFlowStatus>() }),
  /** Stops main's polling of GitHub: approving the code afterwards adds no account. */
  'accounts:device-cancel': channel({ method: 'deviceCancel', args: z.object({ id }).strict(), result: returns<DeviceFlowStatus>() }),
  /** Starts a sync; its progress arrives as `sync:progress` events. */
  'sync:start': channel({
    method: 'syncStart',
    args: z
      .object({
        accountIds: z.array(id).max(50).optional(),
        /** The role and target the "Since the last sync" score is computed for (the Dashboard's). */
        scoreFor: z.object({ role: z.enum(ROLE_IDS), targetId: id.nullable() }).strict().optional(),
      })
      .strict(),
    result: returns<SyncJobStatus>(),
  }),
  'sync:status': channel({ method: 'syncStatus', args: empty, result: returns<SyncJobStatus>() }),
  'sync:cancel': channel({ method: 'syncCancel', args: empty, result: returns<SyncJobStatus>() }),
  /** What the last sync changed, for the dashboard; null before the first sync. */
  'sync:last-changes': channel({ method: 'syncLastChanges', args: empty, result: returns<SyncChanges | null>(), reads: ['sync-changes'] }),
  'repos:list': channel({ method: 'listRepos', args: z.object({ accountId: id.optional() }).strict(), result: returns<SyncedRepository[]>(), reads: ['repositories', 'projects'] }),
  'repos:drop': channel({ method: 'dropRepos', args: z.object({ ids: z.array(id).min(1).max(5000) }).strict(), result: returns<{ dropped: number }>(), writes: ['repositories', 'projects'] }),
  'repos:create-projects': channel({
    method: 'createProjectsFromRepos',
    args: z.object({ ids: z.array(id).min(1).max(5000), includeForks: z.boolean().optional(), includeArchived: z.boolean().optional() }).strict(),
    result: returns<CreateFromRepositoriesResult>(),
    writes: ['projects', 'repositories'],
  }),
  'repos:link': channel({ method: 'linkRepo', args: z.object({ projectId: id, repositoryId: id }).strict(), result: returns<Project>(), writes: ['projects', 'repositories'] }),
  'repos:unlink': channel({ method: 'unlinkRepo', args: z.object({ projectId: id, repositoryId: id }).strict(), result: returns<boolean>(), writes: ['projects', 'repositories'] }),
  'repos:linked': channel({ method: 'linkedRepos', args: z.object({ projectId: id }).strict(), result: returns<SyncedRepository[]>(), reads: ['repositories', 'projects'] }),
  /** A draft of the sections a repository's README lacks, built from what the last sync read. */
  'repos:readme-draft': channel({ method: 'readmeDraft', args: z.object({ id }).strict(), result: returns<ReadmeDraft>(), reads: ['repositories'] }),
  /** Asks where to save (a native dialog), then writes the draft as Markdown. */
  'repos:save-readme-draft': channel({ method: 'saveReadmeDraft', args: z.object({ id }).strict(), result: returns<SaveResult>() }),
  /** Detected suggestions waiting for review, with their evidence: all, or a project's or a repository's. */
  'review:list': channel({
    method: 'listReview',
    args: z.object({ projectId: id.optional(), repositoryId: id.optional() }).strict(),
    result: returns<ReviewQueue>(),
    reads: ['projects', 'repositories'],
  }),
  /** Accepts or rejects the given suggestions (each must still be pending). */
  'review:decide': channel({
    method: 'decideReview',
    args: z
      .object({
        items: z.array(z.object({ projectId: id, type: z.enum(['tag', 'kind']), name: z.string().min(1).max(200) }).strict()).min(1).max(10_000),
        verdict: z.enum(['accepted', 'rejected']),
      })
      .strict(),
    result: returns<ReviewDecisionResult>(),
    writes: ['projects'],
  }),
  /** Accepts or rejects every pending suggestion of a project, of a repository, or of the portfolio. */
  'review:decide-all': channel({
    method: 'decideAllReview',
    args: z.object({ projectId: id.optional(), repositoryId: id.optional(), verdict: z.enum(['accepted', 'rejected']) }).strict(),
    result: returns<ReviewDecisionResult>(),
    writes: ['projects'],
  }),
  /** Puts the suggestions of the last decision back to pending. */
  'review:undo': channel({ method: 'undoReview', args: empty, result: returns<ReviewUndoResult>(), writes: ['projects'] }),
  /** Text of the export for the live preview (PDF previews as its HTML twin: same layout). */
  'export:preview': channel({ method: 'exportPreview', args: exportRequest, result: returns<ExportPreview>(), reads: EXPORTED }),
  /** Asks where to save (a native dialog), then writes the file. */
  'export:save': channel({ method: 'exportSave', args: exportRequest, result: returns<SaveResult>() }),
  /** The resume's basics and its GitHub profile seen short: a change to the resume can change it. */
  'profile:get': channel({ method: 'getProfile', args: empty, result: returns<ProfileInfo>(), reads: ['profile', 'resume'] }),
  'profile:set': channel({
    method: 'setProfile',
    args: z
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
    result: returns<ProfileInfo>(),
    // The profile is the resume's basics seen short: setting one changes the other.
    writes: ['profile', 'resume'],
  }),
  'variants:list': channel({ method: 'listVariants', args: empty, result: returns<Variant[]>(), reads: ['variants'] }),
  'variants:save': channel({
    method: 'saveVariant',
    args: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1, 'Give the variant a name.').max(200),
        selection: selectionSchema,
        format: z.enum(EXPORT_FORMATS).optional(),
        paper: z.enum(PAPER_SIZES).optional(),
        theme: z.enum(EXPORT_THEMES).optional(),
      })
      .strict(),
    result: returns<Variant>(),
    writes: ['variants'],
  }),
  'variants:delete': channel({ method: 'deleteVariant', args: z.object({ id }).strict(), result: returns<void>(), writes: ['variants'] }),
  'project-options:get': channel({ method: 'getProjectOptions', args: z.object({ projectId: id }).strict(), result: returns<ProjectExportOptions>(), reads: ['project-options'] }),
  'project-options:set': channel({
    method: 'setProjectOptions',
    args: z
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
    result: returns<ProjectExportOptions>(),
    writes: ['project-options'],
  }),
  /** The whole resume: basics, profiles and every section. */
  'resume:get': channel({ method: 'getResume', args: empty, result: returns<Resume>(), reads: ['resume'] }),
  'resume:set-basics': channel({ method: 'setBasics', args: z.object({ basics: basicsInputSchema }).strict(), result: returns<ResumeBasics>(), writes: ['resume'] }),
  /** Adds an entry (at `index`, else last) or, with its `id`, changes it. */
  'resume:save-entry': channel({ method: 'saveResumeEntry', args: saveEntryArgs, result: returns<SectionEntry<SectionKey>>(), writes: ['resume'] }),
  'resume:delete-entry': channel({ method: 'deleteResumeEntry', args: z.object({ section: sectionKey, id }).strict(), result: returns<{ id: string; title: string }>(), writes: ['resume'] }),
  /** Resolves to the section in its new order. */
  'resume:move-entry': channel({
    method: 'moveResumeEntry',
    args: z.object({ section: sectionKey, id, toIndex: z.number().int().min(0).max(10_000) }).strict(),
    result: returns<Array<SectionEntry<SectionKey>>>(),
    writes: ['resume'],
  }),
  /** What publishing the profile README to login/login would change, and what stands in the way. */
  'readme:preview': channel({ method: 'readmePreview', args: z.object({ accountId: id, selection: selectionSchema.nullable().optional() }).strict(), result: returns<ReadmePreview>(), reads: [...EXPORTED, 'accounts'] }),
  /** Writes it, unless it changed on GitHub since the preview (`expectedSha`). */
  'readme:publish': channel({
    method: 'readmePublish',
    args: z.object({ accountId: id, expectedSha: z.string().regex(/^[0-9a-f]{40}$/).nullable(), createRepository: z.boolean().optional(), selection: selectionSchema.nullable().optional() }).strict(),
    result: returns<ReadmePublishResult>(),
  }),
  /** Asks where to save, then writes a full backup. */
  'backup:save': channel({ method: 'saveBackup', args: empty, result: returns<SaveResult>() }),
  /** Asks for a file (native dialog), validates it whole and says what importing it would change. */
  'import:choose': channel({ method: 'chooseImport', args: z.object({ kind: z.enum(['backup', 'json-resume', 'any']).optional() }).strict(), result: returns<ImportPreview | null>() }),
  /** Applies a chosen file, all or nothing. */
  'import:apply': channel({ method: 'applyImport', args: z.object({ fileId: id, confirm: z.boolean().optional() }).strict(), result: returns<ImportResult>(), writes: ALL_TABLES }),
  'shell:open-external': channel({ method: 'openExternal', args: z.object({ url: z.string().max(2000) }).strict(), result: returns<void>() }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer sends (before parsing: defaults and trims not applied yet). */
export type ChannelArgs<K extends Channel> = z.input<Contract[K]['args']>;
export type ChannelResult<K extends Channel> = Contract[K]['result'];

/** Every channel name, in the contract's order. */
export const CHANNELS = Object.keys(contract) as Channel[];

/** Each channel's argument schema, for the one place that parses them (dispatch). */
export const ipcArgSchemas = Object.fromEntries(CHANNELS.map((c) => [c, contract[c].args])) as { [K in Channel]: Contract[K]['args'] };

/** A handler map main must provide in full: a missing channel is a compile error. */
export type IpcHandlers = { [K in Channel]: (args: z.output<Contract[K]['args']>) => Promise<ChannelResult<K>> };

/** What crosses IPC: results and errors are plain data. */
export type IpcResponse<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Events main pushes to the renderer, with their payloads: like channels, defined here only. */
export const events = {
  /** The running sync's status, on every step and once when it ends (`running: false`). */
  'sync:progress': returns<SyncJobStatus>(),
  /** A device-flow sign-in changed state (code shown, approved, failed, cancelled). */
  'device-flow:state': returns<DeviceFlowStatus>(),
  /** A write changed these tables: cached reads of them are stale. */
  'data:changed': returns<{ tables: DataTable[] }>(),
};
export type IpcEvents = typeof events;
export type EventName = keyof IpcEvents;
export const EVENTS = Object.keys(events) as EventName[];
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}

/** The API the preload exposes on `window.showcase`: one method per channel, and `subscribe`. */
export type ShowcaseApi = { [K in Channel]: (args: ChannelArgs<K>) => Promise<IpcResponse<ChannelResult<K>>> } & {
  subscribe<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
