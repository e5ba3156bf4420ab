import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { generatedRepos, seedStandard } from '../fakes/fixtures';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;

beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
  core = openCore(join(tempDir(), 'rest.db'));
});
afterEach(async () => {
  core.close();
  await gh.close();
});

describe('public sync over REST (no token)', () => {
  it('syncs public repos, most recently pushed first; a re-sync is all 304s and costs nothing', async () => {
    const account = await core.github.accounts.addPublic({ login: 'octo', apiUrl: gh.apiUrl });
    expect(account).toMatchObject({ kind: 'public', hasToken: false, canReadPrivate: false });
    const first = await core.github.sync.sync(account.id);
    expect(first).toMatchObject({ status: 'complete', reposListed: 4, reposUpdated: 4 });
    const todo = core.github.repositories.list().find((r) => r.name === 'todo-api')!;
    expect(todo.docStatus?.level).toBe('good');
    expect(todo.technologies.find((t) => t.evidence.includes('package.json depends on jsonwebtoken'))).toBeDefined();
    expect(todo.technologies.some((t) => t.name === 'GitHub Actions')).toBe(true);
    const details = gh.log.filter((l) => l.path.startsWith('/repos/'));
    expect(details[0].path).toMatch(/todo-api/); // pushed most recently

    const before = gh.rate.get('anon')!.remaining;
    gh.log.length = 0;
    const again = await core.github.sync.sync(account.id);
    expect(again).toMatchObject({ status: 'complete', reposUnchanged: 4, reposUpdated: 0, requests: 1 });
    expect(gh.log.map((l) => l.status)).toEqual([304]);
    expect(gh.rate.get('anon')!.remaining).toBe(before);
  });

  it('stops before the 60/h budget is spent, then resumes after the reset (waiting when allowed)', async () => {
    await gh.close();
    gh = await startFakeGitHub({ anonymousLimit: 60, resetSeconds: 2 });
    seedStandard(gh);
    for (const r of generatedRepos('octo', 30)) gh.addRepo(r);
    const account = await core.github.accounts.addPublic({ login: 'octo', apiUrl: gh.apiUrl });
    gh.setRate('anon', 20, 2);
    const partial = await core.github.sync.sync(account.id);
    expect(partial.status).toBe('partial');
    expect(partial.resumeAt).not.toBeNull();
    expect(gh.log.filter((l) => l.status === 403)).toHaveLength(0); // stopped before GitHub refused
    const kept = core.github.repositories.list().length;
    expect(kept).toBeGreaterThan(0);

    // 34 repositories need more than one hour's budget: it waits for each reset (2 s here).
    const resumed = await core.github.sync.sync(account.id, { maxRateLimitWaitSeconds: 5 });
    expect(resumed.status).toBe('complete');
    expect(resumed.reposUnchanged).toBeGreaterThanOrEqual(kept);
    expect(core.github.repositories.list()).toHaveLength(34);
  });

  it('reads files below the root through the tree, and the root listing when the tree is unavailable', async () => {
    gh.addRepo({ owner: 'octo', name: 'mono', pushedAt: '2026-04-01T00:00:00Z', files: { 'docs/README.md': '# Mono\n', 'apps/api/package.json': JSON.stringify({ dependencies: { fastify: '4' } }), 'package.json': JSON.stringify({ dependencies: { express: '4' } }) } });
    const account = await core.github.accounts.addPublic({ login: 'octo', apiUrl: gh.apiUrl });
    await core.github.sync.sync(account.id);
    const mono = () => core.github.repositories.list().find((r) => r.name === 'mono')!;
    expect(mono().technologies.map((t) => t.name)).toEqual(expect.arrayContaining(['Fastify', 'Express']));
    expect(core.github.repositories.snapshot(mono().id)?.readmePath).toBe('docs/README.md');
    expect(mono().authorship).toBeNull();

    gh.updateRepo('octo/mono', { pushedAt: '2026-04-02T00:00:00Z' });
    gh.fault({ match: /GET \/repos\/octo\/mono\/git\/trees/, kind: 'status', status: 404, times: Infinity });
    await core.github.sync.sync(account.id);
    expect(mono().technologies.map((t) => t.name)).toContain('Express');
  });

  it('an unknown user is refused with a readable message', async () => {
    await expect(core.github.accounts.addPublic({ login: 'nobody-here', apiUrl: gh.apiUrl })).rejects.toThrow(/no user "nobody-here"/);
    await expect(core.github.accounts.addPublic({ login: 'bad name!' })).rejects.toThrow(/not a GitHub username/);
  });
});
