import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, screenshot } from './fixtures';
import { SAMPLE_PORTFOLIO } from '../../shared/sample-portfolio';

const RESUME = join(__dirname, '../fixtures/resume/resume.json');
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const textPreview = (page: Page) => page.locator('pre.preview-text');
const format = (page: Page, name: string) => page.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name, exact: true }).click();

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'showcase-export-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('export: formats and live preview, PDF save, variants, profile, privacy', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);
  await nav(app, 'Export');

  // Markdown: text in a <pre>.
  await expect(textPreview(app)).toContainText('Payments Microservices');
  await expect(textPreview(app)).toContainText('github.com/sample-dev/task-tracker-api');
  await screenshot(app, 'export-markdown');

  // HTML: rendered in a sandboxed iframe (no scripts) under the app's CSP.
  await format(app, 'HTML');
  const frame = app.locator('iframe.preview-frame');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(app.frameLocator('iframe.preview-frame').getByText('Payments Microservices').first()).toBeVisible();
  await expect(app.getByLabel('Theme')).toBeVisible();
  await screenshot(app, 'export-html-preview');

  // JSON Resume: text again, and it changed.
  await format(app, 'JSON Resume');
  await expect(textPreview(app)).toContainText('"projects"');

  // PDF: previews as HTML; saves a real PDF where the (scripted) dialog says.
  await format(app, 'PDF');
  await expect(app.getByLabel('Paper')).toBeVisible();
  await expect(app.getByLabel('Theme')).toHaveCount(0);
  const pdf = join(dir, 'portfolio.pdf');
  bridge.dialogs.nextSavePath = pdf;
  await app.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved portfolio.pdf.' })).toBeVisible();
  expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');

  // A cancelled save dialog does nothing.
  bridge.dialogs.nextSavePath = null;
  await format(app, 'Markdown');
  await app.getByRole('button', { name: 'Save Markdown…' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved portfolio.pdf.' })).toBeVisible();

  // A variant for a role, saved and still there after a reload.
  await app.getByRole('radio', { name: 'For a role' }).check();
  await app.getByLabel('Role', { exact: true }).selectOption('backend');
  await app.getByLabel('Save as variant').fill('Backend – Acme');
  await app.getByRole('button', { name: 'Save variant' }).click();
  await expect(app.getByRole('list', { name: 'Saved variants' })).toContainText('Backend – Acme');
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Saved variants' })).toContainText('Backend – Acme');
  await app.getByRole('button', { name: 'Load Backend – Acme' }).click();
  await expect(app.getByRole('radio', { name: 'For a role' })).toBeChecked();

  // Pick and order: only the chosen projects, in the chosen order.
  await app.getByRole('radio', { name: 'Pick and order' }).check();
  const picks = app.getByRole('list', { name: 'Projects to export' });
  await expect(picks.locator('.pick-item.is-picked').first()).toBeVisible();
  const first = (await picks.locator('.pick-item.is-picked label').nth(0).innerText()).replace(/^\d+\.\s*/, '').trim();
  const second = (await picks.locator('.pick-item.is-picked label').nth(1).innerText()).replace(/^\d+\.\s*/, '').trim();
  await app.getByRole('button', { name: `Move ${second} up` }).click();
  await expect(picks.locator('.pick-item.is-picked').nth(0)).toContainText(second);
  await expect
    .poll(async () => {
      const t = await textPreview(app).innerText();
      return t.indexOf(second) >= 0 && t.indexOf(second) < t.indexOf(first);
    })
    .toBe(true);
  await app.getByRole('radio', { name: 'All showcased' }).check();

  // Profile: edited on Profile & experience (the Export screen links there); the name appears in the preview.
  await app.getByRole('button', { name: 'Edit the profile' }).click();
  const profile = app.getByRole('region', { name: 'Profile', exact: true });
  await profile.getByLabel('Name', { exact: true }).fill('Dana Tester');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved your profile.' })).toBeVisible();
  await nav(app, 'Export');
  await expect(app.locator('.profile-summary')).toContainText('Dana Tester');
  await expect(textPreview(app)).toContainText('Dana Tester');
  expect(bridge.core.exports.profile.get().name).toBe('Dana Tester');

  // Privacy: hiding one project's repository link removes it from the export.
  await nav(app, 'Projects');
  await app.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ hasText: 'Task Tracker API' }).click();
  await expect(app.getByRole('heading', { name: 'When exporting' })).toBeVisible();
  await app.getByLabel('Hide repository link').check();
  await expect.poll(() => bridge.core.exports.projectOptions.get(app.url() ? findId(bridge, 'Task Tracker API') : '').hideRepositoryLink).toBe(true);
  await app.getByRole('button', { name: 'Cancel' }).click();
  await nav(app, 'Export');
  await expect(textPreview(app)).toContainText('Task Tracker API');
  await expect(textPreview(app)).not.toContainText('github.com/sample-dev/task-tracker-api');
  await expect(textPreview(app)).toContainText('github.com/sample-dev/bookshop');
});

