/** Signing in with GitHub's device flow, through the same background job the app polls. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import type { DeviceFlowStatus } from '../../shared/ipc-contract';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'devicecat', name: 'Device Cat' }, { token: 'device-token', scopes: ['repo', 'read:org'] });
  core = openCore(join(tempDir(), 'device.db'));
});
afterEach(() => {
  core.close();
  gh.close();
});

async function settle(id: string, timeoutMs = 20_000): Promise<DeviceFlowStatus[]> {
  const seen: DeviceFlowStatus[] = [];
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = core.githubJobs.deviceFlowStatus(id);
    if (!seen.length || seen[seen.length - 1].state !== s.state) seen.push(s);
    if (s.state === 'done' || s.state === 'failed' || Date.now() > end) return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('OAuth device flow', () => {
  it('shows the code, waits for approval, then adds the account with its token kept aside', async () => {
    gh.nextDeviceCode({ approveAfter: 2 });
    const started = core.githubJobs.startDeviceFlow({ apiUrl: gh.apiUrl });
    const states = await settle(started.id);
    const waiting = states.find((s) => s.state === 'waiting');
    expect(waiting).toMatchObject({ userCode: 'ABCD-1234', verificationUri: expect.stringContaining('/login/device') });
    expect(Date.parse(waiting!.expiresAt!)).toBeGreaterThan(Date.now() + 800_000);
    const done = states.at(-1)!;
    expect(done).toMatchObject({ state: 'done', account: { login: 'devicecat', kind: 'oauth', hasToken: true } });
    expect(JSON.stringify(states)).not.toContain('device-token');
    const accounts = await core.github.accounts.list();
    expect(accounts.map((a) => a.login)).toEqual(['devicecat']);
  });

  it('honours slow_down by waiting longer between polls', async () => {
    gh.nextDeviceCode({ approveAfter: 2, slowDownOnce: true });
    const started = Date.now();
    const flow = core.githubJobs.startDeviceFlow({ apiUrl: gh.apiUrl });
    const states = await settle(flow.id, 30_000);
    expect(states.at(-1)).toMatchObject({ state: 'done' });
    // GitHub's slow_down answer asks for 5 more seconds between polls.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
  }, 40_000);

  it('an expired or denied code fails with a readable message and adds nothing', async () => {
    gh.nextDeviceCode({ expired: true });
    const expired = await settle(core.githubJobs.startDeviceFlow({ apiUrl: gh.apiUrl }).id);
    expect(expired.at(-1)).toMatchObject({ state: 'failed', error: { message: expect.stringMatching(/expired/i) } });
    gh.nextDeviceCode({ denied: true });
    const denied = await settle(core.githubJobs.startDeviceFlow({ apiUrl: gh.apiUrl }).id);
    expect(denied.at(-1)).toMatchObject({ state: 'failed', error: { message: expect.stringMatching(/denied/i) } });
    expect(await core.github.accounts.list()).toEqual([]);
    expect(() => core.githubJobs.deviceFlowStatus('nope')).toThrow(/no longer in progress/);
  });
});

describe('cancelling the device flow', () => {
  it('stops polling GitHub: approving the code after Cancel adds no account', async () => {
    gh.nextDeviceCode({ approveAfter: Number.MAX_SAFE_INTEGER });
    const heard: DeviceFlowStatus[] = [];
    const stop = core.events.listen((event, payload) => {
      if (event === 'device-flow:state') heard.push(payload as DeviceFlowStatus);
    });
    const flow = core.githubJobs.startDeviceFlow({ apiUrl: gh.apiUrl });
    for (let i = 0; i < 500 && gh.deviceCodePolls() < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(gh.deviceCodePolls()).toBeGreaterThanOrEqual(2);
    expect(core.githubJobs.cancelDeviceFlow(flow.id)).toMatchObject({ id: flow.id, state: 'cancelled' });
    // A poll already on its way may still land; none is sent after it.
    await new Promise((r) => setTimeout(r, 100));
    const pollsAfterCancel = gh.deviceCodePolls();
    gh.approveDeviceCodes();
    await new Promise((r) => setTimeout(r, 500));
    expect(gh.deviceCodePolls()).toBe(pollsAfterCancel);
    expect(await core.github.accounts.list()).toEqual([]);
    expect(core.githubJobs.deviceFlowStatus(flow.id)).toMatchObject({ state: 'cancelled', account: null });
    // The renderer heard the code, then the cancel, and nothing after it.
    expect(heard.map((s) => s.state)).toEqual(['waiting', 'cancelled']);
    stop();
  });

  it('pushes every state as an event, and the added account as a data change', async () => {
    gh.nextDeviceCode({ approveAfter: 1 });
    const heard: string[] = [];
    const stop = core.events.listen((event, payload) => {
      heard.push(event === 'device-flow:state' ? `state:${(payload as DeviceFlowStatus).state}` : `${event}:${JSON.stringify(payload)}`);
    });
    const flow = core.githubJobs.startDeviceFlow({ apiUrl: gh.apiUrl });
    await settle(flow.id);
    expect(heard).toEqual(['state:waiting', 'data:changed:{"tables":["accounts"]}', 'state:done']);
    // Cancelling a finished sign-in changes nothing.
    expect(core.githubJobs.cancelDeviceFlow(flow.id)).toMatchObject({ state: 'done' });
    stop();
  });
});
