/** Layout at the smallest supported window, and the small things a new user trips over. */
import type { Locator, Page } from '@playwright/test';
import { test, expect, signInAndSync } from './fixtures';
import { SAMPLE_PORTFOLIO } from '../../shared/sample-portfolio';
import { startFakeGitHub } from '../fakes/fake-github';
import { todoApi, TOKEN } from '../fakes/fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const rows = (page: Page) => page.getByRole('listbox', { name: 'Projects' }).getByRole('option');

async function inside(inner: Locator, outer: Locator) {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  expect(a.x, 'left').toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.y, 'top').toBeGreaterThanOrEqual(b.y - 0.5);
  expect(a.x + a.width, 'right').toBeLessThanOrEqual(b.x + b.width + 0.5);
  expect(a.y + a.height, 'bottom').toBeLessThanOrEqual(b.y + b.height + 0.5);
}

test('at 1024×700 the split view shows every row whole, one-line count, the whole sort select and no dead strip', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  bridge.core.portfolio.create({
    title: 'Many tags',
    summary: 'A project with more technologies than fit a row.',
    tags: ['Go', 'PostgreSQL', 'Kafka', 'Redis', 'Kubernetes', 'Terraform', { name: 'Docker', source: 'detected', evidence: 'Dockerfile', state: 'suggested' }, { name: 'gRPC', source: 'detected', evidence: 'proto files', state: 'suggested' }],
  });
  await app.setViewportSize({ width: 1024, height: 700 });
  await app.reload();
  await nav(app, 'Projects');
  const row = rows(app).filter({ hasText: 'Many tags' });
  await row.click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();

  // "+N" and "2 to review" are inside the row, not on a hidden second line.
  await inside(row.locator('.chip-more'), row);
  await inside(row.locator('.chip-suggested'), row);
  await expect(row.locator('.chip-suggested')).toHaveText('2 to review');
  await expect(row.locator('.chip-more')).toBeVisible();
  // Chips that are cut show an ellipsis.
  for (const chip of await row.locator('.chip').all()) expect(await chip.evaluate((e) => getComputedStyle(e).textOverflow)).toBe('ellipsis');

  // The count stays on one line and the sort select is whole.
  const count = app.locator('.count');
  await expect(count).toHaveText(`${SAMPLE_PORTFOLIO.length + 1} projects`);
  const lineHeight = await count.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.4);
  expect((await count.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
  await inside(app.getByLabel('Sort by'), app.locator('.list-pane'));

  // The editor reaches the window's edge.
  const editor = (await app.locator('.editor-pane').boundingBox())!;
  expect(1024 - (editor.x + editor.width)).toBeLessThan(4);
});

test('small things: empty states say what to do first, variants are not overwritten silently, toasts leave the editor free', async ({ app, bridge }) => {
  // The empty Gaps screen: what to do first, not a wall of red "Missing" cards.
  await nav(app, 'Gaps');
  await expect(app.getByRole('heading', { name: 'Gaps', level: 1 })).toBeVisible();
  await expect(app.getByText('Add your first project')).toBeVisible();
  await expect(app.locator('.rule-card[data-status="missing"]')).toHaveCount(0);

  // Saving a variant under a name already taken asks first.
  bridge.core.portfolio.loadSample();
  await app.reload();
  await nav(app, 'Export');
  const name = app.getByLabel('Save as variant');
  await name.fill('Backend');
  await name.press('Enter');
  await expect(app.getByRole('list', { name: 'Saved variants' })).toContainText('Backend');
  await name.fill('Backend');
  await name.press('Enter');
  const ask = app.getByRole('dialog', { name: 'Replace the variant “Backend”?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await name.fill('Backend');
  await name.press('Enter');
  await ask.getByRole('button', { name: 'Replace variant' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved variant “Backend”.' })).toBeVisible();

  // A toast does not sit on the editor.
  await nav(app, 'Projects');
  await rows(app).filter({ hasText: 'URL Shortener' }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('URL Shortener');
  await app.keyboard.press('Control+s');
  await rows(app).filter({ hasText: 'URL Shortener' }).click();
  const toast = app.locator('.toast', { hasText: 'Saved “URL Shortener”.' });
  await expect(toast).toBeVisible();
  const t = (await toast.boundingBox())!;
  const e = (await app.locator('.editor-pane').boundingBox())!;
  expect(t.x + t.width <= e.x || t.x >= e.x + e.width || t.y + t.height <= e.y || t.y >= e.y + e.height, 'toast over the editor').toBe(true);
});

test('the Projects empty state offers the synced repositories instead of "Connect GitHub"', async ({ app, bridge }) => {
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
    gh.addRepo(todoApi('octo'));
    await signInAndSync(bridge, app, gh.apiUrl);
    await nav(app, 'Projects');
    await expect(app.getByText('1 repository synced')).toBeVisible();
    await expect(app.getByText('Connect GitHub')).toHaveCount(0);
    await app.getByRole('button', { name: 'Create projects from repositories…' }).click();
    await expect(app.getByRole('heading', { name: 'Repositories', level: 1 })).toBeVisible();
  } finally {
    await gh.close();
  }
});

test('the projects list sorts either way', async ({ app, bridge }) => {
  for (const title of ['Beta', 'Alpha', 'Gamma']) bridge.core.portfolio.create({ title, summary: title });
  await app.reload();
  await nav(app, 'Projects');
  await app.getByLabel('Sort by').selectOption('title');
  const titles = () => rows(app).locator('.row-title').allTextContents();
  await expect.poll(titles).toEqual(['Alpha', 'Beta', 'Gamma']);
  await app.getByRole('button', { name: 'Title A to Z' }).click();
  await expect.poll(titles).toEqual(['Gamma', 'Beta', 'Alpha']);
  await expect(app.getByRole('button', { name: 'Title Z to A' })).toBeVisible();
});
