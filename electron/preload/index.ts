/**
 * Exposes exactly the contract's channels on `window.showcase`, one method each. No
 * ipcRenderer, no Node: the renderer can only make the calls the contract names.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc-channels';
import type { ShowcaseApi } from '../../shared/ipc-contract';

const api = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args ?? {})])),
) as ShowcaseApi;

contextBridge.exposeInMainWorld('showcase', api);
