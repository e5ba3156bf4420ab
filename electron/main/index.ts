/**
 * The Electron shell: opens the core, registers the IPC handlers and creates the window.
 * Everything with logic lives in electron/core; this file only wires it to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS, type IpcHandlers } from '../../shared/ipc-contract';
import { createEventSubscriptions, SUBSCRIBE_MESSAGE, UNSUBSCRIBE_MESSAGE } from './event-subscriptions';
import { APP_VERSION, openCore, resolveDbPath, type AppCore } from '../core/app-context';
import { moveDatabaseAside } from '../core/db/connection';
import { AppError, toErrorData } from '../core/errors';
import { createCoreHandlers, dispatch, type FileDialogs } from '../core/ipc-handlers';
import { createFileLog, LOG_FILE, type Log } from '../core/log';
import { ensureDataFolder } from '../core/paths';
import { withTokensRedactedFrom } from '../core/github/token-store';
import { createSafeStorageTokenStore } from './token-store';
import { applyContentSecurityPolicy, isExternalLinkAllowed, isTrustedSender, lockNavigation, secureWebPreferences } from './security';

const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(__dirname, '../renderer/index.html')).toString();

const DAMAGED_ADVICE = 'Save a backup from the Export screen, then restart Showcase and choose to move the damaged file aside.';

/** A damaged database opens read-only: say so, and offer to move it aside and start fresh. */
async function acceptDamaged(core: AppCore): Promise<'continue' | 'move-aside' | 'quit'> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Damaged database',
    message: 'Showcase’s database is damaged, so it was opened read-only.',
    detail: `${core.dbPath}: ${core.damage}.\n\nYou can look at your portfolio and save a backup or an export, but nothing you change will be saved. You can also move the file aside (it is kept, renamed, next to the original) and start with an empty portfolio, or quit and restore a backup.`,
    buttons: ['Continue read-only', 'Move aside and start fresh', 'Quit'],
    defaultId: 0,
    cancelId: 2,
  });
  return response === 0 ? 'continue' : response === 1 ? 'move-aside' : 'quit';
}

/** How often main looks for writes made by another connection (the CLI): a header read, no query. */
const EXTERNAL_WRITES_MS = 1500;

async function openCoreWithConsent(dbPath: string, log: Log): Promise<AppCore | null> {
  for (;;) {
    try {
      const core = openCore(dbPath, undefined, { tokens: withTokensRedactedFrom(createSafeStorageTokenStore(app.getPath('userData')), log), watchExternalWritesMs: EXTERNAL_WRITES_MS });
      if (core.damage) log.warn('database damaged, opened read-only', { dbPath, damage: core.damage });
      if (!core.damage) return core;
      const choice = await acceptDamaged(core);
      if (choice === 'continue') return core;
      core.close();
      if (choice === 'quit') return null;
      log.info('damaged database moved aside', { dbPath, to: moveDatabaseAside(dbPath) });
    } catch (error) {
      const data = toErrorData(error, { dbPath });
      log.error('database could not be opened', error, { dbPath, code: data.code });
      if (data.code !== 'DB_CORRUPT') {
        dialog.showErrorBox('Showcase cannot open its database', data.message);
        return null;
      }
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: 'Damaged database',
        message: 'Showcase cannot read its database.',
        detail: `${data.message}\n\nYou can move the file aside (it is kept, renamed, next to the original) and start with an empty portfolio, or quit and restore it from a backup.`,
        buttons: ['Quit', 'Move aside and start fresh'],
        defaultId: 0,
        cancelId: 0,
      });
      if (response !== 1) return null;
      log.info('database moved aside', { dbPath, to: moveDatabaseAside(dbPath) });
    }
  }
}

const electronDialogs: FileDialogs = {
  async chooseSavePath({ defaultName, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    // macOS and Windows always ask before an existing file is chosen; Linux asks with this property.
    const options = { defaultPath: join(app.getPath('documents'), defaultName), filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
    const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    // The core still refuses the database and a file chosen for import, confirmed or not.
    return canceled || !filePath ? null : { path: filePath, replaceConfirmed: true };
  },
  async chooseOpenPath({ filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { properties: ['openFile' as const], filters };
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return canceled || !filePaths[0] ? null : filePaths[0];
  },
};

function registerIpc(handlers: IpcHandlers, core: AppCore, log: Log): void {
  const errorContext = { dbPath: core.dbPath, damaged: core.damage ? { reason: core.damage, advice: DAMAGED_ADVICE } : undefined };
  // The one check every message from a renderer passes; a refusal is logged (channel and page only).
  const trusted = (event: { senderFrame?: { url?: string } | null }, channel: string): boolean => {
    if (isTrustedSender(event.senderFrame?.url, rendererUrl)) return true;
    log.warn('request refused: not from Showcase', { channel, sender: String(event.senderFrame?.url ?? 'unknown').slice(0, 200) });
    return false;
  };
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!trusted(event, channel)) return { ok: false, error: { code: 'FORBIDDEN', message: 'Request refused: it did not come from Showcase.' } };
      return dispatch(handlers, channel, args, errorContext, log);
    });
  }
  const subscriptions = createEventSubscriptions(core.events);
  ipcMain.on(SUBSCRIBE_MESSAGE, (event, name: unknown) => {
    if (trusted(event, SUBSCRIBE_MESSAGE)) subscriptions.subscribe(event.sender, name);
  });
  ipcMain.on(UNSUBSCRIBE_MESSAGE, (event, name: unknown) => {
    if (trusted(event, UNSUBSCRIBE_MESSAGE)) subscriptions.unsubscribe(event.sender, name);
  });
  app.on('will-quit', () => subscriptions.close());
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Showcase',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#f7f7f9',
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  lockNavigation(win.webContents, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl);
  return win;
}

app.enableSandbox();

app.whenReady().then(async () => {
  applyContentSecurityPolicy(session.defaultSession);
  const userData = app.getPath('userData');
  const dbPath = resolveDbPath(join(userData, 'showcase.db'));
  // The first run: Electron may not have created its data folder yet.
  try {
    ensureDataFolder(join(userData, LOG_FILE));
    ensureDataFolder(dbPath);
  } catch (error) {
    dialog.showErrorBox('Showcase cannot create its data folder', toErrorData(error).message);
    app.quit();
    return;
  }
  const log = createFileLog(userData);
  log.info('started', { version: APP_VERSION, dbPath, platform: process.platform });
  // Noted, without changing what Electron does with it.
  process.on('uncaughtExceptionMonitor', (error) => log.error('uncaught exception', error));
  const core = await openCoreWithConsent(dbPath, log);
  if (!core) {
    app.quit();
    return;
  }
  const handlers: IpcHandlers = {
    ...createCoreHandlers(core, electronDialogs),
    'shell:open-external': async ({ url }) => {
      if (!isExternalLinkAllowed(url)) throw new AppError('VALIDATION', 'Only https links can be opened.');
      await shell.openExternal(url);
    },
  };
  registerIpc(handlers, core, log);
  // Coming back to the window after using the CLI shows its writes at once, not at the next tick.
  app.on('browser-window-focus', () => core.externalWrites.check());
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
