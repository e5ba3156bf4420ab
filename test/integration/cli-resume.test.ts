import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('showcase resume', () => {
  it('edits every part of the resume from a script, by section and index', async () => {
    const db = join(tempDir(), 'r.db');
    const run = async (...args: string[]) => {
      const r = await cli([...args, '--db', db]);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      return r.stdout;
    };
    await run('resume', 'set', 'basics.name', 'Dana Developer');
    await run('resume', 'set', 'basics.location.city', 'Porto');
    expect(await run('resume', 'add', 'work', 'name=Acme', 'position=Backend developer', 'startDate=2021-03', 'highlights=Cut latency 40%', 'highlights=Led the on-call rota')).toBe('Added work[0]: Backend developer at Acme.\n');
    expect(await run('resume', 'add', 'work', '--entry', '{"name":"Globex","position":"Intern","startDate":"2019","endDate":"2020"}', '--at', '0')).toBe('Added work[0]: Intern at Globex.\n');
    await run('resume', 'set', 'work[1].summary', 'Payments team.');
    await run('resume', 'add', 'skills', 'name=Databases', 'keywords=PostgreSQL', 'keywords=Redis');
    await run('resume', 'set', 'skills.0.keywords', 'PostgreSQL', 'Redis', 'SQLite');
    await run('resume', 'add', 'education', 'institution=University of Porto', 'studyType=BSc');
    await run('resume', 'move', 'work', '0', '--to', '1');

    const resume = JSON.parse(await run('resume', 'show', '--json'));
    expect(resume.basics).toMatchObject({ name: 'Dana Developer', location: expect.objectContaining({ city: 'Porto' }) });
    expect(resume.work.map((w: any) => [w.name, w.summary, w.highlights])).toEqual([
      ['Acme', 'Payments team.', ['Cut latency 40%', 'Led the on-call rota']],
      ['Globex', '', []],
    ]);
    expect(resume.skills[0].keywords).toEqual(['PostgreSQL', 'Redis', 'SQLite']);
    const table = await run('resume', 'show', 'work');
    expect(table).toContain('[0] Backend developer at Acme  ·  Mar 2021 – present');
    expect(table).toContain('      highlights:   Cut latency 40% | Led the on-call rota');
    expect(await run('resume', 'show')).toMatch(/Basics\n {2}name: +Dana Developer/);

    expect(await run('resume', 'remove', 'work', '1')).toBe('Removed work[1]: Intern at Globex.\n');
    expect(JSON.parse(await run('resume', 'show', 'work', '--json'))).toHaveLength(1);
    // The export profile is the same basics.
    expect(JSON.parse(await run('profile', '--json')).name).toBe('Dana Developer');
  });

  it('says what is wrong in one line: usage errors exit 2, invalid values 1, and nothing changes', async () => {
    const db = join(tempDir(), 'r.db');
    const cases: Array<[string[], number, RegExp]> = [
      [['resume'], 2, /expected show, set, add, remove or move/],
      [['resume', 'dance'], 2, /unknown action "dance"/],
      [['resume', 'show', 'hobbies'], 2, /unknown section "hobbies" \(use profiles, work/],
      [['resume', 'set', 'work[0].position', 'x'], 2, /work has 0 entries; there is no \[0\]/],
      [['resume', 'add', 'work', 'colour=blue'], 2, /work has no field "colour"/],
      [['resume', 'add', 'work', 'position'], 2, /"position" is not FIELD=VALUE/],
      [['resume', 'set', 'basics.nickname', 'x'], 2, /basics has no field "nickname"/],
      [['resume', 'add', 'work', 'name=Acme', 'startDate=last spring'], 1, /work: startDate: Use a date like 2024, 2024-05 or 2024-05-17/],
      [['resume', 'add', 'education', 'institution=U', 'startDate=2020', 'endDate=2019'], 1, /endDate: The end date is before the start date/],
      [['resume', 'set', 'basics.email', 'not-an-email'], 1, /Enter an email address/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(JSON.parse((await cli(['resume', 'show', '--json', '--db', db])).stdout).work).toEqual([]);
    expect((await cli(['resume', '--help'])).stdout).toMatch(/showcase resume set PATH \[VALUE\.\.\.\]/);
  });
});

describe('showcase export: the resume and the profile README', () => {
  it('writes a one-page PDF resume and a profile README, and says how many pages', async () => {
    const dir = tempDir();
    const db = join(dir, 'e.db');
    await cli(['resume', 'set', 'basics.name', 'Dana Developer', '--db', db]);
    await cli(['resume', 'add', 'work', 'name=Acme', 'position=Backend developer', 'startDate=2021', '--db', db]);
    await cli(['add', '--title', 'Ledger API', '--tag', 'Go', '--db', db]);
    const pdf = join(dir, 'resume.pdf');
    const r = await cli(['export', '--format', 'pdf', '--resume', '--out', pdf, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote resume \(pdf\) of 1 project to .*resume\.pdf \(\d+ bytes, 1 page\)/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Title:\s+Dana Developer – Resume/);
    const md = join(dir, 'README.md');
    expect((await cli(['export', '--format', 'markdown', '--profile-readme', '--out', md, '--db', db])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Hi, I’m Dana Developer/);
    const bad = await cli(['export', '--format', 'json-resume', '--resume', '--out', join(dir, 'x.json'), '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/json-resume has no resume form/);
    expect((await cli(['export', '--format', 'pdf', '--resume', '--profile-readme', '--out', pdf, '--db', db])).code).toBe(2);
  });
});
