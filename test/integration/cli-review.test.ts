/** `showcase review`, `showcase repos --create-projects`, `showcase link` / `unlink`, through the CLI entry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateFromRepositoriesResult } from '../../shared/github-types';
import type { ReviewQueue } from '../../shared/review-types';
import type { Project } from '../../shared/types';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let db: string;
beforeEach(async () => {
  gh = await startFakeGitHub();
  seedStandard(gh);
  db = join(tempDir(), 'review.db');
  expect((await cli(['--db', db, 'sync', '--api-url', gh.apiUrl], { GH_TOKEN: TOKEN })).code).toBe(0);
});
afterEach(() => gh.close());

const run = (...args: string[]) => cli(['--db', db, ...args], {});
async function json<T>(...args: string[]): Promise<T> {
  const r = await run(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('showcase repos --create-projects', () => {
  it('makes projects with readable titles, summaries and dates; a second run makes none', async () => {
    const result = await json<CreateFromRepositoriesResult>('repos', '--create-projects');
    expect(result.created.map((p) => p.title).sort()).toEqual(['Org Service', 'Shop Services', 'Todo API']);
    const todo = result.created.find((p) => p.title === 'Todo API')!;
    expect(todo).toMatchObject({ summary: 'A REST API for tasks with JWT auth', startDate: '2025-01', endDate: '2026-03' });
    expect(result.skipped.map((s) => s.reason).sort()).toEqual(['a fork (choose forks to include it)', 'archived (choose archived to include it)']);

    const again = await run('repos', '--create-projects');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No project made.');
    expect(again.stdout).toMatch(/Skipped octo\/todo-api: already linked to a project/);
  });

  it('makes only the repositories named, and says which name is unknown', async () => {
    const one = await run('repos', '--create-projects', '--repo', 'OCTO/todo-api');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Made "Todo API" \(.+\): \d+ suggestions to review$/m);
    const bad = await run('repos', '--create-projects', '--repo', 'octo/nope');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/There is no synced repository named octo\/nope/);
    expect((await run('repos', '--repo', 'octo/todo-api')).code).toBe(2);
  });
});

describe('showcase review', () => {
  it('lists pending suggestions with evidence, accepts and rejects some, then all of a project', async () => {
    await run('repos', '--create-projects', '--repo', 'octo/todo-api');
    const queue = await json<ReviewQueue>('review', '--project', 'todo api');
    expect(queue.suggestions.length).toBeGreaterThan(3);
    expect(queue.suggestions.find((s) => s.name === 'Redis')).toMatchObject({ type: 'tag', strength: 'demonstrated', repository: { fullName: 'octo/todo-api' }, evidence: expect.stringMatching(/^octo\/todo-api: /) });

    const table = await run('review');
    expect(table.stdout).toMatch(/^Todo API \(\d+ to review\)$/m);
    expect(table.stdout).toMatch(/^ {2}tag {3}Redis .* demonstrated .* octo\/todo-api: /m);

    const decided = await run('review', '--project', 'Todo API', '--accept', 'redis', '--accept', 'postgres', '--reject', 'crud app');
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toMatch(/^Accepted 2 \(Redis, PostgreSQL\)\.$/m);
    expect(decided.stdout).toMatch(/^Rejected 1 \(CRUD app\)\.$/m);
    const [project] = await json<Project[]>('projects');
    expect(project.tags.find((t) => t.name === 'Redis')?.state).toBe('accepted');
    expect(project.kinds.find((k) => k.kind === 'crud')?.state).toBe('rejected');

    const out = join(tempDir(), 'portfolio.md');
    const exported = await run('export', '--format', 'markdown', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^showcase export: note: \d+ suggestions on these projects are not reviewed and left out; `showcase review` lists them\.$/m);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('Redis');
    expect(md).not.toContain('Express');

    const rest = await json<{ accepted: unknown[]; rejected: unknown[]; remaining: number }>('review', '--project', project.id, '--reject', 'Docker', '--accept-all');
    expect(rest.rejected).toHaveLength(1);
    expect(rest.accepted.length).toBe(queue.suggestions.length - 4);
    expect(rest.remaining).toBe(0);
    expect((await run('review')).stdout).toContain('No suggestions wait for review.');
  });

  it('rejects all of a repository', async () => {
    await run('repos', '--create-projects');
    const before = await json<ReviewQueue>('review');
    const fromShop = await json<ReviewQueue>('review', '--repo', 'octo/shop-services');
    expect(fromShop.suggestions.length).toBeGreaterThan(0);
    const done = await json<{ rejected: unknown[]; remaining: number }>('review', '--repo', 'octo/shop-services', '--reject-all');
    expect(done.rejected).toHaveLength(fromShop.suggestions.length);
    expect(done.remaining).toBe(before.total - fromShop.suggestions.length);
  });

  it('says clearly what is unknown or wrong, with the usual exit codes', async () => {
    await run('repos', '--create-projects', '--repo', 'octo/todo-api');
    const noProject = await run('review', '--project', 'Nothing');
    expect([noProject.code, noProject.stderr]).toEqual([1, expect.stringMatching(/no project titled or with the id "Nothing"/)]);
    const noRepo = await run('review', '--repo', 'octo/none');
    expect([noRepo.code, noRepo.stderr]).toEqual([1, expect.stringMatching(/no synced repository named octo\/none/)]);
    const noTech = await run('review', '--project', 'Todo API', '--accept', 'Haskell');
    expect(noTech.code).toBe(1);
    expect(noTech.stderr).toMatch(/No suggestion named "Haskell" waits for review on Todo API \(waiting: .*Redis/);
    expect((await run('review', '--accept-all')).code).toBe(2);
    expect((await run('review', '--project', 'Todo API', '--accept-all', '--reject-all')).code).toBe(2);
    expect((await run('review', '--project', 'Todo API', '--accept', 'Redis', '--reject', 'redis')).code).toBe(2);
    // Nothing was changed by the refused runs.
    expect((await json<ReviewQueue>('review')).suggestions.some((s) => s.name === 'Redis')).toBe(true);
  });
});

describe('showcase gaps and unreviewed suggestions', () => {
  it('marks findings that rest only on unreviewed detection, in --json and in text; accepting clears the mark', async () => {
    await run('repos', '--create-projects', '--repo', 'octo/todo-api');
    type Rule = { id: string; status: string; unreviewed?: boolean; confirmedStatus?: string; evidence: unknown[] };
    const caching = async () => (await json<{ rules: Rule[] }>('gaps')).rules.find((r) => r.id === 'caching')!;
    expect(await caching()).toMatchObject({ id: 'caching', status: 'met', unreviewed: true, confirmedStatus: 'missing', evidence: [expect.objectContaining({ unreviewed: true })] });
    expect((await run('gaps')).stdout).toMatch(/caching .*\n(?:.*\n)*? {4}unreviewed: rests on suggestions not reviewed yet; on what you confirmed it is missing/);
    await run('review', '--project', 'Todo API', '--accept', 'Redis');
    const after = await caching();
    expect(after.status).toBe('met');
    expect(after.unreviewed).toBeUndefined();
  });
});

describe('showcase link / unlink', () => {
  it('links a repository to a project (suggestions to review) and unlinks it', async () => {
    expect((await run('add', '--title', 'Platform', '--tag', 'Go')).code).toBe(0);
    const linked = await run('link', 'octo/todo-api', 'Platform');
    expect(linked.code, linked.stderr).toBe(0);
    expect(linked.stdout).toMatch(/^Linked octo\/todo-api to "Platform"; \d+ suggestions to review/);
    const queue = await json<ReviewQueue>('review', '--project', 'Platform');
    expect(queue.suggestions.length).toBeGreaterThan(0);
    expect((await run('unlink', 'octo/todo-api', 'Platform')).stdout).toContain('Unlinked octo/todo-api from "Platform".');
    const again = await run('unlink', 'octo/todo-api', 'Platform');
    expect([again.code, again.stderr]).toEqual([1, expect.stringMatching(/is not linked to "Platform"/)]);
    expect((await run('link', 'octo/todo-api')).code).toBe(2);
    expect((await run('link', 'octo/nope', 'Platform')).code).toBe(1);
  });
});
