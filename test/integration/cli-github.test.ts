import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { generatedRepos, seedStandard, TOKEN } from '../fakes/fixtures';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
});
afterEach(() => gh.close());

describe('showcase sync / accounts / repos', () => {
  it('syncs with GH_TOKEN, never stores the token, and lists repos with evidence', async () => {
    const db = join(tempDir(), 'cli.db');
    const sync = await cli(['--db', db, 'sync', '--api-url', gh.apiUrl, '--json'], { GH_TOKEN: TOKEN });
    expect(sync.code).toBe(0);
    expect(JSON.parse(sync.stdout)).toMatchObject({ status: 'complete', login: 'octo', reposListed: 5 });
    expect(sync.stderr).toMatch(/sync: 5\/5 repositories \(2 requests, rate limit \d+ left\)/);
    expect(sync.stdout + sync.stderr).not.toContain(TOKEN);

    const accounts = await cli(['--db', db, 'accounts', '--json'], {});
    expect(JSON.parse(accounts.stdout)).toMatchObject([{ login: 'octo', kind: 'token', hasToken: false }]);

    const repos = await cli(['--db', db, 'repos', '--json'], {});
    const list = JSON.parse(repos.stdout);
    const todo = list.find((r: { name: string }) => r.name === 'todo-api');
    expect(todo).toMatchObject({ account: 'octo', docStatus: { level: 'good' }, languages: [{ name: 'TypeScript' }, { name: 'JavaScript' }, { name: 'Dockerfile' }] });
    expect(todo.technologies.some((t: { evidence: string[] }) => t.evidence.includes('package.json depends on jsonwebtoken'))).toBe(true);

    const table = await cli(['--db', db, 'repos'], {});
    expect(table.stdout).toMatch(/octo\/shop-services .*stub/);
    expect(table.stdout).toMatch(/kind microservices: docker-compose\.yaml defines 3 services/);
  });

  it('syncs a user’s public repositories with --login and no token', async () => {
    const db = join(tempDir(), 'pub.db');
    const run = await cli(['--db', db, 'sync', '--login', 'octo', '--api-url', gh.apiUrl], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/octo: 4 repositories, 4 updated, 0 unchanged/);
    expect(gh.log.every((l) => l.rateKey === 'anon')).toBe(true);
  });

  it('explains what is missing, and a bad token fails with exit code 1', async () => {
    const db = join(tempDir(), 'x.db');
    expect((await cli(['--db', db, 'sync'], {})).code).toBe(2);
    const bad = await cli(['--db', db, 'sync', '--api-url', gh.apiUrl], { GITHUB_TOKEN: 'ghp_revoked' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/revoked or has expired/);
  });
});

describe('showcase sync and the rate limit', () => {
  it('says what was stored, that the limit was reached and when to go on, with exit code 3; the next run finishes', async () => {
    const limited = await startFakeGitHub({ authenticatedLimit: 5, resetSeconds: 1800 });
    try {
      limited.addUser({ login: 'octo-dev' }, { token: TOKEN, scopes: ['repo'] });
      for (const repo of generatedRepos('octo-dev', 250)) limited.addRepo(repo);
      const db = join(tempDir(), 'limit.db');
      const first = await cli(['--db', db, 'sync', '--api-url', limited.apiUrl], { GH_TOKEN: TOKEN });
      expect(first.code, first.stderr).toBe(3);
      expect(first.stdout).toMatch(/^octo-dev: 100 of 250 repositories stored and up to date \(100 updated now, 0 unchanged\); 150 left for the next run; \d+ requests\.$/m);
      const last = first.stderr.trim().split('\n').at(-1)!;
      expect(last).toMatch(/^showcase sync: GitHub's rate limit was reached, so the sync stopped part-way; what was stored is kept\. Run `showcase sync` again after \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in (29|30|31) minutes\) to go on\.$/);
      // Still spent: it cannot even start, and says so with the same exit code.
      const again = await cli(['--db', db, 'sync', '--api-url', limited.apiUrl], { GH_TOKEN: TOKEN });
      expect(again.code).toBe(3);
      expect(again.stderr).toMatch(/rate limit is used up; it resets at .*What was synced is kept/);

      limited.setRate('octo-dev', 5000, 3600);
      const next = await cli(['--db', db, 'sync', '--api-url', limited.apiUrl, '--json'], { GH_TOKEN: TOKEN });
      expect(next.code, next.stderr).toBe(0);
      expect(JSON.parse(next.stdout)).toMatchObject({ status: 'complete', reposListed: 250, reposUpdated: 150, reposUnchanged: 100, resumeAt: null });
    } finally {
      await limited.close();
    }
  });
});
