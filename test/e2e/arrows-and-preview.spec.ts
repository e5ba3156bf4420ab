/** WAI-ARIA keyboard patterns for the radio groups and tabs, and an honest PDF preview. */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** True when the element draws a visible focus outline (2 px or more). */
const ringed = (el: Locator) =>
  el.evaluate((node) => {
    const s = getComputedStyle(node);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('arrow keys move through the export formats and the ways to connect GitHub', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  await app.reload();
  await nav(app, 'Export');
  const formats = app.getByRole('radiogroup', { name: 'Format' });
  const radio = (name: string) => formats.getByRole('radio', { name, exact: true });
  await expect(radio('Markdown')).toBeChecked();
  // One tab stop for the group: the checked radio.
  await expect(radio('Markdown')).toHaveAttribute('tabindex', '0');
  await expect(radio('HTML')).toHaveAttribute('tabindex', '-1');
  await radio('Markdown').focus();
  await app.keyboard.press('ArrowRight');
  await expect(radio('HTML')).toBeFocused();
  await expect(radio('HTML')).toBeChecked();
  // The radio's input is hidden: its pill (the label around it) shows the ring, and only its.
  const pill = (name: string) => radio(name).locator('xpath=ancestor::label[1]');
  await expect.poll(() => ringed(pill('HTML'))).toBe(true);
  await expect.poll(() => ringed(pill('Markdown'))).toBe(false);
  await app.keyboard.press('ArrowDown');
  await expect(radio('PDF')).toBeChecked();
  await app.keyboard.press('ArrowLeft');
  await expect(radio('HTML')).toBeChecked();
  await app.keyboard.press('End');
  await expect(radio('JSON Resume')).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(radio('Markdown')).toBeChecked();

  await nav(app, 'Accounts');
  const tablist = app.getByRole('tablist', { name: 'How to connect' });
  const tab = (name: string) => tablist.getByRole('tab', { name });
  await tab('Personal access token').focus();
  await app.keyboard.press('ArrowRight');
  await expect(tab('Sign in with GitHub')).toBeFocused();
  await expect.poll(() => ringed(tab('Sign in with GitHub'))).toBe(true);
  await expect(tab('Sign in with GitHub')).toHaveAttribute('aria-selected', 'true');
  // The panel shown is labelled by the tab chosen (React Aria generates the ids).
  const deviceTabId = await tab('Sign in with GitHub').getAttribute('id');
  expect(deviceTabId).toBeTruthy();
  await expect(app.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', deviceTabId!);
  await expect(app.getByRole('tabpanel')).toHaveAccessibleName('Sign in with GitHub');
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
