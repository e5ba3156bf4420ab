import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const fixtures = join(__dirname, '../fixtures/resume');

async function projectsIn(db: string) {
  return JSON.parse((await cli(['projects', '--json', '--db', db])).stdout) as Array<Record<string, any>>;
}

describe('showcase import (JSON Resume)', () => {
  it('turns every project into a portfolio project with links, tags, kinds and evidence', async () => {
    const db = join(tempDir(), 'import.db');
    const r = await cli(['import', join(fixtures, 'resume.json'), '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported 3 projects');
    const projects = await projectsIn(db);
    const shop = projects.find((p) => p.title === 'Corner Shop')!;
    expect(shop.links).toEqual([{ type: 'repository', url: 'https://github.com/dana/corner-shop' }]);
    expect(shop.startDate).toBe('2023-01');
    expect(shop.highlights).toEqual(['Cached the catalogue in Redis', 'Deployed with Docker on AWS']);
    const tags = Object.fromEntries(shop.tags.map((t: any) => [t.name, t]));
    // Keywords are the user's own words: manual tags through the aliases.
    expect(tags.PostgreSQL).toMatchObject({ source: 'manual', state: 'accepted' });
    expect(tags.Python).toMatchObject({ source: 'manual' });
    // Technologies named in the text are detected, with the text as evidence.
    expect(tags.Redis).toMatchObject({ source: 'detected', state: 'suggested', evidence: 'highlight 1 mentions "Redis"' });
    expect(tags.Docker).toMatchObject({ source: 'detected', evidence: expect.stringContaining('highlight 2') });
    expect(tags.AWS).toMatchObject({ source: 'detected' });
    expect(tags['e-commerce']).toBeUndefined();
    expect(shop.kinds).toEqual([expect.objectContaining({ kind: 'ecommerce', source: 'detected', evidence: expect.stringContaining('e-commerce') })]);

    const notes = projects.find((p) => p.title === 'Notes CRUD')!;
    expect(notes.links).toEqual([{ type: 'demo', url: 'https://notes.example.com' }]);
    expect(notes.startDate).toBe('2022-01');
    expect(notes.kinds.map((k: any) => k.kind)).toContain('crud');
    expect(notes.tags.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Node.js', 'Express', 'MongoDB']));

    const gateway = projects.find((p) => p.title === 'Gateway')!;
    expect(gateway.links[0].type).toBe('repository');
    expect(gateway.kinds.map((k: any) => k.kind)).toContain('microservices');
    expect(gateway.tags.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'gRPC']));
  });

  it('rejects an invalid resume, says what and where, and imports nothing', async () => {
    const db = join(tempDir(), 'invalid.db');
    await cli(['add', '--title', 'Existing', '--db', db]);
    const r = await cli(['import', join(fixtures, 'invalid.json'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/nothing was imported/);
    expect(r.stderr).toMatch(/basics\.name/);
    expect(r.stderr).toMatch(/projects\[1\]\.highlights/);
    expect((await projectsIn(db)).map((p) => p.title)).toEqual(['Existing']);
  });

  it('rejects broken JSON, non-UTF-8 bytes and missing files with a clear line', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "projects": [\n    { "name": "A", }\n  ]\n}');
    const r1 = await cli(['import', broken, '--db', db]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/not valid JSON at line 3/);
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    expect((await cli(['import', binary, '--db', db])).stderr).toMatch(/not a UTF-8 text file/);
    expect((await cli(['import', join(dir, 'nope.json'), '--db', db])).stderr).toMatch(/There is no file/);
    expect((await cli(['import', '--db', db])).code).toBe(2);
    expect(await projectsIn(db)).toEqual([]);
  });

  it('imports what the schema allows: unnamed projects get a title, unsafe links are left out, with notes', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const file = join(dir, 'r.json');
    writeFileSync(
      file,
      JSON.stringify({
        projects: [
          { url: 'https://github.com/dana/ledger-api' },
          { description: 'Inventory tracking service for small shops' },
          {},
          { name: 'Evil', url: 'javascript:alert(1)' },
        ],
      }),
    );
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/projects\[0\] has no name; imported as "ledger-api"/);
    expect(r.stderr).toMatch(/projects\[3\]\.url "javascript:alert\(1\)" is not a web address; left out/);
    const projects = await projectsIn(db);
    expect(projects.map((p) => p.title).sort()).toEqual(['Evil', 'Inventory tracking service for small shops', 'Project 3', 'ledger-api']);
    expect(projects.find((p) => p.title === 'Evil')!.links).toEqual([]);
    expect(projects.find((p) => p.title === 'ledger-api')!.links).toEqual([{ type: 'repository', url: 'https://github.com/dana/ledger-api' }]);
  });

  it('refuses data Showcase cannot hold (an end before the start), importing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify({ projects: [{ name: 'Ok' }, { name: 'Backwards', startDate: '2024-05', endDate: '2023-01' }] }));
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/projects\[1\] \(Backwards\) endDate: The end date is before the start date/);
    expect(await projectsIn(db)).toEqual([]);
  });
});
