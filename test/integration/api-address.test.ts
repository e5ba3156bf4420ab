/**
 * The API-address rule, one for the CLI, IPC and restored accounts: a token only ever goes
 * over https, or plain http to this computer itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { isAllowedApiUrl, normalizeApiUrl } from '../../electron/core/github/api-address';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import type { IpcHandlers } from '../../shared/ipc-contract';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { cli } from '../support/cli';
import { cancelledDialogs } from '../support/dialogs';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
});
afterAll(() => gh.close());

const REFUSED = ['http://ghe.example.com', 'http://ghe.example.com/api/v3', 'http://10.0.0.5:8080/api/v3', 'http://localhost.evil.example', 'http://127.0.0.1.evil.example', 'ftp://ghe.example.com', 'http://user:secret@127.0.0.1/api/v3'];

describe('the API-address rule', () => {
  it('allows https anywhere and plain http only to this computer', () => {
    expect(normalizeApiUrl('ghe.example.com')).toBe('https://ghe.example.com/api/v3');
    expect(normalizeApiUrl('https://github.com')).toBe('https://api.github.com');
    for (const ok of ['http://127.0.0.1:3000/api/v3', 'http://localhost:8080/api/v3', 'http://[::1]:9000/api/v3']) expect(isAllowedApiUrl(ok), ok).toBe(true);
    for (const bad of REFUSED) expect(() => normalizeApiUrl(bad), bad).toThrow(/only over https|not an https address|without a user name/);
  });

  it('the CLI refuses `sync --api-url http://HOST` before any request, so the token is never sent in clear', async () => {
    const db = join(tempDir(), 'cli.db');
    for (const url of REFUSED.slice(0, 3)) {
      const r = await cli(['--db', db, 'sync', '--api-url', url], { GH_TOKEN: TOKEN });
      expect(r.code, url).toBe(1);
      expect(r.stderr).toMatch(/^showcase sync: Showcase sends your token only over https: ".*" is plain http to another computer\. Use https:\/\//);
      expect(r.stderr + r.stdout).not.toContain(TOKEN);
    }
    const pub = await cli(['--db', db, 'sync', '--login', 'octo', '--api-url', 'http://ghe.example.com']);
    expect(pub.code).toBe(1);
    // Refused before anything was opened: no database is left behind.
    expect(existsSync(db)).toBe(false);
    const publish = await cli(['--db', db, 'publish-readme', '--dry-run', '--api-url', 'http://ghe.example.com'], { GH_TOKEN: TOKEN });
    expect(publish.code).toBe(1);
    expect(publish.stderr).toMatch(/only over https/);
    expect(existsSync(db)).toBe(false);
    // The local fake GitHub on 127.0.0.1 is still fine.
    const local = await cli(['--db', db, 'sync', '--api-url', gh.apiUrl], { GH_TOKEN: TOKEN });
    expect(local.code, local.stderr).toBe(0);
  });

  it('no request leaves the machine: the check is made before the client sends anything', async () => {
    const sent: string[] = [];
    const recording: typeof fetch = async (input) => {
      sent.push(String(input));
      throw new Error('no network in this test');
    };
    const core = openCore(join(tempDir(), 'core.db'), undefined, { githubClient: { fetch: recording } });
    try {
      await expect(core.github.accounts.addWithToken({ token: TOKEN, apiUrl: 'http://ghe.example.com' })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(core.github.accounts.addPublic({ login: 'octo', apiUrl: 'http://ghe.example.com' })).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(sent).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('IPC applies the same rule, with the same message', async () => {
    const core = openCore(join(tempDir(), 'ipc.db'));
    const handlers: IpcHandlers = { ...createCoreHandlers(core, cancelledDialogs), 'shell:open-external': async () => undefined };
    try {
      for (const [channel, args] of [
        ['accounts:add-token', { token: TOKEN, apiUrl: 'http://ghe.example.com' }],
        ['accounts:add-public', { login: 'octo', apiUrl: 'http://ghe.example.com' }],
        ['accounts:device-start', { apiUrl: 'http://ghe.example.com' }],
      ] as const) {
        const r = await dispatch(handlers, channel, args);
        expect(r, channel).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/only over https: "http:\/\/ghe\.example\.com" is plain http/) } });
      }
      expect(await dispatch(handlers, 'accounts:add-token', { token: TOKEN, apiUrl: gh.apiUrl })).toMatchObject({ ok: true, value: { login: 'octo' } });
    } finally {
      core.close();
    }
  });
});
