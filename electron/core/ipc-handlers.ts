import { contract, ipcArgSchemas, isChannel, type Channel, type IpcHandlers, type IpcResponse } from '../../shared/ipc-contract';
import type { EventBus } from './events';
import { toIssues } from '../../shared/project-schema';
import { toErrorData, type ErrorContext } from './errors';
import { nullLog, type Log } from './log';
import { basename } from 'node:path';
import { APP_VERSION, type AppCore } from './app-context';
import { AppError } from './errors';
import { writeOutputFile, type OutputOptions } from './files/output-file';
import { readImportFile } from './import/import-service';
import type { ExportFormat } from '../../shared/export-types';
import { extractTechnologies } from '../../shared/job-posting';
import { summarizeReport, worstFirst, type GapReport, type GapSummary } from '../../shared/gaps';

/** Channels only the Electron shell can serve (they need the OS); everything else is core. */
export type ShellChannel = 'shell:open-external';
export type CoreHandlers = Omit<IpcHandlers, ShellChannel>;

export interface SaveChoice {
  path: string;
  replaceConfirmed: boolean;
}

/** The native file dialogs, injected: Electron's in the app, a scripted stand-in in tests. */
export interface FileDialogs {
  /**
   * A path to save to, or null when the user cancelled. `replaceConfirmed`: the user was asked
   * and agreed to replace the existing file there (without it, an existing file is refused).
   */
  chooseSavePath(options: { defaultName: string; filters: Array<{ name: string; extensions: string[] }> }): Promise<SaveChoice | null>;
  /** A file to open, or null when the user cancelled. */
  chooseOpenPath(options: { filters: Array<{ name: string; extensions: string[] }> }): Promise<string | null>;
}

const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  'json-resume': { name: 'JSON Resume', extensions: ['json'] },
};

/**
 * Announces `data:changed` with a channel's `writes` once its handler succeeded, so every
 * window refetches what it shows, whichever window (or the e2e bridge) made the change.
 */
export function announcingWrites<H extends Partial<IpcHandlers>>(handlers: H, events: EventBus): H {
  const wrapped: Record<string, (args: never) => Promise<unknown>> = { ...handlers };
  for (const [channel, handler] of Object.entries(handlers) as Array<[Channel, (args: never) => Promise<unknown>]>) {
    const tables = contract[channel].writes;
    if (!tables.length) continue;
    wrapped[channel] = async (args) => {
      const value = await handler(args);
      events.emit('data:changed', { tables: [...tables] });
      return value;
    };
  }
  return wrapped as H;
}

/** Every channel the core can serve, over the services of one opened core. */
export function createCoreHandlers(core: AppCore, dialogs: FileDialogs): CoreHandlers {
  return announcingWrites(coreHandlers(core, dialogs), core.events);
}

