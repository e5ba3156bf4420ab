/** Repositories: sorted as the user asks and opened on GitHub; project dates picked by month. */
import type { Page } from '@playwright/test';
import { test, expect, signInAndSync } from './fixtures';
import { startFakeGitHub } from '../fakes/fake-github';
import { shopServices, todoApi, TOKEN } from '../fakes/fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('repositories sort by push, stars or name, and open on GitHub', async ({ app, bridge }) => {
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
    gh.addRepo(todoApi('octo'));
    gh.addRepo({ ...shopServices('octo'), stars: 40 });
    gh.addRepo({ owner: 'octo', name: 'aardvark', stars: 1, pushedAt: '2025-01-01T00:00:00Z', languages: { Go: 100 }, files: {} });
    await signInAndSync(bridge, app, gh.apiUrl);
    await nav(app, 'Repositories');
    const names = () => app.locator('.repo-row .repo-name').allTextContents();
    await expect.poll(names).toEqual(['octo/todo-api', 'octo/shop-services', 'octo/aardvark']);
    await app.getByLabel('Sort repositories').selectOption('stars');
    await expect.poll(names).toEqual(['octo/shop-services', 'octo/todo-api', 'octo/aardvark']);
    await app.getByLabel('Sort repositories').selectOption('name');
    await expect.poll(names).toEqual(['octo/aardvark', 'octo/shop-services', 'octo/todo-api']);

    // At 1024 px a row keeps its actions on the line of its languages and technologies.
    await app.setViewportSize({ width: 1024, height: 700 });
    const row = app.locator('.repo-row[data-repo="octo/todo-api"]');
    const line = (await row.locator('.lang-bar').boundingBox())!;
    for (const name of ['Open octo/todo-api on GitHub', 'Details']) {
      const b = (await row.getByRole('button', { name }).boundingBox())!;
      expect(Math.abs(b.y + b.height / 2 - (line.y + line.height / 2)), name).toBeLessThan(12);
    }
    await app.screenshot({ path: 'test-results/screenshots/repositories-1024.png' });
    await row.getByRole('button', { name: 'Open octo/todo-api on GitHub' }).click();
    const url = bridge.core.github.repositories.list({ includeHidden: true }).find((r) => r.fullName === 'octo/todo-api')!.url;
    await expect.poll(() => bridge.opened.at(-1)).toBe(url);
  } finally {
    await gh.close();
  }
});

test('project dates are picked by month', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'Add a project' }).click();
  await app.getByLabel('Title').fill('Dated');
  const start = app.getByLabel('Start');
  await expect(start).toHaveAttribute('type', 'month');
  await start.fill('2024-02');
  await app.getByLabel('End').fill('2024-09');
  await app.keyboard.press('Control+s');
  await expect(app.getByRole('heading', { name: 'New project' })).toHaveCount(0);
  const saved = bridge.core.portfolio.list({}).projects[0];
  expect([saved.startDate, saved.endDate]).toEqual(['2024-02', '2024-09']);
});
