import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { readImportFile } from '../../electron/core/import/import-service';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const fixtures = join(__dirname, '../fixtures/resume');

async function projectsIn(db: string) {
  return JSON.parse((await cli(['projects', '--json', '--db', db])).stdout) as Array<Record<string, any>>;
}

/** Imports a fixture into a fresh core and returns the core and the import result. */
function importFixture(name: string, options: { confirm?: boolean } = {}): { core: AppCore; result: any } {
  const core = openCore(join(tempDir(), 'showcase.db'));
  const file = readImportFile(join(fixtures, name));
  const result = core.imports.importData(file.data, { ...options, notes: file.notes });
  return { core, result };
}

describe('showcase import (JSON Resume): projects', () => {
  it('turns every project into a portfolio project with links, tags, kinds and evidence', async () => {
    const db = join(tempDir(), 'import.db');
    const r = await cli(['import', join(fixtures, 'resume.json'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported the basics, 3 projects');
    // Aliases the user wrote are resolved, and the report says so.
    expect(r.stderr).toContain('projects[0].keywords: "Postgres" read as PostgreSQL');
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
    // A bare year stays a year: nothing is invented.
    expect(notes.startDate).toBe('2022');
    expect(notes.status).toBe('in-progress');
    expect(notes.kinds.map((k: any) => k.kind)).toContain('crud');
    expect(notes.tags.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Node.js', 'Express', 'MongoDB']));

    const gateway = projects.find((p) => p.title === 'Gateway')!;
    expect(gateway.links[0].type).toBe('repository');
    expect(gateway.kinds.map((k: any) => k.kind)).toContain('microservices');
    expect(gateway.tags.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'gRPC']));

    // Importing the same file again adds no duplicate projects.
    const again = await cli(['import', join(fixtures, 'resume.json'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Already in your portfolio, left as they are: "Corner Shop", "Notes CRUD", "Gateway"');
    expect(await projectsIn(db)).toHaveLength(3);
  });

  it('keeps a keyword as the user wrote it unless it is the same technology', () => {
    const { core, result } = importFixture('keywords.json');
    const byTitle = new Map(core.portfolio.list({}).projects.map((p) => [p.title, p]));
    const tagsOf = (t: string) => byTitle.get(t)!.tags.filter((x) => x.state !== 'rejected').map((x) => x.name);
    const kindsOf = (t: string) => byTitle.get(t)!.kinds.map((k) => k.kind);

    // "ECS" in a game is an entity component system; beside AWS it is Amazon ECS.
    expect(tagsOf('Dungeon Seed')).toContain('ECS');
    expect(tagsOf('Dungeon Seed')).not.toContain('Amazon ECS');
    expect(byTitle.get('Dungeon Seed')!.tags.find((t) => t.name === 'ECS')!.techId).toBeNull();
    expect(result.warnings).toContain('projects[0].keywords: "ECS" kept as written (not read as Amazon ECS: nothing else in the project is about it)');
    expect(tagsOf('Fleet Deploy')).toContain('Amazon ECS');
    // "library" in a sentence is not a software library; "a parsing library" is.
    expect(kindsOf('Dungeon Seed')).not.toContain('library');
    expect(kindsOf('tinyparse')).toContain('library');
    // "Express JS" is Express; "create, read, update, and delete" is CRUD.
    expect(tagsOf('Blog Engine')).toContain('Express');
    expect(kindsOf('Blog Engine')).toContain('crud');
    // Using someone's API does not make a project an API; offering one does.
    expect(kindsOf('Now Playing')).not.toContain('api');
    expect(tagsOf('Now Playing')).toContain('Spotify API');
    expect(kindsOf('Ledger API')).toEqual(expect.arrayContaining(['api', 'crud']));
    // A keyword that only names a kind is kept for export, not made a technology tag.
    const ledger = byTitle.get('Ledger API')!;
    expect(ledger.tags.filter((t) => t.source === 'manual').map((t) => t.name)).toEqual(['Go']);
    expect(core.resume.repo.projectFields(ledger.id).keywords).toEqual(['CRUD']);
    core.close();
  });

  it('imports unnamed projects with a title and keeps addresses that are not links as text, with notes', () => {
    const { core, result } = importFixture('addresses.json');
    const projects = new Map(core.portfolio.list({}).projects.map((p) => [p.title, p]));
    for (const title of ['Landing page', 'Clock', 'Evil']) expect(projects.get(title)!.links).toEqual([]);
    expect(projects.get('Real')!.links).toEqual([{ type: 'repository', url: 'https://github.com/mo/real' }]);
    const text = (t: string) => core.resume.repo.projectFields(projects.get(t)!.id).urlText;
    expect([text('Landing page'), text('Clock'), text('Evil')]).toEqual(['portfolio.example.net/landing', '/projects/clock/index.html', 'javascript:alert(1)']);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'basics.url "mo.example.net" has no https:// in front; kept as text, not as a link',
        'work[0].url "/clients/kora" is a relative address; kept as text, not as a link',
        'projects[2].url "javascript:alert(1)" is not a web address; kept as text, not as a link',
      ]),
    );
    expect(core.resume.get().basics.url).toBe('mo.example.net');
    core.close();

    const dir = tempDir();
    const file = join(dir, 'unnamed.json');
    writeFileSync(file, JSON.stringify({ projects: [{ url: 'https://github.com/dana/ledger-api' }, { description: 'Inventory tracking service for small shops' }, { keywords: ['Go'] }] }));
    const c = openCore(join(dir, 'x.db'));
    const r = c.imports.importData(readImportFile(file).data) as any;
    expect(r.warnings).toContain('projects[0] has no name; imported as "ledger-api"');
    expect(c.portfolio.list({ sort: 'title' }).projects.map((p) => p.title)).toEqual(['Inventory tracking service for small shops', 'ledger-api', 'Project 3']);
    c.close();
  });

  it('reads a jsoncv `technologies` list as keywords and keeps them on work entries', () => {
    const { core, result } = importFixture('jsoncv.json');
    const tipjar = core.portfolio.list({}).projects[0];
    expect(tipjar.tags.map((t) => t.name)).toEqual(['NestJS', 'PostgreSQL']);
    expect(result.warnings).toContain('projects[0].technologies read as keywords');
    expect(core.resume.get().work[0].extra).toEqual({ technologies: ['TypeScript', 'PostgreSQL'] });
    core.close();
  });
});

describe('showcase import (JSON Resume): the whole resume', () => {
  it('holds every section of a complete resume, unknown fields included', () => {
    const { core, result } = importFixture('full.json');
    expect(result.applied).toBe(true);
    expect(result.warnings).toEqual(['Kept as written and exported again, though Showcase does not show them: basics.pronouns, custom']);
    const resume = core.resume.get();
    expect(resume.basics).toMatchObject({ name: 'Rui Marques', label: 'Backend engineer', phone: '+351 910 000 000', summary: 'Eight years of payment systems.\nCalm under incident pressure.', extra: { pronouns: 'he/him' } });
    expect(resume.basics.location).toEqual({ address: 'Rua Nova 1', postalCode: '4000-001', city: 'Porto', countryCode: 'PT', region: 'Porto', extra: {} });
    expect(resume.profiles.map((p) => p.network)).toEqual(['GitHub', 'Mastodon']);
    expect(resume.work[0]).toMatchObject({ name: 'Ledgerly', position: 'Senior backend engineer', description: 'Accounting for small firms', startDate: '2021-04', endDate: null });
    expect(resume.work[1]).toMatchObject({ startDate: '2017-09-01', endDate: '2021-03-31' });
    expect(resume.volunteer[0]).toMatchObject({ organization: 'Code Club Porto', startDate: '2019', highlights: ['Taught 40 children Python'] });
    expect(resume.education[0]).toMatchObject({ studyType: 'MSc', score: '16/20', courses: ['Databases', 'Distributed systems'] });
    expect(resume.awards[0]).toMatchObject({ title: 'Best hack', date: '2019-11-02', awarder: 'Porto Hackathon' });
    expect(resume.certificates[0]).toMatchObject({ name: 'CKA', issuer: 'CNCF', date: '2022-06' });
    expect(resume.publications[0]).toMatchObject({ name: 'Idempotent payments', releaseDate: '2020-05' });
    expect(resume.skills.map((s) => [s.name, s.level, s.keywords])).toEqual([['Databases', 'Expert', ['PostgreSQL', 'Redis']], ['Languages', 'Advanced', ['Go', 'Python']]]);
    expect(resume.languages.map((l) => l.fluency)).toEqual(['Native speaker', 'Fluent']);
    expect(resume.interests[0]).toMatchObject({ name: 'Cycling', keywords: ['gravel'] });
    expect(resume.references[0].reference).toBe('Rui made our on-call rota quiet.');
    expect(resume.meta).toEqual({ canonical: 'https://rui.example.org/resume.json', version: 'v1.0.0', theme: 'even' });
    expect(resume.extra).toEqual({ custom: { keptAs: 'written' } });
    const project = core.portfolio.list({}).projects[0];
    expect(core.resume.repo.projectFields(project.id)).toMatchObject({ roles: ['Author'], entity: 'Ledgerly', type: 'application' });
    // The export profile is the same person.
    expect(core.exports.profile.get()).toMatchObject({ name: 'Rui Marques', github: 'rui-m', location: 'Porto, Porto, PT' });
    core.close();
  });

  it('reads the older schema’s names and "Present", and says so once per field name', () => {
    const { core, result } = importFixture('older-schema.json');
    const resume = core.resume.get();
    expect(resume.basics).toMatchObject({ url: 'https://jo.example', image: 'https://jo.example/me.png' });
    expect(resume.basics.location.city).toBe('Seoul, KR');
    expect(resume.work.map((w) => [w.name, w.url, w.endDate])).toEqual([['Hanbit Foods', 'https://hanbit.example', null], ['Kkot', '', '2018-01-01']]);
    expect(resume.education[0].score).toBe('3.9');
    expect(resume.publications[0].url).toBe('https://jo.example/queues');
    expect(result.warnings).toEqual([
      'basics.location "Seoul, KR" read as the city',
      'work[0].endDate "Present" read as ongoing',
      'basics.website read as url, basics.picture read as image (older JSON Resume field names)',
      'work[].company read as name, work[].website read as url (older JSON Resume field names)',
      'education[].gpa read as score (older JSON Resume field names)',
      'publications[].website read as url (older JSON Resume field names)',
    ]);
    core.close();
  });

  it('reads null, empty and loosely written values, keeping what it cannot read as written', () => {
    const { core, result } = importFixture('loose-values.json');
    const resume = core.resume.get();
    expect(resume.work.map((w) => [w.name, w.startDate, w.endDate])).toEqual([
      ['A', '2023-09-28', null],
      ['B', '2020-09', null],
      ['C', null, null],
      ['D', null, '2019'],
    ]);
    expect(resume.work[3].extra).toEqual({ startDate: 'last spring' });
    expect(resume.education[0]).toMatchObject({ score: '18', courses: ['Databases'] });
    expect(resume.skills.map((s) => [s.name, s.keywords])).toEqual([['Go', []], ['SQL', ['PostgreSQL', '5']]]);
    expect(resume.languages).toEqual([expect.objectContaining({ language: 'Irish', fluency: 'Conversational' })]);
    expect(resume.basics.email).toBe('lee at example');
    expect(result.warnings).toEqual([
      'basics.email "lee at example" is not an email address; kept as text',
      'work[0].startDate "2023-9-28" read as 2023-09-28',
      'work[1].startDate "Sep 2020" read as 2020-09',
      'work[1].endDate "current" read as ongoing',
      'work[3].startDate "last spring" is not a date Showcase can read; kept as written',
      'work[3].endDate 2019 read as the year 2019',
      'work[4] is empty; left out',
      'education[0].score 18 read as text',
      'education[0].courses: is one text, read as a list of one',
      'skills[0] "Go" read as a skill named so',
      'skills[1].keywords: 1 item that is not text left out',
      'languages is one entry, not a list; read as a list of one',
    ]);
    core.close();
  });

  it('reads an `experience` section as work', () => {
    const { core, result } = importFixture('experience.json');
    expect(core.resume.get().work.map((w) => [w.position, w.name, w.startDate, w.endDate, w.description, w.highlights.length])).toEqual([
      ['Developer', 'Muni', '2022-05', null, 'Internal tools.', 2],
      ['Junior developer', 'Agencia Sol', '2019-01', '2022-04', '', 0],
    ]);
    expect(result.warnings).toContain('experience (not a JSON Resume section) read as work: 2 entries');
    expect(result.sections).toContainEqual({ section: 'work', label: 'Experience', entries: 2 });
    core.close();
  });

  it('accepts comments and trailing commas, saying where they were', async () => {
    const db = join(tempDir(), 'x.db');
    const r = await cli(['import', join(fixtures, 'commented.json'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'showcase import: note: line 2, column 3: a comment was ignored',
      'showcase import: note: line 3, column 35: a trailing comma was ignored',
      'showcase import: note: line 5, column 52: a trailing comma was ignored',
      'showcase import: note: line 5, column 56: a trailing comma was ignored',
      'showcase import: note: line 7, column 3: a comment was ignored',
    ]);
    const core = openCore(db);
    expect(core.resume.get().skills).toEqual([expect.objectContaining({ name: 'Backend', keywords: ['Go', 'Kafka'] })]);
    core.close();
  });

  it('asks before replacing resume sections that hold something else, and changes nothing until then', async () => {
    const db = join(tempDir(), 'x.db');
    await cli(['profile', '--name', 'Someone Else', '--db', db]);
    const r = await cli(['import', join(fixtures, 'older-schema.json'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('This replaces what your resume holds now in: Basics.');
    expect(r.stderr).toMatch(/run again with --yes/);
    expect(JSON.parse((await cli(['profile', '--json', '--db', db])).stdout).name).toBe('Someone Else');
    const yes = await cli(['import', join(fixtures, 'older-schema.json'), '--yes', '--db', db]);
    expect(yes.code).toBe(0);
    expect(JSON.parse((await cli(['profile', '--json', '--db', db])).stdout).name).toBe('Jo Park');
    // The same file again changes nothing, so it needs no confirmation.
    expect((await cli(['import', join(fixtures, 'older-schema.json'), '--db', db])).code).toBe(0);
  });
});

describe('showcase import: what cannot be read', () => {
  it('refuses text that is not JSON, a top level that is not an object, non-UTF-8 bytes and missing files, each in one line', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['broken.json', '{\n  "basics": { "name": "Zoë 🚀 A\n}', /broken\.json is not valid JSON at line 2, column 23: this text is not closed with a double quote\. Nothing was imported\./],
      ['missing-comma.json', '{\n  "basics": {}\n  "work": []\n}', /not valid JSON at line 3, column 3: a comma was expected/],
      ['list.json', '[{ "name": "A" }]', /The file holds a list, not a JSON Resume object or a Showcase backup; nothing was imported\./],
      ['string.json', '"resume"', /holds a string, not a JSON Resume object/],
      ['other.json', '{ "name": "my-package", "version": "1.0.0" }', /neither a Showcase backup nor a JSON Resume/],
      ['binary.json', Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]), /not a UTF-8 text file/],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      const r = await cli(['import', join(dir, name), '--db', db]);
      expect(r.code, name).toBe(1);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).toMatch(message);
    }
    expect((await cli(['import', join(dir, 'nope.json'), '--db', db])).stderr).toMatch(/There is no file/);
    expect((await cli(['import', '--db', db])).code).toBe(2);
    expect(await projectsIn(db)).toEqual([]);
  });
});
