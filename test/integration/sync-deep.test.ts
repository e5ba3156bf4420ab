/**
 * The sync reads what detection needs wherever a project keeps it, within the request budget:
 * 1,000 repositories in ≤ 25 requests, an unchanged re-sync in ⌈N/100⌉ + 1, metadata edited on
 * GitHub without a push picked up for free, and authorship recorded with every repository.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { createMemoryTokenStore } from '../../electron/core/github/token-store';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { generatedRepos, seedStandard, todoApi, TOKEN } from '../fakes/fixtures';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;

beforeEach(async () => {
  gh = await startFakeGitHub({ authenticatedLimit: 1_000_000 });
  core = openCore(join(tempDir(), 'deep.db'), undefined, { tokens: createMemoryTokenStore() });
});
afterEach(async () => {
  core.close();
  await gh.close();
});

const byName = (name: string) => core.github.repositories.list().find((r) => r.name === name)!;
const names = (name: string) => byName(name).technologies.map((t) => t.name);

describe('request budget at 1,000 repositories', () => {
  it('a full sync costs ≤ 25 requests, an unchanged re-sync ⌈N/100⌉ + 1, whatever the layouts', async () => {
    gh.addUser({ login: 'bench' }, { token: TOKEN, scopes: ['repo'] });
    for (const r of generatedRepos('bench', 1000)) gh.addRepo(r);
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    const full = await core.github.sync.sync(account.id);
    expect(full).toMatchObject({ status: 'complete', reposListed: 1000, reposUpdated: 1000 });
    expect(full.requests).toBeLessThanOrEqual(25);
    // 10 listing pages and 10 details batches: no extra request for differently named files.
    expect(gh.requestCount(/POST \/graphql/)).toBe(20);

    // Files below the root were read: a monorepo app, a .NET project under src/ and one found by its
    // folder's name, a backend folder, a catalog, Spring settings, compose in docker/, a workflow.
    expect(names('repo-0002')).toEqual(expect.arrayContaining(['Fastify', 'Mongoose', 'Drizzle ORM']));
    expect(names('repo-0003')).toEqual(expect.arrayContaining(['ASP.NET Core', 'PostgreSQL', 'Redis']));
    expect(names('repo-0004')).toEqual(expect.arrayContaining(['Spring Boot', 'Flyway', 'PostgreSQL']));
    expect(names('repo-0005')).toEqual(expect.arrayContaining(['FastAPI', 'PostgreSQL', 'Docker Compose']));
    expect(names('repo-0006')).toEqual(expect.arrayContaining(['Gin', 'Go testing', 'GitHub Actions']));
    // lib/pq is only an indirect requirement there: PostgreSQL stays what its README says, a mention.
    expect(byName('repo-0006').technologies.find((t) => t.name === 'PostgreSQL')).toMatchObject({ strength: 'mentioned' });
    expect(byName('repo-0009').docStatus?.level).not.toBe('missing');
    // Sub-projects outside the conventional folders: a course's exercise, a Cargo workspace's member.
    expect(names('repo-0007')).toEqual(expect.arrayContaining(['Phoenix', 'Ecto']));
    expect(byName('repo-0007').technologies.find((t) => t.name === 'Phoenix')?.evidence[0]).toContain('section-04/bank_app/mix.exs');
    expect(names('repo-0015')).toEqual(expect.arrayContaining(['Axum', 'SQLx', 'PostgreSQL']));

    const again = await core.github.sync.sync(account.id);
    expect(again).toMatchObject({ status: 'complete', reposUnchanged: 1000, reposUpdated: 0 });
    expect(again.requests).toBeLessThanOrEqual(Math.ceil(1000 / 100) + 1);
  }, 120_000);
});

describe('deeper reading and whose work it is', () => {
  beforeEach(() => seedStandard(gh));

  it('records the README GitHub shows (.github, then root, then docs) and where it came from', async () => {
    gh.addRepo({ owner: 'octo', name: 'docs-only', pushedAt: '2026-03-02T00:00:00Z', files: { 'docs/README.md': '# Docs only\n\nA REST API for notes, on SQLite.\n', 'main.go': 'package main' } });
    gh.addRepo({ owner: 'octo', name: 'github-readme', pushedAt: '2026-03-03T00:00:00Z', files: { 'README.md': '# Root', '.github/README.md': '# From .github\n' } });
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    await core.github.sync.sync(account.id);
    const docsOnly = core.github.repositories.list().find((r) => r.name === 'docs-only')!;
    expect(docsOnly.docStatus?.level).not.toBe('missing');
    expect(core.github.repositories.snapshot(docsOnly.id)).toMatchObject({ readmePath: 'docs/README.md', readmeName: 'README.md', docsEntries: [{ name: 'README.md', type: 'blob' }] });
    expect(docsOnly.technologies.map((t) => [t.name, t.strength])).toEqual(expect.arrayContaining([['SQLite', 'mentioned']]));
    const dotGithub = core.github.repositories.list().find((r) => r.name === 'github-readme')!;
    expect(core.github.repositories.snapshot(dotGithub.id)?.readmePath).toBe('.github/README.md');
  });

  it('counts the account’s commits; a repository it barely contributed to marks its tags for confirmation', async () => {
    gh.updateRepo('octo/todo-api', { commits: { total: 120, byAuthor: { octo: 3, someone: 117 } } });
    gh.updateRepo('octo/someone-elses-lib', { parent: 'them/lib', commits: { total: 500, byAuthor: { octo: 2, them: 498 } } });
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    const result = await core.github.sync.sync(account.id);
    expect(result.requests).toBe(2);
    const todo = byName('todo-api');
    expect(todo.authorship).toEqual({ authored: 3, total: 120, minor: true });
    expect(byName('shop-services').authorship).toMatchObject({ minor: false });
    expect(byName('org-service')).toMatchObject({ ownerType: 'Organization' });
    expect(byName('someone-elses-lib')).toMatchObject({ isFork: true, parent: 'them/lib', authorship: { authored: 2, total: 500, minor: true } });
    const { created } = core.github.linking.createProjectsFromRepositories([todo.id]);
    const jwt = created[0].tags.find((t) => t.name === 'JWT')!;
    expect(jwt).toMatchObject({ minorContribution: true, strength: 'demonstrated' });
    expect(jwt.evidence).toMatch(/^octo\/todo-api \(you authored 3 of 120 commits\): /);
    const report = core.gaps.analyze({});
    expect(report.rules.find((r) => r.id === 'authentication')?.reason).toMatch(/barely contributed to; confirm the tag/);
  });

  it('picks up a description and topics edited without a push from the listing alone', async () => {
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    await core.github.sync.sync(account.id);
    gh.updateRepo('octo/todo-api', { description: 'Tasks, now with Kafka events', topics: ['kafka'], updatedAt: '2026-03-05T00:00:00Z' });
    const again = await core.github.sync.sync(account.id);
    expect(again).toMatchObject({ status: 'complete', reposUpdated: 1, reposUnchanged: 4, requests: 1 });
    const todo = byName('todo-api');
    expect(todo.description).toBe('Tasks, now with Kafka events');
    expect(todo.topics).toEqual(['kafka']);
    expect(todo.technologies.find((t) => t.name === 'Apache Kafka')).toMatchObject({ strength: 'mentioned', evidence: ['tagged with the topic "kafka"'] });
    // Everything the push-dependent reading found is kept.
    expect(todo.technologies.map((t) => t.name)).toEqual(expect.arrayContaining(['Express', 'PostgreSQL', 'JWT']));
  });

  it('fetches again a repository stored by an earlier version (its snapshot lacks the tree)', async () => {
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    await core.github.sync.sync(account.id);
    core.db.prepare("UPDATE github_repositories SET snapshot = json_remove(snapshot, '$.version', '$.paths') WHERE name = 'todo-api'").run();
    const again = await core.github.sync.sync(account.id);
    expect(again).toMatchObject({ reposUpdated: 1, reposUnchanged: 4, requests: 2 });
    expect(core.github.repositories.snapshot(byName('todo-api').id)?.paths).toContain('migrations/001.sql');
    void todoApi;
  });
});
