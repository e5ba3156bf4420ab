import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

describe('showcase export / profile', () => {
  const tempDir = useTempDir();

  it('sets the profile and exports every format', async () => {
    const dir = tempDir();
    const db = join(dir, 'showcase.db');
    const env = { SHOWCASE_DB: db };
    // Loads the sample through the service the CLI uses.
    const { openCore } = await import('../../electron/core/app-context');
    const core = openCore(db);
    core.portfolio.loadSample();
    core.close();

    const set = await cli(['profile', '--name', 'Sam Sample', '--github', 'sample-dev', '--email', 'sam@example.com', '--json'], env);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ name: 'Sam Sample', github: 'sample-dev', email: 'sam@example.com' });
    const show = await cli(['profile'], env);
    expect(show.stdout).toMatch(/name:\s+Sam Sample/);
    const bad = await cli(['profile', '--website', 'javascript:alert(1)'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/web address/);

    for (const [format, file] of [['markdown', 'README.md'], ['html', 'p.html'], ['json-resume', 'resume.json'], ['pdf', 'p.pdf']]) {
      const out = join(dir, file);
      const r = await cli(['export', '--format', format, '--out', out, '--json'], env);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ format, path: out, projects: 8 });
    }
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# Sam Sample/);
    expect(execFileSync('pdfinfo', [join(dir, 'p.pdf')], { encoding: 'utf8' })).toMatch(/595\.28 x 841\.89/);

    const letter = await cli(['export', '--format', 'pdf', '--paper', 'letter', '--out', join(dir, 'l.pdf')], env);
    expect(letter.code).toBe(0);
    expect(letter.stdout).toMatch(/Wrote pdf export of 8 projects/);
    expect(execFileSync('pdfinfo', [join(dir, 'l.pdf')], { encoding: 'utf8' })).toMatch(/612 x 792/);
  });

  it('picks projects for a job posting, saves a variant and regenerates it', async () => {
    const dir = tempDir();
    const env = { SHOWCASE_DB: join(dir, 'showcase.db') };
    const { openCore } = await import('../../electron/core/app-context');
    const core = openCore(env.SHOWCASE_DB);
    core.portfolio.loadSample();
    core.gaps.saveTarget({ name: 'Acme', posting: '', technologies: ['Kafka', 'Spring Boot'] });
    core.close();

    const out = join(dir, 'acme.md');
    const r = await cli(['export', '--format', 'markdown', '--target', 'Acme', '--save', 'Backend – Acme', '--out', out], env);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/## Projects\n\n### Payments Microservices/);
    const again = await cli(['export', '--variant', 'backend – acme', '--out', join(dir, 'again.md')], env);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'again.md'), 'utf8')).toBe(readFileSync(out, 'utf8'));

    const job = join(dir, 'job.txt');
    writeFileSync(job, 'We use Go and Redis.');
    const fromJob = await cli(['export', '--format', 'json-resume', '--job', job, '--out', join(dir, 'r.json')], env);
    expect(fromJob.code, fromJob.stderr).toBe(0);
  });

  it('exports a PDF and a backup before any profile is set', async () => {
    const dir = tempDir();
    const db = join(dir, 'bare.db');
    await cli(['add', '--title', 'Bare API', '--tag', 'Go', '--db', db]);
    const pdf = join(dir, 'bare.pdf');
    const r = await cli(['export', '--format', 'pdf', '--out', pdf, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(execFileSync('pdftotext', [pdf, '-']).toString()).toContain('Bare API');
    const backup = join(dir, 'bare-backup.json');
    const b = await cli(['export', '--format', 'backup', '--out', backup, '--db', db]);
    expect(b.code).toBe(0);
    const data = JSON.parse(readFileSync(backup, 'utf8'));
    expect(data).toMatchObject({ format: 'showcase-backup', formatVersion: 1 });
    expect(data.tables.projects.map((p: { title: string }) => p.title)).toEqual(['Bare API']);
    const other = join(dir, 'other.db');
    expect((await cli(['import', backup, '--db', other])).code).toBe(0);
    expect(JSON.parse((await cli(['projects', '--json', '--db', other])).stdout)[0].title).toBe('Bare API');
    expect((await cli(['export', '--format', 'backup', '--role', 'devops', '--out', backup, '--db', db])).code).toBe(2);
  });

  it('reports usage errors', async () => {
    const env = { SHOWCASE_DB: join(tempDir(), 'showcase.db') };
    expect((await cli(['export', '--format', 'pdf'], env)).code).toBe(2);
    expect((await cli(['export', '--format', 'docx', '--out', 'x'], env)).stderr).toMatch(/unknown format "docx"/);
    expect((await cli(['export', '--role', 'backend', '--variant', 'x', '--out', 'x'], env)).code).toBe(2);
    expect((await cli(['export', '--paper', 'a3', '--out', 'x'], env)).code).toBe(2);
    const missing = await cli(['export', '--variant', 'nope', '--out', 'x'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no export variant named "nope"/);
  });
});
