/**
 * A stand-in for the `electron` module that records every call, so the built main and preload
 * bundles can be loaded under Node and their wiring checked without an Electron binary.
 */
import { EventEmitter } from 'node:events';

export interface FakeElectron {
  module: Record<string, unknown>;
  windows: FakeWindow[];
  handlers: Map<string, (event: unknown, args: unknown) => unknown>;
  /** `ipcMain.on` listeners (one-way messages from a renderer), by message. */
  listeners: Map<string, (event: unknown, ...args: unknown[]) => void>;
  /** What the preload sent to main, and the listeners it put on ipcRenderer. */
  sent: Array<{ channel: string; args: unknown[] }>;
  rendererListeners: Map<string, Array<(event: unknown, ...args: unknown[]) => void>>;
  opened: string[];
  headerHooks: Array<(details: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void>;
  permissionHandlers: Array<(wc: unknown, permission: string, cb: (ok: boolean) => void) => void>;
  exposed: Map<string, unknown>;
  invoked: Array<{ channel: string; args: unknown }>;
  ready(): Promise<void>;
  sandboxEnabled: boolean;
  /** What the native save dialog answers next (null = cancel), and the options it was shown with. */
  nextSavePath: string | null;
  saveDialogs: Array<Record<string, unknown>>;
  /** Message boxes shown, and the button index the next ones answer with. */
  messageBoxes: Array<Record<string, unknown>>;
  messageBoxResponse: number;
}

export interface FakeWebContents extends EventEmitter {
  id: number;
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null;
  /** Messages main sent to this renderer. */
  received: Array<{ channel: string; args: unknown[] }>;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  /** Closes it the way a closed window does: 'destroyed', then no more sends. */
  destroy(): void;
}

export interface FakeWindow {
  options: Record<string, any>;
  loadedUrl: string | null;
  webContents: FakeWebContents;
}

let nextContentsId = 1;

/** A webContents stand-in: records what main sends it, and can be destroyed like a closed window's. */
export function createFakeWebContents(): FakeWebContents {
  let destroyed = false;
  const wc = Object.assign(new EventEmitter(), {
    id: nextContentsId++,
    windowOpenHandler: null as FakeWebContents['windowOpenHandler'],
    received: [] as FakeWebContents['received'],
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      wc.windowOpenHandler = fn;
    },
    send(channel: string, ...args: unknown[]) {
      if (destroyed) throw new Error('Object has been destroyed');
      wc.received.push({ channel, args });
    },
    isDestroyed: () => destroyed,
    destroy() {
      destroyed = true;
      wc.emit('destroyed');
    },
  });
  return wc;
}

export function createFakeElectron(userData: string): FakeElectron {
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const fake: FakeElectron = {
    module: {},
    windows: [],
    handlers: new Map(),
    listeners: new Map(),
    sent: [],
    rendererListeners: new Map(),
    opened: [],
    headerHooks: [],
    permissionHandlers: [],
    exposed: new Map(),
    invoked: [],
    sandboxEnabled: false,
    nextSavePath: null,
    saveDialogs: [],
    messageBoxes: [],
    messageBoxResponse: 0,
    async ready() {
      resolveReady();
      // Let main's whenReady continuation run to completion.
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    },
  };
  const app = Object.assign(new EventEmitter(), {
    whenReady: () => readyPromise,
    getPath: (name: string) => (name === 'userData' ? userData : userData),
    quit: () => undefined,
    enableSandbox: () => {
      fake.sandboxEnabled = true;
    },
    getName: () => 'Showcase',
  });
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => fake.windows;
    static getFocusedWindow = () => fake.windows[0] ?? null;
    webContents: FakeWindow['webContents'];
    options: Record<string, unknown>;
    loadedUrl: string | null = null;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      this.webContents = createFakeWebContents();
      fake.windows.push(this as unknown as FakeWindow);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
  }
  fake.module = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, args: unknown) => unknown) => {
        if (fake.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        fake.handlers.set(channel, fn);
      },
      on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => {
        if (fake.listeners.has(channel)) throw new Error(`second listener for ${channel}`);
        fake.listeners.set(channel, fn);
      },
    },
    ipcRenderer: {
      send: (channel: string, ...args: unknown[]) => fake.sent.push({ channel, args }),
      on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => {
        fake.rendererListeners.set(channel, [...(fake.rendererListeners.get(channel) ?? []), fn]);
      },
      invoke: (channel: string, args: unknown) => {
        fake.invoked.push({ channel, args });
        return Promise.resolve({ ok: true, value: null });
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: FakeElectron['headerHooks'][number]) => fake.headerHooks.push(fn) },
        setPermissionRequestHandler: (fn: FakeElectron['permissionHandlers'][number]) => fake.permissionHandlers.push(fn),
      },
    },
    shell: {
      openExternal: async (url: string) => {
        fake.opened.push(url);
      },
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        fake.saveDialogs.push(args[args.length - 1] as Record<string, unknown>);
        return fake.nextSavePath === null ? { canceled: true } : { canceled: false, filePath: fake.nextSavePath };
      },
      showErrorBox: () => undefined,
      showMessageBox: async (...args: unknown[]) => {
        fake.messageBoxes.push(args[args.length - 1] as Record<string, unknown>);
        return { response: fake.messageBoxResponse };
      },
    },
    nativeTheme: { shouldUseDarkColors: false },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(`enc:${Buffer.from(s).toString('base64')}`),
      decryptString: (b: Buffer) => Buffer.from(b.toString().slice(4), 'base64').toString(),
    },
  };
  return fake;
}
