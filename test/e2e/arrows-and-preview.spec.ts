/** WAI-ARIA keyboard patterns for the radio groups and tabs, and an honest PDF preview. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('arrow keys move through the export formats and the ways to connect GitHub', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  await app.reload();
  await nav(app, 'Export');
  const formats = app.getByRole('radiogroup', { name: 'Format' });
  const radio = (name: string) => formats.getByRole('radio', { name, exact: true });
  await expect(radio('Markdown')).toHaveAttribute('aria-checked', 'true');
  // One tab stop for the group: the checked radio.
  await expect(radio('Markdown')).toHaveAttribute('tabindex', '0');
  await expect(radio('HTML')).toHaveAttribute('tabindex', '-1');
  await radio('Markdown').focus();
  await app.keyboard.press('ArrowRight');
  await expect(radio('HTML')).toBeFocused();
  await expect(radio('HTML')).toHaveAttribute('aria-checked', 'true');
  await app.keyboard.press('ArrowDown');
  await expect(radio('PDF')).toHaveAttribute('aria-checked', 'true');
  await app.keyboard.press('ArrowLeft');
  await expect(radio('HTML')).toHaveAttribute('aria-checked', 'true');
  await app.keyboard.press('End');
  await expect(radio('JSON Resume')).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(radio('Markdown')).toHaveAttribute('aria-checked', 'true');

  await nav(app, 'Accounts');
  const tablist = app.getByRole('tablist', { name: 'How to connect' });
  const tab = (name: string) => tablist.getByRole('tab', { name });
  await tab('Personal access token').focus();
  await app.keyboard.press('ArrowRight');
  await expect(tab('Sign in with GitHub')).toBeFocused();
  await expect(tab('Sign in with GitHub')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-device');
  await app.keyboard.press('End');
  await expect(tab('Public repositories only')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Home');
  await expect(tab('Personal access token')).toBeFocused();
  await app.keyboard.press('ArrowLeft');
  await expect(tab('Public repositories only')).toBeFocused();
  await expect(tab('Personal access token')).toHaveAttribute('tabindex', '-1');
});

test('the PDF preview says what it is, and A4 and Letter look different', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  await app.reload();
  await nav(app, 'Export');
  await app.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: 'PDF', exact: true }).click();
  const card = app.locator('.preview-card');
  await expect(card).toContainText('not the PDF itself');
  await expect(card).not.toContainText('The PDF has this layout, on paper');
  const frame = card.locator('iframe.preview-frame');
  await expect(frame).toBeVisible();
  const ratio = async () => {
    const b = (await frame.boundingBox())!;
    return b.height / b.width;
  };
  await expect(card).toContainText('A4');
  const a4 = await ratio();
  await app.getByLabel('Paper').selectOption('letter');
  await expect(card.locator('.paper-label')).toContainText('Letter');
  await expect.poll(ratio).not.toBeCloseTo(a4, 2);
  expect(a4).toBeCloseTo(297 / 210, 1);
});
