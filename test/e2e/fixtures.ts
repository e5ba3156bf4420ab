import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS } from '../../shared/ipc-contract';
import { preloadShim, startBridge, type Bridge } from '../support/bridge-server';
import { TOKEN } from '../fakes/fixtures';

export const SCREENSHOT_DIR = join(__dirname, '../../test-results/screenshots');

/** Each test gets its own database and a page running the real renderer over the real core. */
export const test = base.extend<{ bridge: Bridge; app: Page }>({
  bridge: async ({}, use) => {
    const bridge = await startBridge();
    await use(bridge);
    await bridge.close();
  },
  // `bridge` first so it is torn down after the page: an open page keeps connections to the
  // bridge alive, and closing the server would wait for them.
  app: async ({ bridge, page }, use) => {
    await page.addInitScript({ content: preloadShim(CHANNELS) });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(bridge.url);
    await use(page);
    await page.close();
    expect(errors, 'the renderer threw').toEqual([]);
  },
});

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/**
 * Signs the user `octo` in to a fake GitHub with the test token, syncs its repositories to the
 * end, and reloads the page so it opens on what the sync stored.
 */
export async function signInAndSync(bridge: Bridge, app: Page, apiUrl: string): Promise<void> {
  await bridge.core.github.accounts.addWithToken({ token: TOKEN, apiUrl });
  await bridge.core.githubJobs.startSync();
  await expect.poll(() => bridge.core.githubJobs.syncStatus().running, { timeout: 15_000 }).toBe(false);
  await app.reload();
}

export { expect };
