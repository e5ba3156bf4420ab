/**
 * The review queue: suggestions from linked repositories wait there with their evidence, the
 * keyboard decides them one by one, Accept all / Reject all decide a project's or a
 * repository's at once, and the Export screen counts what is not reviewed yet.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import type { Bridge } from '../support/bridge-server';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { KIND_LABELS } from '../../shared/types';

let gh: FakeGitHub;
test.beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
});
test.afterEach(() => gh.close());

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

/** Synced repositories made into projects, as the Repositories screen does. */
async function projectsFromRepositories(bridge: Bridge) {
  const core = bridge.core;
  const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
  await core.github.sync.sync(account.id);
  const ids = core.github.repositories.list().map((r) => r.id);
  core.github.linking.createProjectsFromRepositories(ids);
  return core.review.pendingCount();
}

const projectId = (bridge: Bridge, title: string) => bridge.core.portfolio.list({ search: title }).projects.find((p) => p.title === title)!.id;
/** The state of a project's tag, or of its kind by label ("CRUD app"). */
function tagState(bridge: Bridge, title: string, name: string) {
  const p = bridge.core.portfolio.get(projectId(bridge, title));
  return (p.tags.find((t) => t.name === name) ?? p.kinds.find((k) => KIND_LABELS[k.kind] === name))?.state;
}

