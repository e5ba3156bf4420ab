/** An import that is refused, or only previewed with --dry-run, creates no database file; nor does a command refused as misused. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('showcase import and the database file', () => {
  it('leaves no new database behind when refused or run with --dry-run, and keeps an existing one', async () => {
    const dir = tempDir();
    const resume = join(dir, 'resume.json');
    writeFileSync(resume, JSON.stringify({ projects: [{ name: 'Orders API', keywords: ['Go'] }] }));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "projects": [ }');
    const neither = join(dir, 'other.json');
    writeFileSync(neither, '{"hello": "world"}');
    const source = openCore(join(dir, 'source.db'));
    source.portfolio.create({ title: 'From backup' });
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, JSON.stringify(source.backups.create()));
    source.close();
    const before = readdirSync(dir).sort();

    const runs: Array<[string[], number]> = [
      [['import', join(dir, 'missing.json')], 1],
      [['import', broken], 1],
      [['import', neither], 1],
      [['import', resume, '--dry-run'], 0],
      [['import', backup, '--dry-run'], 0],
    ];
    for (const [args, code] of runs) {
      const db = join(dir, 'new.db');
      const r = await cli([...args, '--db', db]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
      expect(existsSync(db), args.join(' ')).toBe(false);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
    expect((await cli(['import', resume, '--dry-run', '--db', join(dir, 'new.db')])).stdout).toMatch(/Would import 1 project/);

    const existing = join(dir, 'existing.db');
    expect((await cli(['add', '--title', 'Mine', '--db', existing])).code).toBe(0);
    expect((await cli(['import', broken, '--db', existing])).code).toBe(1);
    expect((await cli(['import', resume, '--dry-run', '--db', existing])).code).toBe(0);
    expect(JSON.parse((await cli(['projects', '--json', '--db', existing])).stdout).map((p: { title: string }) => p.title)).toEqual(['Mine']);

    expect((await cli(['import', resume, '--db', join(dir, 'real.db')])).code).toBe(0);
    expect(existsSync(join(dir, 'real.db'))).toBe(true);
  });

  it('leaves no new database behind when a command is refused as misused, and keeps an existing one', async () => {
    const dir = tempDir();
    for (const args of [['add', '--kind', 'api'], ['gaps', '--role', 'nosuch'], ['review', 'accept', 'x']]) {
      const db = join(dir, 'new.db');
      const r = await cli([...args, '--db', db]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(existsSync(db), args.join(' ')).toBe(false);
    }
    const existing = join(dir, 'existing.db');
    expect((await cli(['add', '--title', 'Mine', '--db', existing])).code).toBe(0);
    expect((await cli(['add', '--kind', 'api', '--db', existing])).code).toBe(2);
    expect(JSON.parse((await cli(['projects', '--json', '--db', existing])).stdout).map((p: { title: string }) => p.title)).toEqual(['Mine']);
  });
});
