/**
 * The calls that are not data: native dialogs (save a file, choose one), the OS browser, the
 * device-flow sign-in and its events, publishing to GitHub, reading a posting's technologies.
 * Screens reach main through these, the query store and the stores; never through the client.
 */
import { api, subscribe } from '../api';
import type { ChannelArgs, IpcEvents } from '../../../shared/ipc-contract';

/** Opens a link in the OS browser (main allows http(s) only). */
export const openExternal = (url: string) => api.openExternal({ url });

/** Asks where to save (a native dialog), then writes a full backup. */
export const saveBackup = () => api.saveBackup();

/** Asks for a file to restore or import and says what importing it would change. */
export const chooseImport = () => api.chooseImport();

/** Asks where to save, then writes the export. */
export const saveExport = (request: ChannelArgs<'export:save'>) => api.exportSave(request);

/** Asks where to save, then writes a repository's README draft. */
export const saveReadmeDraft = (repositoryId: string) => api.saveReadmeDraft({ id: repositoryId });

/** Publishes the profile README to GitHub, unless it changed there since the preview. */
export const publishReadme = (args: ChannelArgs<'readme:publish'>) => api.readmePublish(args);

/** The technologies a posting names: a pure reading of the text, nothing stored. */
export const extractTechnologies = (text: string) => api.extractTechnologies({ text });

/** Starts a device-flow sign-in; its states arrive through `onDeviceFlowState`, the account as `data:changed`. */
export const startDeviceFlow = (apiUrl?: string) => api.deviceStart({ apiUrl });

/** Stops main's polling: approving the code afterwards adds no account. */
export const cancelDeviceFlow = (id: string) => api.deviceCancel({ id });

/** Hears every device-flow state until the returned function is called. */
export const onDeviceFlowState = (listener: (status: IpcEvents['device-flow:state']) => void) => subscribe('device-flow:state', listener);
