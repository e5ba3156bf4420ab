/**
 * Accessibility: axe-core on every screen, in light and dark, with a real portfolio loaded.
 * No serious or critical violation is allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { NAV_ITEMS } from '../../renderer/src/nav';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// axe over every screen takes ~15 s alone; a busy 2-core machine doubles that.
test.describe.configure({ timeout: 90_000 });

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen has no serious accessibility violations (${scheme})`, async ({ app, bridge }) => {
    // axe over nine screens and the editor takes about 30 s on two busy cores.
    test.setTimeout(90_000);
    await app.emulateMedia({ colorScheme: scheme });
    // The empty state first, then a loaded portfolio.
    const empty = await seriousViolations(app);
    expect(empty, 'empty state').toEqual([]);
    bridge.core.portfolio.loadSample();
    await app.reload();
    const found: Record<string, string[]> = {};
    for (const item of NAV_ITEMS) {
      await app.getByRole('navigation').getByRole('button', { name: item.label, exact: true }).or(app.getByRole('navigation').getByRole('link', { name: item.label, exact: true })).first().click();
      await app.waitForTimeout(300);
      const violations = await seriousViolations(app);
      if (violations.length) found[item.id] = violations;
    }
    // The project editor too.
    await app.getByRole('navigation').getByRole('button', { name: 'Projects', exact: true }).or(app.getByRole('navigation').getByRole('link', { name: 'Projects', exact: true })).first().click();
    await app.getByText('Task Tracker API').first().click();
    await app.waitForTimeout(300);
    const editor = await seriousViolations(app);
    if (editor.length) found.editor = editor;
    expect(found).toEqual({});
  });
}