function findId(bridge: { core: { portfolio: { list(q: object): { projects: Array<{ id: string; title: string }> } } } }, title: string): string {
  return bridge.core.portfolio.list({}).projects.find((p) => p.title === title)!.id;
}

test('backup, restore after a deletion, and JSON Resume import', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);
  await nav(app, 'Profile & experience');

  const backup = join(dir, 'backup.json');
  bridge.dialogs.nextSavePath = backup;
  await app.getByRole('button', { name: 'Back up…' }).click();
  await expect(app.locator('.toast', { hasText: 'Backup saved to backup.json.' })).toBeVisible();
  expect(JSON.parse(readFileSync(backup, 'utf8'))).toBeTruthy();

  // Delete a project through the UI.
  await nav(app, 'Projects');
  await app.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ hasText: 'URL Shortener' }).click();
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete project' }).click();
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length - 1} projects`);

  // A cancelled open dialog does nothing.
  await nav(app, 'Export');
  await expect(textPreview(app)).toContainText('Payments Microservices');
  await expect(textPreview(app)).not.toContainText('URL Shortener');
  await nav(app, 'Profile & experience');
  bridge.dialogs.nextOpenPath = null;
  await app.getByRole('button', { name: 'Restore or import…' }).click();
  await expect.poll(() => bridge.dialogs.asked.filter((a) => a === 'open').length).toBe(1);
  await expect(app.getByRole('dialog')).toHaveCount(0);

  // Restore: the dialog says what will change; confirm explicitly.
  bridge.dialogs.nextOpenPath = backup;
  await app.getByRole('button', { name: 'Restore or import…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 added');
  await expect(dialog).toContainText('URL Shortener');
  await expect(dialog.getByRole('table')).toContainText('Projects');
  await screenshot(app, 'restore-dialog');
  const confirmName = (await dialog.getByRole('button', { name: 'Replace my portfolio' }).count()) ? 'Replace my portfolio' : 'Restore';
  await dialog.getByRole('button', { name: confirmName }).click();
  await expect(app.locator('.toast', { hasText: 'Restored backup.json.' })).toBeVisible();
  await nav(app, 'Export');
  await expect(textPreview(app)).toContainText('URL Shortener');
  expect(bridge.core.portfolio.count()).toBe(SAMPLE_PORTFOLIO.length);
  await nav(app, 'Projects');
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);

  // JSON Resume: the projects it will add, then added.
  await nav(app, 'Profile & experience');
  bridge.dialogs.nextOpenPath = RESUME;
  await app.getByRole('button', { name: 'Restore or import…' }).click();
  const imp = app.getByRole('dialog', { name: 'Import this JSON Resume?' });
  await expect(imp).toContainText('3 projects will be added');
  await imp.getByRole('button', { name: 'Import 3 projects' }).click();
  await expect(app.locator('.toast', { hasText: 'Imported 3 projects from resume.json.' })).toBeVisible();
  expect(bridge.core.portfolio.count()).toBe(SAMPLE_PORTFOLIO.length + 3);
  await nav(app, 'Projects');
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length + 3} projects`);
});

test('export: the save dialog can never replace the database; the app says so and keeps everything', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(app.locator('.count')).toHaveText(`${SAMPLE_PORTFOLIO.length} projects`);
  await nav(app, 'Export');
  await format(app, 'HTML');
  bridge.dialogs.nextSavePath = bridge.dbPath;
  await app.getByRole('button', { name: 'Save HTML…' }).click();
  await expect(app.getByRole('alert')).toContainText(`Could not save the export: ${bridge.dbPath} is Showcase's database; Showcase never writes an export or backup over it. Choose another file.`);
  await screenshot(app, 'export-refused-database');
  expect(bridge.core.portfolio.count()).toBe(SAMPLE_PORTFOLIO.length);
  expect(readFileSync(bridge.dbPath).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
});
