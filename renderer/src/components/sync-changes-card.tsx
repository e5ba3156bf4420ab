/**
 * "Since the last sync": what the latest GitHub sync from the app changed (backend score,
 * rules that changed status, new and updated repositories, README ratings, suggestions to
 * review). Every value from GitHub is rendered as text.
 */
import { useGitHubStore } from '../stores/github-store';
import { useUiStore } from '../stores/ui-store';
import { DOC_TEXT, openProject, STATUS_TEXT } from '../lib/gaps';
import { ROLES, roleProfile, RULES, type RoleId } from '../../../shared/gaps/model';
import { useGapsStore } from '../stores/gaps-store';
import type { SyncChanges } from '../../../shared/ipc-contract';
import { formatDateTime } from '../../../shared/dates';

const LIST_LIMIT = 6;

const ACCOUNT_STATUS: Record<string, string> = {
  complete: 'synced',
  partial: 'partly synced',
  cancelled: 'cancelled',
  failed: 'failed',
};


function ruleTitle(id: string): string {
  return RULES.find((r) => r.id === id)?.title ?? id;
}

function RuleStatus({ status }: { status: string | null }) {
  if (status === null) return <span className="badge gap-status gap-status-not-relevant">Not analysed</span>;
  if (status === 'dismissed') return <span className="badge gap-status gap-status-not-relevant">Not relevant (you said)</span>;
  const known = status === 'met' || status === 'partial' || status === 'missing';
  return <span className={`badge gap-status gap-status-${known ? status : 'not-relevant'}`}>{known ? STATUS_TEXT[status] : status}</span>;
}

function DocBadge({ level }: { level: string | null }) {
  const state = level === 'good' || level === 'basic' || level === 'stub' || level === 'missing' ? level : 'unsynced';
  return <span className={`badge doc-badge doc-${state}`}>{DOC_TEXT[state]}</span>;
}

/** A visual arrow read as "to". */
function Arrow() {
  return (
    <>
      <span className="change-arrow" aria-hidden="true">→</span>
      <span className="sr-only">to</span>
    </>
  );
}

function More({ count, what }: { count: number; what: string }) {
  if (count <= 0) return null;
  return <li className="change-more muted small">+{count} more {what}</li>;
}

export function SyncChangesCard() {
  const changes = useGitHubStore((s) => s.lastChanges);
  const loaded = useGitHubStore((s) => s.lastChangesLoaded);
  const go = useUiStore((s) => s.go);

  if (!loaded) return null;

  if (!changes) {
    return (
      <section className="card sync-changes-card" aria-labelledby="sync-changes-heading">
        <h2 id="sync-changes-heading" className="card-title">Since the last sync</h2>
        <p className="muted">
          Connect GitHub to see what each sync changes.{' '}
          <button type="button" className="btn btn-ghost btn-small link-btn inline-link" onClick={() => go('accounts')}>
            Go to Accounts →
          </button>
        </p>
      </section>
    );
  }

  return <SyncChangesBody changes={changes} />;
}

