/** Error banners belong to the moment they were raised: they do not follow the user around or outlive a later success. */
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const banner = (page: Page) => page.locator('main > .banner-error');

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'showcase-banner-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a file that is not JSON is refused by its name only, and the banner goes once the user moves on', async ({ app, bridge }) => {
  bridge.core.portfolio.create({ title: 'Ledger', summary: 'Books.' });
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'Just some notes, not a backup.\n');
  await app.reload();
  await nav(app, 'Profile & experience');

  bridge.dialogs.nextOpenPath = notes;
  await app.getByRole('button', { name: 'Restore or import…' }).click();
  await expect(banner(app)).toContainText('notes.txt');
  await expect(banner(app)).toContainText('Nothing was imported');
  await expect(banner(app)).not.toContainText(dir);
  await expect(banner(app)).not.toContainText(/SyntaxError|Unexpected token/);

  // Another screen: the banner does not follow.
  await nav(app, 'Projects');
  await expect(banner(app)).toHaveCount(0);
  await nav(app, 'Profile & experience');
  await expect(banner(app)).toHaveCount(0);

  // A later success clears it too.
  bridge.dialogs.nextOpenPath = notes;
  await app.getByRole('button', { name: 'Restore or import…' }).click();
  await expect(banner(app)).toBeVisible();
  bridge.dialogs.nextSavePath = join(dir, 'backup.json');
  await app.getByRole('button', { name: 'Back up…' }).click();
  await expect(app.locator('.toast', { hasText: 'Backup saved to backup.json.' })).toBeVisible();
  await expect(banner(app)).toHaveCount(0);
});
