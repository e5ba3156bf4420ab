import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('showcase CLI', () => {
  it('adds projects with tags resolved through aliases and lists them', async () => {
    const db = join(tempDir(), 'cli.db');
    const add = await cli(['--db', db, 'add', '--title', 'Todo API', '--kind', 'crud', '--tag', 'Postgres', '--tag', 'k8s', '--url', 'https://github.com/me/todo', '--url', 'https://todo.example.com']);
    expect(add).toMatchObject({ code: 0, stderr: '' });
    expect(add.stdout).toMatch(/Added "Todo API" \(.+\) with PostgreSQL, Kubernetes/);

    const list = await cli(['projects', '--json'], { SHOWCASE_DB: db });
    expect(list.code).toBe(0);
    const projects = JSON.parse(list.stdout);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      title: 'Todo API',
      kinds: [{ kind: 'crud', source: 'manual', state: 'accepted' }],
      tags: [
        { name: 'PostgreSQL', techId: 'postgresql', source: 'manual' },
        { name: 'Kubernetes', techId: 'kubernetes', source: 'manual' },
      ],
      links: [
        { type: 'repository', url: 'https://github.com/me/todo' },
        { type: 'demo', url: 'https://todo.example.com' },
      ],
    });

    const table = await cli(['projects', '--db', db]);
    expect(table.stdout).toMatch(/Todo API\s+CRUD app\s+yes\s+PostgreSQL, Kubernetes/);
    expect(table.stdout).toContain('1 project');
  });

  it('says clearly when the portfolio is empty', async () => {
    const db = join(tempDir(), 'empty.db');
    const r = await cli(['projects', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No projects yet/);
    expect(JSON.parse((await cli(['projects', '--json', '--db', db])).stdout)).toEqual([]);
  });

  it('exits 2 on bad usage with one clear line on stderr', async () => {
    const db = join(tempDir(), 'usage.db');
    for (const argv of [['add', '--db', db], ['bogus'], ['projects', '--frobnicate', '--db', db], ['add', '--title'], ['projects', 'extra', '--db', db], []]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      if (argv.length) expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('an unknown global option, or a command taken as a value, is one line on stderr and exit 2, not the whole help', async () => {
    const db = join(tempDir(), 'usage.db');
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /^showcase: unknown option "--bogus" before the command\./],
      [['--bogus', 'projects'], /^showcase: unknown option "--bogus"/],
      [['-x', 'projects', '--db', db], /^showcase: unknown option "-x"/],
      [['--db', 'projects'], /^showcase: --db took "projects" as its file path, and no command follows/],
      [['--db'], /^showcase: --db needs a file path/],
      [['--db', db], /^showcase: give a command \(projects, add, /],
      [[], /^showcase: give a command/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
    expect((await cli(['--db', db, 'projects'])).code).toBe(0);
    expect((await cli([`--db=${db}`, 'projects'])).code).toBe(0);
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 1 on a failure: invalid data, a damaged database', async () => {
    const dir = tempDir();
    const bad = await cli(['add', '--title', 'X', '--url', 'javascript:alert(1)', '--db', join(dir, 'a.db')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^showcase add: links\.0\.url: Enter a full web address/);
    const kind = await cli(['add', '--title', 'X', '--kind', 'blog', '--db', join(dir, 'a.db')]);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toMatch(/kinds\.0/);

    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'not a database at all, but my notes'.repeat(10));
    const r = await cli(['projects', '--db', corrupt]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not a Showcase database or is damaged/);

    const refuse = await cli(['move-aside', '--db', corrupt]);
    expect(refuse.code).toBe(2);
    const moved = await cli(['move-aside', '--yes', '--db', corrupt]);
    expect(moved.code).toBe(0);
    expect((await cli(['projects', '--db', corrupt])).code).toBe(0);
  });

  it('has help for every command', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    const names = [...top.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['projects', 'add']));
    for (const name of names) {
      const r = await cli([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/Usage: showcase/);
    }
  });
});
