/**
 * What the renderer's data layer promises a user: a screen opened again shows what it showed at
 * once, without asking main again; a change made anywhere (this screen, another window, the CLI)
 * shows on the open screen without reopening it.
 */
import type { Page } from '@playwright/test';
import { test, expect, screenshot, signInAndSync } from './fixtures';
import { SAMPLE_PORTFOLIO } from '../../shared/sample-portfolio';
import { startFakeGitHub } from '../fakes/fake-github';
import { todoApi, TOKEN } from '../fakes/fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

/** Every channel the page called, in order. */
function callsOf(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/__ipc/')) calls.push(decodeURIComponent(path.slice('/__ipc/'.length)));
  });
  return calls;
}
const count = (calls: string[], channel: string) => calls.filter((c) => c === channel).length;

test('Export opened again is served from the cache; a variant saved from outside shows on it at once', async ({ app, bridge }) => {
  const calls = callsOf(app);
  await app.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);
  await nav(app, 'Export');
  await expect(app.locator('pre.preview-text')).toContainText('Payments Microservices');
  await expect(app.getByRole('list', { name: 'Saved variants' })).toHaveCount(0);
  const before = { variants: count(calls, 'variants:list'), profile: count(calls, 'profile:get'), projects: count(calls, 'projects:list'), preview: count(calls, 'export:preview') };
  expect(before.variants).toBe(1);

  await nav(app, 'Accounts');
  await expect(app.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await nav(app, 'Export');
  // At once, from the cache: the screen's first paint has the preview, no "Preparing…".
  await expect(app.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  expect(await app.locator('.export-screen .count').textContent()).toMatch(/^\d+ projects · portfolio\.md$/);
  await expect(app.locator('pre.preview-text')).toContainText('Payments Microservices');
  await expect(app.locator('.profile-summary')).toContainText('At the top:');
  // Nothing changed meanwhile: nothing is asked again.
  expect({ variants: count(calls, 'variants:list'), profile: count(calls, 'profile:get'), projects: count(calls, 'projects:list'), preview: count(calls, 'export:preview') }).toEqual(before);

  // The CLI (another connection) saves a variant and a name: main announces it, the open screen follows.
  bridge.core.exports.variants.save({ name: 'Saved by the CLI', selection: { mode: 'showcased' }, format: 'html' });
  bridge.core.exports.profile.set({ name: 'Dana From Elsewhere' });
  await expect(app.getByRole('list', { name: 'Saved variants' })).toContainText('Saved by the CLI');
  await expect(app.locator('.profile-summary')).toContainText('Dana From Elsewhere');
  await expect(app.locator('pre.preview-text')).toContainText('Dana From Elsewhere');

  // A variant saved here shows without the screen reading it itself, and is asked for once more at most per announcement.
  await app.getByLabel('Save as variant').fill('Backend – Acme');
  await app.getByRole('button', { name: 'Save variant' }).click();
  await expect(app.getByRole('list', { name: 'Saved variants' }).getByText('Backend – Acme')).toBeVisible();
  await screenshot(app, 'data-layer-export');
});

test('removing an account on Accounts shows on Repositories at once: its repositories stay, under no account', async ({ app, bridge }) => {
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
    gh.addRepo(todoApi('octo'));
    await signInAndSync(bridge, app, gh.apiUrl);
    const calls = callsOf(app);
    await nav(app, 'Repositories');
    await expect(app.locator('.repo-row .repo-name')).toHaveText(['octo/todo-api']);
    const account = app.getByRole('combobox', { name: 'Account' });
    await expect(account.locator('option')).toHaveText(['All accounts', 'octo']);
    await screenshot(app, 'data-layer-repositories');

    await nav(app, 'Accounts');
    await app.getByRole('article', { name: 'Account octo' }).getByRole('button', { name: 'Remove' }).click();
    await app.getByRole('button', { name: 'Remove account' }).click();
    await expect(app.getByRole('article', { name: 'Account octo' })).toHaveCount(0);
    await expect(app.locator('.toast', { hasText: 'Removed octo.' })).toBeVisible();
    const listed = count(calls, 'repos:list');

    // The write said what it changed; Repositories shows it without asking again on opening.
    await nav(app, 'Repositories');
    await expect(app.locator('.repo-row .repo-name')).toHaveText(['octo/todo-api']);
    await expect(account.locator('option')).toHaveText(['All accounts', 'Removed accounts']);
    expect(count(calls, 'repos:list')).toBe(listed);
    await screenshot(app, 'data-layer-repositories-orphaned');
  } finally {
    await gh.close();
  }
});

test('the Profile card follows the resume: a GitHub profile added below shows as its GitHub login, and a name saved in it heads the export', async ({ app }) => {
  await nav(app, 'Profile & experience');
  const profile = app.getByRole('region', { name: 'Profile', exact: true });
  await expect(profile.getByLabel('GitHub login')).toHaveValue('');
  const profiles = app.locator('section.card').filter({ has: app.getByRole('heading', { name: /^Profiles/, level: 2 }) });
  await profiles.getByRole('button', { name: '+ Add profile' }).click();
  const form = profiles.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Network').fill('GitHub');
  await form.getByLabel('Username').fill('dana-gh');
  await form.getByRole('button', { name: 'Add profile' }).click();
  await expect(profiles.getByText('GitHub')).toBeVisible();
  await expect(profile.getByLabel('GitHub login')).toHaveValue('dana-gh');

  await profile.getByLabel('Name').fill('Dana Developer');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved your profile.' })).toBeVisible();
  await nav(app, 'Export');
  await expect(app.locator('.profile-summary')).toContainText('Dana Developer');
  await screenshot(app, 'data-layer-export-profile');
});
