/**
 * The Dashboard's "Since the last sync" card: what a sync from the app changed, driven against
 * the fake GitHub, and its pointer to Accounts before any sync.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { todoApi, TOKEN } from '../fakes/fixtures';

let gh: FakeGitHub;
test.beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
  gh.addRepo(todoApi('octo'));
});
test.afterEach(() => gh.close());

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

async function syncFromAccounts(page: Page) {
  await nav(page, 'Accounts');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.locator('.toast', { hasText: 'octo: synced 1 repository' }).last()).toBeVisible({ timeout: 15_000 });
}

test('before any sync the card points to Accounts', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  // A fresh start (no screen remembered from the first, empty load) opens on the Dashboard.
  await app.evaluate(() => window.sessionStorage.clear());
  await app.reload();
  // The first answer may have come before the sample was loaded, and the screen is remembered.
  await nav(app, 'Dashboard');
  const card = app.getByRole('region', { name: 'Since the last sync' });
  await expect(card).toContainText('Connect GitHub to see what each sync changes');
  await card.getByRole('button', { name: 'Go to Accounts →' }).click();
  await expect(app.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
});

test('the Dashboard shows what the last sync changed; a new suggestion opens its project', async ({ app, bridge }) => {
  // Connect the fake GitHub and sync once.
  await app.getByRole('button', { name: 'Add an account…' }).click();
  await app.getByRole('textbox', { name: 'Token' }).fill(TOKEN);
  await app.getByLabel('GitHub Enterprise Server URL (optional)').fill(gh.apiUrl);
  await app.getByRole('button', { name: 'Add account' }).click();
  await expect(app.getByRole('article', { name: 'Account octo' })).toBeVisible();
  await syncFromAccounts(app);

  // A project from the repository.
  await nav(app, 'Repositories');
  await app.getByLabel('Select octo/todo-api').check();
  await app.getByRole('button', { name: 'Create projects' }).click();
  await expect(app.getByRole('region', { name: 'Create projects result' })).toContainText('Created 1 project');

  // The first sync's summary: the repository is new.
  await nav(app, 'Dashboard');
  const card = app.getByRole('region', { name: /^Since the last sync/ });
  await expect(card.getByRole('list', { name: 'New and updated repositories' })).toContainText('octo/todo-api');
  await expect(card.locator('.repo-change[data-repo="octo/todo-api"] .badge')).toHaveText('New');

  // Someone pushes a Kafka client to the repository; sync again from the UI.
  const repo = todoApi('octo');
  gh.updateRepo('octo/todo-api', {
    pushedAt: '2026-04-01T10:00:00Z',
    files: {
      ...repo.files,
      'package.json': JSON.stringify({ dependencies: { express: '^5', pg: '^8', jsonwebtoken: '^9', bcrypt: '^5', ioredis: '^5', kafkajs: '^2' }, devDependencies: { vitest: '^5' } }),
    },
  });
  await syncFromAccounts(app);

  await nav(app, 'Dashboard');
  await expect(card).toBeVisible();

  // Updated repository, the new suggestion, the rule that changed, the score line.
  await expect(card.locator('.repo-change[data-repo="octo/todo-api"] .badge')).toHaveText('Updated');
  const suggestions = card.getByRole('list', { name: 'New suggestions to review' });
  await expect(suggestions).toContainText('Apache Kafka');
  await expect(suggestions).toContainText('Todo API');
  const rule = card.locator('.rule-change[data-rule-id="message-queue"]');
  await expect(rule).toContainText('A message queue');
  await expect(rule.locator('.badge').last()).not.toHaveText('Missing');
  await expect(card.locator('.score-change')).toBeVisible();
  await expect(card.getByRole('heading', { level: 2 })).toContainText(/Since the last sync \(.+\)/);
  await card.scrollIntoViewIfNeeded();
  await screenshot(app, 'dashboard-sync-changes');

  // No serious accessibility problem in the filled card, in light and dark.
  for (const scheme of ['dark', 'light'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await app.waitForTimeout(300);
    if (scheme === 'dark') await screenshot(app, 'dashboard-sync-changes-dark');
    const results = await new AxeBuilder({ page: app }).include('.sync-changes-card').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }

  // Everything from GitHub is text: no markup slipped into the card.
  await expect(card.locator('img, script')).toHaveCount(0);

  // The suggestion opens its project, where it can be accepted.
  await suggestions.getByRole('button', { name: /Apache Kafka/ }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.getByRole('textbox', { name: /^Title/ })).toHaveValue('Todo API');
  await app.getByRole('button', { name: 'Accept Apache Kafka' }).click();
  const project = bridge.core.portfolio.list({ search: 'Todo API' }).projects[0];
  await expect.poll(() => bridge.core.portfolio.get(project.id).tags.find((t) => t.name === 'Apache Kafka')?.state).toBe('accepted');
});
