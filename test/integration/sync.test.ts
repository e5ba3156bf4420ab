import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { createMemoryTokenStore } from '../../electron/core/github/token-store';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { hostileRepo, seedStandard, TOKEN } from '../fakes/fixtures';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;

beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
  core = openCore(join(tempDir(), 'sync.db'), undefined, { tokens: createMemoryTokenStore() });
});
afterEach(async () => {
  core.close();
  await gh.close();
});

async function addAccount() {
  return core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
}

/** Syncs octo's repositories with a token (GraphQL) and, into a second database, without one (REST), checking each. */
async function inTokenAndPublicSync(check: (c: AppCore) => void) {
  const account = await addAccount();
  expect((await core.github.sync.sync(account.id)).status).toBe('complete');
  check(core);
  const other = openCore(join(tempDir(), 'public.db'), undefined, { tokens: createMemoryTokenStore() });
  try {
    const pub = await other.github.accounts.addPublic({ login: 'octo', apiUrl: gh.apiUrl });
    expect((await other.github.sync.sync(pub.id)).status).toBe('complete');
    check(other);
  } finally {
    other.close();
  }
}

describe('GraphQL sync against the fake GitHub', () => {
  it('syncs owned and organisation repositories with metadata, languages, doc status and evidence', async () => {
    const account = await addAccount();
    expect(account).toMatchObject({ login: 'octo', scopes: ['repo', 'read:org'], canReadPrivate: true, hasToken: true });
    const progress: number[] = [];
    const result = await core.github.sync.sync(account.id, { onProgress: (p) => progress.push(p.reposDone) });
    expect(result).toMatchObject({ status: 'complete', reposListed: 5, reposUpdated: 5, reposUnchanged: 0, error: null });
    // one listing page + one details batch; no README spelled oddly, no csproj.
    expect(result.requests).toBe(2);
    expect(progress.at(-1)).toBe(5);

    const repos = core.github.repositories.list();
    expect(repos.map((r) => r.fullName).sort()).toEqual(['octo-org/org-service', 'octo/old-blog', 'octo/shop-services', 'octo/someone-elses-lib', 'octo/todo-api']);
    const todo = repos.find((r) => r.name === 'todo-api')!;
    expect(todo).toMatchObject({ stars: 12, forks: 3, licence: 'MIT', homepage: 'https://todo.example.com/', topics: ['rest-api', 'postgres', 'express'], isFork: false });
    expect(todo.languages[0]).toEqual({ name: 'TypeScript', bytes: 52_000, color: '#3178c6' });
    expect(todo.docStatus?.level).toBe('good');
    const names = todo.technologies.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Express', 'PostgreSQL', 'JWT', 'bcrypt', 'Redis', 'Docker', 'GitHub Actions', 'TypeScript']));
    expect(todo.technologies.find((t) => t.name === 'JWT')!.evidence).toContain('package.json depends on jsonwebtoken');
    expect(todo.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['api', 'crud']));
    expect(todo.lastSyncedAt).not.toBeNull();

    const shop = repos.find((r) => r.name === 'shop-services')!;
    expect(shop.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['microservices', 'ecommerce', 'crud']));
    expect(shop.docStatus?.level).toBe('stub');
    expect(repos.find((r) => r.name === 'someone-elses-lib')!.isFork).toBe(true);
    expect(repos.find((r) => r.name === 'old-blog')!.isArchived).toBe(true);
    expect(repos.find((r) => r.name === 'org-service')!.technologies.map((t) => t.name)).toContain('Spring Boot');
  });

  it('leaves organisation repositories out when the account setting says so', async () => {
    const account = await addAccount();
    await core.github.accounts.setIncludeOrgRepos(account.id, false);
    const result = await core.github.sync.sync(account.id);
    expect(result.reposListed).toBe(4);
  });

  it('re-syncs an unchanged account with the listing only, and refetches only what changed', async () => {
    const account = await addAccount();
    await core.github.sync.sync(account.id);
    const again = await core.github.sync.sync(account.id);
    expect(again).toMatchObject({ status: 'complete', reposUnchanged: 5, reposUpdated: 0, requests: 1 });

    gh.updateRepo('octo/todo-api', { pushedAt: '2026-04-01T00:00:00Z', stars: 99 });
    const third = await core.github.sync.sync(account.id);
    expect(third).toMatchObject({ reposUnchanged: 4, reposUpdated: 1, requests: 2 });
    expect(core.github.repositories.list().find((r) => r.name === 'todo-api')!.stars).toBe(99);
  });

  it('a cancelled sync keeps nothing half-done and the next one finishes', async () => {
    const account = await addAccount();
    const controller = new AbortController();
    gh.fault({ match: /POST \/graphql/, kind: 'latency', latencyMs: 300, times: 2 });
    setTimeout(() => controller.abort(), 100);
    const cancelled = await core.github.sync.sync(account.id, { signal: controller.signal });
    expect(cancelled.status).toBe('cancelled');
    const resumed = await core.github.sync.sync(account.id);
    expect(resumed).toMatchObject({ status: 'complete', reposUpdated: 5 });
  });

  it('a revoked token fails the sync readably and keeps what was stored', async () => {
    const account = await addAccount();
    await core.github.sync.sync(account.id);
    gh.tokens.delete(TOKEN);
    const result = await core.github.sync.sync(account.id);
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(/revoked or has expired/);
    expect(core.github.repositories.list()).toHaveLength(5);
  });

  it('waits out a secondary rate limit (retry-after) and completes', async () => {
    const account = await addAccount();
    gh.fault({ match: /POST \/graphql/, kind: 'secondary-rate-limit', retryAfter: 1 });
    const started = Date.now();
    const result = await core.github.sync.sync(account.id);
    expect(result.status).toBe('complete');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(result.requests).toBe(3);
  });

  it('stops on a primary rate limit with the reset time, keeping the listing for next time', async () => {
    const account = await addAccount();
    gh.fault({ match: (r) => r.method === 'POST' && r.body.includes('ShowcaseRepositoryDetails'), kind: 'primary-rate-limit', retryAfter: 600 });
    const result = await core.github.sync.sync(account.id);
    expect(result.status).toBe('partial');
    expect(Date.parse(result.resumeAt!)).toBeGreaterThan(Date.now() + 500_000);
    const next = await core.github.sync.sync(account.id);
    expect(next).toMatchObject({ status: 'complete', reposUpdated: 5 });
  });

  it('retries a 502 and a connection reset, and survives malformed JSON by isolating the batch', async () => {
    const account = await addAccount();
    gh.fault({ match: /POST \/graphql/, kind: 'status', status: 502 });
    gh.fault({ match: /POST \/graphql/, kind: 'reset' });
    const first = await core.github.sync.sync(account.id);
    expect(first.status).toBe('complete');

    gh.updateRepo('octo/todo-api', { pushedAt: '2026-05-01T00:00:00Z' });
    gh.updateRepo('octo/shop-services', { pushedAt: '2026-05-02T00:00:00Z' });
    // The first details request gets garbage: the batch is split and each half fetched again.
    gh.fault({ match: (r) => r.body.includes('ShowcaseRepositoryDetails'), kind: 'malformed-json' });
    const second = await core.github.sync.sync(account.id);
    expect(second).toMatchObject({ status: 'complete', reposUpdated: 2 });
  });

  it('hostile data never crashes sync: warnings on the repository, text stored as text', async () => {
    gh.addRepo(hostileRepo('octo'));
    const account = await addAccount();
    const result = await core.github.sync.sync(account.id);
    expect(result.status).toBe('complete');
    const bad = core.github.repositories.list().find((r) => r.name === 'hostile')!;
    expect(bad.description).toBe('<script>alert(1)</script> evil desc');
    expect(bad.homepage).toBeNull();
    expect(bad.topics).toEqual(['docker', 'upper']);
    expect(bad.docStatus?.level).toBe('stub');
    expect(bad.warnings.join('\n')).toMatch(/README\.md is binary/);
    expect(bad.warnings.join('\n')).toMatch(/package\.json could not be read/);
    expect(bad.warnings.join('\n')).toMatch(/Cargo\.toml is very large/);
    expect(bad.technologies.map((t) => t.name)).toContain('Flask');
  });

  it('reads a README saved as UTF-16 (with or without a byte-order mark) as the text GitHub shows, in token and public sync', async () => {
    const readme = '# Salon de chat\n\nUne application de messagerie en temps réel — MERN, Socket.IO.\n\n## Installation\n\n```\nnpm install\nnpm start\n```\n\n## Utilisation\n\nOuvrez http://localhost:3000/chat et créez un salon.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readme, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const plainLe = Buffer.from(readme.replace(/[^\x00-\x7f]/g, 'e'), 'utf16le');
    for (const [name, bytes] of [['chat-utf8', Buffer.from(readme)], ['chat-le', le], ['chat-be', be], ['chat-nobom', plainLe]] as const) {
      gh.addRepo({ owner: 'octo', name, description: null, pushedAt: '2026-01-15T00:00:00Z', languages: { JavaScript: 10 }, files: { 'README.md': bytes, 'package.json': '{"dependencies":{"express":"^4"}}' } });
    }
    const check = (c: AppCore) => {
      const list = c.github.repositories.list();
      const readmeOf = (name: string) => c.github.repositories.snapshot(list.find((x) => x.name === name)!.id)?.readme;
      const utf8 = list.find((x) => x.name === 'chat-utf8')!;
      expect(utf8.docStatus?.level).toBe('basic');
      for (const name of ['chat-le', 'chat-be']) {
        const r = list.find((x) => x.name === name)!;
        expect(r.warnings.join('\n'), name).not.toMatch(/binary/);
        expect(r.docStatus, name).toEqual(utf8.docStatus);
      }
      const nobom = list.find((x) => x.name === 'chat-nobom')!;
      expect(readmeOf('chat-nobom')).toBe(plainLe.toString('utf16le'));
      expect(nobom.docStatus?.level).toBe('basic');
      expect(readmeOf('chat-le')).toBe(readme);
      expect(readmeOf('chat-be')).toBe(readme);
    };
    await inTokenAndPublicSync(check);
  });

  it('reads a README that is a symbolic link as the file it points to, as GitHub shows it, in token and public sync', async () => {
    const docs = '# Parcel lockers API\n\nA REST service that books parcel lockers for couriers and tells customers where to collect their parcels. Couriers reserve a locker for a delivery window, the service hands out a one-time code, and customers open the locker with it. Bookings that are not collected within three days are released and the courier is told.\n\nBuilt with Express, PostgreSQL and Redis; tested with Jest.\n\n## Install\n\nYou need Node 20 and a running PostgreSQL.\n\n\n\n```\nnpm ci\nnpm start\n```\n\n## Use\n\n```\ncurl -X POST http://localhost:8080/api/bookings -d \'{"locker":"A12"}\'\ncurl http://localhost:8080/api/bookings/42\n```\n\nEvery endpoint is listed at http://localhost:8080/docs once the service runs.\n';
    gh.addRepo({
      owner: 'octo', name: 'lockers', description: null, pushedAt: '2026-01-15T00:00:00Z', languages: { TypeScript: 10 },
      files: { 'docs/index.md': docs, 'package.json': '{"dependencies":{"express":"^4"}}' },
      symlinks: { 'README.md': 'docs/index.md' },
    });
    gh.addRepo({
      owner: 'octo', name: 'lockers-nested', description: null, pushedAt: '2026-01-14T00:00:00Z', languages: { TypeScript: 10 },
      files: { 'guide/README.md': docs, 'package.json': '{"dependencies":{"express":"^4"}}' },
      symlinks: { '.github/README.md': '../guide/README.md' },
    });
    const check = (c: AppCore) => {
      const list = c.github.repositories.list();
      for (const name of ['lockers', 'lockers-nested']) {
        const r = list.find((x) => x.name === name)!;
        expect(c.github.repositories.snapshot(r.id)?.readme, name).toBe(docs);
        expect(r.docStatus?.level, name).toBe('good');
      }
    };
    await inTokenAndPublicSync(check);
  });

  it('removing an account erases its token and keeps its repositories until dropped', async () => {
    const tokens = createMemoryTokenStore();
    core.close();
    core = openCore(join(tempDir(), 'remove.db'), undefined, { tokens });
    const account = await addAccount();
    await core.github.sync.sync(account.id);
    await core.github.accounts.remove(account.id);
    expect(await tokens.get(account.id)).toBeNull();
    expect(await core.github.accounts.list()).toEqual([]);
    const repos = core.github.repositories.list();
    expect(repos).toHaveLength(5);
    expect(repos.every((r) => r.accountId === null)).toBe(true);
    expect(core.github.repositories.drop(repos.map((r) => r.id))).toEqual({ dropped: 5 });
  });

  it('never stores a token in SQLite', async () => {
    await addAccount();
    const dump = JSON.stringify(core.db.prepare('SELECT * FROM github_accounts').all()) + JSON.stringify(core.db.prepare('SELECT * FROM github_http_cache').all());
    expect(dump).not.toContain(TOKEN);
  });
});

