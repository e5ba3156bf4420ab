/** The same fact reads the same everywhere: dates, counts and scores agree between screens and exports. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

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
