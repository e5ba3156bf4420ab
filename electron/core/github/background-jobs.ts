/**
 * Long-running GitHub work the UI starts and then watches: a sync (with progress and cancel)
 * and the OAuth device flow (whose code the user must see while it waits). Each change is
 * pushed as an event (`sync:progress`, `device-flow:state`, then `data:changed` for what was
 * written); nothing here holds or reveals a token.
 */
import type { SyncResult } from '../../../shared/github-types';
import type { DataTable, DeviceFlowStatus, SyncChanges, SyncJobStatus } from '../../../shared/ipc-contract';
import type { Db } from '../db/connection';
import { createSettingsRepository } from '../db/settings-repository';
import { AppError, toErrorData } from '../errors';
import { normalizeApiUrl } from './api-address';
import type { GapsService } from '../gaps-service';
import type { RoleId } from '../../../shared/gaps/model';
import type { PortfolioService } from '../portfolio-service';
import type { GitHubService } from './github-service';
import type { EventBus } from '../events';

const CHANGES_SETTING = 'sync.lastChanges';

interface Snapshot {
  repos: Map<string, { docLevel: string | null; pushedAt: string | null }>;
  suggestions: Map<string, { projectId: string; project: string; tag: string; evidence: string | null }>;
  rules: Map<string, string>;
  score: number;
}

export interface GitHubJobsDeps {
  db: Db;
  portfolio: PortfolioService;
  gaps: GapsService;
  events: EventBus;
  now?: () => Date;
}

/** Whose score the sync summary shows: the Dashboard's role and target when the app says so. */
export interface ScoreFor {
  role: RoleId;
  targetId: string | null;
}

function analyzeFor(deps: GitHubJobsDeps, scoreFor: ScoreFor | undefined) {
  if (!scoreFor) return deps.gaps.analyze({});
  try {
    return deps.gaps.analyze(scoreFor);
  } catch {
    // The target was deleted meanwhile: the role alone.
    return deps.gaps.analyze({ role: scoreFor.role });
  }
}

function snapshot(github: GitHubService, deps: GitHubJobsDeps, scoreFor?: ScoreFor): Snapshot {
  const repos = new Map(github.repositories.list({ includeHidden: true }).map((r) => [r.fullName, { docLevel: r.docStatus?.level ?? null, pushedAt: r.pushedAt }]));
  const suggestions = new Map<string, { projectId: string; project: string; tag: string; evidence: string | null }>();
  for (const p of deps.portfolio.list({ sort: 'title' }).projects) {
    for (const t of p.tags) {
      if (t.source === 'detected' && t.state === 'suggested') suggestions.set(`${p.id}\u0000${t.name}`, { projectId: p.id, project: p.title, tag: t.name, evidence: t.evidence });
    }
  }
  const report = analyzeFor(deps, scoreFor);
  return { repos, suggestions, rules: new Map(report.rules.map((r) => [r.id, r.dismissed ? 'dismissed' : r.status])), score: report.score };
}

/** What one sync changed: new and updated repositories, README ratings, suggestions, rules. */
function diff(before: Snapshot, after: Snapshot, finishedAt: string, results: SyncResult[], scoreFor?: ScoreFor): SyncChanges {
  const reposAdded = [...after.repos.keys()].filter((k) => !before.repos.has(k)).sort();
  const reposUpdated = [...after.repos].filter(([k, v]) => before.repos.has(k) && before.repos.get(k)!.pushedAt !== v.pushedAt).map(([k]) => k).sort();
  const docChanges = [...after.repos]
    .filter(([k, v]) => before.repos.has(k) && before.repos.get(k)!.docLevel !== v.docLevel)
    .map(([k, v]) => ({ repository: k, before: before.repos.get(k)!.docLevel, after: v.docLevel }))
    .sort((a, b) => (a.repository < b.repository ? -1 : 1));
  const newSuggestions = [...after.suggestions].filter(([k]) => !before.suggestions.has(k)).map(([, v]) => v);
  const ruleChanges = [...after.rules]
    .filter(([id, status]) => before.rules.get(id) !== status)
    .map(([id, status]) => ({ id, before: before.rules.get(id) ?? null, after: status }));
  return {
    finishedAt,
    accounts: results.map((r) => ({ login: r.login, status: r.status })),
    scoreBefore: before.score,
    scoreAfter: after.score,
    ...(scoreFor ? { role: scoreFor.role, targetId: scoreFor.targetId } : {}),
    reposAdded,
    reposUpdated,
    docChanges,
    newSuggestions,
    ruleChanges,
  };
}

export type { DeviceFlowStatus, SyncJobStatus };

/** What one account's sync writes: its repositories (metadata, ratings), their projects' suggestions, its sync state. */
const SYNC_TABLES: DataTable[] = ['repositories', 'projects', 'accounts'];

