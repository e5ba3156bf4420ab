/** What the dashboard shows after a sync: what that sync changed. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, todoApi, TOKEN } from '../fakes/fixtures';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;
beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
  core = openCore(join(tempDir(), 'changes.db'));
});
afterEach(() => {
  core.close();
  gh.close();
});

async function syncAndWait(): Promise<void> {
  await core.githubJobs.startSync();
  for (let i = 0; i < 400 && core.githubJobs.syncStatus().running; i++) await new Promise((r) => setTimeout(r, 10));
  expect(core.githubJobs.syncStatus().running).toBe(false);
}

describe('what changed since the last sync', () => {
  it('records new and updated repositories, README ratings, new suggestions and rule changes', async () => {
    expect(core.githubJobs.lastChanges()).toBeNull();
    await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    await syncAndWait();
    const first = core.githubJobs.lastChanges()!;
    expect(first.reposAdded).toEqual(expect.arrayContaining(['octo/todo-api', 'octo/shop-services']));
    expect(first.accounts).toEqual([{ login: 'octo', status: 'complete' }]);

    const todo = core.github.repositories.list().find((r) => r.name === 'todo-api')!;
    const { created } = core.github.linking.createProjectsFromRepositories([todo.id]);
    const project = created[0];

    // The repository gains a dependency and loses its good README.
    const base = todoApi('octo');
    gh.updateRepo('octo/todo-api', {
      pushedAt: '2026-05-01T00:00:00Z',
      files: { ...base.files, 'README.md': '# todo-api\n', 'package.json': JSON.stringify({ dependencies: { express: '^5', pg: '^8', jsonwebtoken: '^9', bcrypt: '^5', ioredis: '^5', kafkajs: '^2' } }) },
    });
    await syncAndWait();
    const second = core.githubJobs.lastChanges()!;
    expect(second.reposAdded).toEqual([]);
    expect(second.reposUpdated).toEqual(['octo/todo-api']);
    expect(second.docChanges).toEqual([{ repository: 'octo/todo-api', before: 'good', after: expect.not.stringMatching(/^good$/) }]);
    expect(second.newSuggestions).toEqual([expect.objectContaining({ projectId: project.id, tag: 'Apache Kafka', evidence: expect.stringContaining('kafkajs') })]);
    expect(second.ruleChanges).toEqual(expect.arrayContaining([{ id: 'message-queue', before: 'missing', after: 'met' }]));
    expect(second.scoreAfter).not.toBe(second.scoreBefore);
  });
});
