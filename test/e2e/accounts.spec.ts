/** Adding a GitHub account: each problem said at its field, honest network messages, avatars that degrade to initials. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { TOKEN } from '../fakes/fixtures';

let gh: FakeGitHub;
test.beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
});
test.afterEach(() => gh.close());

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('a bad Enterprise address is reported at the address field and keeps the token', async ({ app, bridge }) => {
  await nav(app, 'Accounts');
  const token = app.getByRole('textbox', { name: 'Token' });
  const address = app.getByLabel('GitHub Enterprise Server URL (optional)');
  // A token with exactly the scopes needed is one click away.
  await app.getByRole('button', { name: 'Create a token on GitHub' }).click();
  await expect.poll(() => bridge.opened.at(-1)).toBe('https://github.com/settings/tokens/new?scopes=repo,read:org&description=Showcase');

  await token.fill(TOKEN);
  await address.fill('ftp://github.example.com');
  await app.getByRole('button', { name: 'Add account' }).click();

  await expect(app.locator('#token-api-url-error')).toContainText('not an https address');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(app.locator('#token-error')).toHaveCount(0);
  await expect(token).toHaveValue(TOKEN);

  // Fixing the address is enough: the token is still there.
  await address.fill(gh.apiUrl);
  await app.getByRole('button', { name: 'Add account' }).click();
  await expect(app.getByRole('article', { name: 'Account octo' })).toBeVisible();
  await expect(token).toHaveValue('');
});

test('an unreachable host says GitHub could not be reached and that the data is kept', async ({ app }) => {
  await nav(app, 'Accounts');
  await app.getByRole('textbox', { name: 'Token' }).fill(TOKEN);
  // A port nothing listens on.
  await app.getByLabel('GitHub Enterprise Server URL (optional)').fill('http://127.0.0.1:65531/api/v3');
  await app.getByRole('button', { name: 'Add account' }).click();
  const error = app.locator('.add-account .field-error');
  await expect(error).toContainText('GitHub could not be reached');
  await expect(error).toContainText(/your data is kept/i);
  await expect(error).not.toContainText('500');
  await expect(error).not.toContainText('did not answer properly');
});

test('an avatar that cannot load (offline) falls back to initials', async ({ app, bridge }) => {
  await nav(app, 'Accounts');
  await app.getByRole('textbox', { name: 'Token' }).fill(TOKEN);
  await app.getByLabel('GitHub Enterprise Server URL (optional)').fill(gh.apiUrl);
  await app.getByRole('button', { name: 'Add account' }).click();
  await expect(app.getByRole('article', { name: 'Account octo' })).toBeVisible();
  // An avatar on GitHub's avatar host, which this machine cannot reach.
  await app.route('https://avatars.githubusercontent.com/**', (route) => route.abort('internetdisconnected'));
  bridge.core.db.prepare('UPDATE github_accounts SET avatar_url = ?').run('https://avatars.githubusercontent.com/u/1?v=4');
  await app.reload();
  await nav(app, 'Accounts');
  const account = app.getByRole('article', { name: 'Account octo' });
  await expect(account.locator('.avatar-initials')).toHaveText('OC');
  await expect(account.locator('img.avatar')).toHaveCount(0);
});

test('profile problems are said at each field, without raw field names', async ({ app }) => {
  await nav(app, 'Profile & experience');
  const profile = app.getByRole('region', { name: 'Profile', exact: true });
  await profile.getByLabel('Email').fill('not an email');
  await profile.getByLabel('Website').fill('javascript:alert(1)');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.locator('#profile-email-error')).toBeVisible();
  await expect(app.locator('#profile-website-error')).toBeVisible();
  await expect(profile.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(profile.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.locator('.profile-form')).not.toContainText(/\b(email|website):/);
  // Fixing one field clears its message only.
  await profile.getByLabel('Email').fill('dana@example.com');
  await expect(app.locator('#profile-email-error')).toHaveCount(0);
  await expect(app.locator('#profile-website-error')).toBeVisible();
});
