/**
 * The test bridge: serves the built renderer and answers the preload API over HTTP with the
 * real core (same handler map, same argument validation as main). Only the Electron glue is
 * left out.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DATA_TABLES, EVENTS, type IpcHandlers } from '../../shared/ipc-contract';
import { createEventSubscriptions, type EventTarget } from '../../electron/main/event-subscriptions';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { scriptedDialogs } from './dialogs';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Bridge {
  url: string;
  core: AppCore;
  dbPath: string;
  /** URLs the renderer asked to open in the OS browser. */
  opened: string[];
  /** The stand-in for native file dialogs: set the next answers from the test. */
  dialogs: ReturnType<typeof scriptedDialogs>;
  close(): Promise<void>;
}

/** As main: writes by another connection (the CLI) are looked for this often. */
const EXTERNAL_WRITES_MS = 1000;

/**
 * The core as a test reaches it: a write made by calling it directly (not through the page's
 * IPC) is, for the page, a write from outside, which main announces as `data:changed` for every
 * table once it notices the database moved. It shares the page's connection, so `data_version`
 * cannot see it; SQLite's count of changed rows does, checked after each outermost call.
 */
function announcingDirectWrites(core: AppCore): AppCore {
  const changes = core.db.prepare('SELECT total_changes() AS n');
  const count = () => (core.db.open ? (changes.get() as { n: number }).n : 0);
  let depth = 0;
  const after = (before: number) => {
    if (--depth === 0 && count() !== before) core.events.emit('data:changed', { tables: [...DATA_TABLES] });
  };
  const wrap = <T>(value: T, owner: object): T => {
    if (typeof value === 'function') {
      return ((...args: unknown[]) => {
        const before = depth++ === 0 ? count() : 0;
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(owner, args);
        } catch (error) {
          after(before);
          throw error;
        }
        if (result instanceof Promise) {
          return result.finally(() => after(before));
        }
        after(before);
        // A prepared statement or a transaction runs later: it is watched as well.
        return typeof result === 'function' || result?.constructor?.name === 'Statement' ? wrap(result, result as object) : result;
      }) as T;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return new Proxy(value as object, { get: (target, key) => wrap(Reflect.get(target, key), target) }) as T;
    }
    return value;
  };
  return wrap(core, core);
}

export async function startBridge(options: { dbPath?: string } = {}): Promise<Bridge> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Build the app first: npm run build');
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'showcase-e2e-'));
  const dbPath = options.dbPath ?? join(dir!, 'showcase.db');
  const core = openCore(dbPath, undefined, { watchExternalWritesMs: EXTERNAL_WRITES_MS });
  const opened: string[] = [];
  const dialogs = scriptedDialogs();
  const handlers: IpcHandlers = {
    ...createCoreHandlers(core, dialogs),
    'shell:open-external': async ({ url }) => {
      opened.push(url);
    },
  };

  // Events reach the page as server-sent events, through the same registry main uses.
  const subscriptions = createEventSubscriptions(core.events);
  let nextTarget = 1;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/__events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': open\n\n');
      let closed = false;
      const onClose: Array<() => void> = [];
      req.on('close', () => {
        closed = true;
        for (const fn of onClose) fn();
      });
      const target: EventTarget = {
        id: nextTarget++,
        send: (_message, name, payload) => res.write(`data: ${JSON.stringify({ name, payload })}\n\n`),
        isDestroyed: () => closed,
        once: (_event, fn) => onClose.push(fn),
      };
      for (const name of EVENTS) subscriptions.subscribe(target, name);
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/__ipc/')) {
      const channel = decodeURIComponent(url.pathname.slice('/__ipc/'.length));
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        let args: unknown;
        try {
          args = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          args = undefined;
        }
        // Structured clone over real IPC drops undefined; JSON does the same here.
        const response = await dispatch(handlers, channel, args);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(response));
      });
      return;
    }
    const rel = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = normalize(join(RENDERER_DIR, rel));
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    core: announcingDirectWrites(core),
    dbPath,
    opened,
    dialogs,
    async close() {
      subscriptions.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      core.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs in the page before the app: the same `window.showcase` shape the preload exposes. */
export function preloadShim(channels: readonly string[]): string {
  return `(() => {
    const channels = ${JSON.stringify(channels)};
    const api = {};
    for (const c of channels) {
      api[c] = async (args) => {
        const res = await fetch('/__ipc/' + encodeURIComponent(c), { method: 'POST', body: JSON.stringify(args ?? {}) });
        return res.json();
      };
    }
    const listeners = new Map();
    let source = null;
    api.subscribe = (event, listener) => {
      if (!source) {
        source = new EventSource('/__events');
        source.onmessage = (m) => {
          const { name, payload } = JSON.parse(m.data);
          for (const l of [...(listeners.get(name) ?? [])]) l(payload);
        };
      }
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event)?.delete(listener);
    };
    Object.defineProperty(window, 'showcase', { value: Object.freeze(api), writable: false });
  })();`;
}
