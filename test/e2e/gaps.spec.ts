import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { RULE_IDS } from '../../shared/gaps';
import type { Bridge } from '../support/bridge-server';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
const rule = (page: Page, id: string) => page.locator(`[data-rule-id="${id}"]`);

async function scoreOf(page: Page): Promise<number> {
  const label = await page.locator('.score-ring').getAttribute('aria-label');
  const m = /Score (\d+) out of 100/.exec(label ?? '');
  expect(m, `score label "${label}"`).not.toBeNull();
  return Number(m![1]);
}

/** Seeds the sample portfolio through the core and opens the app fresh on the Dashboard. */
async function seed(app: Page, bridge: Bridge) {
  bridge.core.portfolio.loadSample();
  await app.reload();
  await nav(app, 'Dashboard').click();
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(app.locator('.score-ring')).toBeVisible();
}

test('a fresh start with projects opens the Dashboard; an empty portfolio keeps the empty state', async ({ app, bridge }) => {
  // Empty: the Projects empty state, as before.
  await expect(app.getByRole('button', { name: 'Load a sample portfolio' })).toBeVisible();
  bridge.core.portfolio.loadSample();
  // A fresh start (no screen remembered from before a reload) opens on the Dashboard.
  await app.evaluate(() => window.sessionStorage.clear());
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(nav(app, 'Dashboard')).toHaveAttribute('aria-current', 'page');
  // The nav lists the screens in order.
  await expect(app.getByRole('navigation', { name: 'Main' }).getByRole('button')).toHaveText(['Dashboard', 'Projects', 'Profile & experience', 'Gaps', 'Skills', 'Target', 'Repositories', 'Accounts', 'Export', 'Review'].map((t) => new RegExp(t)));
});

