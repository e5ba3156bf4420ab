import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { SAMPLE_PORTFOLIO } from '../../shared/sample-portfolio';
import { openCore } from '../../electron/core/app-context';

const rows = (page: Page) => page.getByRole('listbox', { name: 'Projects' }).getByRole('option');
const count = (page: Page) => page.locator('.count');

/** Reloads the app and opens the Projects screen (a portfolio with projects opens on the Dashboard). */
async function reloadOnProjects(page: Page) {
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects', exact: true }).click();
}

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(count(page)).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);
}

test('empty state explains the app and loads the sample portfolio', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(app.getByText(/GitHub/).first()).toBeVisible();
  await expect(app.getByRole('button', { name: 'Add a project' })).toBeVisible();
  await expect(app.getByText('Connect GitHub')).toBeVisible();
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await screenshot(app, 'empty-state');

  await loadSample(app);
  await expect(rows(app).first()).toBeVisible();
  await expect(rows(app).filter({ hasText: 'Payments Microservices' })).toHaveCount(1);
  await screenshot(app, 'projects-list');
});

test('search as you type, filters by kind, tag and visibility, and clears filters', async ({ app, bridge }) => {
  await loadSample(app);
  bridge.core.portfolio.create({ title: 'Secret side project', summary: 'Not for employers yet.', showcased: false });
  await reloadOnProjects(app);
  const all = SAMPLE_PORTFOLIO.length + 1;
  await expect(count(app)).toHaveText(`${all} projects`);

  // "/" focuses search; typing narrows the list without pressing Enter.
  await app.locator('body').press('/');
  await expect(app.getByLabel('Search projects')).toBeFocused();
  await app.keyboard.type('kafka');
  await expect(rows(app).filter({ hasText: 'Payments Microservices' })).toHaveCount(1);
  const kafkaCount = SAMPLE_PORTFOLIO.filter((p) => JSON.stringify(p).toLowerCase().includes('kafka')).length;
  await expect(count(app)).toHaveText(new RegExp(`^\\d+ of ${all} projects$`));
  expect(await rows(app).count()).toBeLessThanOrEqual(kafkaCount);

  // Nothing matches → the no-match state, with a way out.
  await app.getByLabel('Search projects').fill('zzzz-no-such-thing');
  await expect(app.getByText('No projects match')).toBeVisible();
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(count(app)).toHaveText(`${all} projects`);
  await expect(app.getByLabel('Search projects')).toHaveValue('');

  await app.getByLabel('Kind').selectOption('ecommerce');
  await expect(rows(app).filter({ hasText: 'Bookshop Storefront' })).toHaveCount(1);
  await expect(rows(app).filter({ hasText: 'Task Tracker API' })).toHaveCount(0);
  await app.getByLabel('Kind').selectOption('');

  await app.getByLabel('Technology').selectOption('Django');
  await expect(rows(app).filter({ hasText: 'Bookshop Storefront' })).toHaveCount(1);
  await expect(rows(app).filter({ hasText: 'Payments Microservices' })).toHaveCount(0);
  await app.getByLabel('Technology').selectOption('');

  const hiddenCount = SAMPLE_PORTFOLIO.filter((p) => p.showcased === false).length + 1;
  await app.getByLabel('Visibility').selectOption('hidden');
  await expect(rows(app)).toHaveCount(hiddenCount);
  await expect(rows(app).filter({ hasText: 'Secret side project' })).toContainText('Hidden');
  for (const row of await rows(app).all()) await expect(row).toContainText('Hidden');
  await app.getByLabel('Visibility').selectOption('showcased');
  await expect(count(app)).toHaveText(`${all - hiddenCount} of ${all} projects`);
  await expect(rows(app).filter({ hasText: 'Secret side project' })).toHaveCount(0);

  // Arrow keys move the selection, Enter opens the editor.
  await app.getByLabel('Visibility').selectOption('all');
  await app.getByRole('listbox', { name: 'Projects' }).focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
});

