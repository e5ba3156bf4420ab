/**
 * GitHub accounts, synced repositories and the running sync. `sync:start` returns at once;
 * main then pushes `sync:progress` until the job ends, and the store shows a summary per account.
 */
import { create } from 'zustand';
import { api, errorMessage, subscribe } from '../api';
import { useProjectsStore } from './projects-store';
import { useUiStore } from './ui-store';
import { useGapsStore } from './gaps-store';
import { fetchQuery, onChanged } from './query-store';
import type { GitHubAccount, SyncedRepository, SyncResult } from '../../../shared/github-types';
import type { SyncChanges, SyncJobStatus, TokenProtection } from '../../../shared/ipc-contract';
import { formatTime } from '../../../shared/dates';
export { formatTime };

interface GitHubState {
  accounts: GitHubAccount[];
  accountsLoaded: boolean;
  protection: TokenProtection | null;
  repos: SyncedRepository[];
  reposLoaded: boolean;
  /** The latest sync status while a sync runs (and right after it ended). */
  sync: SyncJobStatus | null;
  cancelling: boolean;
  /** What the last sync from the app changed (null before the first one), for the Dashboard. */
  lastChanges: SyncChanges | null;
  lastChangesLoaded: boolean;

  loadAccounts(): Promise<void>;
  loadRepos(): Promise<void>;
  loadLastChanges(): Promise<void>;
  startSync(accountIds?: string[]): Promise<void>;
  cancelSync(): Promise<void>;
  /** Picks up a sync already running in main (after a reload). */
  resume(): Promise<void>;
}

export function syncResultMessage(r: SyncResult, accounts: GitHubAccount[]): { message: string; tone: 'info' | 'error' } {
  const login = r.login || accounts.find((a) => a.id === r.accountId)?.login || 'GitHub';
  const repos = `${r.reposListed} ${r.reposListed === 1 ? 'repository' : 'repositories'}`;
  switch (r.status) {
    case 'complete':
      return { message: `${login}: synced ${repos} (${r.reposUpdated} updated, ${r.reposUnchanged} unchanged).`, tone: 'info' };
    case 'partial':
      return {
        message: `${login}: partly synced (${repos}) to spare the rate limit${r.resumeAt ? `; sync again after ${formatTime(r.resumeAt)}` : ''}.`,
        tone: 'info',
      };
    case 'cancelled':
      return { message: `${login}: sync cancelled; what was done is kept.`, tone: 'info' };
    default:
      return { message: `${login}: sync failed: ${r.error?.message ?? 'unknown error'}`, tone: 'error' };
  }
}


export const useGitHubStore = create<GitHubState>((set, get) => {
  // Main pushes the sync's status on every step; the last one has `running: false`.
  // The start of the last sync seen ending: its `sync:start` answer may arrive after its end.
  let ended: string | null = null;
  subscribe('sync:progress', (status) => {
    if (status.running) set({ sync: status });
    else if (status.startedAt !== ended) {
      ended = status.startedAt;
      void finished(status);
    }
  });

  async function finished(status: SyncJobStatus) {
    set({ sync: null, cancelling: false });
    await Promise.all([get().loadAccounts(), get().loadRepos(), get().loadLastChanges()]);
    // A sync refreshes suggestions on linked projects.
    void useProjectsStore.getState().reload();
    const accounts = get().accounts;
    for (const r of status.results) {
      const { message, tone } = syncResultMessage(r, accounts);
      useUiStore.getState().toast({ message, tone, stack: true, timeoutMs: tone === 'error' ? 15_000 : 8000 });
    }
  }

  return {
    accounts: [],
    accountsLoaded: false,
    protection: null,
    repos: [],
    reposLoaded: false,
    sync: null,
    cancelling: false,
    lastChanges: null,
    lastChangesLoaded: false,

    async loadAccounts() {
      try {
        // How tokens are kept does not change while the app runs: asked once, then from the cache.
        const [accounts, protection] = await Promise.all([fetchQuery('accounts:list', {}), fetchQuery('accounts:token-protection', {})]);
        set({ accounts, protection, accountsLoaded: true });
      } catch (error) {
        set({ accountsLoaded: true });
        useUiStore.getState().showError(`Could not load GitHub accounts: ${errorMessage(error)}`);
      }
    },

    async loadRepos() {
      try {
        const repos = await fetchQuery('repos:list', {});
        set({ repos, reposLoaded: true });
      } catch (error) {
        set({ reposLoaded: true });
        useUiStore.getState().showError(`Could not load repositories: ${errorMessage(error)}`);
      }
    },

    async loadLastChanges() {
      try {
        const lastChanges = await fetchQuery('sync:last-changes', {});
        set({ lastChanges, lastChangesLoaded: true });
      } catch (error) {
        set({ lastChangesLoaded: true });
        useUiStore.getState().showError(`Could not load what the last sync changed: ${errorMessage(error)}`);
      }
    },

    async startSync(accountIds) {
      if (get().sync?.running) return;
      try {
        // The summary's score is the one the Dashboard shows: its role and target.
        const { role, targetId } = useGapsStore.getState();
        const status = await api.syncStart({ ...(accountIds ? { accountIds } : {}), scoreFor: { role, targetId } });
        // A sync that ended before this answer arrived was already reported by its event.
        if (status.running && status.startedAt !== ended) set({ sync: get().sync ?? status, cancelling: false });
      } catch (error) {
        useUiStore.getState().showError(`Could not start the sync: ${errorMessage(error)}`);
      }
    },

    async cancelSync() {
      set({ cancelling: true });
      try {
        await api.syncCancel();
      } catch (error) {
        set({ cancelling: false });
        useUiStore.getState().showError(`Could not cancel the sync: ${errorMessage(error)}`);
      }
    },

    async resume() {
      try {
        const status = await api.syncStatus();
        if (status.running) set({ sync: status });
      } catch {
        // Nothing to resume.
      }
    },
  };
});

// A change announced by main (a sync's step, a sign-in, another window, the CLI) shows at once.
onChanged(['accounts:list'], () => {
  if (useGitHubStore.getState().accountsLoaded) return useGitHubStore.getState().loadAccounts();
});
onChanged(['repos:list'], () => {
  if (useGitHubStore.getState().reposLoaded) return useGitHubStore.getState().loadRepos();
});
onChanged(['sync:last-changes'], () => {
  if (useGitHubStore.getState().lastChangesLoaded) return useGitHubStore.getState().loadLastChanges();
});
