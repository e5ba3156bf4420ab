/** A core over a fresh database and a fake GitHub holding the standard repositories, per test. */
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { useTempDir } from './temp';

export function useSyncedCore(dbName: string) {
  const tempDir = useTempDir();
  let gh: FakeGitHub;
  let core: AppCore;
  beforeEach(async () => {
    gh = await startFakeGitHub();
    seedStandard(gh);
    core = openCore(join(tempDir(), dbName));
  });
  afterEach(async () => {
    core.close();
    await gh.close();
  });
  return {
    core: () => core,
    tempDir,
    /** Adds the standard account and syncs it; resolves to the synced repositories. */
    async sync() {
      const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
      await core.github.sync.sync(account.id);
      return core.github.repositories.list();
    },
  };
}
