import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { archivedRepo, forkedRepo, todoApi, TOKEN } from '../fakes/fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

let gh: FakeGitHub;
test.beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
  gh.addRepo({ ...todoApi('octo'), commits: { total: 102, byAuthor: { octo: 87, ada: 15 } } });
  gh.addRepo(forkedRepo('octo'));
  gh.addRepo(archivedRepo('octo'));
  gh.addRepo({ owner: 'octo', name: 'hostile-desc', description: HOSTILE, pushedAt: '2026-01-01T00:00:00Z', languages: { Go: 2000 }, files: { 'README.md': '# x' } });
});
test.afterEach(() => gh.close());

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const repoRow = (page: Page, fullName: string) => page.locator(`.repo-row[data-repo="${fullName}"]`);

async function syncAndWait(page: Page, { phase = false } = {}) {
  gh.latencyMs = 500;
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('progressbar', { name: 'Repositories synced' })).toBeVisible();
  await expect(page.locator('.sidebar-sync')).toBeVisible();
  if (phase) await expect(page.locator('.sync-phase')).toHaveText(/Listing|Reading/);
  return async () => {
    await expect(page.locator('.toast', { hasText: 'octo: synced 4 repositories' })).toBeVisible({ timeout: 15_000 });
    gh.latencyMs = 0;
  };
}

