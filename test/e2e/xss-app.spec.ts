/**
 * The XSS corpus in every field the app shows: projects typed by the user, tags detected with
 * evidence, repositories synced from GitHub (description, topics, README, homepage, manifests),
 * an imported JSON Resume, a saved job target and the export profile. Every screen is visited and
 * every export previewed: no script runs, no dialog opens, no request leaves the machine.
 */
import type { Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { startFakeGitHub } from '../fakes/fake-github';
import { TOKEN } from '../fakes/fixtures';
import { expect, test } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const cut = (s: string, n: number) => [...s].slice(0, n).join('');

test('the XSS corpus runs nowhere in the app', async ({ app, bridge }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const external: string[] = [];
  app.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'about:') return route.continue();
    external.push(route.request().url());
    return route.abort();
  });

  const P = XSS_PAYLOADS;
  const { core } = bridge;
  // Typed by the user, and detected with hostile evidence.
  P.forEach((payload, i) => {
    core.portfolio.create({
      title: cut(`${i} ${payload}`, 200),
      summary: payload,
      tags: i < 40 ? [cut(payload, 80), { name: 'Docker', source: 'detected', evidence: payload }] : ['Go'],
      kinds: i % 2 ? ['api'] : [{ kind: 'crud', source: 'detected', evidence: payload }],
      highlights: [payload],
      results: [payload],
      links: [{ type: 'demo', url: `https://example.com/?q=${encodeURIComponent(payload)}` }],
      notes: payload,
    });
  });
  // Synced from GitHub.
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'xss', name: P[0] }, { token: TOKEN, scopes: ['repo'] });
    P.slice(0, 30).forEach((payload, i) =>
      gh.addRepo({
        owner: 'xss',
        name: `repo-${i}`,
        description: payload,
        homepage: i % 2 ? 'javascript:window.__xss=1' : `https://example.com/${encodeURIComponent(payload)}`,
        topics: [cut(payload, 40)],
        pushedAt: '2026-01-01T00:00:00Z',
        languages: { [cut(payload, 30)]: 100, Go: 1000 },
        files: {
          'README.md': `# ${payload}\n\n${P.slice(30, 60).join('\n\n')}`,
          'package.json': JSON.stringify({ name: payload, dependencies: { express: '^5', [cut(payload, 60)]: '1' } }),
        },
      }),
    );
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    expect((await core.github.sync.sync(account.id)).status).toBe('complete');
    const repos = core.github.repositories.list();
    core.github.linking.createProjectsFromRepositories(repos.slice(0, 10).map((r) => r.id));
  } finally {
    gh.close();
  }
  // Imported, targeted, exported.
  core.imports.importData({ projects: P.slice(60, 90).map((p) => ({ name: p, description: p, highlights: [p], keywords: [cut(p, 60), 'Postgres'] })) });
  core.gaps.saveTarget({ name: cut(P[5], 100), posting: P.join('\n') });
  core.exports.profile.set({ name: cut(P[1], 200), headline: cut(P[2], 300), location: cut(P[3], 200) });

  await app.reload();
  for (const screen of ['Dashboard', 'Projects', 'Gaps', 'Skills', 'Target', 'Repositories', 'Accounts', 'Export']) {
    await nav(app, screen);
    await app.waitForTimeout(400);
    if (screen === 'Projects') {
      // The payloads are there, as text (searched for: the list is virtualised).
      const search = app.getByRole('searchbox').first();
      await search.fill('<script>window.__xss=1</script>');
      await expect(app.locator('.project-row', { hasText: '<script>window.__xss=1</script>' }).first()).toBeVisible();
      await search.fill('');
      for (const i of [0, 3, 8, 12]) {
        await app.locator('.project-row').nth(i).click();
        await app.waitForTimeout(150);
      }
    }
    if (screen === 'Target') {
      const saved = app.getByRole('list', { name: 'Saved targets' }).getByRole('button').first();
      if (await saved.count()) await saved.click();
      await app.getByRole('textbox', { name: 'Job posting' }).fill(P.slice(0, 40).join('\n'));
      await app.waitForTimeout(500);
    }
    if (screen === 'Repositories') {
      const toggles = app.locator('button[aria-expanded="false"]');
      for (let i = 0; i < Math.min(8, await toggles.count()); i++) await toggles.nth(0).click();
      await app.waitForTimeout(200);
      await expect(app.getByText('<svg onload=window.__xss=1>').filter({ visible: true }).first()).toBeVisible();
    }
    if (screen === 'Export') {
      for (const format of ['Markdown', 'HTML', 'PDF', 'JSON Resume']) {
        await app.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).click();
        await app.waitForTimeout(600);
      }
    }
  }
  expect(await app.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  for (const frame of app.frames()) expect(await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(external).toEqual([]);
  // The payloads are on screen as text, not as markup.
  expect(await app.locator('img[src="x"], svg[onload], [onerror], [onload], [onfocus]').count()).toBe(0);
});
