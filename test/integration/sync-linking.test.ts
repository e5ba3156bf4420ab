import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { resolveTag } from '../../shared/taxonomy';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;
const n = (x: string) => resolveTag(x).name;

beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
  core = openCore(join(tempDir(), 'link.db'));
});
afterEach(async () => {
  core.close();
  await gh.close();
});

async function synced() {
  const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
  await core.github.sync.sync(account.id);
  return { account, repos: core.github.repositories.list() };
}

describe('projects from repositories, suggestions and the user’s choices', () => {
  it('creates projects, leaving forks and archived out unless chosen', async () => {
    const { repos } = await synced();
    const result = core.github.linking.createProjectsFromRepositories(repos.map((r) => r.id));
    expect(result.created.map((p) => p.title).sort()).toEqual(['Org Service', 'Shop Services', 'Todo API']);
    expect(result.skipped.map((s) => s.reason).sort()).toEqual(['a fork (choose forks to include it)', 'archived (choose archived to include it)']);
    const todo = result.created.find((p) => p.title === 'Todo API')!;
    expect(todo.summary).toBe('A REST API for tasks with JWT auth');
    // Dated from the repository's creation to its last push.
    expect([todo.startDate, todo.endDate]).toEqual(['2025-01', '2026-03']);
    expect(todo.links).toEqual([{ type: 'repository', url: 'https://github.com/octo/todo-api' }, { type: 'demo', url: 'https://todo.example.com/' }]);
    expect(todo.tags.find((t) => t.name === n('JWT'))).toEqual({
      name: n('JWT'), techId: resolveTag('JWT').techId, source: 'detected', state: 'suggested', strength: 'demonstrated',
      evidence: expect.stringMatching(/^octo\/todo-api: package\.json depends on jsonwebtoken; README mentions JWT: “It shows authentication with JSON Web Tokens/),
    });
    expect(todo.kinds.find((k) => k.kind === 'crud')).toMatchObject({ source: 'detected', state: 'suggested' });
    const withForks = core.github.linking.createProjectsFromRepositories(repos.filter((r) => r.isFork).map((r) => r.id), { includeForks: true });
    expect(withForks.created).toHaveLength(1);
  });

  it('re-sync never re-adds a rejected tag, never changes a manual one, keeps accepted ones', async () => {
    const { account, repos } = await synced();
    const project = core.portfolio.create({ title: 'My API', tags: ['PostgreSQL'] });
    const todo = repos.find((r) => r.name === 'todo-api')!;
    const linked = core.github.linking.linkRepository(project.id, todo.id);
    expect(linked.tags.find((t) => t.name === n('PostgreSQL'))).toMatchObject({ source: 'manual', state: 'accepted', evidence: null });
    expect(linked.tags.find((t) => t.name === n('Redis'))).toMatchObject({ source: 'detected', state: 'suggested' });

    core.portfolio.setTagState(project.id, n('JWT'), 'rejected');
    core.portfolio.setTagState(project.id, n('Redis'), 'accepted');
    // The user removes a suggestion by editing the project: it is kept as rejected.
    const current = core.portfolio.get(project.id);
    core.portfolio.update(project.id, { title: current.title, tags: current.tags.filter((t) => t.name !== n('Docker')).map((t) => ({ name: t.name, source: t.source, evidence: t.evidence, state: t.state })), kinds: current.kinds.map((k) => ({ kind: k.kind, source: k.source, evidence: k.evidence, state: k.state })) });

    gh.updateRepo('octo/todo-api', { pushedAt: '2026-06-01T00:00:00Z' });
    const result = await core.github.sync.sync(account.id);
    expect(result.reposUpdated).toBe(1);
    const after = core.portfolio.get(project.id);
    const byName = new Map(after.tags.map((t) => [t.name, t]));
    expect(byName.get(n('JWT'))?.state).toBe('rejected');
    expect(byName.get(n('Docker'))?.state).toBe('rejected');
    expect(byName.get(n('Redis'))?.state).toBe('accepted');
    expect(byName.get(n('PostgreSQL'))).toMatchObject({ source: 'manual', state: 'accepted' });
    expect(after.tags.filter((t) => t.name === n('JWT'))).toHaveLength(1);
  });

  it('a project may link several repositories; suggestions come from all of them', async () => {
    const { repos } = await synced();
    const project = core.portfolio.create({ title: 'Platform' });
    core.github.linking.linkRepository(project.id, repos.find((r) => r.name === 'todo-api')!.id);
    const p = core.github.linking.linkRepository(project.id, repos.find((r) => r.name === 'shop-services')!.id);
    expect(core.github.linking.linkedRepositories(project.id)).toHaveLength(2);
    expect(p.tags.map((t) => t.name)).toEqual(expect.arrayContaining([n('Express'), n('FastAPI')]));
    expect(p.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['microservices', 'ecommerce']));
    expect(core.github.repositories.get(repos.find((r) => r.name === 'todo-api')!.id).projectIds).toEqual([project.id]);
  });
});