test('dashboard: score, area bars, top gaps, strengths, documentation; role changes the score', async ({ app, bridge }) => {
  await seed(app, bridge);
  const backend = await scoreOf(app);
  expect(backend).toBeGreaterThan(0);
  expect(backend).toBe(bridge.core.gaps.analyze({ role: 'backend' }).score);

  const bars = app.getByRole('list', { name: 'Coverage by area' }).getByRole('listitem');
  await expect(bars).toHaveCount(8);
  await expect(bars.filter({ hasText: 'Databases' })).toHaveText(/Databases\s*\d+%/);

  const gaps = app.getByRole('list', { name: 'Top gaps' }).getByRole('listitem');
  await expect(gaps).toHaveCount(5);
  // Essential first: on-github and documented are partial essentials in the sample.
  await expect(gaps.first()).toContainText('Essential');
  await expect(gaps.first()).toContainText(/to meet/);

  const strengths = app.getByRole('list', { name: 'Strengths' });
  await expect(strengths.locator('[data-rule-id="crud-project"]')).toContainText('Task Tracker API');
  await expect(app.getByText('Connect GitHub to rate READMEs.')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Repository documentation' }).getByRole('listitem').first()).toContainText('Not rated yet');
  await screenshot(app, 'dashboard-light');

  await app.getByRole('radio', { name: 'DevOps engineer' }).check();
  await expect.poll(() => scoreOf(app)).toBe(bridge.core.gaps.analyze({ role: 'devops' }).score);
  expect(await scoreOf(app)).not.toBe(backend);
  // The role is remembered.
  await app.reload();
  await expect(app.getByRole('radio', { name: 'DevOps engineer' })).toBeChecked();

  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('radio', { name: 'Backend developer', exact: true }).check();
  await expect.poll(() => scoreOf(app)).toBe(backend);
  await screenshot(app, 'dashboard-dark');
  await app.locator('.screen-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await screenshot(app, 'dashboard-dark-bottom');
});

test('gaps: every rule with status, evidence opens the project, not relevant and undo', async ({ app, bridge }) => {
  await seed(app, bridge);
  const before = await scoreOf(app);
  await nav(app, 'Gaps').click();
  await expect(app.locator('[data-rule-id]')).toHaveCount(RULE_IDS.length);
  for (const id of RULE_IDS) await expect(rule(app, id)).toHaveCount(1);
  expect(RULE_IDS.length).toBe(30);

  const crud = rule(app, 'crud-project');
  await expect(crud).toHaveAttribute('data-status', 'met');
  await expect(crud.locator('.gap-status')).toHaveText('Met');
  await expect(crud.getByRole('list', { name: 'Evidence for A CRUD application' })).toContainText('Task Tracker API');

  for (const id of ['graphql-api', 'search-engine']) {
    await expect(rule(app, id)).toHaveAttribute('data-status', 'missing');
    await expect(rule(app, id).locator('.gap-status')).toHaveText('Missing');
    await expect(rule(app, id).locator('.rule-suggestion')).toContainText(/to meet/);
    await expect(rule(app, id).locator('.rule-reason')).toContainText(/No showcased project/);
  }
  // targeted-tech does not count without a target.
  await expect(rule(app, 'targeted-tech').locator('.gap-status')).toHaveText('Needs a target');

  // Filters.
  await app.getByRole('button', { name: /^Missing/ }).click();
  await expect(rule(app, 'crud-project')).toHaveCount(0);
  await expect(rule(app, 'graphql-api')).toBeVisible();
  await app.getByRole('button', { name: /^Met/ }).click();
  await expect(rule(app, 'graphql-api')).toHaveCount(0);
  await expect(rule(app, 'crud-project')).toBeVisible();
  await app.getByRole('button', { name: /^All/ }).click();
  await screenshot(app, 'gaps');

  // Not relevant: shown as such (not hidden), left out of the score, and undoable.
  const cloud = rule(app, 'cloud');
  await cloud.getByRole('button', { name: /Mark “A major cloud” as not relevant/ }).click();
  await expect(cloud.locator('.gap-status')).toHaveText('Not relevant (you said)');
  await expect(cloud.getByRole('button', { name: /Count “A major cloud” again/ })).toBeVisible();
  expect(bridge.core.gaps.analyze({}).rules.find((r) => r.id === 'cloud')!.dismissed).toBe(true);
  await expect(app.locator('.count')).not.toHaveText(`Score ${before}/100 for backend developer`);
  const dismissedScore = bridge.core.gaps.analyze({ role: 'backend' }).score;
  expect(dismissedScore).toBeGreaterThan(before);
  await expect(app.locator('.count')).toHaveText(`Score ${dismissedScore}/100 for backend developer`);
  await screenshot(app, 'gaps-dismissed');

  await nav(app, 'Dashboard').click();
  await expect.poll(() => scoreOf(app)).toBe(dismissedScore);
  await nav(app, 'Gaps').click();
  await rule(app, 'cloud').getByRole('button', { name: /Count “A major cloud” again/ }).click();
  await expect(rule(app, 'cloud').locator('.gap-status')).toHaveText('Missing');
  await expect(app.locator('.count')).toHaveText(`Score ${before}/100 for backend developer`);

  // Keyboard: Enter on a piece of evidence opens that project in the editor.
  const evidence = crud.getByRole('button', { name: /^Task Tracker API/ }).first();
  await evidence.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  await expect(app.getByLabel('Title')).toHaveValue('Task Tracker API');
  await expect(nav(app, 'Projects')).toHaveAttribute('aria-current', 'page');
});

test('skills matrix marks technologies per project, manual vs detected', async ({ app, bridge }) => {
  bridge.core.portfolio.create({
    title: 'Inventory Service',
    summary: 'Stock levels.',
    tags: [
      'PostgreSQL',
      { name: 'Docker', source: 'detected', evidence: 'Dockerfile at repository root', state: 'suggested' },
      { name: 'Redis', source: 'detected', evidence: 'redis client in go.mod', state: 'rejected' },
      'Hexagonal architecture',
    ],
  });
  await seed(app, bridge);
  await nav(app, 'Skills').click();
  const pg = app.getByRole('row', { name: /^PostgreSQL/ });
  await expect(pg).toHaveCount(1);
  const showcasedWithPg = bridge.core.portfolio
    .list({ showcased: 'showcased' })
    .projects.filter((p) => p.tags.some((t) => t.name === 'PostgreSQL'))
    .map((p) => p.title);
  expect(showcasedWithPg).toContain('Task Tracker API');
  await expect(pg.getByRole('img')).toHaveCount(showcasedWithPg.length);
  for (const title of showcasedWithPg) await expect(pg.getByRole('img', { name: `PostgreSQL in ${title}: added by you` })).toBeVisible();
  // The mark sits in that project's column.
  const headers = await app.locator('thead th').allTextContents();
  const col = headers.indexOf('Payments Microservices');
  expect(col).toBeGreaterThan(0);
  await expect(pg.locator('td, th').nth(col).getByRole('img')).toHaveCount(1);
  // Hidden projects are not columns.
  expect(headers).not.toContain('Weather Data Pipeline');

  // Detected and suggested marks carry their evidence; rejected tags never show.
  const docker = app.getByRole('row', { name: /^Docker/ });
  await expect(docker.getByRole('img', { name: /Docker in Inventory Service: detected, not reviewed yet: Dockerfile at repository root/ })).toHaveAttribute(
    'title',
    /Dockerfile at repository root/,
  );
  const redis = app.getByRole('row', { name: /^Redis/ });
  await expect(redis.getByRole('img', { name: /Inventory Service/ })).toHaveCount(0);
  await expect(app.getByRole('rowgroup').filter({ hasText: 'Other (custom)' }).getByRole('row', { name: /Hexagonal architecture/ })).toHaveCount(1);
  await screenshot(app, 'skills');
});

test('target: live extraction, demonstrated by which projects, saved, used by dashboard', async ({ app, bridge }) => {
  await seed(app, bridge);
  await nav(app, 'Target').click();
  const posting = [
    'Acme is hiring a backend engineer to go from prototype to production.',
    'Our stack: Kafka, Kubernetes and PostgreSQL; some JavaScript on the front end.',
    'Ready to go? Apply today.',
  ].join('\n');
  await app.getByRole('textbox', { name: 'Job posting' }).fill(posting);
  const found = app.getByRole('list', { name: 'Technologies found' });
  const item = (name: string) => found.locator(`[data-tech="${name}"]`);
  await expect(item('Apache Kafka')).toContainText('Demonstrated');
  await expect(item('Apache Kafka')).toContainText('Payments Microservices');
  await expect(item('Kubernetes')).toContainText('Missing');
  await expect(item('Kubernetes')).toContainText('Not in your portfolio yet');
  await expect(item('PostgreSQL')).toContainText('Demonstrated');
  await expect(item('JavaScript')).toBeVisible();
  await expect(found.getByRole('listitem')).toHaveCount(4);
  await expect(item('Java')).toHaveCount(0);
  await expect(item('Go')).toHaveCount(0);
  await expect(app.locator('.found-card .card-head .gap-status')).toHaveText('Partial');

  // Saving needs a name.
  await app.getByRole('button', { name: 'Save target' }).click();
  await expect(app.getByText('Give the target a name.')).toBeVisible();
  await app.getByLabel('Target name').fill('Acme backend role');
  await app.getByRole('button', { name: 'Save target' }).click();
  const saved = app.getByRole('list', { name: 'Saved targets' });
  await expect(saved.getByRole('button', { name: /^Acme backend role/ })).toHaveAttribute('aria-pressed', 'true');
  expect(bridge.core.gaps.listTargets().map((t) => t.name)).toEqual(['Acme backend role']);
  await screenshot(app, 'target');

  await app.reload();
  await expect(saved.getByRole('button', { name: /^Acme backend role/ })).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'Job posting' })).toHaveValue(posting);

  // The Dashboard and Gaps now analyse against the target, with a chip to clear it.
  await nav(app, 'Dashboard').click();
  const chip = app.locator('.target-chip');
  await expect(chip).toContainText('Target: Acme backend role');
  await nav(app, 'Gaps').click();
  await expect(rule(app, 'targeted-tech')).toHaveAttribute('data-status', 'partial');
  await expect(rule(app, 'targeted-tech').locator('.rule-reason')).toContainText('Kubernetes');
  await app.getByRole('button', { name: 'Clear target Acme backend role' }).click();
  await expect(chip).toHaveCount(0);
  await expect(rule(app, 'targeted-tech').locator('.gap-status')).toHaveText('Needs a target');

  // Rename, then delete.
  await nav(app, 'Target').click();
  await saved.getByRole('button', { name: /^Acme backend role/ }).click();
  // Picking a target fills the form after a render; typing before that would append to it.
  await expect(app.getByLabel('Target name')).toHaveValue('Acme backend role');
  await app.getByLabel('Target name').fill('Acme platform role');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(saved.getByRole('button', { name: /^Acme platform role/ })).toBeVisible();
  expect(bridge.core.gaps.listTargets().map((t) => t.name)).toEqual(['Acme platform role']);
  await saved.getByRole('button', { name: 'Delete target Acme platform role' }).click();
  await app.getByRole('button', { name: 'Delete target', exact: true }).click();
  await expect(saved).toHaveCount(0);
  expect(bridge.core.gaps.listTargets()).toEqual([]);
});

