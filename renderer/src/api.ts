/**
 * The only module that touches `window.showcase`. Every call unwraps the `{ ok, value | error }`
 * response; failures become an `ApiError` carrying the stable code and any field issues.
 */
import type { ChannelArgs, ChannelResult, Channel, IpcResponse, ShowcaseApi } from '../../shared/ipc-contract';
import type { AppErrorCode, AppErrorData, ProjectInput, ProjectKind, ProjectQuery } from '../../shared/types';
import type { SectionKey } from '../../shared/resume-types';

declare global {
  interface Window {
    showcase?: ShowcaseApi;
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
  }
}

/** A readable message for any thrown value, for banners and toasts. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

async function call<K extends Channel>(channel: K, args: ChannelArgs<K>): Promise<ChannelResult<K>> {
  const bridge = window.showcase;
  if (!bridge) throw new ApiError({ code: 'INTERNAL', message: 'The Showcase backend is not available.' });
  let response: IpcResponse<ChannelResult<K>>;
  try {
    const method = bridge[channel] as unknown as (a: ChannelArgs<K>) => Promise<IpcResponse<ChannelResult<K>>>;
    response = await method(args);
  } catch (error) {
    throw new ApiError({ code: 'INTERNAL', message: `Could not reach the Showcase backend: ${errorMessage(error)}` });
  }
  if (!response || typeof response !== 'object') {
    throw new ApiError({ code: 'INTERNAL', message: 'The backend sent an unreadable answer.' });
  }
  if (response.ok) return response.value;
  throw new ApiError(response.error);
}

export const api = {
  appInfo: () => call('app:info', {}),
  listProjects: (query: ProjectQuery) => call('projects:list', query),
  getProject: (id: string) => call('projects:get', { id }),
  createProject: (project: ProjectInput) => call('projects:create', { project } as ChannelArgs<'projects:create'>),
  updateProject: (id: string, project: ProjectInput) =>
    call('projects:update', { id, project } as ChannelArgs<'projects:update'>),
  deleteProject: (id: string) => call('projects:delete', { id }),
  undoDelete: () => call('projects:undo-delete', {}),
  loadSample: () => call('projects:load-sample', {}),
  setTagState: (id: string, name: string, state: 'accepted' | 'rejected') =>
    call('projects:set-tag-state', { id, name, state }),
  setKindState: (id: string, kind: ProjectKind, state: 'accepted' | 'rejected') =>
    call('projects:set-kind-state', { id, kind, state }),
  listTags: () => call('tags:list', {}),
  openExternal: (url: string) => call('shell:open-external', { url }),
  analyzeGaps: (args: ChannelArgs<'gaps:analyze'>) => call('gaps:analyze', args),
  dismissRule: (ruleId: string, dismissed: boolean) => call('gaps:dismiss-rule', { ruleId, dismissed }),
  listTargets: () => call('targets:list', {}),
  saveTarget: (target: ChannelArgs<'targets:save'>) => call('targets:save', target),
  deleteTarget: (id: string) => call('targets:delete', { id }),
  extractTechnologies: (text: string) => call('targets:extract', { text }),

  // GitHub accounts and sync
  listAccounts: () => call('accounts:list', {}),
  /** The token goes to main and is never sent back. */
  addTokenAccount: (token: string, apiUrl?: string) => call('accounts:add-token', apiUrl ? { token, apiUrl } : { token }),
  addPublicAccount: (login: string, apiUrl?: string) => call('accounts:add-public', apiUrl ? { login, apiUrl } : { login }),
  removeAccount: (id: string) => call('accounts:remove', { id }),
  setIncludeOrgs: (id: string, include: boolean) => call('accounts:set-include-orgs', { id, include }),
  tokenProtection: () => call('accounts:token-protection', {}),
  deviceStart: (apiUrl?: string) => call('accounts:device-start', apiUrl ? { apiUrl } : {}),
  deviceStatus: (id: string) => call('accounts:device-status', { id }),
  syncStart: (accountIds?: string[], scoreFor?: ChannelArgs<'sync:start'>['scoreFor']) =>
    call('sync:start', { ...(accountIds ? { accountIds } : {}), ...(scoreFor ? { scoreFor } : {}) }),
  syncStatus: () => call('sync:status', {}),
  syncCancel: () => call('sync:cancel', {}),
  /** What the last sync from the app changed, or null before the first one. */
  syncLastChanges: () => call('sync:last-changes', {}),

  // Synced repositories
  listRepos: (accountId?: string) => call('repos:list', accountId ? { accountId } : {}),
  dropRepos: (ids: string[]) => call('repos:drop', { ids }),
  createProjectsFromRepos: (ids: string[], options: { includeForks?: boolean; includeArchived?: boolean }) =>
    call('repos:create-projects', { ids, ...options }),
  linkRepo: (projectId: string, repositoryId: string) => call('repos:link', { projectId, repositoryId }),
  unlinkRepo: (projectId: string, repositoryId: string) => call('repos:unlink', { projectId, repositoryId }),
  linkedRepos: (projectId: string) => call('repos:linked', { projectId }),
  readmeDraft: (id: string) => call('repos:readme-draft', { id }),
  saveReadmeDraft: (id: string) => call('repos:save-readme-draft', { id }),

  // Export, profile, variants, privacy
  exportPreview: (args: ChannelArgs<'export:preview'>) => call('export:preview', args),
  exportSave: (args: ChannelArgs<'export:save'>) => call('export:save', args),
  getProfile: () => call('profile:get', {}),
  setProfile: (profile: ChannelArgs<'profile:set'>['profile']) => call('profile:set', { profile }),
  listVariants: () => call('variants:list', {}),
  saveVariant: (variant: ChannelArgs<'variants:save'>) => call('variants:save', variant),
  deleteVariant: (id: string) => call('variants:delete', { id }),
  getProjectOptions: (projectId: string) => call('project-options:get', { projectId }),
  setProjectOptions: (projectId: string, options: ChannelArgs<'project-options:set'>['options']) =>
    call('project-options:set', { projectId, options }),

  // The resume
  getResume: () => call('resume:get', {}),
  setBasics: (basics: ChannelArgs<'resume:set-basics'>['basics']) => call('resume:set-basics', { basics }),
  saveResumeEntry: (args: ChannelArgs<'resume:save-entry'>) => call('resume:save-entry', args),
  deleteResumeEntry: (section: SectionKey, id: string) => call('resume:delete-entry', { section, id }),
  moveResumeEntry: (section: SectionKey, id: string, toIndex: number) => call('resume:move-entry', { section, id, toIndex }),

  // The profile README on GitHub
  readmePreview: (accountId: string, selection?: ChannelArgs<'readme:preview'>['selection']) => call('readme:preview', selection ? { accountId, selection } : { accountId }),
  readmePublish: (args: ChannelArgs<'readme:publish'>) => call('readme:publish', args),

  // Backup, restore and import
  saveBackup: () => call('backup:save', {}),
  chooseImport: () => call('import:choose', { kind: 'any' }),
  applyImport: (fileId: string, confirm: boolean) => call('import:apply', { fileId, confirm }),
};
