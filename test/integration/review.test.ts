/** The review queue: pending suggestions across projects and repositories, decisions and undo. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../electron/core/app-context';
import { resolveTag } from '../../shared/taxonomy';
import { useSyncedCore } from '../support/synced-core';

const synced = useSyncedCore('review.db');
let core: AppCore;
beforeEach(() => {
  core = synced.core();
});
const n = (x: string) => resolveTag(x).name;

async function setUp() {
  const repos = await synced.sync();
  const todo = repos.find((r) => r.name === 'todo-api')!;
  const shop = repos.find((r) => r.name === 'shop-services')!;
  const platform = core.portfolio.create({ title: 'Platform', tags: ['Go'] });
  core.github.linking.linkRepository(platform.id, todo.id);
  core.github.linking.linkRepository(platform.id, shop.id);
  const [store] = core.github.linking.createProjectsFromRepositories([shop.id]).created;
  return { platform: core.portfolio.get(platform.id), store, todo, shop };
}

describe('review service', () => {
  it('lists every pending suggestion with its evidence, strength and repository; manual tags are not in it', async () => {
    const { platform, todo, shop } = await setUp();
    const queue = core.review.list();
    expect(queue.total).toBe(queue.suggestions.length);
    expect(queue.canUndo).toBe(false);
    const redis = queue.suggestions.find((s) => s.projectId === platform.id && s.name === n('Redis'))!;
    expect(redis).toMatchObject({ type: 'tag', label: n('Redis'), strength: 'demonstrated', minorContribution: false, repository: { id: todo.id, fullName: todo.fullName } });
    expect(redis.evidence).toMatch(/^octo\/todo-api: /);
    expect(queue.suggestions.some((s) => s.name === 'Go')).toBe(false);
    const crud = queue.suggestions.find((s) => s.projectId === platform.id && s.type === 'kind' && s.name === 'crud');
    expect(crud).toMatchObject({ label: 'CRUD app', strength: null });
    expect(core.review.list({ repositoryId: shop.id }).suggestions.every((s) => s.repository?.id === shop.id)).toBe(true);
    expect(core.review.list({ projectId: platform.id }).suggestions.every((s) => s.projectId === platform.id)).toBe(true);
    expect(core.review.pendingCount()).toBe(queue.total);
  });

  it('accepts one, rejects several, and undoes the last decision', async () => {
    const { platform } = await setUp();
    const before = core.review.pendingCount();
    const one = core.review.decide([{ projectId: platform.id, type: 'tag', name: 'redis' }], 'accepted');
    expect(one).toEqual({ decided: 1, remaining: before - 1, canUndo: true });
    expect(core.portfolio.get(platform.id).tags.find((t) => t.name === n('Redis'))?.state).toBe('accepted');

    const two = core.review.decide([{ projectId: platform.id, type: 'tag', name: n('JWT') }, { projectId: platform.id, type: 'kind', name: 'crud' }], 'rejected');
    expect(two.decided).toBe(2);
    const p = core.portfolio.get(platform.id);
    expect(p.tags.find((t) => t.name === n('JWT'))?.state).toBe('rejected');
    expect(p.kinds.find((k) => k.kind === 'crud')?.state).toBe('rejected');

    expect(core.review.undo()).toEqual({ restored: 2, remaining: before - 1, canUndo: true });
    const q = core.portfolio.get(platform.id);
    expect(q.tags.find((t) => t.name === n('JWT'))?.state).toBe('suggested');
    expect(q.kinds.find((k) => k.kind === 'crud')?.state).toBe('suggested');
    expect(q.tags.find((t) => t.name === n('Redis'))?.state).toBe('accepted');
    expect(core.review.undo().restored).toBe(1);
    expect(core.review.undo()).toEqual({ restored: 0, remaining: before, canUndo: false });
  });

  it('refuses a suggestion that is not pending, changing nothing', async () => {
    const { platform } = await setUp();
    const before = core.review.pendingCount();
    expect(() => core.review.decide([{ projectId: platform.id, type: 'tag', name: n('Redis') }, { projectId: platform.id, type: 'tag', name: 'Go' }], 'accepted')).toThrow(/“Go” is not a suggestion/);
    expect(core.review.pendingCount()).toBe(before);
    expect(core.portfolio.get(platform.id).tags.find((t) => t.name === n('Redis'))?.state).toBe('suggested');
  });

  it('accepts all of a project, rejects all of a repository, and undoes each at once', async () => {
    const { platform, store, shop } = await setUp();
    const ofStore = core.review.list({ projectId: store.id }).suggestions.length;
    expect(ofStore).toBeGreaterThan(1);
    expect(core.review.decideAll({ projectId: store.id }, 'accepted').decided).toBe(ofStore);
    expect(core.review.list({ projectId: store.id }).suggestions).toEqual([]);
    expect(core.review.list({ projectId: platform.id }).suggestions.length).toBeGreaterThan(0);

    const fromShop = core.review.list({ repositoryId: shop.id }).suggestions;
    expect(fromShop.length).toBeGreaterThan(0);
    expect(core.review.decideAll({ repositoryId: shop.id }, 'rejected').decided).toBe(fromShop.length);
    expect(core.review.list({ repositoryId: shop.id }).suggestions).toEqual([]);
    // What the other repository suggested is still waiting.
    expect(core.review.list({ projectId: platform.id }).suggestions.every((s) => s.repository?.fullName === 'octo/todo-api')).toBe(true);
    expect(core.review.undo().restored).toBe(fromShop.length);
    expect(core.review.undo().restored).toBe(ofStore);
  });

  it('an accepted suggestion reaches the export; pending ones do not', async () => {
    const { platform } = await setUp();
    core.review.decide([{ projectId: platform.id, type: 'tag', name: n('Redis') }], 'accepted');
    const md = new TextDecoder().decode((await core.exports.export({ format: 'markdown', selection: { mode: 'manual', projectIds: [platform.id] } })).content);
    expect(md).toContain(n('Redis'));
    expect(md).not.toContain(n('Express'));
  });
});
