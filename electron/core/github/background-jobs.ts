/**
 * Long-running GitHub work the UI starts and then watches: a sync (with progress and cancel)
 * and the OAuth device flow (whose code the user must see while it waits). The renderer polls
 * `status()`; nothing here holds or reveals a token.
 */
import type { GitHubAccount, SyncProgress, SyncResult } from '../../../shared/github-types';
import { AppError, toErrorData } from '../errors';
import type { GitHubService } from './github-service';

export interface SyncJobStatus {
  running: boolean;
  accountIds: string[];
  progress: SyncProgress | null;
  results: SyncResult[];
  startedAt: string | null;
  finishedAt: string | null;
}

export interface DeviceFlowStatus {
  id: string;
  state: 'starting' | 'waiting' | 'done' | 'failed';
  userCode: string | null;
  verificationUri: string | null;
  expiresAt: string | null;
  account: GitHubAccount | null;
  error: { code: string; message: string } | null;
}

export function createGitHubJobs(github: GitHubService, now: () => Date = () => new Date()) {
  let controller: AbortController | null = null;
  let status: SyncJobStatus = { running: false, accountIds: [], progress: null, results: [], startedAt: null, finishedAt: null };
  const flows = new Map<string, DeviceFlowStatus>();

  return {
    /** Starts syncing the given accounts (all when none is named), one after the other. */
    async startSync(accountIds?: string[]): Promise<SyncJobStatus> {
      if (status.running) throw new AppError('VALIDATION', 'A sync is already running.');
      const ids = accountIds?.length ? accountIds : (await github.accounts.list()).map((a) => a.id);
      if (!ids.length) throw new AppError('VALIDATION', 'Add a GitHub account first.');
      controller = new AbortController();
      const signal = controller.signal;
      status = { running: true, accountIds: ids, progress: null, results: [], startedAt: now().toISOString(), finishedAt: null };
      void (async () => {
        for (const id of ids) {
          if (signal.aborted) break;
          const result = await github.sync.sync(id, { signal, onProgress: (p) => (status = { ...status, progress: p }) }).catch(
            (error): SyncResult => ({
              accountId: id,
              login: '',
              status: 'failed',
              reposListed: 0,
              reposUpdated: 0,
              reposUnchanged: 0,
              requests: 0,
              rateLimitRemaining: null,
              rateLimitResetAt: null,
              resumeAt: null,
              warnings: [],
              error: toErrorData(error),
            }),
          );
          status = { ...status, results: [...status.results, result] };
        }
        status = { ...status, running: false, finishedAt: now().toISOString() };
        controller = null;
      })();
      return status;
    },
    syncStatus(): SyncJobStatus {
      return status;
    },
    /** Stops the sync; what it finished stays, and the next sync resumes from there. */
    cancelSync(): SyncJobStatus {
      controller?.abort();
      return status;
    },
    startDeviceFlow(input: { apiUrl?: string | null }): DeviceFlowStatus {
      const id = crypto.randomUUID();
      const flow: DeviceFlowStatus = { id, state: 'starting', userCode: null, verificationUri: null, expiresAt: null, account: null, error: null };
      flows.set(id, flow);
      github.accounts
        .addWithDeviceFlow({
          apiUrl: input.apiUrl,
          onVerification: (v) => {
            Object.assign(flow, {
              state: 'waiting',
              userCode: v.userCode,
              verificationUri: v.verificationUri,
              expiresAt: new Date(now().getTime() + v.expiresInSeconds * 1000).toISOString(),
            });
          },
        })
        .then((account) => Object.assign(flow, { state: 'done', account }))
        .catch((error) => Object.assign(flow, { state: 'failed', error: toErrorData(error) }));
      return { ...flow };
    },
    deviceFlowStatus(id: string): DeviceFlowStatus {
      const flow = flows.get(id);
      if (!flow) throw new AppError('NOT_FOUND', 'That sign-in is no longer in progress.');
      return { ...flow };
    },
  };
}

export type GitHubJobs = ReturnType<typeof createGitHubJobs>;
