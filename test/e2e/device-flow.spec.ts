/**
 * Signing in with GitHub's device flow from the Accounts screen, against the fake GitHub: the
 * code arrives as an event (no polling from the page), and Cancel stops main's polling, so
 * approving the code afterwards adds no account.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';

let gh: FakeGitHub;
test.beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'devicecat', name: 'Device Cat' }, { token: 'device-token', scopes: ['repo', 'read:org'] });
});
test.afterEach(() => gh.close());

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('the code is shown, Cancel stops the sign-in for good, and a new one adds the account', async ({ app, bridge }) => {
  await nav(app, 'Accounts');
  await app.getByRole('tab', { name: 'Sign in with GitHub' }).click();
  await app.getByLabel('GitHub Enterprise Server URL (optional)').fill(gh.apiUrl);

  gh.nextDeviceCode({ approveAfter: Number.MAX_SAFE_INTEGER });
  await app.getByRole('button', { name: 'Sign in with GitHub' }).click();
  await expect(app.getByLabel('Your one-time code')).toHaveText('ABCD-1234');
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('button', { name: 'Sign in with GitHub' })).toBeVisible();
  // Main stops asking GitHub; approving the code now changes nothing.
  await expect.poll(async () => {
    const before = gh.deviceCodePolls();
    await new Promise((r) => setTimeout(r, 200));
    return gh.deviceCodePolls() - before;
  }).toBe(0);
  const polls = gh.deviceCodePolls();
  gh.approveDeviceCodes();
  await new Promise((r) => setTimeout(r, 500));
  expect(gh.deviceCodePolls()).toBe(polls);
  expect(await bridge.core.github.accounts.list()).toEqual([]);
  await expect(app.getByRole('article', { name: 'Account devicecat' })).toHaveCount(0);

  // A new sign-in, approved: the account appears without a reload.
  gh.nextDeviceCode({ approveAfter: 2 });
  await app.getByRole('button', { name: 'Sign in with GitHub' }).click();
  await expect(app.getByText('Signed in as')).toContainText('devicecat');
  await expect(app.getByRole('article', { name: 'Account devicecat' })).toBeVisible();
  expect((await bridge.core.github.accounts.list()).map((a) => a.login)).toEqual(['devicecat']);
});
