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
import type { ExtractedTechnology } from './job-posting';

export const ROLE_IDS = ['backend', 'lead-backend', 'solutions-architect', 'devops'] as const;

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