function coreHandlers(core: AppCore, dialogs: FileDialogs): CoreHandlers {
  const { portfolio, gaps, github, githubJobs, exports, imports } = core;
  // The service keeps a report until the data changes; its summary is kept as long.
  const summaries = new WeakMap<GapReport, GapSummary>();
  const summaryOf = (report: GapReport): GapSummary => {
    let summary = summaries.get(report);
    if (!summary) summaries.set(report, (summary = summarizeReport(report)));
    return summary;
  };
  // Files the user picked in a dialog, by an id the renderer can hold; it never sees or sends paths.
  const chosenFiles = new Map<string, { path: string; data: unknown; notes: string[] }>();
  // A save never replaces the database, nor a file the user is about to import or restore.
  const outputOptions = (choice: SaveChoice): OutputOptions => ({
    protectedFiles: [...core.protectedFiles, ...[...chosenFiles.values()].map((f) => ({ path: f.path, what: 'the file chosen for import (not applied yet)' }))],
    overwrite: choice.replaceConfirmed,
  });
  return {
    'app:info': async () => ({ version: APP_VERSION, dbPath: core.dbPath, projectCount: portfolio.count() }),
    'projects:list': async (args) => portfolio.list(args),
    'projects:get': async ({ id }) => portfolio.get(id),
    'projects:create': async ({ project }) => portfolio.create(project),
    'projects:update': async ({ id, project }) => portfolio.update(id, project),
    'projects:delete': async ({ id }) => portfolio.delete(id),
    'projects:undo-delete': async () => portfolio.undoDelete(),
    'projects:load-sample': async () => portfolio.loadSample(),
    'projects:set-tag-state': async ({ id, name, state }) => portfolio.setTagState(id, name, state),
    'projects:set-kind-state': async ({ id, kind, state }) => portfolio.setKindState(id, kind, state),
    'tags:list': async () => portfolio.tagCounts(),
    'gaps:analyze': async (args) => summaryOf(gaps.analyze(args)),
    'gaps:repositories': async () => worstFirst(gaps.analyze({}).repositories),
    'gaps:dismiss-rule': async ({ ruleId, dismissed }) => gaps.dismissRule(ruleId, dismissed),
    'targets:list': async () => gaps.listTargets(),
    'targets:save': async (args) => gaps.saveTarget(args),
    'targets:delete': async ({ id }) => gaps.deleteTarget(id),
    'targets:extract': async ({ text }) => extractTechnologies(text),
    'accounts:list': () => github.accounts.list(),
    'accounts:add-token': ({ token, apiUrl }) => github.accounts.addWithToken({ token, apiUrl }),
    'accounts:add-public': ({ login, apiUrl }) => github.accounts.addPublic({ login, apiUrl }),
    'accounts:remove': ({ id }) => github.accounts.remove(id),
    'accounts:set-include-orgs': ({ id, include }) => github.accounts.setIncludeOrgRepos(id, include),
    'accounts:token-protection': async () => github.tokenProtection,
    'accounts:device-start': async ({ apiUrl }) => githubJobs.startDeviceFlow({ apiUrl }),
    'accounts:device-status': async ({ id }) => githubJobs.deviceFlowStatus(id),
    'accounts:device-cancel': async ({ id }) => githubJobs.cancelDeviceFlow(id),
    'sync:start': ({ accountIds, scoreFor }) => githubJobs.startSync(accountIds, scoreFor),
    'sync:status': async () => githubJobs.syncStatus(),
    'sync:cancel': async () => githubJobs.cancelSync(),
    'sync:last-changes': async () => githubJobs.lastChanges(),
    'repos:list': async ({ accountId }) => github.repositories.list({ accountId }),
    'repos:drop': async ({ ids }) => github.repositories.drop(ids),
    'repos:create-projects': async ({ ids, includeForks, includeArchived }) =>
      github.linking.createProjectsFromRepositories(ids, { includeForks, includeArchived }),
    'repos:link': async ({ projectId, repositoryId }) => github.linking.linkRepository(projectId, repositoryId),
    'repos:unlink': async ({ projectId, repositoryId }) => github.linking.unlinkRepository(projectId, repositoryId),
    'repos:linked': async ({ projectId }) => github.linking.linkedRepositories(projectId),
    'repos:readme-draft': async ({ id }) => github.repositories.readmeDraft(id),
    'repos:save-readme-draft': async ({ id }) => {
      const draft = github.repositories.readmeDraft(id);
      if (!draft.needed) throw new AppError('VALIDATION', 'Its README is already rated good: there is no draft to save.');
      const choice = await dialogs.chooseSavePath({ defaultName: draft.fileName, filters: [{ name: 'Markdown', extensions: ['md'] }] });
      if (!choice) return { saved: false, fileName: draft.fileName, bytes: 0 };
      const bytes = Buffer.from(draft.markdown, 'utf8');
      writeOutputFile(choice.path, bytes, outputOptions(choice));
      return { saved: true, fileName: basename(choice.path), bytes: bytes.byteLength };
    },
    'review:list': async (filter) => core.review.list(filter),
    'review:decide': async ({ items, verdict }) => core.review.decide(items, verdict),
    'review:decide-all': async ({ verdict, ...filter }) => core.review.decideAll(filter, verdict),
    'review:undo': async () => core.review.undo(),
    'export:preview': async (options) => {
      // PDF and HTML come from one document and one layout: the HTML is the PDF's preview.
      const previewFormat = options.format === 'pdf' ? 'html' : options.format;
      const result = await exports.export({ ...options, format: previewFormat });
      // The HTML resume is drawn from the PDF resume's layout, so it knows the PDF's pages.
      const pdfPages = options.format === 'pdf' && options.form === 'resume' ? result.pages : undefined;
      return {
        format: options.format,
        notes: result.notes,
        ...(pdfPages !== undefined ? { pages: pdfPages } : {}),
        text: new TextDecoder().decode(result.content),
        kind: previewFormat === 'markdown' ? 'markdown' : previewFormat === 'html' ? 'html' : 'json',
        fileName: options.format === 'pdf' ? result.fileName.replace(/\.html$/, '.pdf') : result.fileName,
        projectCount: result.projectCount,
        unreviewed: result.unreviewed,
      };
    },
    'export:save': async (options) => {
      const planned = await exports.export(options);
      const choice = await dialogs.chooseSavePath({ defaultName: planned.fileName, filters: [EXPORT_FILTERS[options.format]] });
      if (!choice) return { saved: false, fileName: planned.fileName, bytes: 0 };
      writeOutputFile(choice.path, planned.content, outputOptions(choice));
      return { saved: true, fileName: basename(choice.path), bytes: planned.content.byteLength };
    },
    'profile:get': async () => exports.profile.get(),
    'profile:set': async ({ profile }) => exports.profile.set(profile),
    'variants:list': async () => exports.variants.list(),
    'variants:save': async (input) => exports.variants.save(input),
    'variants:delete': async ({ id }) => exports.variants.delete(id),
    'project-options:get': async ({ projectId }) => exports.projectOptions.get(projectId),
    'project-options:set': async ({ projectId, options }) => exports.projectOptions.set(projectId, options),
    'resume:get': async () => core.resume.get(),
    'resume:set-basics': async ({ basics }) => core.resume.setBasics(basics),
    'resume:save-entry': async ({ section, entry, index }) => core.resume.saveEntry(section, entry, index),
    'resume:delete-entry': async ({ section, id }) => core.resume.deleteEntry(section, id),
    'resume:move-entry': async ({ section, id, toIndex }) => core.resume.moveEntry(section, id, toIndex),
    'readme:preview': ({ accountId, selection }) => core.readme.preview(accountId, selection),
    'readme:publish': ({ accountId, expectedSha, createRepository, selection }) => core.readme.publish(accountId, { expectedSha, createRepository, selection }),
    'backup:save': async () => {
      const stamp = new Date().toISOString().slice(0, 10);
      const choice = await dialogs.chooseSavePath({ defaultName: `showcase-backup-${stamp}.json`, filters: [{ name: 'Showcase backup', extensions: ['json'] }] });
      if (!choice) return { saved: false, fileName: '', bytes: 0 };
      const text = `${JSON.stringify(core.backups.create(), null, 2)}\n`;
      writeOutputFile(choice.path, Buffer.from(text, 'utf8'), outputOptions(choice));
      return { saved: true, fileName: basename(choice.path), bytes: Buffer.byteLength(text) };
    },
    'import:choose': async () => {
      const path = await dialogs.chooseOpenPath({ filters: [{ name: 'Showcase backup or JSON Resume', extensions: ['json'] }] });
      if (!path) return null;
      const { data, notes } = readImportFile(path);
      const preview = imports.importData(data, { dryRun: true, notes });
      const fileId = crypto.randomUUID();
      chosenFiles.set(fileId, { path, data, notes });
      if (preview.format === 'backup') {
        return { fileId, fileName: basename(path), format: 'backup', projects: [], warnings: [], sections: [], replaces: [], plan: preview.plan, destructive: preview.plan.destructive };
      }
      const { warnings, sections, replaces } = preview;
      return { fileId, fileName: basename(path), format: 'json-resume', projects: preview.added.map((p) => p.title), warnings, sections, replaces, plan: null, destructive: replaces.length > 0 };
    },
    'import:apply': async ({ fileId, confirm }) => {
      const chosen = chosenFiles.get(fileId);
      if (!chosen) throw new AppError('NOT_FOUND', 'Choose the file again: that import is no longer pending.');
      const result = imports.importData(chosen.data, { confirm, notes: chosen.notes });
      if (result.applied) chosenFiles.delete(fileId);
      return result;
    },
  };
}

/**
 * The single entry for every IPC call (and the test bridge): checks the channel, parses the
 * argument with the contract's schema, runs the handler and turns any failure into data.
 */
export async function dispatch(handlers: IpcHandlers, channel: unknown, rawArgs: unknown, errorContext: ErrorContext = {}, log: Log = nullLog): Promise<IpcResponse<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'BAD_CHANNEL', message: 'Unknown request.' } };
  const parsed = ipcArgSchemas[channel].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    return {
      ok: false,
      error: { code: 'VALIDATION', message: issues.map((i) => i.message).join(' '), issues },
    };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    const data = toErrorData(error, errorContext);
    // What the user is told, and (never the arguments, which may hold a token) what went wrong.
    if (data.code !== 'VALIDATION' && data.code !== 'NOT_FOUND') log.error(`request ${channel} failed`, error, { code: data.code, message: data.message });
    return { ok: false, error: data };
  }
}

export type { Channel };
