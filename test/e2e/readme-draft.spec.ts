import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshot, signInAndSync } from './fixtures';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { todoApi, TOKEN } from '../fakes/fixtures';

const HOSTILE = '<img src=x onerror=alert(1)> links';
const OPENAPI = 'openapi: 3.0.0\ninfo:\n  title: Links\n  version: "1"\npaths:\n  /links:\n    post:\n      summary: Shorten a link\n  /{code}:\n    get:\n      summary: Follow a short link\n';

let gh: FakeGitHub;
let dir: string;
test.beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo'] });
  gh.addRepo(todoApi('octo'));
  gh.addRepo({
    owner: 'octo',
    name: 'link-shortener',
    description: HOSTILE,
    pushedAt: '2026-03-02T00:00:00Z',
    languages: { Go: 12_000 },
    licence: { spdxId: 'MIT', name: 'MIT License' },
    files: { 'README.md': '# link-shortener\n\nShort links.', LICENSE: 'MIT', 'go.mod': 'module example.com/links\n', 'main.go': 'package main\n', 'openapi.yaml': OPENAPI },
  });
  dir = mkdtempSync(join(tmpdir(), 'showcase-draft-'));
});
test.afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The Repositories screen, one repository's details and its README draft panel. */
class RepositoriesPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Repositories', exact: true }).click();
  }
  row(fullName: string) {
    return this.page.locator(`.repo-row[data-repo="${fullName}"]`);
  }
  async details(fullName: string) {
    await this.row(fullName).getByRole('button', { name: 'Details' }).click();
    return this.row(fullName).locator('.repo-details');
  }
  draftPanel(fullName: string) {
    return this.page.getByRole('region', { name: `README draft for ${fullName}` });
  }
}

test('README draft panel: drafts the missing sections from what the sync read, copies and saves them', async ({ app, bridge, context }) => {
  const dialogs: string[] = [];
  app.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(bridge.url).origin });
  const account = await bridge.core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
  expect((await bridge.core.github.sync.sync(account.id)).status).toBe('complete');

  const repos = new RepositoriesPage(app);
  await repos.open();
  await expect(repos.row('octo/link-shortener')).toContainText('Stub README');

  // A good README gets no draft panel.
  await repos.details('octo/todo-api');
  await expect(repos.draftPanel('octo/todo-api')).toHaveCount(0);

  const details = await repos.details('octo/link-shortener');
  const panel = repos.draftPanel('octo/link-shortener');
  await expect(details).toContainText('no install or run steps: add the commands that install and start it, in a code block (here that is `go mod download && go run .`)');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(app, 'readme-draft-offer');
  await panel.getByRole('button', { name: 'Draft the missing sections' }).click();
  const text = panel.getByLabel('Draft Markdown');
  await expect(text).toContainText('go mod download\ngo run .');
  await expect(text).toContainText('| POST | `/links` | Shorten a link |');
  await expect(text).toContainText('MIT: see [LICENSE](LICENSE).');
  // The repository's own text is shown as text, never as HTML.
  await expect(text).toContainText(HOSTILE);
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(panel).toContainText('From: the repository’s description on GitHub');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(app, 'readme-draft');

  await panel.getByRole('button', { name: 'Copy' }).click();
  await expect(app.locator('.toast', { hasText: 'README draft copied.' })).toBeVisible();
  const copied = await app.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('go run .');
  expect(copied).toBe((await text.textContent()) ?? '');

  // Save…: cancelled, nothing written; then saved where the dialog says.
  const target = join(dir, 'README-draft.md');
  bridge.dialogs.nextSavePath = null;
  await panel.getByRole('button', { name: 'Save…' }).click();
  await expect.poll(() => bridge.dialogs.asked).toEqual(['save:README-draft.md']);
  expect(existsSync(target)).toBe(false);
  bridge.dialogs.nextSavePath = target;
  await panel.getByRole('button', { name: 'Save…' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved README-draft.md' })).toBeVisible();
  expect(readFileSync(target, 'utf8')).toBe(copied);

  await app.emulateMedia({ colorScheme: 'dark' });
  await app.waitForTimeout(300);
  await screenshot(app, 'readme-draft-dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // The dashboard's README card shows the same rating, naming what is missing.
  await app.getByLabel('Select all shown').check();
  await app.getByRole('button', { name: 'Create projects' }).click();
  await expect(app.getByRole('region', { name: 'Create projects result' })).toContainText('Created 2 projects');
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard', exact: true }).click();
  const card = app.getByRole('list', { name: 'Repository documentation' });
  await expect(card.locator('.repo-doc', { hasText: 'octo/link-shortener' })).toContainText('Stub README');
  await expect(card.locator('.repo-doc', { hasText: 'octo/link-shortener' })).toContainText('no install or run steps; no usage');
  await expect(card.locator('.repo-doc', { hasText: 'octo/todo-api' })).toContainText('Good README');
  await card.scrollIntoViewIfNeeded();
  await screenshot(app, 'readme-draft-dashboard-card');
  expect(dialogs).toEqual([]);
});

test('the dashboard’s README card lists the repositories that need work first, and the rest on request', async ({ app, bridge }) => {
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
    gh.addRepo(todoApi('octo'));
    gh.addRepo({ owner: 'octo', name: 'link-shortener', files: { 'README.md': '# link-shortener\n\nShort links.', 'go.mod': 'module example.com/links\n' } });
    // A good README first in the portfolio, a stub after it, and ten repositories not synced yet.
    bridge.core.portfolio.create({ title: 'Todo API', links: [{ type: 'repository', label: 'Code', url: 'https://github.com/octo/todo-api' }] });
    for (let i = 0; i < 10; i++) bridge.core.portfolio.create({ title: `Service ${i}`, links: [{ type: 'repository', label: 'Code', url: `https://github.com/octo/service-${i}` }] });
    bridge.core.portfolio.create({ title: 'Link shortener', links: [{ type: 'repository', label: 'Code', url: 'https://github.com/octo/link-shortener' }] });
    await signInAndSync(bridge, app, gh.apiUrl);
    const card = app.getByRole('list', { name: 'Repository documentation' });
    await expect(card.getByRole('listitem')).toHaveCount(8);
    await expect(card.getByRole('listitem').first()).toContainText('Stub README');
    await expect(card.getByRole('listitem').first()).toContainText('octo/link-shortener');
    await expect(app.getByText('1 of 12 linked repositories have a good README')).toBeVisible();
    await expect(card.locator('.repo-doc', { hasText: 'octo/todo-api' })).toHaveCount(0);
    const more = app.getByRole('button', { name: 'Show all 12 repositories' });
    await more.click();
    await expect(card.getByRole('listitem')).toHaveCount(12);
    await expect(card.getByRole('listitem').last()).toContainText('Good README');
    await expect(app.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    await card.scrollIntoViewIfNeeded();
    await screenshot(app, 'dashboard-readme-card-worst-first');
  } finally {
    await gh.close();
  }
});
