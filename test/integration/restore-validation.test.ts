/**
 * A backup whose rows the app could not read is refused before anything is replaced, naming
 * the row and the field; afterwards the app opens and every screen's data still loads.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import type { Backup } from '../../electron/core/backup/backup-service';
import { ROW_SCHEMAS } from '../../electron/core/db/row-schemas';
import { AppError } from '../../electron/core/errors';
import { cli } from '../support/cli';
import { fullPortfolio, smallPortfolio, tryRestore } from '../support/full-portfolio';
import { useTempDir } from '../support/temp';
import { appStillWorks } from '../support/app-reads';

const tempDir = useTempDir();
let backup: Backup;

beforeAll(async () => {
  const dir = tempDir();
  const { core, backup: b } = await fullPortfolio(join(dir, 'source.db'));
  core.close();
  backup = b;
});

function mutated(fn: (tables: Backup['tables']) => void): Backup {
  const copy = structuredClone(backup);
  fn(copy.tables);
  return copy;
}

const target = (): AppCore => smallPortfolio(join(tempDir(), 'target.db'));

function refusal(core: AppCore, data: unknown): AppError {
  const error = tryRestore(core, data);
  expect(error?.code).toBe('VALIDATION');
  return error!;
}

describe('restore validates what the app reads', () => {
  it('has a row schema for every table, with exactly its columns', () => {
    const core = openCore(join(tempDir(), 'schema.db'));
    const tables = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(tables.map((t) => t.name).sort());
    for (const { name } of tables) {
      const cols = (core.db.pragma(`table_info("${name}")`) as Array<{ name: string }>).map((c) => c.name).sort();
      expect(Object.keys(ROW_SCHEMAS[name].shape).sort(), name).toEqual(cols);
    }
    core.close();
  });

  const cases: Array<[string, (t: Backup['tables']) => void, RegExp]> = [
    ['a project whose children are not JSON', (t) => (t.projects[2].children = '{"kinds": [}'), /projects\[2\] \(id "[^"]+"\) has a bad children: is not JSON/],
    ['a project whose links are not a list', (t) => (t.projects[0].children = JSON.stringify({ ...JSON.parse(String(t.projects[0].children)), links: {} })), /projects\[0\].*bad children: links: /],
    ['a tag with an unknown state', (t) => (t.projects[1].children = String(t.projects[1].children).replace(/"state":"(accepted|suggested)"/, '"state":"maybe"')), /projects\[1\].*bad children: (tags|kinds)\.\d+\.state/],
    ['a link to javascript:', (t) => (t.projects[3].children = JSON.stringify({ ...JSON.parse(String(t.projects[3].children)), links: [{ type: 'demo', url: 'javascript:alert(1)' }] })), /projects\[3\].*bad children: links\.0\.url/],
    ['an export variant whose selection is not JSON', (t) => (t.export_variants[0].selection = 'manual'), /export_variants\[0\] \(id "[^"]+"\) has a bad selection: is not JSON/],
    ['an export variant with a selection of the wrong shape', (t) => (t.export_variants[0].selection = '{"mode":"manual"}'), /export_variants\[0\].*bad selection/],
    ['a job target whose technologies are not JSON', (t) => (t.targets[0].technologies = 'Kafka, Go'), /targets\[0\].*bad technologies: is not JSON/],
    ['privacy options whose client names are not a list', (t) => (t.project_export_options[0].client_names = '"Acme"'), /project_export_options\[0\].*bad client_names/],
    ['a repository whose languages are not JSON', (t) => (t.github_repositories[0].languages = 'TypeScript'), /github_repositories\[0\].*bad languages/],
    ['a repository with stars as text', (t) => (t.github_repositories[0].stars = 'many'), /github_repositories\[0\].*bad stars/],
    ['a project with an impossible start date', (t) => (t.projects[0].start_date = '2024-13'), /projects\[0\].*bad start_date/],
    ['a project with an empty title', (t) => (t.projects[0].title = ''), /projects\[0\].*bad title/],
    ['a timestamp that is not a date', (t) => (t.projects[0].updated_at = 'yesterday'), /projects\[0\].*bad updated_at: is not a date/],
    // The export profile lives in the resume since schema 6.
    ['resume basics whose kept fields are not JSON (SQLite refuses it first)', (t) => (t.resume[0].basics_extra = '{name: Dana}'), /resume\[0\] is not valid: CHECK constraint failed/],
    ['a skill whose keywords are not all text', (t) => t.resume_skills.push({ id: 's1', sort_order: 0, name: 'Go', level: '', keywords: '[1]', extra: '{}' }), /resume_skills\[0\].*bad keywords: 0: /],
    ['a setting the app never reads', (t) => t.settings.push({ key: 'smuggled', value: '<script>' }), /settings\[\d+\].*bad key: "smuggled" is not a setting/],
    ['an account that would send its token over plain http', (t) => (t.github_accounts[0].api_url = 'http://evil.example/api/v3'), /github_accounts\[0\].*bad api_url/],
    ['a cached GitHub answer that is not JSON', (t) => (t.github_http_cache.length ? (t.github_http_cache[0].body = '<html>') : t.github_http_cache.push({ account_id: String(t.github_accounts[0].id), url: '/x', etag: 'W/"1"', body: '<html>' })), /github_http_cache\[0\].*bad body: is not JSON/],
    // The child tables only mirror `children`: an edited copy would never be shown, so it is refused.
    ['an edited result row', (t) => (t.project_items.find((r) => r.type === 'result')!.text = 'Tripled revenue'), /project_items rows of project "[^"]+" \(".*"\) do not match its projects\.children/],
    ['an extra tag row', (t) => t.project_tags.push({ ...t.project_tags[0], name_key: 'cobol', name: 'COBOL', position: 99 }), /project_tags rows of project .* do not match/],
  ];

  for (const [name, mutate, message] of cases) {
    it(`refuses ${name}, changing nothing`, async () => {
      const core = target();
      const error = refusal(core, mutated(mutate));
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/\n/);
      const path = core.dbPath;
      core.close();
      await appStillWorks(path);
    });
  }

  it('restores the untouched backup, and the app reads all of it', async () => {
    const core = target();
    const result = core.imports.importData(structuredClone(backup), { confirm: true });
    expect(result).toMatchObject({ format: 'backup', applied: true });
    expect(core.backups.create().tables).toEqual(backup.tables);
    const path = core.dbPath;
    core.close();
    await appStillWorks(path);
  });

  it('the plan shows a project whose results changed, not only its title or time', () => {
    const core = openCore(join(tempDir(), 'same.db'));
    core.imports.importData(structuredClone(backup), { confirm: true });
    const edited = mutated((t) => {
      const p = t.projects[0];
      const children = JSON.parse(String(p.children));
      children.results = ['Served a million users'];
      p.children = JSON.stringify(children);
      t.project_items = t.project_items.filter((r) => !(r.project_id === p.id && r.type === 'result'));
      t.project_items.push({ project_id: p.id, type: 'result', position: 0, text: 'Served a million users' });
    });
    const plan = core.backups.plan(edited);
    expect(plan.projects.changed).toEqual([backup.tables.projects[0].title]);
    expect(plan.destructive).toBe(true);
    core.close();
  });

  it('the CLI refuses a broken backup with one line and exit 1, and the portfolio still lists', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const core = openCore(db);
    core.portfolio.create({ title: 'Kept' });
    core.close();
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(mutated((t) => (t.projects[4].children = 'null'))));
    const r = await cli(['import', file, '--yes', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/projects\[4\].*bad children.*Nothing was changed/);
    const list = await cli(['projects', '--json', '--db', db]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((p: { title: string }) => p.title)).toEqual(['Kept']);
  });
});