test('creates a project with tags picked through aliases', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'Add a project' }).click();
  await expect(app.getByRole('heading', { name: 'New project' })).toBeVisible();
  await app.getByLabel('Title').fill('Cluster Autoscaler Demo');
  await app.getByLabel('Summary').fill('Scales workers on queue depth.');
  await app.getByRole('button', { name: 'Microservices' }).click();

  const tagInput = app.getByRole('combobox', { name: 'Technologies' });
  await tagInput.fill('k8s');
  await expect(app.getByRole('option', { name: /k8s → Kubernetes/ })).toBeVisible();
  await screenshot(app, 'editor-tag-picker');
  await tagInput.press('Enter');
  await tagInput.fill('postgres');
  await expect(app.getByRole('option', { name: /postgres → PostgreSQL/ })).toBeVisible();
  await tagInput.press('Tab');
  await tagInput.fill('in-house-scheduler');
  await tagInput.press('Enter');
  const chips = app.getByRole('list', { name: 'Selected technologies' });
  await expect(chips.getByText('Kubernetes', { exact: true })).toBeVisible();
  await expect(chips.getByText('PostgreSQL', { exact: true })).toBeVisible();
  await expect(chips.locator('.chip-custom')).toContainText('in-house-scheduler');
  await expect(chips.locator('.chip-custom')).toContainText('custom');
  // Backspace on an empty box removes the last tag.
  await tagInput.press('Backspace');
  await expect(chips.locator('.chip-custom')).toHaveCount(0);

  await app.getByRole('button', { name: '+ Add highlight' }).click();
  await app.getByLabel('Highlight 1', { exact: true }).fill('Scales 0 → 40 workers in 90 s');
  await app.getByRole('button', { name: '+ Add link' }).click();
  await app.getByLabel('Link 1 URL').fill('https://github.com/me/autoscaler');
  await app.getByLabel('Start').fill('2024-02');
  await screenshot(app, 'editor');
  await app.keyboard.press('Control+s');

  await expect(app.getByRole('heading', { name: 'New project' })).toHaveCount(0);
  const row = rows(app).filter({ hasText: 'Cluster Autoscaler Demo' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Kubernetes');
  const saved = bridge.core.portfolio.list().projects[0];
  expect(saved.tags.map((t) => t.name)).toEqual(['Kubernetes', 'PostgreSQL']);
  expect(saved.kinds.map((k) => k.kind)).toEqual(['microservices']);
  expect(saved.links[0].url).toBe('https://github.com/me/autoscaler');
});

test('shows validation messages inline and saves nothing', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'Add a project' }).click();
  await app.getByRole('button', { name: '+ Add link' }).click();
  await app.getByLabel('Link 1 URL').fill('not a url');
  await app.getByLabel('Start').fill('2024-05');
  await app.getByLabel('End').fill('2023-01');
  await app.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(app.locator('#title-error')).toHaveText(/Give the project a title/);
  await expect(app.locator('#link-0-url-error')).toHaveText(/https:\/\//);
  await expect(app.locator('#endDate-error')).toHaveText(/before the start date/);
  await expect(app.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(app, 'editor-validation');
  expect(bridge.core.portfolio.count()).toBe(0);

  // Messages update as the user fixes things.
  await app.getByLabel('Title').fill('Fixed');
  await expect(app.locator('#title-error')).toHaveCount(0);
});

test('edits a project and deletes it with confirmation, then undoes', async ({ app }) => {
  await loadSample(app);
  await rows(app).filter({ hasText: 'Task Tracker API' }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.getByLabel('Title')).toHaveValue('Task Tracker API');
  await app.getByLabel('Title').fill('Task Tracker API v2');
  await app.getByLabel('Summary').fill('Now with webhooks.');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  const row = rows(app).filter({ hasText: 'Task Tracker API v2' });
  await expect(row).toContainText('Now with webhooks.');

  await row.click();
  await app.getByRole('button', { name: 'Delete' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete this project?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape cancels.
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rows(app).filter({ hasText: 'Task Tracker API v2' })).toHaveCount(1);

  await app.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete project' }).click();
  await expect(rows(app).filter({ hasText: 'Task Tracker API v2' })).toHaveCount(0);
  await expect(count(app)).toHaveText(`${SAMPLE_PORTFOLIO.length - 1} projects`);
  const toast = app.getByRole('status').getByText('Deleted “Task Tracker API v2”');
  await expect(toast).toBeVisible();
  await screenshot(app, 'delete-undo-toast');
  await app.getByRole('button', { name: /Undo/ }).click();
  await expect(rows(app).filter({ hasText: 'Task Tracker API v2' })).toHaveCount(1);
  await expect(count(app)).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);

  // Ctrl+Z also undoes while the toast shows.
  await rows(app).filter({ hasText: 'Bookshop Storefront' }).click();
  await app.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete project' }).click();
  await expect(rows(app).filter({ hasText: 'Bookshop Storefront' })).toHaveCount(0);
  await app.keyboard.press('Control+z');
  await expect(rows(app).filter({ hasText: 'Bookshop Storefront' })).toHaveCount(1);
});

