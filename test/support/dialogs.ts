import type { FileDialogs } from '../../electron/core/ipc-handlers';

/** Dialogs the user always cancels. */
export const cancelledDialogs: FileDialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
};

/**
 * Dialogs a test scripts: the next paths to answer with (null = cancel). Like the native save
 * dialogs, choosing an existing file counts as confirmed replacing it unless the test says no.
 */
export function scriptedDialogs(): FileDialogs & { nextSavePath: string | null; nextOpenPath: string | null; replaceConfirmed: boolean; asked: string[] } {
  const d = {
    nextSavePath: null as string | null,
    nextOpenPath: null as string | null,
    replaceConfirmed: true,
    asked: [] as string[],
    async chooseSavePath(o: { defaultName: string }) {
      d.asked.push(`save:${o.defaultName}`);
      return d.nextSavePath === null ? null : { path: d.nextSavePath, replaceConfirmed: d.replaceConfirmed };
    },
    async chooseOpenPath() {
      d.asked.push('open');
      return d.nextOpenPath;
    },
  };
  return d;
}
