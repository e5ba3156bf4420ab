/**
 * The Electron glue, tested without the Electron binary: the BUILT main and preload bundles
 * are loaded under Node with a recording stand-in for `electron`.
 */
import Module from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, DATA_TABLES } from '../../shared/ipc-contract';
import { openCore } from '../../electron/core/app-context';
import { damageIndexPage } from '../support/damage';
import { createFakeElectron, createFakeWebContents, type FakeElectron } from '../support/fake-electron';

const OUT = resolve(__dirname, '../../out');
const mainBundle = join(OUT, 'main/index.js');
const preloadBundle = join(OUT, 'preload/index.js');

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleAny = Module as unknown as { _load: Loader };

function loadWithFakeElectron(file: string, fake: FakeElectron): void {
  const original = moduleAny._load;
  moduleAny._load = function (request, parent, isMain) {
    if (request === 'electron') return fake.module;
    return original.call(this, request, parent, isMain);
  };
  try {
    const require = Module.createRequire(file);
    delete require.cache[file];
    require(file);
  } finally {
    moduleAny._load = original;
  }
}

describe('Electron main bundle', () => {
  let fake: FakeElectron;
  let dir: string;
  const rendererFile = `file://${join(OUT, 'renderer/index.html')}`;

  beforeAll(async () => {
    if (!existsSync(mainBundle)) throw new Error('Build first: the test:unit script runs electron-vite build');
    dir = mkdtempSync(join(tmpdir(), 'showcase-shell-'));
    process.env.SHOWCASE_DB = join(dir, 'shell.db');
    fake = createFakeElectron(dir);
    loadWithFakeElectron(mainBundle, fake);
    await fake.ready();
  });
  afterAll(() => {
    delete process.env.SHOWCASE_DB;
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates one window with a locked-down renderer and a preload that exists in the build', () => {
    expect(fake.sandboxEnabled).toBe(true);
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(preloadBundle);
    expect(existsSync(prefs.preload)).toBe(true);
    expect((fake.windows[0] as unknown as { loadedUrl: string }).loadedUrl).toBe(rendererFile);
    expect(existsSync(join(OUT, 'renderer/index.html'))).toBe(true);
  });

  it('applies a Content-Security-Policy that forbids foreign script and denies permissions', () => {
    expect(fake.headerHooks).toHaveLength(1);
    let headers: Record<string, string[]> = {};
    fake.headerHooks[0]({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    const csp = headers['Content-Security-Policy'][0];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/object-src 'none'/);
    let granted: boolean | null = null;
    fake.permissionHandlers[0](null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('registers exactly one handler per contract channel, reaching the real core', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const trusted = { senderFrame: { url: rendererFile } };
    const created = (await fake.handlers.get('projects:create')!(trusted, { project: { title: 'From IPC', tags: ['k8s'] } })) as any;
    expect(created).toMatchObject({ ok: true, value: { title: 'From IPC', tags: [{ name: 'Kubernetes' }] } });
    const listed = (await fake.handlers.get('projects:list')!(trusted, {})) as any;
    expect(listed.value.projects.map((p: { title: string }) => p.title)).toEqual(['From IPC']);
    const bad = (await fake.handlers.get('projects:get')!(trusted, { id: 42 })) as any;
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('the save dialog can never replace the database: an export aimed at it is refused and the file is unchanged', async () => {
    const trusted = { senderFrame: { url: rendererFile } };
    const db = process.env.SHOWCASE_DB!;
    const before = readFileSync(db);
    for (const target of [db, `${db}-wal`]) {
      fake.nextSavePath = target;
      const r = (await fake.handlers.get('export:save')!(trusted, { format: 'html' })) as any;
      expect(r, target).toMatchObject({ ok: false, error: { code: 'FILE_PROTECTED', message: expect.stringMatching(/database.*never/) } });
    }
    fake.nextSavePath = db;
    expect(await fake.handlers.get('backup:save')!(trusted, {})).toMatchObject({ ok: false, error: { code: 'FILE_PROTECTED' } });
    expect(readFileSync(db).equals(before)).toBe(true);
    // The dialog is asked to confirm replacing an existing file on every platform.
    expect(fake.saveDialogs.at(-1)).toMatchObject({ properties: expect.arrayContaining(['showOverwriteConfirmation']) });
    const listed = (await fake.handlers.get('projects:list')!(trusted, {})) as any;
    expect(listed.value.projects.map((p: { title: string }) => p.title)).toEqual(['From IPC']);
    fake.nextSavePath = join(dir, 'portfolio.html');
    expect(await fake.handlers.get('export:save')!(trusted, { format: 'html' })).toMatchObject({ ok: true, value: { saved: true, fileName: 'portfolio.html' } });
  });

  it('refuses calls from any other sender', async () => {
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/other.html' }, undefined, { url: '' }]) {
      const r = (await fake.handlers.get('projects:list')!({ senderFrame }, {})) as any;
      expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    }
    // The main-process log, in the app's data folder, notes the start and every refused sender.
    const log = readFileSync(join(dir, 'showcase.log'), 'utf8');
    expect(log).toMatch(/^\S+ info started \{"version":"[\d.]+","dbPath":/);
    expect(log).toMatch(/warn request refused: not from Showcase \{"channel":"projects:list","sender":"https:\/\/evil\.example\/"\}/);
  });

  it('sends data:changed to a subscribed window after a write, and nothing once it is closed', async () => {
    const wc = createFakeWebContents();
    const trusted = { senderFrame: { url: rendererFile }, sender: wc };
    fake.listeners.get('showcase:subscribe')!(trusted, 'data:changed');
    // A page that is not Showcase cannot subscribe; the refusal is logged.
    const stranger = createFakeWebContents();
    fake.listeners.get('showcase:subscribe')!({ senderFrame: { url: 'https://evil.example/' }, sender: stranger }, 'data:changed');
    await fake.handlers.get('projects:create')!(trusted, { project: { title: 'Heard' } });
    expect(wc.received).toEqual([{ channel: 'showcase:event', args: ['data:changed', { tables: ['projects'] }] }]);
    expect(stranger.received).toEqual([]);
    expect(readFileSync(join(dir, 'showcase.log'), 'utf8')).toMatch(/warn request refused: not from Showcase \{"channel":"showcase:subscribe","sender":"https:\/\/evil\.example\/"\}/);
    wc.destroy();
    await fake.handlers.get('projects:delete')!(trusted, { id: ((await fake.handlers.get('projects:list')!(trusted, { search: 'Heard' })) as any).value.projects[0].id });
    expect(wc.received).toHaveLength(1);
  });

  it('a window gaining focus shows what another program (the CLI) wrote to the database', async () => {
    const wc = createFakeWebContents();
    const trusted = { senderFrame: { url: rendererFile }, sender: wc };
    fake.listeners.get('showcase:subscribe')!(trusted, 'data:changed');
    const app = fake.module.app as { emit(event: string): boolean };
    app.emit('browser-window-focus');
    expect(wc.received).toEqual([]);
    const cli = openCore(process.env.SHOWCASE_DB!);
    try {
      cli.portfolio.create({ title: 'Written by the CLI' });
    } finally {
      cli.close();
    }
    app.emit('browser-window-focus');
    expect(wc.received).toEqual([{ channel: 'showcase:event', args: ['data:changed', { tables: [...DATA_TABLES] }] }]);
    app.emit('browser-window-focus');
    expect(wc.received).toHaveLength(1);
    wc.destroy();
  });

  it('blocks navigation and new windows; only https links go to the OS browser', () => {
    const wc = fake.windows[0].webContents;
    const urls = ['https://github.com/me', 'http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://x'];
    for (const url of urls) {
      let prevented = false;
      wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      expect(prevented, url).toBe(true);
      expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.opened).toEqual(['https://github.com/me', 'https://github.com/me']);
  });

  it('opens only https links through the shell channel', async () => {
    const trusted = { senderFrame: { url: rendererFile } };
    fake.opened.length = 0;
    const ok = (await fake.handlers.get('shell:open-external')!(trusted, { url: 'https://example.com/x' })) as any;
    expect(ok).toEqual({ ok: true, value: null });
    const no = (await fake.handlers.get('shell:open-external')!(trusted, { url: 'javascript:alert(1)' })) as any;
    expect(no).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fake.opened).toEqual(['https://example.com/x']);
  });
});

describe('Electron main bundle with a damaged database', () => {
  it('offers read-only use or moving the file aside, and a write then says the database is damaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-shell-'));
    try {
      const db = join(dir, 'damaged.db');
      const seed = openCore(db);
      seed.portfolio.loadSample();
      seed.close();
      const bytes = damageIndexPage(db);
      process.env.SHOWCASE_DB = db;
      const fake = createFakeElectron(dir);
      fake.messageBoxResponse = 0;
      loadWithFakeElectron(mainBundle, fake);
      await fake.ready();
      expect(fake.messageBoxes).toHaveLength(1);
      expect(fake.messageBoxes[0]).toMatchObject({ title: 'Damaged database', buttons: ['Continue read-only', 'Move aside and start fresh', 'Quit'] });
      const trusted = { senderFrame: { url: `file://${join(OUT, 'renderer/index.html')}` } };
      const listed = (await fake.handlers.get('projects:list')!(trusted, {})) as any;
      expect(listed.value.projects.length).toBeGreaterThan(0);
      const created = (await fake.handlers.get('projects:create')!(trusted, { project: { title: 'Lost?' } })) as any;
      expect(created).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY', message: expect.stringMatching(/damaged .*read-only: the change was not saved, and the file is left as it was\. Save a backup/) } });
      expect(readFileSync(db).equals(bytes)).toBe(true);
    } finally {
      delete process.env.SHOWCASE_DB;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Electron preload bundle', () => {
  it('exposes exactly the contract’s methods and `subscribe`, and requires nothing but electron', async () => {
    const fake = createFakeElectron(tmpdir());
    loadWithFakeElectron(preloadBundle, fake);
    expect([...fake.exposed.keys()]).toEqual(['showcase']);
    const api = fake.exposed.get('showcase') as Record<string, (a: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'subscribe'].sort());
    // A sandboxed preload cannot load modules: the contract's names are built in.
    expect([...readFileSync(preloadBundle, 'utf8').matchAll(/require\((['"])([^'"]+)\1\)/g)].map((m) => m[2])).toEqual(['electron']);
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of Object.keys(api)) expect(typeof api[key]).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    await api['projects:list']({ search: 'x' });
    expect(fake.invoked).toEqual([{ channel: 'projects:list', args: { search: 'x' } }]);
    // Main hears of an event only while the page listens to it; payloads reach each listener.
    const subscribe = api.subscribe as unknown as (e: string, l: (p: unknown) => void) => () => void;
    expect(() => subscribe('nope', () => undefined)).toThrow();
    const heard: unknown[] = [];
    const stopA = subscribe('data:changed', (p) => heard.push(['a', p]));
    const stopB = subscribe('data:changed', (p) => heard.push(['b', p]));
    expect(fake.sent).toEqual([{ channel: 'showcase:subscribe', args: ['data:changed'] }]);
    for (const l of fake.rendererListeners.get('showcase:event')!) l({}, 'data:changed', { tables: ['projects'] });
    expect(heard).toEqual([['a', { tables: ['projects'] }], ['b', { tables: ['projects'] }]]);
    stopA();
    stopA();
    expect(fake.sent).toHaveLength(1);
    stopB();
    expect(fake.sent.at(-1)).toEqual({ channel: 'showcase:unsubscribe', args: ['data:changed'] });
    for (const l of fake.rendererListeners.get('showcase:event')!) l({}, 'data:changed', { tables: ['targets'] });
    expect(heard).toHaveLength(2);
  });
});
