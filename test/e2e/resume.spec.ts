/** Profile & experience: the resume's editors, its import, the resume export and publishing the profile README. */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startFakeGitHub } from '../fakes/fake-github';
import { expect, screenshot, test } from './fixtures';

function nav(app: Page, label: string) {
  return app.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
}

const card = (app: Page, heading: string) => app.locator('section.card').filter({ has: app.getByRole('heading', { name: new RegExp(`^${heading}`), level: 2 }) });

test('edits the basics and the sections: add, change, reorder, remove, with inline errors', async ({ app, bridge }) => {
  await nav(app, 'Profile & experience');
  await expect(app.getByRole('heading', { name: 'Profile & experience', level: 1 })).toBeVisible();

  // The basics: name, headline and contacts in the Profile card (the top of every export), the rest, location included, in Basics.
  const profile = app.getByRole('region', { name: 'Profile', exact: true });
  const basics = card(app, 'Basics');
  await profile.getByLabel('Name').fill('Dana Developer');
  await profile.getByLabel('Headline').fill('Backend developer');
  await profile.getByLabel('Email').fill('not an email');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Enter an email address like you@example.com.')).toBeVisible();
  await expect(profile.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await profile.getByLabel('Email').fill('dana@example.com');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved your profile.' })).toBeVisible();
  await basics.getByLabel('City').fill('Porto');
  await basics.getByRole('button', { name: 'Save basics' }).click();
  await expect(app.locator('.toast', { hasText: 'Saved the basics.' })).toBeVisible();
  expect(bridge.core.resume.get().basics).toMatchObject({ name: 'Dana Developer', email: 'dana@example.com', location: expect.objectContaining({ city: 'Porto' }) });

  // Experience: an end before the start is refused next to the field.
  const work = card(app, 'Experience');
  await work.getByRole('button', { name: '+ Add position' }).click();
  const form = work.getByRole('form', { name: 'New position' });
  await form.getByLabel('Position').fill('Backend developer');
  await form.getByLabel('Company', { exact: true }).fill('Acme');
  await form.getByLabel('Start').fill('2021-03');
  await form.getByLabel('End (empty: ongoing)').fill('2020-01');
  await form.getByRole('button', { name: '+ Add highlight' }).click();
  await form.getByLabel('Highlight 1', { exact: true }).fill('Cut p99 latency by 40%');
  await form.getByRole('button', { name: 'Add position' }).click();
  await expect(form.getByText('The end date is before the start date.')).toBeVisible();
  await form.getByLabel('End (empty: ongoing)').fill('');
  await form.getByRole('button', { name: 'Add position' }).click();
  await expect(work.getByText('Backend developer at Acme')).toBeVisible();
  await expect(work.getByText('Mar 2021 – present')).toBeVisible();

  await work.getByRole('button', { name: '+ Add position' }).click();
  const second = work.getByRole('form', { name: 'New position' });
  await second.getByLabel('Position').fill('Intern');
  await second.getByLabel('Company', { exact: true }).fill('Globex');
  await second.getByRole('button', { name: 'Add position' }).click();
  await expect(work.getByRole('listitem')).toHaveCount(2);

  // Reorder, then edit one field: the rest of the entry is kept.
  await work.getByRole('button', { name: 'Move Intern at Globex up' }).click();
  await expect(work.locator('.resume-entry-title').first()).toHaveText('Intern at Globex');
  await work.getByRole('button', { name: 'Edit Backend developer at Acme' }).click();
  const edit = work.getByRole('form', { name: 'Edit Backend developer at Acme' });
  await expect(edit.getByLabel('Start')).toHaveValue('2021-03');
  await edit.getByLabel('Summary').fill('Payments team.');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  expect(bridge.core.resume.get().work.map((w) => [w.name, w.summary, w.highlights])).toEqual([
    ['Globex', '', []],
    ['Acme', 'Payments team.', ['Cut p99 latency by 40%']],
  ]);

  await work.getByRole('button', { name: 'Remove Intern at Globex' }).click();
  const confirm = app.getByRole('dialog', { name: 'Remove this position?' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(work.getByRole('listitem')).toHaveCount(1);

  // Skills with keywords.
  const skills = card(app, 'Skills');
  await skills.getByRole('button', { name: '+ Add skill' }).click();
  const skill = skills.getByRole('form', { name: 'New skill' });
  await skill.getByLabel('Skill', { exact: true }).fill('Databases');
  await skill.getByRole('button', { name: '+ Add keyword' }).click();
  await skill.getByLabel('Keyword 1', { exact: true }).fill('PostgreSQL');
  await skill.getByRole('button', { name: 'Add skill' }).click();
  await expect(skills.getByText('Databases')).toBeVisible();
  expect(bridge.core.resume.get().skills[0]).toMatchObject({ name: 'Databases', keywords: ['PostgreSQL'] });
});

test('imports a JSON Resume with its report, shows it, and exports a one-page resume', async ({ app, bridge }) => {
  const dir = mkdtempSync(join(tmpdir(), 'showcase-e2e-resume-'));
  const file = join(dir, 'resume.json');
  writeFileSync(
    file,
    `{
  // my resume
  "basics": { "name": "Rui Marques", "label": "Backend engineer", "website": "https://rui.example.org", "summary": "Payments and the databases under them." },
  "work": [
    { "company": "Ledgerly", "position": "Senior backend engineer", "startDate": "2021-04", "endDate": "Present", "highlights": ["Cut invoice run time from 40 to 6 minutes"] },
    { "company": "Tramway", "position": "Developer", "startDate": "Sep 2017", "endDate": "2021-03" },
  ],
  "education": [{ "institution": "Universidade do Porto", "studyType": "MSc", "area": "Informatics", "startDate": "2012", "endDate": "2017" }],
  "skills": [{ "name": "Databases", "level": "Expert", "keywords": ["PostgreSQL", "Redis"] }],
  "projects": [{ "name": "Invoice API", "description": "A REST API that issues invoices.", "keywords": ["Go"], "url": "github.com/rui/invoice-api" }]
}`,
  );
  await nav(app, 'Profile & experience');
  bridge.dialogs.nextOpenPath = file;
  await app.getByRole('button', { name: 'Restore or import…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import this JSON Resume?' });
  await expect(dialog.getByRole('list', { name: 'Resume sections in the file' })).toContainText('Experience (2)');
  await dialog.getByText(/things were adjusted on the way in/).click();
  await expect(dialog).toContainText('work[0].endDate "Present" read as ongoing');
  await expect(dialog).toContainText('line 2, column 3: a comment was ignored');
  await expect(dialog).toContainText('projects[0].url "github.com/rui/invoice-api" has no https:// in front; kept as text, not as a link');
  await screenshot(app, 'resume-import-dialog');
  await dialog.getByRole('button', { name: 'Import the resume' }).click();
  await expect(app.locator('.toast', { hasText: 'Imported your resume and 1 project from resume.json.' })).toBeVisible();

  await nav(app, 'Profile & experience');
  await expect(card(app, 'Experience').getByText('Senior backend engineer at Ledgerly')).toBeVisible();
  await expect(card(app, 'Experience').getByText('Apr 2021 – present')).toBeVisible();
  await expect(card(app, 'Education').getByText('Universidade do Porto')).toBeVisible();

  await nav(app, 'Export');
  await app.getByRole('radio', { name: 'PDF' }).click();
  await app.getByLabel('Form', { exact: true }).selectOption('resume');
  await expect(app.locator('.count')).toContainText('resume.pdf · 1 page');
  const frame = app.frameLocator('iframe[title="Export preview"]');
  for (const text of ['Rui Marques', 'Experience', 'Senior backend engineer', 'Selected projects', 'Invoice API', 'Skills', 'Education']) {
    await expect(frame.getByText(text, { exact: false }).first()).toBeVisible();
  }
});

test('publishes the profile README to GitHub after a diff, creating login/login when allowed', async ({ app, bridge }) => {
  const gh = await startFakeGitHub();
  try {
    gh.addUser({ login: 'dana' }, { token: 'tok-e2e', scopes: ['public_repo'] });
    await bridge.core.github.accounts.addWithToken({ token: 'tok-e2e', apiUrl: gh.apiUrl });
    bridge.core.exports.profile.set({ name: 'Dana Developer', headline: 'Backend developer' });
    bridge.core.portfolio.loadSample();
    await app.reload();
    await nav(app, 'Export');
    await app.getByRole('radio', { name: 'Markdown' }).click();
    await app.getByLabel('Form', { exact: true }).selectOption('profile-readme');
    await expect(app.locator('.preview-text')).toContainText('Hi, I’m Dana Developer');
    await app.getByRole('button', { name: 'Publish to GitHub…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Publish the profile README to GitHub' });
    await expect(dialog.getByLabel('Changes to README.md')).toContainText('+# Hi, I’m Dana Developer');
    const publish = dialog.getByRole('button', { name: 'Publish' });
    await expect(publish).toBeDisabled();
    await dialog.getByLabel('Create the public repository dana/dana').check();
    await screenshot(app, 'publish-readme-dialog');
    await publish.click();
    await expect(app.locator('.toast', { hasText: 'Published README.md to dana/dana (repository created).' })).toBeVisible();
    expect(gh.repos.get('dana/dana')?.files?.['README.md']?.toString()).toContain('# Hi, I’m Dana Developer');
  } finally {
    await gh.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`Profile & experience and the resume export at ${width}×${height} (${scheme})`, async ({ app, bridge }) => {
      await app.setViewportSize({ width, height });
      await app.emulateMedia({ colorScheme: scheme });
      bridge.core.portfolio.loadSample();
      bridge.core.exports.profile.set({ name: 'Sam Sample', headline: 'Backend developer', email: 'sam@example.com', github: 'sample-dev', location: 'Lisbon' });
      bridge.core.resume.setBasics({ summary: 'Six years of APIs and the databases under them.' });
      bridge.core.resume.saveEntry('work', { name: 'Ledgerly', position: 'Senior backend engineer', startDate: '2022-03', highlights: ['Cut the invoice run from 40 to 6 minutes', 'On-call lead'] });
      bridge.core.resume.saveEntry('work', { name: 'Tramway Apps', position: 'Backend developer', startDate: '2019-09', endDate: '2022-02' });
      bridge.core.resume.saveEntry('education', { institution: 'University of Lisbon', studyType: 'BSc', area: 'Computer Science', startDate: '2013', endDate: '2016' });
      bridge.core.resume.saveEntry('skills', { name: 'Backend', level: 'Advanced', keywords: ['Go', 'PostgreSQL', 'Kafka'] });
      await app.reload();
      await nav(app, 'Profile & experience');
      await expect(card(app, 'Experience').getByText('Senior backend engineer at Ledgerly')).toBeVisible();
      await screenshot(app, `resume-screen-${width}x${height}-${scheme}`);
      await card(app, 'Experience').getByRole('button', { name: 'Edit Senior backend engineer at Ledgerly' }).click();
      await expect(app.getByRole('form', { name: 'Edit Senior backend engineer at Ledgerly' })).toBeVisible();
      await app.getByRole('form', { name: 'Edit Senior backend engineer at Ledgerly' }).scrollIntoViewIfNeeded();
      await screenshot(app, `resume-editor-${width}x${height}-${scheme}`);
      await nav(app, 'Export');
      await app.getByRole('radio', { name: 'PDF' }).click();
      await app.getByLabel('Form', { exact: true }).selectOption('resume');
      await expect(app.locator('.count')).toContainText('1 page');
      await expect(app.frameLocator('iframe[title="Export preview"]').getByText('Selected projects')).toBeVisible();
      await screenshot(app, `export-resume-${width}x${height}-${scheme}`);
    });
  }
}