test('accounts, sync, repositories, projects from repositories, choices kept across syncs', async ({ app, bridge }) => {
  const dialogs: string[] = [];
  app.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  // The empty state leads to Accounts.
  await app.getByRole('button', { name: 'Add an account…' }).click();
  await expect(app.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(app.getByText('No system keyring: tokens are kept for this session only')).toBeVisible();

  // A bad token: an inline error, nothing stored, the field cleared.
  await app.getByRole('textbox', { name: 'Token' }).fill('ghp_revoked');
  await app.getByLabel('GitHub Enterprise Server URL (optional)').fill(gh.apiUrl);
  await app.getByRole('button', { name: 'Add account' }).click();
  await expect(app.locator('#token-error')).toBeVisible();
  await expect(app.locator('#token-error')).toContainText(/revoked|expired|invalid|credentials/i);
  await expect(app.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  expect(await bridge.core.github.accounts.list()).toHaveLength(0);

  // A good one: login, host, scopes and what they allow. The token never comes back.
  await app.getByRole('textbox', { name: 'Token' }).fill(TOKEN);
  await app.getByRole('button', { name: 'Add account' }).click();
  const card = app.getByRole('article', { name: 'Account octo' });
  await expect(card).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  await expect(card).toContainText('Can read private repositories');
  await expect(card.locator('.scope', { hasText: 'repo' }).first()).toBeVisible();
  await expect(card).toContainText('127.0.0.1');
  await expect(card).toContainText('Never synced');
  expect(await app.content()).not.toContain(TOKEN);
  await screenshot(app, 'accounts');

  // Sync: progress while it runs, then a summary.
  const done = await syncAndWait(app, { phase: true });
  await screenshot(app, 'sync-progress');
  await done();
  await expect(card).toContainText('Last synced');

  // Repositories: doc status, technologies with evidence, hostile text shown literally.
  await nav(app, 'Repositories');
  await expect(app.locator('.repo-row')).toHaveCount(4);
  const todo = repoRow(app, 'octo/todo-api');
  await expect(todo).toContainText('Good README');
  await expect(todo.locator('.repo-techs .chip', { hasText: 'Express' })).toBeVisible();
  await expect(repoRow(app, 'octo/someone-elses-lib').locator('.badge', { hasText: 'Fork' })).toBeVisible();
  await expect(repoRow(app, 'octo/old-blog').locator('.badge', { hasText: 'Archived' })).toBeVisible();
  await expect(repoRow(app, 'octo/hostile-desc').locator('.repo-desc')).toHaveText(HOSTILE);
  await expect(app.locator('.repo-row img')).toHaveCount(0);
  await screenshot(app, 'repositories');
  await todo.getByRole('button', { name: 'Details' }).click();
  await expect(todo.locator('.repo-details')).toContainText('package.json depends on jsonwebtoken');
  await expect(todo.locator('.repo-details')).toContainText('Dockerfile');
  // Whose work it is, and how strong each piece of evidence is.
  await expect(todo.getByTestId('authorship')).toHaveText('You authored 87 of 102 commits on main.');
  await expect(todo.locator('.detected').filter({ has: app.locator('strong', { hasText: /^JWT$/ }) }).locator('.badge-demonstrated')).toBeVisible();
  await screenshot(app, 'repositories-expanded');
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.waitForTimeout(300); // let colour transitions finish
  await screenshot(app, 'repositories-dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await todo.getByRole('button', { name: 'Hide details' }).click();

  // Filters.
  await app.getByLabel('Search repositories').fill('todo');
  await expect(app.locator('.repo-row')).toHaveCount(1);
  await app.getByLabel('Search repositories').fill('');
  await app.getByLabel('Documentation').selectOption('good');
  await expect(app.locator('.repo-row')).toHaveCount(1);
  await app.getByLabel('Documentation').selectOption('');

  // Create projects from two repositories: the fork is skipped unless included.
  await app.getByLabel('Select octo/todo-api').check();
  await app.getByLabel('Select octo/someone-elses-lib').check();
  await app.getByRole('button', { name: 'Create projects' }).click();
  const report = app.getByRole('region', { name: 'Create projects result' });
  await expect(report).toContainText('Created 1 project');
  await expect(report).toContainText('Skipped octo/someone-elses-lib');
  await app.getByLabel('Include forks').check();
  await app.getByLabel('Select octo/someone-elses-lib').check();
  await app.getByRole('button', { name: 'Create projects' }).click();
  await expect(report).toContainText('Created 1 project');
  await expect(report).not.toContainText('Skipped');
  await expect(todo.locator('.badge', { hasText: 'Linked' })).toBeVisible();
  await app.getByLabel('Linked', { exact: true }).selectOption('linked');
  await expect(app.locator('.repo-row')).toHaveCount(2);
  await app.getByLabel('Linked', { exact: true }).selectOption('');

  // Open the project made from todo-api: suggestions with evidence; accept one, reject one.
  await nav(app, 'Projects');
  await app.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ hasText: 'Todo API' }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Linked repositories' })).toContainText('octo/todo-api');
  await expect(app.getByRole('list', { name: 'Linked repositories' })).toContainText('Good README');
  const review = app.locator('.review');
  await expect(review.locator('.review-item').filter({ has: app.locator('.review-name', { hasText: /^Express technology$/ }) })).toContainText('Evidence: octo/todo-api');
  // Express with JWT auth shows a REST API; rate limiting only the README names: the review says
  // that one counts as partial until accepted.
  const item = (name: string) => review.locator('.review-item').filter({ has: app.locator('.review-name', { hasText: new RegExp(`^${name} technology$`) }) });
  await expect(item('REST')).toContainText('Express serves an HTTP API');
  await expect(item('REST').locator('.review-caution')).toHaveCount(0);
  const limit = item('Rate limiting');
  await expect(limit.locator('.review-caution')).toContainText('only mentioned in a README or topic');
  await limit.scrollIntoViewIfNeeded();
  await screenshot(app, 'project-review');
  await app.getByRole('button', { name: 'Accept Express' }).click();
  await app.getByRole('button', { name: 'Reject PostgreSQL' }).click();
  await expect(review.locator('.rejected summary')).toContainText('Rejected (1)');
  await app.getByRole('button', { name: 'Cancel' }).click();

  // Sync again: the choices stand.
  await nav(app, 'Accounts');
  const again = await syncAndWait(app);
  await again();
  const project = bridge.core.portfolio.list({ search: 'Todo API' }).projects[0];
  const tags = bridge.core.portfolio.get(project.id).tags;
  expect(tags.find((t) => t.name === 'Express')?.state).toBe('accepted');
  expect(tags.find((t) => t.name === 'PostgreSQL')?.state).toBe('rejected');
  await nav(app, 'Projects');
  await app.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ hasText: 'Todo API' }).click();
  await expect(review.locator('.rejected summary')).toContainText('Rejected (1)');
  await expect(review.locator('.review-list').first().locator('.review-name', { hasText: /^Express technology$/ })).toHaveCount(0);
  await expect(app.locator('.tag-picker')).toContainText('Express');
  await app.getByRole('button', { name: 'Cancel' }).click();

  // Remove the account: the token is erased, repositories stay.
  await nav(app, 'Accounts');
  await card.getByRole('button', { name: 'Remove' }).click();
  await expect(app.getByRole('dialog')).toContainText('token for octo will be erased');
  await app.getByRole('dialog').getByRole('button', { name: 'Remove account' }).click();
  await expect(card).toHaveCount(0);
  await nav(app, 'Repositories');
  await expect(app.locator('.repo-row')).toHaveCount(4);
  await expect(repoRow(app, 'octo/hostile-desc').locator('.repo-desc')).toHaveText(HOSTILE);

  expect(dialogs).toEqual([]);
});

test('public-only account by username', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts', exact: true }).click();
  await app.getByRole('tab', { name: 'Public repositories only' }).click();
  await app.getByLabel('GitHub username').fill('octo');
  await app.getByLabel('GitHub Enterprise Server URL (optional)').fill(gh.apiUrl);
  await app.getByRole('button', { name: 'Add public account' }).click();
  const card = app.getByRole('article', { name: 'Account octo' });
  await expect(card).toContainText('Public only');
  await expect(card).toContainText('Public repositories only');
  await app.getByLabel('GitHub username').fill('no-such-user');
  await app.getByRole('button', { name: 'Add public account' }).click();
  await expect(app.locator('#public-login-error')).toContainText('no-such-user');
});
