/**
 * Keyboard use: the shortcuts help, the navigation shortcuts, and visible focus rings on the
 * main actions of the Dashboard and Projects screens.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** True when the element draws a focus indicator: an outline or a box-shadow ring (fields fade theirs in). */
async function hasFocusRing(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const s = getComputedStyle(node);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const ring = s.boxShadow !== 'none' && /0px 0px 0px [2-9]/.test(s.boxShadow);
    return outline || ring;
  });
}

/** Tabs forward until the focused element matches, or fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the target');
}

test('? opens the shortcuts help; Escape closes it and focus returns', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  // A fresh start (no screen remembered from the first, empty load) opens on the Dashboard.
  await app.evaluate(() => window.sessionStorage.clear());
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  // Focus something, then ask for help with `?`.
  const projectsNav = nav(app).getByRole('button', { name: 'Projects', exact: true });
  await projectsNav.focus();
  await app.keyboard.press('Shift+?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const text of ['Show these keyboard shortcuts', 'Go to a screen', 'Search projects', 'New project', 'Save the project', 'Undo a deletion', 'open the selected project']) {
    await expect(dialog).toContainText(text);
  }
  await expect(dialog.locator('kbd', { hasText: /^Alt$/ }).first()).toBeVisible();
  const screens = dialog.getByRole('region', { name: 'Go to a screen' });
  for (const [i, label] of ['Dashboard', 'Projects', 'Profile & experience', 'Gaps', 'Skills', 'Target', 'Repositories', 'Accounts', 'Export', 'Review'].entries()) {
    await expect(screens.locator('.shortcut').nth(i)).toHaveText(`Alt+${(i + 1) % 10}${label}`);
  }
  await expect(dialog.locator('.shortcut', { hasText: 'Save the project' })).toContainText('Ctrl');
  await screenshot(app, 'shortcuts-overlay');

  // Tab stays inside the modal.
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(projectsNav).toBeFocused();

  // F1 and the sidebar button open it too; typing `?` in a text field does not.
  await app.keyboard.press('F1');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  const button = app.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await projectsNav.click();
  await app.getByRole('searchbox', { name: 'Search projects' }).click();
  await app.keyboard.type('a?');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('a?');
});

test('Alt+1…Alt+9 go to the screens in sidebar order', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  // A fresh start (no screen remembered from the first, empty load) opens on the Dashboard.
  await app.evaluate(() => window.sessionStorage.clear());
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+4');
  await expect(app.getByRole('heading', { name: 'Gaps', level: 1 })).toBeVisible();
  await expect(nav(app).getByRole('button', { name: 'Gaps', exact: true })).toHaveAttribute('aria-current', 'page');
  await app.keyboard.press('Alt+3');
  await expect(app.getByRole('heading', { name: 'Profile & experience', level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+8');
  await expect(app.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+2');
  await expect(nav(app).getByRole('button', { name: 'Projects', exact: true })).toHaveAttribute('aria-current', 'page');
  // From inside a text field too.
  await app.getByRole('searchbox', { name: 'Search projects' }).click();
  await app.keyboard.press('Alt+1');
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
});

test('Tab reaches the main actions with a visible focus ring', async ({ app, bridge }) => {
  bridge.core.portfolio.loadSample();
  // A fresh start (no screen remembered from the first, empty load) opens on the Dashboard.
  await app.evaluate(() => window.sessionStorage.clear());
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(app.locator('.score-card')).toBeVisible();

  // Dashboard, in tab order: the nav, the shortcuts button, the role chooser (its ring is drawn
  // on the chip around the radio), the sync card's link, "All rules", a piece of evidence.
  const steps: Array<[Locator, Locator]> = [
    [nav(app).getByRole('button', { name: 'Dashboard', exact: true }), nav(app).getByRole('button', { name: 'Dashboard', exact: true })],
    [app.getByRole('button', { name: 'Keyboard shortcuts' }), app.getByRole('button', { name: 'Keyboard shortcuts' })],
    [app.locator('.role-radio:checked'), app.locator('.role-chip.is-on')],
    [app.getByRole('button', { name: 'Go to Accounts →' }), app.getByRole('button', { name: 'Go to Accounts →' })],
    [app.getByRole('button', { name: 'All rules →' }), app.getByRole('button', { name: 'All rules →' })],
    [app.locator('.strengths .evidence').first(), app.locator('.strengths .evidence').first()],
  ];
  for (const [target, ring] of steps) {
    await tabTo(app, target);
    await expect.poll(() => hasFocusRing(ring), { message: await ring.evaluate((el) => el.outerHTML.slice(0, 80)) }).toBe(true);
  }

  // Projects: New project, search, filters, the list (its selected row), the editor's fields.
  await app.keyboard.press('Alt+2');
  await expect(app.getByRole('listbox', { name: 'Projects' })).toBeVisible();
  const newButton = app.getByRole('button', { name: '+ New project' });
  const search = app.getByRole('searchbox', { name: 'Search projects' });
  await tabTo(app, newButton);
  await expect.poll(() => hasFocusRing(newButton)).toBe(true);
  await tabTo(app, search);
  await expect.poll(() => hasFocusRing(search)).toBe(true);
  // The check is not trivially true: the button it left has no ring any more.
  await expect.poll(() => hasFocusRing(newButton)).toBe(false);
  await tabTo(app, app.getByRole('listbox', { name: 'Projects' }));
  const selected = app.locator('.project-row.is-selected');
  await expect(selected).toHaveCount(1);
  await expect.poll(() => hasFocusRing(selected)).toBe(true);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Edit project' })).toBeVisible();
  const title = app.getByRole('textbox', { name: /^Title/ });
  await expect(title).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  const save = app.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeFocused();
  await expect.poll(() => hasFocusRing(save)).toBe(true);
  await app.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await expect.poll(() => hasFocusRing(title)).toBe(true);
});
