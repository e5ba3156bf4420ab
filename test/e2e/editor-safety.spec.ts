/** The project editor keeps what the user meant: privacy intent, the exact tag typed, unsaved drafts, and focus. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const rows = (page: Page) => page.getByRole('listbox', { name: 'Projects' }).getByRole('option');
const chips = (page: Page) => page.getByRole('list', { name: 'Selected technologies' });

async function openProjects(page: Page) {
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects', exact: true }).click();
}

test('anonymising a client stays ticked until the names are given, then is saved', async ({ app, bridge }) => {
  const project = bridge.core.portfolio.create({ title: 'Acme billing rewrite', summary: 'Invoices for Acme Corp.' });
  await openProjects(app);
  await rows(app).filter({ hasText: 'Acme billing rewrite' }).click();

  const anonymise = app.getByRole('checkbox', { name: 'Describe without naming the client' });
  await anonymise.check();
  await expect(anonymise).toBeChecked();
  // The problem is said at the field it concerns, not in a banner.
  const names = app.getByLabel('Client names');
  await expect(names).toHaveAttribute('aria-invalid', 'true');
  await expect(app.locator('#client-names-error')).toHaveText(/Name the client/);
  await expect(app.locator('.banner-error')).toHaveCount(0);
  expect(bridge.core.exports.projectOptions.get(project.id).anonymizeClient).toBe(false);

  await names.fill('Acme Corp, Acme');
  await names.press('Tab');
  await expect(anonymise).toBeChecked();
  await expect(names).toBeVisible();
  await expect(app.locator('#client-names-error')).toHaveCount(0);
  await expect.poll(() => bridge.core.exports.projectOptions.get(project.id).anonymizeClient).toBe(true);
  expect(bridge.core.exports.projectOptions.get(project.id).clientNames).toEqual(['Acme Corp', 'Acme']);

  // Unticking saves at once.
  await anonymise.uncheck();
  await expect.poll(() => bridge.core.exports.projectOptions.get(project.id).anonymizeClient).toBe(false);
});

test('typing the full name of a technology already on the project adds nothing else', async ({ app, bridge }) => {
  bridge.core.portfolio.create({ title: 'Ledger', summary: 'Double-entry book-keeping.', tags: ['PostgreSQL', 'Kubernetes'] });
  await openProjects(app);
  await rows(app).filter({ hasText: 'Ledger' }).click();
  const input = app.getByRole('combobox', { name: 'Technologies' });
  for (const typed of ['PostgreSQL', 'kubernetes']) {
    await input.fill(typed);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
  await expect(chips(app).getByRole('listitem')).toHaveCount(2);
  await expect(chips(app)).not.toContainText('Aurora');
  await expect(chips(app)).not.toContainText('Azure');

  // An exact name wins over a longer suggestion that happens to be listed first.
  await input.fill('Redis');
  await input.press('Enter');
  await expect(chips(app).getByRole('listitem')).toHaveCount(3);
  await expect(chips(app).getByText('Redis', { exact: true })).toBeVisible();
});

test('unsaved edits are not lost when switching project, pressing Escape or Cancel', async ({ app, bridge }) => {
  bridge.core.portfolio.create({ title: 'First project', summary: 'One.' });
  bridge.core.portfolio.create({ title: 'Second project', summary: 'Two.' });
  await openProjects(app);
  await rows(app).filter({ hasText: 'First project' }).click();
  await app.getByLabel('Summary').fill('One, rewritten with care.');

  // Another project: asked, and keeping on editing keeps the draft.
  await rows(app).filter({ hasText: 'Second project' }).click();
  const ask = app.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(app.getByLabel('Summary')).toHaveValue('One, rewritten with care.');

  // Escape: asked too.
  await app.getByLabel('Summary').press('Escape');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(app.getByLabel('Summary')).toHaveValue('One, rewritten with care.');

  // Cancel, then discard: the editor closes and nothing was saved.
  await app.getByRole('button', { name: 'Cancel', exact: true }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toHaveCount(0);
  expect(bridge.core.portfolio.list().projects.find((p) => p.title === 'First project')!.summary).toBe('One.');

  // Switching after discarding opens the other project.
  await rows(app).filter({ hasText: 'First project' }).click();
  await app.getByLabel('Summary').fill('Changed again.');
  await rows(app).filter({ hasText: 'Second project' }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(app.getByLabel('Title')).toHaveValue('Second project');

  // Without changes nothing asks.
  await app.getByLabel('Title').press('Escape');
  await expect(ask).toBeHidden();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toHaveCount(0);
});

test('focus goes to the projects list after saving, closing, deleting and undoing', async ({ app, bridge }) => {
  bridge.core.portfolio.create({ title: 'Alpha', summary: 'A.' });
  bridge.core.portfolio.create({ title: 'Beta', summary: 'B.' });
  await openProjects(app);
  const list = app.getByRole('listbox', { name: 'Projects' });
  const selected = (title: string) => expect(rows(app).filter({ hasText: title })).toHaveAttribute('aria-selected', 'true');

  await rows(app).filter({ hasText: 'Alpha' }).click();
  await app.getByLabel('Summary').fill('A, saved.');
  await app.keyboard.press('Control+s');
  await expect(app.getByRole('heading', { name: 'Edit project' })).toHaveCount(0);
  await expect(list).toBeFocused();
  await selected('Alpha');

  await rows(app).filter({ hasText: 'Beta' }).click();
  await app.getByLabel('Title').press('Escape');
  await expect(app.getByRole('heading', { name: 'Edit project' })).toHaveCount(0);
  await expect(list).toBeFocused();
  await selected('Beta');

  await rows(app).filter({ hasText: 'Beta' }).click();
  await app.getByRole('button', { name: 'Delete' }).click();
  await app.getByRole('dialog', { name: 'Delete this project?' }).getByRole('button', { name: 'Delete project' }).click();
  await expect(rows(app).filter({ hasText: 'Beta' })).toHaveCount(0);
  await expect(list).toBeFocused();

  await app.keyboard.press('Control+z');
  await expect(rows(app).filter({ hasText: 'Beta' })).toHaveCount(1);
  await expect(list).toBeFocused();
  await selected('Beta');
});

test('a project clicked while a save is on its way opens once the save lands, and the save does not close it', async ({ app, bridge }) => {
  bridge.core.portfolio.create({ title: 'Ledger API', summary: 'Double-entry bookkeeping over HTTP.' });
  bridge.core.portfolio.create({ title: 'Mail relay', summary: 'Queues and retries outgoing mail.' });
  // Hold each save back a moment, as a slow disk would.
  await app.route('**/__ipc/projects%3Aupdate', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await openProjects(app);
  await rows(app).filter({ hasText: 'Ledger API' }).click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Ledger API');
  await app.getByLabel('Summary').fill('Double-entry bookkeeping over HTTP, with audit trails.');
  await app.keyboard.press('Control+s');
  // Another project, clicked before the save answers.
  await rows(app).filter({ hasText: 'Mail relay' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved “Ledger API”.' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Mail relay');
  await expect(rows(app).filter({ hasText: 'Mail relay' })).toHaveAttribute('aria-selected', 'true');

  // The same project clicked again during its save opens again, with what was saved.
  await app.getByLabel('Summary').fill('Queues, retries and bounces outgoing mail.');
  await app.keyboard.press('Control+s');
  await rows(app).filter({ hasText: 'Mail relay' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved “Mail relay”.' })).toBeVisible();
  await expect(app.getByLabel('Summary')).toHaveValue('Queues, retries and bounces outgoing mail.');
  expect(bridge.core.portfolio.list({}).projects.find((p) => p.title === 'Ledger API')!.summary).toBe('Double-entry bookkeeping over HTTP, with audit trails.');
});
