import { ipcArgSchemas, isChannel, type Channel, type IpcHandlers, type IpcResponse } from '../../shared/ipc-contract';
import { toIssues } from '../../shared/project-schema';
import { toErrorData } from './errors';
import type { PortfolioService } from './portfolio-service';

export interface CoreContext {
  portfolio: PortfolioService;
  dbPath: string;
  version: string;
}

/** Channels only the Electron shell can serve (they need the OS); everything else is core. */
export type ShellChannel = 'shell:open-external';
export type CoreHandlers = Omit<IpcHandlers, ShellChannel>;

export function createCoreHandlers(ctx: CoreContext): CoreHandlers {
  const { portfolio } = ctx;
  return {
    'app:info': async () => ({ version: ctx.version, dbPath: ctx.dbPath, projectCount: portfolio.count() }),
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
