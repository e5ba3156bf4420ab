import { expect } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { AppError } from '../../electron/core/errors';
import type { Backup } from '../../electron/core/backup/backup-service';
import { startFakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { steppingClock } from './temp';

/**
 * A portfolio with a row in every table: sample projects, a profile, a variant, a target, a
 * dismissed rule, privacy options, a synced GitHub account with repositories, a linked project.
 */
export async function fullPortfolio(dbPath: string): Promise<{ core: AppCore; backup: Backup }> {
  const gh = await startFakeGitHub();
  seedStandard(gh);
  const core = openCore(dbPath, steppingClock(), { githubClient: { retryAfterBaseMs: 1 } });
  try {
    core.portfolio.loadSample();
    const [first, second] = core.portfolio.list({ sort: 'title' }).projects;
    core.exports.profile.set({ name: 'Dana Developer', headline: 'Backend developer', github: 'dana' });
    core.exports.variants.save({ name: 'Backend', selection: { mode: 'manual', projectIds: [first.id, second.id] }, format: 'html' });
    core.gaps.saveTarget({ name: 'Acme', posting: 'We use Kafka and Go.' });
    core.gaps.dismissRule('graphql-api', true);
    core.exports.projectOptions.set(first.id, { anonymizeClient: true, clientNames: ['Acme Corp'] });
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    await core.github.sync.sync(account.id);
    const repo = core.github.repositories.list()[0];
    core.github.linking.linkRepository(first.id, repo.id);
    return { core, backup: core.backups.create() };
  } finally {
    await gh.close();
  }
}

/** A different, small portfolio to restore into: what a restore must leave alone when it refuses. */
export function smallPortfolio(dbPath: string): AppCore {
  const core = openCore(dbPath);
  core.portfolio.create({ title: 'Mine', tags: ['Go'], results: ['Cut latency by 40%'] });
  return core;
}

/**
 * Restores `data` (confirmed) into `core`. Returns null when it was applied; otherwise the
 * refusal, after checking it is a clear AppError and that nothing in the database changed.
 */
export function tryRestore(core: AppCore, data: unknown): AppError | null {
  const before = core.backups.create().tables;
  try {
    core.imports.importData(data, { confirm: true });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/Nothing was changed\.$/);
    expect(core.backups.create().tables).toEqual(before);
    return error as AppError;
  }
}
