/**
 * The contract is the one place a channel is defined: main's handler map, the preload and the
 * renderer's client are derived from it. tsc checks the `@ts-expect-error` lines below: each
 * must be an error, or the typecheck fails.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract, DATA_TABLES, EVENTS, ipcArgSchemas, type ChannelResult, type IpcHandlers } from '../../shared/ipc-contract';
import type { Api } from '../../renderer/src/api';
import type { Project } from '../../shared/types';

type Handler<K extends keyof IpcHandlers> = IpcHandlers[K];

// A handler map missing one channel does not compile.
// @ts-expect-error 'projects:get' is missing
const _missing: Pick<IpcHandlers, 'projects:get' | 'projects:list'> = { 'projects:list': async () => ({ projects: [], total: 0 }) as never };
// A handler resolving to the wrong type does not compile.
// @ts-expect-error a project is not a number
const _wrongResult: Handler<'projects:get'> = async () => 42;
// Nor does a handler map naming a channel the contract lacks.
// @ts-expect-error 'files:read' is no channel
const _extra: Partial<IpcHandlers> = { 'files:read': async () => null };
// The renderer's client takes each channel's argument object and resolves to its result.
// (Only type-checked, never run.)
function _clientTypes(api: Api): void {
  const _project: Promise<Project> = api.getProject({ id: 'x' });
  // @ts-expect-error the id is required
  void api.getProject({});
  // @ts-expect-error the client has no method for a channel the contract lacks
  void api.readFile({ path: '/etc/passwd' });
  // Channels whose arguments are all optional can be called without any.
  void api.listProjects();
  void _project;
}
const _result: ChannelResult<'projects:get'> extends Project ? true : false = true;
void [_missing, _wrongResult, _extra, _result, _clientTypes];

describe('the IPC contract', () => {
  it('gives every channel a noun:verb name, a schema and its own renderer method', () => {
    const methods = CHANNELS.map((c) => contract[c].method);
    expect(new Set(methods).size).toBe(methods.length);
    for (const c of CHANNELS) {
      expect(c).toMatch(/^[a-z-]+:[a-z-]+$/);
      expect(typeof ipcArgSchemas[c].safeParse).toBe('function');
      for (const t of [...contract[c].reads, ...contract[c].writes]) expect(DATA_TABLES, `${c}: ${t}`).toContain(t);
    }
    expect(EVENTS).toEqual(['sync:progress', 'device-flow:state', 'data:changed']);
  });
});