test('the Export screen counts suggestions not reviewed and links to the review queue', async ({ app, bridge }) => {
  const pending = await projectsFromRepositories(bridge);
  expect(pending).toBeGreaterThan(5);
  await app.reload();
  await nav(app, 'Export');
  const note = app.getByRole('status').filter({ hasText: 'not reviewed' });
  await expect(note).toContainText(`${pending} suggestions not reviewed`);
  await expect(note).toContainText('review them to include');
  // Pending suggestions are not in the export.
  await expect(app.locator('.preview-card')).not.toContainText('Redis');
  await note.getByRole('button', { name: 'Review them →' }).click();
  await expect(app.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await expect(app.locator('.screen-head .count')).toHaveText(`${pending} suggestions to review`);
});

test('the keyboard reviews one by one: a accepts, r rejects, j/k move, u and Ctrl+Z undo', async ({ app, bridge }) => {
  await projectsFromRepositories(bridge);
  await app.reload();
  await nav(app, 'Review');
  const todo = app.getByRole('region', { name: 'Todo API' });
  await expect(todo).toBeVisible();
  // Evidence and strength are in view.
  const redisRow = todo.locator('.review-row[data-suggestion="Redis"]');
  await expect(redisRow).toContainText('Evidence: octo/todo-api:');
  await expect(redisRow.locator('.strength-chip')).toHaveText('Demonstrated');

  const rows = app.locator('.review-row');
  await expect(rows.first()).toBeFocused();
  const first = (await rows.first().getAttribute('data-suggestion'))!;
  const second = (await rows.nth(1).getAttribute('data-suggestion'))!;
  const firstProject = (await app.locator('.review-group').first().locator('h2').textContent())!;

  await app.keyboard.press('a');
  await expect(app.locator(`.review-group`).first().locator(`.review-row[data-suggestion="${first}"]`)).toHaveCount(0);
  expect(tagState(bridge, firstProject, first)).toBe('accepted');
  await expect(app.locator(`.review-row[data-suggestion="${second}"]`).first()).toBeFocused();

  await app.keyboard.press('j');
  await expect.poll(() => app.evaluate(() => document.activeElement?.getAttribute('data-suggestion'))).not.toBe(second);
  await app.keyboard.press('k');
  await expect(app.locator(`.review-row[data-suggestion="${second}"]`).first()).toBeFocused();
  await app.keyboard.press('r');
  await expect.poll(() => tagState(bridge, firstProject, second)).toBe('rejected');

  await app.keyboard.press('u');
  await expect.poll(() => tagState(bridge, firstProject, second)).toBe('suggested');
  await expect(app.locator(`.review-row[data-suggestion="${second}"]`).first()).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect.poll(() => tagState(bridge, firstProject, first)).toBe('suggested');
  await expect(app.getByRole('button', { name: 'Undo' })).toBeDisabled();
  // Focus stays on the queue, never the page body.
  expect(await app.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('fast typing loses no decision, and Alt+0 opens the queue', async ({ app, bridge }) => {
  const before = await projectsFromRepositories(bridge);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+0');
  await expect(app.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await expect(app.locator('.review-row').first()).toBeFocused();
  await app.keyboard.press('a');
  await app.keyboard.press('a');
  await app.keyboard.press('r');
  await expect(app.locator('.screen-head .count')).toHaveText(`${before - 3} suggestions to review`);
  await expect.poll(() => bridge.core.review.pendingCount()).toBe(before - 3);
  await app.keyboard.press('u');
  await expect.poll(() => bridge.core.review.pendingCount()).toBe(before - 2);
});

test('Accept all for a project and Reject all for a repository, with the export following', async ({ app, bridge }) => {
  await projectsFromRepositories(bridge);
  await app.reload();
  await nav(app, 'Review');
  const todo = app.getByRole('region', { name: 'Todo API' });
  const count = await todo.locator('.review-row').count();
  await todo.getByRole('button', { name: `Accept all ${count} of Todo API` }).click();
  await expect(todo).toHaveCount(0);
  expect(tagState(bridge, 'Todo API', 'Redis')).toBe('accepted');
  expect(bridge.core.review.list({ projectId: projectId(bridge, 'Todo API') }).suggestions).toEqual([]);

  await app.getByRole('radio', { name: 'By repository' }).click();
  const shop = app.getByRole('region', { name: 'octo/shop-services' });
  const fromShop = await shop.locator('.review-row').count();
  expect(fromShop).toBeGreaterThan(0);
  await shop.getByRole('button', { name: `Reject all ${fromShop} of octo/shop-services` }).click();
  await expect(shop).toHaveCount(0);
  await expect(app.locator('.toast').last()).toContainText(`Rejected ${fromShop} suggestions of octo/shop-services.`);

  await nav(app, 'Export');
  await expect(app.locator('.preview-card')).toContainText('Redis');
  await expect(app.locator('.preview-card')).not.toContainText('FastAPI');
});

test('the review screen at 1280×800 and 1024×700, light and dark, passes axe', async ({ app, bridge }) => {
  await projectsFromRepositories(bridge);
  await app.reload();
  await nav(app, 'Review');
  await expect(app.locator('.review-row').first()).toBeFocused();
  for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await app.setViewportSize({ width, height });
      await app.emulateMedia({ colorScheme: scheme });
      // Colours ease between schemes: let them settle before the picture.
      await app.waitForTimeout(400);
      await screenshot(app, `review-${width}x${height}-${scheme}`);
      const results = await new AxeBuilder({ page: app }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
  await app.getByRole('radio', { name: 'By repository' }).click();
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.emulateMedia({ colorScheme: 'light' });
  await app.waitForTimeout(400);
  await screenshot(app, 'review-by-repository');
  await nav(app, 'Export');
  await expect(app.getByRole('status').filter({ hasText: 'not reviewed' })).toBeVisible();
  await expect(app.locator('.screen-head .count')).not.toHaveText('Preparing…');
  await screenshot(app, 'export-pending-review');
});

test('a project open in the editor keeps the decisions made in the queue when it is saved', async ({ app, bridge }) => {
  await projectsFromRepositories(bridge);
  await app.reload();
  await nav(app, 'Projects');
  await app.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ hasText: 'Todo API' }).click();
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await nav(app, 'Review');
  const todo = app.getByRole('region', { name: 'Todo API' });
  const count = await todo.locator('.review-row').count();
  await todo.getByRole('button', { name: `Accept all ${count} of Todo API` }).click();
  await expect(todo).toHaveCount(0);
  await nav(app, 'Projects');
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.locator('.review .review-item')).toHaveCount(0);
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => tagState(bridge, 'Todo API', 'Redis')).toBe('accepted');
  expect(bridge.core.review.list({ projectId: projectId(bridge, 'Todo API') }).suggestions).toEqual([]);
});

test('Gaps says which findings rest on suggestions not reviewed, and leads to them', async ({ app, bridge }) => {
  await projectsFromRepositories(bridge);
  await app.reload();
  await nav(app, 'Gaps');
  const caching = app.locator('.rule-card[data-rule-id="caching"]');
  await expect(caching.locator('.rule-unreviewed')).toContainText('Rests on suggestions you have not reviewed: on what you confirmed alone it is missing.');
  await caching.scrollIntoViewIfNeeded();
  await screenshot(app, 'gaps-unreviewed');
  await caching.locator('.rule-unreviewed').getByRole('button', { name: 'Review them' }).click();
  await expect(app.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await nav(app, 'Gaps');
  await expect(caching.locator('.rule-unreviewed')).toBeVisible();
  // Accepted outside this window (as the CLI would): the open screen shows it without a visit.
  await bridge.core.review.decide([{ projectId: projectId(bridge, 'Todo API'), type: 'tag', name: 'Redis' }], 'accepted');
  await expect(app.locator('.rule-card[data-rule-id="caching"] .rule-unreviewed')).toHaveCount(0);
});

test('a long queue draws 200 rows at first; moving past them draws more', async ({ app, bridge }) => {
  const techs = ['Redis', 'PostgreSQL', 'Docker', 'Kubernetes', 'Express', 'JWT', 'bcrypt', 'Nginx', 'Terraform', 'GraphQL'];
  bridge.core.db.transaction(() => {
    for (let i = 0; i < 30; i++) {
      bridge.core.portfolio.create({ title: `Service ${String(i).padStart(2, '0')}`, tags: techs.map((name) => ({ name, source: 'detected' as const, evidence: `me/service-${i}: manifest names ${name}`, state: 'suggested' as const })) });
    }
  })();
  await app.reload();
  await nav(app, 'Review');
  await expect(app.locator('.screen-head .count')).toHaveText('300 suggestions to review');
  await expect(app.locator('.review-row')).toHaveCount(200);
  await expect(app.getByRole('button', { name: 'Show 100 more (100 not shown)' })).toBeVisible();
  await expect(app.locator('.review-row').first()).toBeFocused();
  const started = Date.now();
  await app.keyboard.press('End');
  await expect(app.locator('.review-row')).toHaveCount(300);
  await expect(app.locator('.review-row').last()).toBeFocused();
  await app.keyboard.press('a');
  await expect(app.locator('.screen-head .count')).toHaveText('299 suggestions to review');
  expect(Date.now() - started).toBeLessThan(5000);
});
