import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { AppError } from '../../electron/core/errors';
import { steppingClock, useTempDir } from '../support/temp';

const tempDir = useTempDir();

function core(name = 'db.sqlite'): AppCore {
  return openCore(join(tempDir(), name), steppingClock());
}

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('the resume', () => {
  it('adds, changes, reorders and removes entries of a section, keeping what it does not know', () => {
    const c = core();
    const a = c.resume.saveEntry('work', { name: 'Acme', position: 'Backend developer', startDate: '2021-03', highlights: ['Cut p99 latency 40%', ''] });
    const b = c.resume.saveEntry('work', { name: 'Globex', position: 'Intern', startDate: '2019', endDate: '2020-06' });
    expect(a).toMatchObject({ name: 'Acme', endDate: null, highlights: ['Cut p99 latency 40%'], url: '', extra: {} });
    expect(c.resume.list('work').map((e) => e.name)).toEqual(['Acme', 'Globex']);

    // An imported entry's unknown field survives an edit of another field.
    c.resume.repo.replaceSection('work', c.resume.list('work').map((e) => (e.id === a.id ? { ...e, extra: { technologies: ['Go'] } } : e)));
    const changed = c.resume.saveEntry('work', { id: a.id, summary: 'Payments team' });
    expect(changed).toMatchObject({ name: 'Acme', summary: 'Payments team', startDate: '2021-03', extra: { technologies: ['Go'] } });

    expect(c.resume.moveEntry('work', b.id, 0).map((e) => e.name)).toEqual(['Globex', 'Acme']);
    expect(c.resume.deleteEntry('work', b.id)).toEqual({ id: b.id, title: 'Intern at Globex' });
    expect(c.resume.list('work').map((e) => e.name)).toEqual(['Acme']);
    expect(errorOf(() => c.resume.deleteEntry('work', b.id)).code).toBe('NOT_FOUND');
    c.close();
  });

  it('refuses what a user cannot mean, field by field, and saves nothing', () => {
    const c = core();
    const e = errorOf(() => c.resume.saveEntry('education', { institution: 'Uni', startDate: '2020-05', endDate: '2019' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([{ path: 'endDate', message: 'The end date is before the start date.' }]);
    expect(errorOf(() => c.resume.saveEntry('work', { startDate: 'last spring' })).issues?.[0]).toMatchObject({ path: 'startDate', message: expect.stringMatching(/2024-05/) });
    expect(errorOf(() => c.resume.saveEntry('skills', { name: 'Go', colour: 'blue' })).code).toBe('VALIDATION');
    expect(errorOf(() => c.resume.setBasics({ email: 'not an email' })).issues?.[0].path).toBe('email');
    expect(c.resume.get().work).toEqual([]);
    c.close();
  });

  it('keeps the export profile and the basics as one: setting either shows in the other', () => {
    const c = core();
    c.resume.setBasics({ name: 'Dana', label: 'Backend developer', location: { city: 'Porto', countryCode: 'PT' } });
    expect(c.exports.profile.get()).toMatchObject({ name: 'Dana', headline: 'Backend developer', location: 'Porto, PT', github: '' });
    c.exports.profile.set({ github: 'https://github.com/dana-dev', location: 'Porto, PT' });
    const resume = c.resume.get();
    expect(resume.basics.location).toMatchObject({ city: 'Porto', countryCode: 'PT' });
    expect(resume.profiles).toEqual([expect.objectContaining({ network: 'GitHub', username: 'dana-dev', url: 'https://github.com/dana-dev' })]);
    c.exports.profile.set({ github: '', location: 'Lisbon' });
    expect(c.resume.get().profiles).toEqual([]);
    expect(c.resume.get().basics.location).toMatchObject({ city: 'Lisbon', countryCode: '' });
    c.close();
  });

  it('is carried by a backup and restored exactly; a backup with an unreadable resume row is refused whole', () => {
    const a = core('a.db');
    a.resume.setBasics({ name: 'Dana', summary: 'Ten years of\nbackend work.' });
    a.resume.saveEntry('skills', { name: 'Databases', level: 'Advanced', keywords: ['PostgreSQL', 'Redis'] });
    a.resume.saveEntry('languages', { language: 'Portuguese', fluency: 'Native' });
    const project = a.portfolio.create({ title: 'Ledger' });
    a.resume.repo.saveProjectFields(project.id, { roles: ['Lead'], entity: 'Acme', type: 'application', urlText: '/ledger', keywords: ['CRUD'], extra: { emoji: '📒' } });
    const backup = JSON.parse(JSON.stringify(a.backups.create()));
    expect(backup.tables.resume_skills).toHaveLength(1);

    const b = core('b.db');
    b.backups.restore(backup);
    expect(b.resume.get()).toEqual(a.resume.get());
    expect(b.resume.repo.projectFields(project.id)).toEqual(a.resume.repo.projectFields(project.id));

    const broken = JSON.parse(JSON.stringify(backup));
    broken.tables.resume_skills[0].keywords = '[1, 2]';
    const c = core('c.db');
    c.resume.setBasics({ name: 'Kept' });
    const e = errorOf(() => c.backups.restore(broken));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/resume_skills\[0\] \(id "[^"]+"\) has a bad keywords: 0: .*Nothing was changed/);
    expect(c.resume.get().basics.name).toBe('Kept');
    a.close();
    b.close();
    c.close();
  });
});

describe('the resume over IPC', () => {
  it('validates every argument with the section’s own schema before a handler runs', async () => {
    const { createCoreHandlers, dispatch } = await import('../../electron/core/ipc-handlers');
    const { cancelledDialogs } = await import('../support/dialogs');
    const c = core();
    const handlers = { ...createCoreHandlers(c, cancelledDialogs), 'shell:open-external': async () => undefined };
    const added = await dispatch(handlers, 'resume:save-entry', { section: 'work', entry: { name: 'Acme', position: 'Dev', startDate: '2021-03' } });
    expect(added).toMatchObject({ ok: true, value: { name: 'Acme', startDate: '2021-03', endDate: null } });
    const bad = await dispatch(handlers, 'resume:save-entry', { section: 'work', entry: { startDate: '2021', endDate: '2020' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'entry.endDate', message: 'The end date is before the start date.' }] } });
    // A field of another section is not a field of this one.
    expect(await dispatch(handlers, 'resume:save-entry', { section: 'skills', entry: { institution: 'Uni' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(handlers, 'resume:save-entry', { section: 'hobbies', entry: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(handlers, 'resume:move-entry', { section: 'work', id: 'nope', toIndex: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(handlers, 'readme:publish', { accountId: 'x', expectedSha: 'not-a-sha' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const got = await dispatch(handlers, 'resume:get', {});
    expect(got.ok && (got.value as any).work).toHaveLength(1);
    c.close();
  });
});