function SyncChangesBody({ changes }: { changes: SyncChanges }) {
  const go = useUiStore((s) => s.go);
  const delta = changes.scoreAfter - changes.scoreBefore;
  const repos = [
    ...changes.reposAdded.map((name) => ({ name, what: 'New' as const })),
    ...changes.reposUpdated.map((name) => ({ name, what: 'Updated' as const })),
  ];
  const nothing =
    delta === 0 && repos.length === 0 && changes.docChanges.length === 0 && changes.newSuggestions.length === 0 && changes.ruleChanges.length === 0;
  const role = ROLES.some((r) => r.id === changes.role) ? (changes.role as RoleId) : 'backend';
  const roleLabel = roleProfile(role).label;
  const viewRole = useGapsStore((s) => s.role);
  const viewTarget = useGapsStore((s) => s.targetId);
  const sameView = viewRole === role && (viewTarget ?? null) === (changes.targetId ?? null);

  return (
    <section className="card sync-changes-card" aria-labelledby="sync-changes-heading">
      <div className="card-head">
        <h2 id="sync-changes-heading" className="card-title">
          Since the last sync{' '}
          <span className="card-title-note">
            (<time dateTime={changes.finishedAt}>{formatDateTime(changes.finishedAt)}</time>)
          </span>
        </h2>
        <button type="button" className="btn btn-ghost btn-small link-btn" onClick={() => go('repositories')}>
          Repositories →
        </button>
      </div>

      {changes.accounts.length > 0 && (
        <p className="sync-accounts muted small">
          {changes.accounts.map((a, i) => (
            <span key={`${a.login}:${i}`} className={`sync-account sync-account-${a.status}`}>
              {i > 0 && ' · '}
              <span dir="auto">{a.login || 'GitHub'}</span> {ACCOUNT_STATUS[a.status] ?? a.status}
            </span>
          ))}
        </p>
      )}

      <div className="changes-grid">
        <div className="change-block change-score">
          <h3 className="change-title">
            Score for {roleLabel.toLowerCase()}
            {changes.targetId ? ' against your target' : ''}
          </h3>
          <p className="score-change">
            <span className="score-before">{changes.scoreBefore}</span>
            <Arrow />
            <span className="score-after">{changes.scoreAfter}</span>
            <span className={`score-delta ${delta > 0 ? 'delta-up' : delta < 0 ? 'delta-down' : 'delta-same'}`}>
              {delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : 'no change'}
            </span>
          </p>
          {!sameView && <p className="muted small">Scored at the sync for this role; the Dashboard score follows the role and target chosen since.</p>}
        </div>

        {changes.ruleChanges.length > 0 && (
          <div className="change-block change-rules">
            <h3 className="change-title">Rules that changed</h3>
            <ul className="change-list" aria-label="Rules that changed">
              {changes.ruleChanges.map((r) => (
                <li key={r.id} className="change-item rule-change" data-rule-id={r.id}>
                  <span className="change-name">{ruleTitle(r.id)}</span>
                  <span className="change-states">
                    <RuleStatus status={r.before} />
                    <Arrow />
                    <RuleStatus status={r.after} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}

        {repos.length > 0 && (
          <div className="change-block change-repos">
            <h3 className="change-title">Repositories</h3>
            <ul className="change-list" aria-label="New and updated repositories">
              {repos.slice(0, LIST_LIMIT).map((r) => (
                <li key={`${r.what}:${r.name}`} className="change-item repo-change" data-repo={r.name}>
                  <span className={`badge change-kind change-${r.what.toLowerCase()}`}>{r.what}</span>
                  <span className="change-name repo-name" dir="auto" title={r.name}>
                    {r.name}
                  </span>
                </li>
              ))}
              <More count={repos.length - LIST_LIMIT} what="repositories" />
            </ul>
          </div>
        )}

        {changes.docChanges.length > 0 && (
          <div className="change-block change-docs">
            <h3 className="change-title">README ratings</h3>
            <ul className="change-list" aria-label="README rating changes">
              {changes.docChanges.slice(0, LIST_LIMIT).map((d) => (
                <li key={d.repository} className="change-item doc-change" data-repo={d.repository}>
                  <span className="change-name repo-name" dir="auto" title={d.repository}>
                    {d.repository}
                  </span>
                  <span className="change-states">
                    <DocBadge level={d.before} />
                    <Arrow />
                    <DocBadge level={d.after} />
                  </span>
                </li>
              ))}
              <More count={changes.docChanges.length - LIST_LIMIT} what="repositories" />
            </ul>
          </div>
        )}

        {changes.newSuggestions.length > 0 && (
          <div className="change-block change-suggestions">
            <h3 className="change-title">New suggestions to review</h3>
            <ul className="suggestion-list" aria-label="New suggestions to review">
              {changes.newSuggestions.map((s) => (
                <li key={`${s.projectId}:${s.tag}`}>
                  <button
                    type="button"
                    className="evidence suggestion-btn"
                    title={s.evidence ? `Detected: ${s.evidence}` : undefined}
                    onClick={() => openProject(s.projectId)}
                  >
                    <span className="sr-only">Review </span>
                    <span className="evidence-what" dir="auto">{s.tag}</span>
                    <span className="evidence-sep" aria-hidden="true">·</span>
                    <span className="sr-only"> in </span>
                    <span className="evidence-project" dir="auto">{s.project}</span>
                  </button>
                  {s.evidence && (
                    <span className="evidence-detail" dir="auto">
                      {s.evidence}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {nothing && <p className="muted small sync-nothing">Nothing else changed: no new repositories, suggestions or rule changes.</p>}
    </section>
  );
}
