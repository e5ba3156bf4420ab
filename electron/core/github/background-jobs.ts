/**
 * Long-running GitHub work the UI starts and then watches: a sync (with progress and cancel)
 * and the OAuth device flow (whose code the user must see while it waits). The renderer polls
 * `status()`; nothing here holds or reveals a token.
 */
import type { SyncResult } from '../../../shared/github-types';
import type { DeviceFlowStatus, SyncChanges, SyncJobStatus } from '../../../shared/ipc-contract';
import type { Db } from '../db/connection';
import { AppError, toErrorData } from '../errors';
import { normalizeApiUrl } from './api-address';
import type { GapsService } from '../gaps-service';
import type { RoleId } from '../../../shared/gaps/model';
import type { PortfolioService } from '../portfolio-service';
import type { GitHubService } from './github-service';

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

export function createGitHubJobs(github: GitHubService, deps: GitHubJobsDeps) {
  const now = deps.now ?? (() => new Date());
  const saveChanges = (changes: SyncChanges) =>
    deps.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(CHANGES_SETTING, JSON.stringify(changes));
  let controller: AbortController | null = null;
  let status: SyncJobStatus = { running: false, accountIds: [], progress: null, results: [], startedAt: null, finishedAt: null };
  const flows = new Map<string, DeviceFlowStatus>();

  return {
    /** Starts syncing the given accounts (all when none is named), one after the other. */
    async startSync(accountIds?: string[], scoreFor?: ScoreFor): Promise<SyncJobStatus> {
      if (status.running) throw new AppError('VALIDATION', 'A sync is already running.');
      const ids = accountIds?.length ? accountIds : (await github.accounts.list()).map((a) => a.id);
      if (!ids.length) throw new AppError('VALIDATION', 'Add a GitHub account first.');
      controller = new AbortController();
      const signal = controller.signal;
      status = { running: true, accountIds: ids, progress: null, results: [], startedAt: now().toISOString(), finishedAt: null };
      const before = snapshot(github, deps, scoreFor);
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
        const finishedAt = now().toISOString();
        try {
          saveChanges(diff(before, snapshot(github, deps, scoreFor), finishedAt, status.results, scoreFor));
        } catch {
          // What changed is a summary for the dashboard; the sync itself is already saved.
        }
        status = { ...status, running: false, finishedAt };
        controller = null;
      })();
      return status;
    },
    syncStatus(): SyncJobStatus {
      return status;
    },
    /** What the last sync from the app changed, or null before the first one. */
    lastChanges(): SyncChanges | null {
      const row = deps.db.prepare('SELECT value FROM settings WHERE key = ?').get(CHANGES_SETTING) as { value: string } | undefined;
      return row ? (JSON.parse(row.value) as SyncChanges) : null;
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
