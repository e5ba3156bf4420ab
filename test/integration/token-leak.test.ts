/**
 * A full add-account → sync → link → export → backup cycle through the same IPC dispatch the
 * app uses, then a search for the token everywhere it must never be: the database file, its
 * WAL and shared memory, every export, the backup, every IPC answer, every event pushed to the
 * renderer, everything logged to the console, and the main-process log file (rotated ones included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createMemoryTokenStore, withTokensRedactedFrom } from '../../electron/core/github/token-store';
import { createFileLog } from '../../electron/core/log';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import type { Channel, IpcHandlers } from '../../shared/ipc-contract';
import { EXPORT_FORMATS } from '../../shared/export-types';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { scriptedDialogs } from '../support/dialogs';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
});
afterEach(() => gh.close());

describe('tokens never leak', () => {
  it('the token is found nowhere after a full cycle', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'showcase.db');
    // The log as the app wires it: in the data folder, told about every token the store sees.
    const log = createFileLog(dir, { maxBytes: 2000 });
    const core = openCore(dbPath, undefined, { tokens: withTokensRedactedFrom(createMemoryTokenStore(), log) });
    const dialogs = scriptedDialogs();
    const handlers: IpcHandlers = { ...createCoreHandlers(core, dialogs), 'shell:open-external': async () => undefined };
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    );
    const answers: string[] = [];
    const events: string[] = [];
    core.events.listen((event, payload) => events.push(`${event} ${JSON.stringify(payload)}`));
    const call = async (channel: Channel, args: unknown) => {
      const r = await dispatch(handlers, channel, args, {}, log);
      answers.push(JSON.stringify(r));
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as any;
    };
    try {
      const account = await call('accounts:add-token', { token: TOKEN, apiUrl: gh.apiUrl });
      expect(account).toMatchObject({ login: 'octo', hasToken: true });
      await call('sync:start', {});
      for (let i = 0; i < 200 && (await call('sync:status', {})).running; i++) await new Promise((r) => setTimeout(r, 25));
      const status = await call('sync:status', {});
      expect(status.results[0]).toMatchObject({ status: 'complete' });
      const repos = await call('repos:list', {});
      expect(repos.length).toBeGreaterThan(0);
      const created = await call('repos:create-projects', { ids: repos.map((r: { id: string }) => r.id) });
      expect(created.created.length).toBeGreaterThan(0);
      await call('accounts:list', {});
      await call('gaps:analyze', {});
      for (const format of EXPORT_FORMATS) {
        dialogs.nextSavePath = join(dir, `export.${format}`);
        expect(await call('export:save', { format })).toMatchObject({ saved: true });
        await call('export:preview', { format });
      }
      dialogs.nextSavePath = join(dir, 'backup.json');
      expect(await call('backup:save', {})).toMatchObject({ saved: true });
      // A bad token attempt must not echo the token either.
      const bad = await dispatch(handlers, 'accounts:add-token', { token: `${TOKEN}x`, apiUrl: gh.apiUrl }, {}, log);
      answers.push(JSON.stringify(bad));
      expect(bad.ok).toBe(false);
      // Even a failure whose own text carries the token is logged without it.
      const faulty: IpcHandlers = { ...handlers, 'tags:list': async () => Promise.reject(new Error(`request with ${TOKEN} went wrong`)) };
      expect(await dispatch(faulty, 'tags:list', {}, {}, log)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      // Enough events to rotate the log at least once.
      for (let i = 0; i < 20; i++) log.info('sync finished', { login: 'octo', token: TOKEN });
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    // Checked while the database is still open, so the WAL and shared memory exist.
    const files = readdirSync(dir).filter((f) => f.startsWith('showcase.db') || f.startsWith('export.') || f === 'backup.json');
    expect(files).toEqual(expect.arrayContaining(['showcase.db', 'showcase.db-wal', 'backup.json', 'export.pdf']));
    const needles = [Buffer.from(TOKEN), Buffer.from(TOKEN, 'utf16le'), Buffer.from(TOKEN.slice(4))];
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      for (const n of needles) expect(bytes.includes(n), `${f} holds the token`).toBe(false);
    }
    for (const a of answers) expect(a).not.toContain(TOKEN.slice(4));
    expect(events.some((e) => e.startsWith('sync:progress'))).toBe(true);
    for (const e of events) expect(e).not.toContain(TOKEN.slice(4));
    for (const l of logged) expect(l).not.toContain(TOKEN.slice(4));
    const logFiles = readdirSync(dir).filter((f) => f.startsWith('showcase.log'));
    expect(logFiles).toEqual(expect.arrayContaining(['showcase.log', 'showcase.log.1']));
    const logText = logFiles.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(logText).toMatch(/request accounts:add-token failed/);
    expect(logText).toMatch(/request tags:list failed .*\[token\]/);
    for (const n of needles) expect(Buffer.from(logText).includes(n), 'the log holds the token').toBe(false);
    // …and yet the token was used: the fake saw it on every request.
    expect(gh.log.length).toBeGreaterThan(2);
    core.close();
  });
});
