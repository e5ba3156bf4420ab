/**
 * Only what the user confirmed reaches an employer: a linked repository's suggestions stay out
 * of every export until accepted; a backup still keeps them all.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../electron/core/app-context';
import type { ExportOptions } from '../../shared/export-types';
import { resolveTag } from '../../shared/taxonomy';
import { useSyncedCore } from '../support/synced-core';

const synced = useSyncedCore('confirmed.db');
const tempDir = synced.tempDir;
let core: AppCore;
beforeEach(() => {
  core = synced.core();
});
const n = (x: string) => resolveTag(x).name;

const FORMS: Array<{ label: string; options: ExportOptions }> = [
  { label: 'Markdown', options: { format: 'markdown' } },
  { label: 'HTML', options: { format: 'html' } },
  { label: 'PDF', options: { format: 'pdf' } },
  { label: 'JSON Resume', options: { format: 'json-resume' } },
  { label: 'resume PDF', options: { format: 'pdf', form: 'resume' } },
  { label: 'resume HTML', options: { format: 'html', form: 'resume' } },
  { label: 'profile README', options: { format: 'markdown', form: 'profile-readme' } },
];

async function exportedText(options: ExportOptions): Promise<string> {
  const result = await core.exports.export(options);
  if (options.format !== 'pdf') return new TextDecoder().decode(result.content);
  const file = join(tempDir(), `out-${options.form ?? 'portfolio'}.pdf`);
  writeFileSync(file, result.content);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

async function linkedProject() {
  const todo = (await synced.sync()).find((r) => r.name === 'todo-api')!;
  const project = core.portfolio.create({ title: 'Task board', summary: 'Tasks for small teams.', tags: ['Go'] });
  const linked = core.github.linking.linkRepository(project.id, todo.id);
  return linked;
}

describe('exports show only what the user confirmed', () => {
  it('leaves pending suggestions out of every format, and shows one once accepted', async () => {
    const project = await linkedProject();
    const pending = project.tags.filter((t) => t.source === 'detected' && t.state === 'suggested').map((t) => t.name);
    expect(pending).toEqual(expect.arrayContaining([n('Redis'), n('Express'), n('JWT')]));
    expect(project.kinds.some((k) => k.kind === 'crud' && k.state === 'suggested')).toBe(true);

    for (const { label, options } of FORMS) {
      const text = await exportedText(options);
      expect(text, label).toContain('Task board');
      expect(text, label).toContain('Go');
      for (const name of [n('Redis'), n('Express'), n('JWT'), 'CRUD app']) expect(text, `${label}: ${name}`).not.toContain(name);
    }

    const waiting = pending.length + project.kinds.filter((k) => k.state === 'suggested').length;
    expect((await core.exports.export({ format: 'markdown' })).unreviewed).toBe(waiting);

    core.portfolio.setTagState(project.id, n('Redis'), 'accepted');
    core.portfolio.setTagState(project.id, n('Express'), 'rejected');
    expect((await core.exports.export({ format: 'markdown' })).unreviewed).toBe(waiting - 2);
    // Only the exported projects' suggestions are counted.
    expect((await core.exports.export({ format: 'markdown', selection: { mode: 'manual', projectIds: [] } })).unreviewed).toBe(0);
    for (const { label, options } of FORMS) {
      const text = await exportedText(options);
      expect(text, label).toContain(n('Redis'));
      for (const name of [n('Express'), n('JWT'), 'CRUD app']) expect(text, `${label}: ${name}`).not.toContain(name);
    }
    const json = JSON.parse(await exportedText({ format: 'json-resume' })) as { projects: Array<{ keywords: string[] }> };
    expect(json.projects[0].keywords).toEqual(['Go', n('Redis')]);
  });

  it('picks projects for a job by confirmed technologies only', async () => {
    const project = await linkedProject();
    core.portfolio.create({ title: 'Cache layer', tags: ['Redis'] });
    const picked = core.exports.selectProjects({ mode: 'technologies', technologies: ['Redis'] }).map((p) => p.title);
    expect(picked).toEqual(['Cache layer']);
    core.portfolio.setTagState(project.id, n('Redis'), 'accepted');
    expect(core.exports.selectProjects({ mode: 'technologies', technologies: ['Redis'] }).map((p) => p.title).sort()).toEqual(['Cache layer', 'Task board']);
  });

  it('a full backup still keeps every suggestion, pending and rejected', async () => {
    const project = await linkedProject();
    core.portfolio.setTagState(project.id, n('Express'), 'rejected');
    const backup = JSON.stringify(core.backups.create());
    for (const name of [n('Redis'), n('Express'), n('JWT')]) expect(backup).toContain(name);
    expect(backup).toContain('suggested');
    expect(backup).toContain('rejected');
  });
});