export function createGitHubJobs(github: GitHubService, deps: GitHubJobsDeps) {
  const now = deps.now ?? (() => new Date());
  const settings = createSettingsRepository(deps.db);
  const saveChanges = (changes: SyncChanges) => settings.put(CHANGES_SETTING, JSON.stringify(changes));
  let controller: AbortController | null = null;
  let status: SyncJobStatus = { running: false, accountIds: [], progress: null, results: [], startedAt: null, finishedAt: null };
  const setStatus = (next: SyncJobStatus) => {
    status = next;
    deps.events.emit('sync:progress', status);
  };
  const flows = new Map<string, { status: DeviceFlowStatus; controller: AbortController }>();
  const setFlow = (flow: { status: DeviceFlowStatus }, change: Partial<DeviceFlowStatus>) => {
    // A cancelled sign-in stays cancelled, whatever GitHub answers afterwards.
    if (flow.status.state === 'cancelled') return;
    flow.status = { ...flow.status, ...change };
    deps.events.emit('device-flow:state', flow.status);
  };

  return {
    /** Starts syncing the given accounts (all when none is named), one after the other. */
    async startSync(accountIds?: string[], scoreFor?: ScoreFor): Promise<SyncJobStatus> {
      if (status.running) throw new AppError('VALIDATION', 'A sync is already running.');
      const ids = accountIds?.length ? accountIds : (await github.accounts.list()).map((a) => a.id);
      if (!ids.length) throw new AppError('VALIDATION', 'Add a GitHub account first.');
      controller = new AbortController();
      const signal = controller.signal;
      setStatus({ running: true, accountIds: ids, progress: null, results: [], startedAt: now().toISOString(), finishedAt: null });
      const before = snapshot(github, deps, scoreFor);
      void (async () => {
        for (const id of ids) {
          if (signal.aborted) break;
          const result = await github.sync.sync(id, { signal, onProgress: (p) => setStatus({ ...status, progress: p }) }).catch(
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
          setStatus({ ...status, results: [...status.results, result] });
          // Each account's repositories, metadata and suggestions are saved as it finishes: shown at once.
          deps.events.emit('data:changed', { tables: SYNC_TABLES });
        }
        const finishedAt = now().toISOString();
        try {
          saveChanges(diff(before, snapshot(github, deps, scoreFor), finishedAt, status.results, scoreFor));
        } catch {
          // What changed is a summary for the dashboard; the sync itself is already saved.
        }
        controller = null;
        // What the sync changed, for the dashboard (each account's writes were announced as it finished).
        deps.events.emit('data:changed', { tables: ['sync-changes'] });
        setStatus({ ...status, running: false, finishedAt });
      })();
      return status;
    },
    syncStatus(): SyncJobStatus {
      return status;
    },
    /** What the last sync from the app changed, or null before the first one. */
    lastChanges(): SyncChanges | null {
      const value = settings.get(CHANGES_SETTING);
      return value === null ? null : (JSON.parse(value) as SyncChanges);
    },
    /** Stops the sync; what it finished stays, and the next sync resumes from there. */
    cancelSync(): SyncJobStatus {
      controller?.abort();
      return status;
    },
    startDeviceFlow(input: { apiUrl?: string | null }): DeviceFlowStatus {
      // Refused at once (not as a failed flow later) when the address breaks the https rule.
      normalizeApiUrl(input.apiUrl);
      const id = crypto.randomUUID();
      const flow = {
        status: { id, state: 'starting', userCode: null, verificationUri: null, expiresAt: null, account: null, error: null } as DeviceFlowStatus,
        controller: new AbortController(),
      };
      flows.set(id, flow);
      github.accounts
        .addWithDeviceFlow({
          apiUrl: input.apiUrl,
          signal: flow.controller.signal,
          onVerification: (v) =>
            setFlow(flow, {
              state: 'waiting',
              userCode: v.userCode,
              verificationUri: v.verificationUri,
              expiresAt: new Date(now().getTime() + v.expiresInSeconds * 1000).toISOString(),
            }),
        })
        .then((account) => {
          deps.events.emit('data:changed', { tables: ['accounts'] });
          setFlow(flow, { state: 'done', account });
        })
        .catch((error) => setFlow(flow, { state: 'failed', error: toErrorData(error) }));
      return flow.status;
    },
    deviceFlowStatus(id: string): DeviceFlowStatus {
      return flowById(id).status;
    },
    /** Stops polling GitHub for this sign-in; a code approved afterwards adds no account. */
    cancelDeviceFlow(id: string): DeviceFlowStatus {
      const flow = flowById(id);
      if (flow.status.state === 'starting' || flow.status.state === 'waiting') {
        setFlow(flow, { state: 'cancelled' });
        flow.controller.abort();
      }
      return flow.status;
    },
  };

  function flowById(id: string) {
    const flow = flows.get(id);
    if (!flow) throw new AppError('NOT_FOUND', 'That sign-in is no longer in progress.');
    return flow;
  }
}

export type GitHubJobs = ReturnType<typeof createGitHubJobs>;
