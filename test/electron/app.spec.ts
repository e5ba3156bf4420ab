import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the real app opens its window, creates its database and loads the sample', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'showcase-electron-'));
  const app = await electron.launch({ args: ['.'], env: { ...process.env, SHOWCASE_DB: join(dir, 'showcase.db') } });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Showcase/);
    // The preload exposes the contract and nothing else.
    const keys = await window.evaluate(() => Object.keys((window as unknown as { showcase: object }).showcase).sort());
    expect(keys).toContain('projects:list');
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await window.getByRole('button', { name: /load a sample portfolio/i }).click();
    await expect(window.getByText('Bookshop Storefront')).toBeVisible();
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