describe('a GitHub that never answers', () => {
  it('times a request out, retries it as for a 5xx, and completes', async () => {
    const quick = openCore(join(tempDir(), 'timeout.db'), undefined, { githubClient: { requestTimeoutMs: 300, retryAfterBaseMs: 1 } });
    try {
      const account = await quick.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
      gh.fault({ match: (r) => r.body.includes('ShowcaseRepositoryDetails'), kind: 'hang' });
      const result = await quick.github.sync.sync(account.id);
      expect(result).toMatchObject({ status: 'complete', reposUpdated: 5, error: null });
      expect(gh.log.filter((l) => l.status === -2)).toHaveLength(1);
    } finally {
      quick.close();
    }
  });

  it('keeps what was stored when GitHub stops answering, with a warning per repository, and ends', async () => {
    const quick = openCore(join(tempDir(), 'hang.db'), undefined, { githubClient: { requestTimeoutMs: 200, retryAfterBaseMs: 1, retries: 1 } });
    try {
      const account = await quick.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
      await quick.github.sync.sync(account.id);
      const before = quick.github.repositories.list().map((r) => r.fullName).sort();
      gh.updateRepo('octo/todo-api', { pushedAt: '2026-06-01T00:00:00Z', description: 'changed on GitHub' });
      gh.fault({ match: (r) => r.body.includes('ShowcaseRepositoryDetails'), kind: 'hang', times: Infinity });
      const result = await quick.github.sync.sync(account.id);
      expect(result).toMatchObject({ reposListed: 5, reposUpdated: 0, reposUnchanged: 4 });
      expect(result.warnings.join('\n')).toMatch(/did not answer in time/);
      expect(quick.github.repositories.list().map((r) => r.fullName).sort()).toEqual(before);
      expect(quick.github.repositories.list().find((r) => r.name === 'todo-api')!.description).toBe('A REST API for tasks with JWT auth');
    } finally {
      quick.close();
    }
  });

  it('says GitHub could not be reached when nothing listens', async () => {
    const closed = await startFakeGitHub();
    const url = closed.apiUrl;
    await closed.close();
    await expect(core.github.accounts.addWithToken({ token: TOKEN, apiUrl: url })).rejects.toMatchObject({ code: 'OFFLINE', message: expect.stringMatching(/GitHub could not be reached: the connection was refused/) });
  });
});
