/**
 * `showcase repos --readme-draft OWNER/NAME [--out FILE]` after a real sync against the fake
 * GitHub: the draft holds the commands of the manifests the sync read and the endpoints of the
 * repository's OpenAPI file, printed or written to a file.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let db: string;

const OPENAPI = 'openapi: 3.0.0\ninfo:\n  title: Links\n  version: "1"\npaths:\n  /links:\n    post:\n      summary: Shorten a link\n  /{code}:\n    get:\n      summary: Follow a short link\n';

beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
  gh.addRepo({
    owner: 'octo',
    name: 'link-shortener',
    description: 'Short links with expiry and click counts',
    pushedAt: '2026-03-02T00:00:00Z',
    languages: { Go: 12_000 },
    licence: { spdxId: 'MIT', name: 'MIT License' },
    files: {
      'README.md': '# link-shortener\n\nShort links.',
      LICENSE: 'MIT',
      'go.mod': 'module example.com/links\n\ngo 1.22\n',
      'main.go': 'package main\n',
      'openapi.yaml': OPENAPI,
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    ports:\n      - "8080:8080"\n',
    },
  });
  db = join(tempDir(), 'cli.db');
  const sync = await cli(['--db', db, 'sync', '--api-url', gh.apiUrl, '--json'], { GH_TOKEN: TOKEN });
  expect(sync.code).toBe(0);
});
afterEach(() => gh.close());

describe('showcase repos --readme-draft', () => {
  it('prints the sections a README lacks, from what the sync read', async () => {
    const r = await cli(['--db', db, 'repos', '--readme-draft', 'octo/link-shortener'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Short links with expiry and click counts.');
    expect(r.stdout).toContain('```sh\ngo mod download\ngo run .\n```');
    expect(r.stdout).toContain('docker compose up');
    expect(r.stdout).toContain('it answers on http://localhost:8080.');
    expect(r.stdout).toContain('| POST | `/links` | Shorten a link |');
    expect(r.stdout).toContain('| GET | `/{code}` | Follow a short link |');
    expect(r.stdout).toContain('MIT: see [LICENSE](LICENSE).');
  });

  it('writes it to --out, and as JSON with --json', async () => {
    const out = join(tempDir(), 'README.md');
    const r = await cli(['--db', db, 'repos', '--readme-draft', 'OCTO/shop-services', '--out', out], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote a README draft for octo\/shop-services \(stub now; description, install, usage\) to .*README\.md \(\d+ bytes\)\./);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('pip install -r requirements.txt');
    expect(text).toContain('docker compose up');
    const json = await cli(['--db', db, 'repos', '--readme-draft', 'octo/shop-services', '--json'], {});
    expect(JSON.parse(json.stdout)).toMatchObject({ fullName: 'octo/shop-services', level: 'stub', needed: true, markdown: text });
  });

  it('says when there is nothing to add, and refuses an unknown repository or a stray --out', async () => {
    const good = await cli(['--db', db, 'repos', '--readme-draft', 'octo/todo-api'], {});
    expect(good).toMatchObject({ code: 0, stdout: 'The README of octo/todo-api is rated good: there is nothing to add.\n' });
    const unknown = await cli(['--db', db, 'repos', '--readme-draft', 'octo/nope', '--out', join(tempDir(), 'x.md')], {});
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no synced repository named octo/nope');
    expect(existsSync(join(tempDir(), 'x.md'))).toBe(false);
    const stray = await cli(['--db', db, 'repos', '--out', 'x.md'], {});
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--out goes with --readme-draft');
  });
});
