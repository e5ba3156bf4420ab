/** The same fact reads the same everywhere: dates, counts and scores agree between screens and exports. */
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { startFakeGitHub } from '../fakes/fake-github';
import { todoApi, TOKEN } from '../fakes/fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const rows = (page: Page) => page.getByRole('listbox', { name: 'Projects' }).getByRole('option');

test('the projects list words dates as the exports do', async ({ app, bridge }) => {
  bridge.core.portfolio.create({ title: 'Started only', summary: 'S.', startDate: '2023-05', status: 'shipped' });
  bridge.core.portfolio.create({ title: 'Ongoing work', summary: 'O.', startDate: '2024-07', status: 'in-progress' });
  bridge.core.portfolio.create({ title: 'Ended only', summary: 'E.', endDate: '2024-02', status: 'shipped' });
  bridge.core.portfolio.create({ title: 'Both ends', summary: 'B.', startDate: '2022-01', endDate: '2022-09', status: 'shipped' });
  await app.reload();
  await nav(app, 'Projects');

  const expected: Record<string, string> = {
    'Started only': 'May 2023',
    'Ongoing work': 'Jul 2024 – present',
    'Ended only': 'Feb 2024',
    'Both ends': 'Jan 2022 – Sep 2022',
  };
  for (const [title, period] of Object.entries(expected)) {
    await expect(rows(app).filter({ hasText: title }).locator('.row-dates')).toHaveText(period);
  }

  await nav(app, 'Export');
  const preview = app.locator('pre.preview-text');
  for (const period of Object.values(expected)) await expect(preview).toContainText(period);
});

async function dashboardScore(page: Page): Promise<number> {
  const label = await page.locator('.score-ring').getAttribute('aria-label');
  return Number(/Score (\d+) out of 100/.exec(label ?? '')![1]);
}

test('Gaps and Dashboard count the same rules, and marking a met rule does not lower the score', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  await app.reload();
  await nav(app, 'Dashboard');
  await expect(app.locator('.score-ring')).toBeVisible();
  const missing = await app.locator('.count-missing').textContent();
  const score = await dashboardScore(app);

  await nav(app, 'Gaps');
  await expect(app.getByRole('button', { name: /^Missing/ }).locator('.filter-count')).toHaveText(missing!);
  // The rule that waits for a target was never dismissed: it does not say "Not relevant".
  const targeted = app.locator('[data-rule-id="targeted-tech"] .gap-status');
  await expect(targeted).not.toHaveText(/Not relevant/);
  await expect(targeted).toHaveText('Needs a target');

  const crud = app.locator('[data-rule-id="crud-project"]');
  await expect(crud).toHaveAttribute('data-status', 'met');
  await crud.getByRole('button', { name: /as not relevant/ }).click();
  await expect(crud.getByRole('button', { name: /again/ })).toBeVisible();
  await expect(app.locator('.count')).toHaveText(new RegExp(`^Score ${score}/100`));
  await nav(app, 'Dashboard');
  await expect.poll(() => dashboardScore(app)).toBe(score);
});

test('the restore dialog counts what the user has now, not rows kept for undoing a deletion', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  const backup = bridge.core.backups.create();
  const gone = bridge.core.portfolio.list({}).projects.find((p) => p.title === 'Bookshop Storefront')!;
  bridge.core.portfolio.delete(gone.id);
  const plan = bridge.core.backups.plan(backup);
  const tags = plan.tables.find((t) => t.table === 'project_tags')!;
  const visible = bridge.core.portfolio.list({}).projects.reduce((n, p) => n + p.tags.length, 0);
  expect(tags.current).toBe(visible);
  expect(tags.backup).toBe(visible + gone.tags.length);

  // The dialog shows the same "Now".
  const dir = mkdtempSync(join(tmpdir(), 'showcase-consistency-'));
  try {
    const file = join(dir, 'backup.json');
    writeFileSync(file, JSON.stringify(backup));
    await app.reload();
    await nav(app, 'Profile & experience');
    bridge.dialogs.nextOpenPath = file;
    await app.getByRole('button', { name: 'Restore or import…' }).click();
    const row = app.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('row', { name: /^Project technologies/ });
    await expect(row.getByRole('cell').first()).toHaveText(String(visible));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"Since the last sync" scores the role and target the Dashboard shows', async ({ app, bridge }) => {
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'octo', name: 'Octo Cat' }, { token: TOKEN, scopes: ['repo', 'read:org'] });
    gh.addRepo(todoApi('octo'));
    bridge.core.portfolio.loadSample();
    await app.reload();
    await nav(app, 'Dashboard');
    await app.getByRole('radio', { name: 'Solutions architect' }).check();
    await expect.poll(() => dashboardScore(app)).toBe(bridge.core.gaps.analyze({ role: 'solutions-architect' }).score);
    expect(bridge.core.gaps.analyze({ role: 'solutions-architect' }).score).not.toBe(bridge.core.gaps.analyze({}).score);

    await nav(app, 'Accounts');
    await app.getByRole('textbox', { name: 'Token' }).fill(TOKEN);
    await app.getByLabel('GitHub Enterprise Server URL (optional)').fill(gh.apiUrl);
    await app.getByRole('button', { name: 'Add account' }).click();
    await expect(app.getByRole('article', { name: 'Account octo' })).toBeVisible();
    await app.getByRole('button', { name: 'Sync now' }).click();
    await expect(app.locator('.toast', { hasText: 'octo: synced 1 repository' }).last()).toBeVisible({ timeout: 15_000 });

    await nav(app, 'Dashboard');
    const card = app.getByRole('region', { name: /^Since the last sync/ });
    await expect(card.locator('.change-score .change-title')).toContainText('solutions architect');
    await expect(card.locator('.score-after')).toHaveText(String(await dashboardScore(app)));
  } finally {
    await gh.close();
  }
});
