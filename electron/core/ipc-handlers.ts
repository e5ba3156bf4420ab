import { ipcArgSchemas, isChannel, type Channel, type IpcHandlers, type IpcResponse } from '../../shared/ipc-contract';
import { toIssues } from '../../shared/project-schema';
import { toErrorData } from './errors';
import { APP_VERSION, type AppCore } from './app-context';
import { extractTechnologies } from '../../shared/job-posting';

/** Channels only the Electron shell can serve (they need the OS); everything else is core. */
export type ShellChannel = 'shell:open-external';
export type CoreHandlers = Omit<IpcHandlers, ShellChannel>;

/** Every channel the core can serve, over the services of one opened core. */
export function createCoreHandlers(core: AppCore): CoreHandlers {
  const { portfolio, gaps } = core;
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
    'gaps:analyze': async (args) => gaps.analyze(args),
    'gaps:dismiss-rule': async ({ ruleId, dismissed }) => gaps.dismissRule(ruleId, dismissed),
    'targets:list': async () => gaps.listTargets(),
    'targets:save': async (args) => gaps.saveTarget(args),
    'targets:delete': async ({ id }) => gaps.deleteTarget(id),
    'targets:extract': async ({ text }) => extractTechnologies(text),
  };
}

/**
 * The single entry for every IPC call (and the test bridge): checks the channel, parses the
 * argument with the contract's schema, runs the handler and turns any failure into data.
 */
export async function dispatch(handlers: IpcHandlers, channel: unknown, rawArgs: unknown): Promise<IpcResponse<unknown>> {
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
    return { ok: false, error: toErrorData(error) };
  }
}

export type { Channel };