test('hostile, RTL and emoji text is stored and shown literally', async ({ app, bridge }) => {
  let dialogs = 0;
  app.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const html = '<img src=x onerror=alert(1)>';
  const rtl = 'مشروع الدفع 🚀 '.repeat(8) + 'end';
  await app.getByRole('button', { name: 'Add a project' }).click();
  await app.getByLabel('Title').fill(html);
  await app.getByLabel('Summary').fill('<script>alert(2)</script> summary');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(rows(app).filter({ hasText: html })).toHaveCount(1);

  await app.getByRole('button', { name: '+ New project' }).click();
  await app.getByLabel('Title').fill(rtl);
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  const rtlRow = rows(app).filter({ hasText: 'مشروع' });
  await expect(rtlRow).toHaveCount(1);
  await expect(rtlRow.locator('.row-title')).toHaveAttribute('dir', 'auto');
  // Long titles are clipped with an ellipsis inside the row, not overflowing it.
  const box = await rtlRow.boundingBox();
  const titleBox = await rtlRow.locator('.row-title').boundingBox();
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(box!.x + box!.width);

  expect(await app.locator('.project-list img').count()).toBe(0);
  expect(dialogs).toBe(0);
  const titles = bridge.core.portfolio.list().projects.map((p) => p.title);
  expect(titles).toContain(html);
  expect(titles).toContain(rtl.trim());
  await screenshot(app, 'hostile-text');
});

test('reviews detected tags with their evidence', async ({ app, bridge }) => {
  bridge.core.portfolio.create({
    title: 'Inventory Service',
    summary: 'Stock levels for warehouses.',
    tags: [
      'Go',
      { name: 'Docker', source: 'detected', evidence: 'Dockerfile at repository root', state: 'suggested' },
      { name: 'Redis', source: 'detected', evidence: 'redis client in go.mod', state: 'suggested' },
    ],
    kinds: [{ kind: 'api', source: 'detected', evidence: 'OpenAPI spec at api/openapi.yaml' }],
  });
  await reloadOnProjects(app);
  await rows(app).filter({ hasText: 'Inventory Service' }).click();
  const review = app.getByRole('region', { name: 'Suggested from your repository' });
  await expect(review.getByText('Evidence: Dockerfile at repository root')).toBeVisible();
  await expect(review.getByText('Evidence: OpenAPI spec at api/openapi.yaml')).toBeVisible();
  await expect(review.locator('li', { hasText: 'Docker' })).toHaveAttribute('title', /Dockerfile at repository root/);
  await screenshot(app, 'editor-detected');

  await review.getByRole('button', { name: 'Accept Docker' }).click();
  await expect(app.getByRole('list', { name: 'Selected technologies' }).getByText('Docker', { exact: true })).toBeVisible();
  await review.getByRole('button', { name: 'Reject Redis' }).click();
  await expect(review.getByText('Rejected (1)')).toBeVisible();
  let p = bridge.core.portfolio.list().projects[0];
  expect(p.tags.find((t) => t.name === 'Docker')!.state).toBe('accepted');
  expect(p.tags.find((t) => t.name === 'Redis')!.state).toBe('rejected');

  // Rejected items can be restored.
  await review.getByText('Rejected (1)').click();
  await review.getByRole('button', { name: 'Restore Redis' }).click();
  await expect(review.getByText(/Rejected \(/)).toHaveCount(0);
  p = bridge.core.portfolio.list().projects[0];
  expect(p.tags.find((t) => t.name === 'Redis')!.state).toBe('accepted');

  // Manual tags carry no evidence.
  const goChip = app.getByRole('list', { name: 'Selected technologies' }).locator('li', { hasText: 'Go' }).first();
  await expect(goChip).not.toHaveAttribute('title', /.+/);
});

test('dark mode', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'dark-empty-state');
  await loadSample(app);
  await rows(app).filter({ hasText: 'Payments Microservices' }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await screenshot(app, 'dark-editor');
});

test('stays responsive with 10,000 projects', async ({ app, bridge }) => {
  const insert = bridge.core.portfolio.create;
  for (let i = 0; i < 10_000; i++) insert({ title: `Project ${String(i).padStart(5, '0')}`, summary: 'Bulk', tags: ['Go'] });
  await reloadOnProjects(app);
  await expect(count(app)).toHaveText('10000 projects', { timeout: 15_000 });
  // Only a window of rows is in the DOM.
  expect(await rows(app).count()).toBeLessThan(60);
  const started = Date.now();
  await app.getByLabel('Search projects').fill('Project 09999');
  await expect(rows(app)).toHaveCount(1);
  expect(Date.now() - started).toBeLessThan(2000);
});

test('a project written by another program on the same database (the CLI) shows on the open list', async ({ app, bridge }) => {
  await loadSample(app);
  // Its own connection, as the CLI has: only SQLite's data_version tells this app about it.
  const cli = openCore(bridge.dbPath);
  try {
    cli.portfolio.create({ title: 'Written by the CLI', summary: 'Added from a terminal.' });
  } finally {
    cli.close();
  }
  await expect(rows(app).filter({ hasText: 'Written by the CLI' })).toHaveCount(1);
  await expect(count(app)).toHaveText(`${SAMPLE_PORTFOLIO.length + 1} projects`);
});