test('the dashboard follows project edits at once', async ({ app, bridge }) => {
  await seed(app, bridge);
  await expect(app.getByRole('list', { name: 'Top gaps' }).locator('[data-rule-id="graphql-api"]')).toHaveCount(1);
  const before = await scoreOf(app);

  await nav(app, 'Projects').click();
  await app.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ hasText: 'Task Tracker API' }).click();
  const tagInput = app.getByRole('combobox', { name: 'Technologies' });
  await tagInput.fill('GraphQL');
  await tagInput.press('Enter');
  // Saving re-runs the analysis at once, while the Projects screen is still showing.
  const reanalysed = app.waitForRequest((r) => r.url().includes(`/__ipc/${encodeURIComponent('gaps:analyze')}`));
  await app.getByRole('button', { name: 'Save' }).click();
  await reanalysed;
  await expect(app.getByRole('heading', { name: 'Edit project' })).toHaveCount(0);

  await nav(app, 'Dashboard').click();
  await expect(app.getByRole('list', { name: 'Top gaps' }).locator('[data-rule-id="graphql-api"]')).toHaveCount(0);
  await expect(app.getByRole('list', { name: 'Strengths' }).locator('[data-rule-id="graphql-api"]')).toContainText('Task Tracker API');
  expect(await scoreOf(app)).toBeGreaterThan(before);

  await nav(app, 'Gaps').click();
  await expect(rule(app, 'graphql-api')).toHaveAttribute('data-status', 'met');
  await expect(rule(app, 'graphql-api')).toContainText('GraphQL');
});
