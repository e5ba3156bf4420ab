/** The running sync: a progress bar with counts, phase and Cancel; a compact one for the sidebar. */
import { formatTime, useGitHubStore } from '../stores/github-store';
import type { SyncProgress } from '../../../shared/github-types';

function phaseText(p: SyncProgress | null): string {
  if (!p) return 'Starting…';
  switch (p.phase) {
    case 'listing':
      return 'Listing repositories…';
    case 'details':
      return 'Reading repositories…';
    case 'waiting-for-rate-limit':
      return `Waiting for rate limit${p.rateLimitResetAt ? ` (until ${formatTime(p.rateLimitResetAt)})` : ''}…`;
    case 'done':
      return 'Finishing…';
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      return 'Failed';
  }
}

function percent(p: SyncProgress | null): number | null {
  if (!p || p.reposTotal <= 0) return null;
  return Math.min(100, Math.round((p.reposDone / p.reposTotal) * 100));
}

export function SyncProgressBar() {
  const sync = useGitHubStore((s) => s.sync);
  const accounts = useGitHubStore((s) => s.accounts);
  const cancelling = useGitHubStore((s) => s.cancelling);
  const cancel = useGitHubStore((s) => s.cancelSync);
  if (!sync?.running) return null;
  const p = sync.progress;
  const pct = percent(p);
  const login = accounts.find((a) => a.id === p?.accountId)?.login;
  const position = p ? sync.accountIds.indexOf(p.accountId) + 1 : 0;
  return (
    <section className="sync-panel" aria-label="Sync progress">
      <div className="sync-line">
        <strong className="sync-title">
          Syncing{login ? ` ${login}` : ''}
          {sync.accountIds.length > 1 && position > 0 ? ` (${position} of ${sync.accountIds.length})` : ''}
        </strong>
        <span className="sync-phase muted">{phaseText(p)}</span>
        <button type="button" className="btn btn-small" disabled={cancelling} onClick={() => void cancel()}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <div
        className={`progress ${pct === null ? 'is-indeterminate' : ''} ${p?.phase === 'waiting-for-rate-limit' ? 'is-waiting' : ''}`}
        role="progressbar"
        aria-label="Repositories synced"
        aria-valuemin={0}
        aria-valuemax={p?.reposTotal || undefined}
        aria-valuenow={p && p.reposTotal > 0 ? p.reposDone : undefined}
      >
        <div className="progress-fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      <dl className="sync-stats">
        <div>
          <dt>Repositories</dt>
          <dd>{p ? `${p.reposDone}/${p.reposTotal || '?'}` : '–'}</dd>
        </div>
        <div>
          <dt>Requests used</dt>
          <dd>{p?.requestsUsed ?? 0}</dd>
        </div>
        <div>
          <dt>Rate limit left</dt>
          <dd>{p?.rateLimitRemaining ?? '–'}</dd>
        </div>
      </dl>
    </section>
  );
}

export function SidebarSync() {
  const sync = useGitHubStore((s) => s.sync);
  if (!sync?.running) return null;
  const p = sync.progress;
  const pct = percent(p);
  return (
    <div className="sidebar-sync" aria-label="Sync in progress">
      <div className="sidebar-sync-line">
        <span>Syncing GitHub</span>
        <span className="count">{p && p.reposTotal > 0 ? `${p.reposDone}/${p.reposTotal}` : '…'}</span>
      </div>
      <div className={`progress progress-thin ${pct === null ? 'is-indeterminate' : ''}`} aria-hidden="true">
        <div className="progress-fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      {p?.phase === 'waiting-for-rate-limit' && <span className="small muted">Waiting for rate limit</span>}
    </div>
  );
}
