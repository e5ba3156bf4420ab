/**
 * The only module that touches `window.showcase`. Every call unwraps the `{ ok, value | error }`
 * response; failures become an `ApiError` carrying the stable code and any field issues.
 */
import { CHANNELS, contract, type Channel, type ChannelArgs, type ChannelResult, type Contract, type DataTable, type EventName, type IpcEvents, type IpcResponse, type ShowcaseApi } from '../../shared/ipc-contract';
import { ApiError, errorMessage } from './api-errors';

export { ApiError, errorMessage, type FieldIssue } from './api-errors';

declare global {
  interface Window {
    showcase?: ShowcaseApi;
  }
}

const writeListeners = new Set<(tables: DataTable[]) => void>();

/** Hears the tables each successful write from this window changed. */
export function onWrite(listener: (tables: DataTable[]) => void): () => void {
  writeListeners.add(listener);
  return () => void writeListeners.delete(listener);
}

/** One call of one channel; `api.someMethod(args)` is this with the channel named for you. */
export async function call<K extends Channel>(channel: K, args: ChannelArgs<K>): Promise<ChannelResult<K>> {
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
  if (response.ok) {
    const { writes } = contract[channel];
    // Main announces the write too; this window's caches need not wait for the event.
    if (writes.length) for (const listener of [...writeListeners]) listener([...writes]);
    return response.value;
  }
  throw new ApiError(response.error);
}

/** A channel's method: the argument object may be left out when every field is optional. */
type Method<K extends Channel> = Record<string, never> extends ChannelArgs<K> ? (args?: ChannelArgs<K>) => Promise<ChannelResult<K>> : (args: ChannelArgs<K>) => Promise<ChannelResult<K>>;

/** The renderer's client, derived from the contract: `api.getProject({ id })` calls `projects:get`. */
export type Api = { [K in Channel as Contract[K]['method']]: Method<K> };

export const api = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [contract[channel].method, (args?: ChannelArgs<typeof channel>) => call(channel, args ?? {})])),
) as Api;

/**
 * Hears an event from main until the returned function is called. Without the backend (a
 * page opened on its own) nothing is ever heard.
 */
export function subscribe<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
  const bridge = window.showcase;
  if (!bridge?.subscribe) return () => undefined;
  return bridge.subscribe(event, listener);
}
