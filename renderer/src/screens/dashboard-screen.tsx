import { useEffect, useState } from 'react';
import { useGapsStore } from '../stores/gaps-store';
import { useProjectsStore } from '../stores/projects-store';
import { useUiStore } from '../stores/ui-store';
import { EmptyState } from '../components/empty-state';
import { SyncChangesCard } from '../components/sync-changes-card';
import { useGitHubStore } from '../stores/github-store';
import { EvidenceList, RolePicker, StatusBadge, TargetChip, WeightChip } from '../components/gap-parts';
import { areaCounted, DOC_TEXT, openProject, repoDocs, strengths, topGaps } from '../lib/gaps';
import { AREAS, roleProfile } from '../../../shared/gaps/model';
import type { GapSummary } from '../../../shared/gaps';
import { useQuery } from '../stores/query-store';

/** A score band, for colour only; the number is always shown as text. */
function band(score: number): 'high' | 'mid' | 'low' {
  return score >= 75 ? 'high' : score >= 45 ? 'mid' : 'low';
}

export function DashboardScreen() {
  const report = useGapsStore((s) => s.report);
  const role = useGapsStore((s) => s.role);
  const analyze = useGapsStore((s) => s.analyze);
  const loadTargets = useGapsStore((s) => s.loadTargets);
  const counted = useProjectsStore((s) => s.counted);
  const total = useProjectsStore((s) => s.total);

  useEffect(() => {
    // Only the number of projects: the full list is the Projects screen's to load.
    if (!useProjectsStore.getState().counted) void useProjectsStore.getState().countProjects();
    void analyze();
    void loadTargets();
    void useGitHubStore.getState().loadLastChanges();
  }, [analyze, loadTargets]);

  if (counted && total === 0) {
    return (
      <div className="screen">
        <EmptyState />
      </div>
    );
  }

  return (
    <div className="screen dashboard-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="dashboard-heading">Dashboard</h1>
          <TargetChip />
        </div>
        <RolePicker />
      </header>
      <div className="screen-body" aria-busy={!report}>
        {report ? <DashboardBody report={report} roleLabel={roleProfile(role).label} /> : <p className="muted">Analysing your portfolio…</p>}
      </div>
    </div>
  );
}

function DashboardBody({ report, roleLabel }: { report: GapSummary; roleLabel: string }) {
  const counted = report.rules.filter((f) => f.counted);
  const met = counted.filter((f) => f.status === 'met').length;
  const partial = counted.filter((f) => f.status === 'partial').length;
  const missing = counted.length - met - partial;
  const gaps = topGaps(report);
  const strong = strengths(report);
  const go = useUiStore((s) => s.go);

  return (
    <div className="dash-grid">
      <section className="card score-card" aria-labelledby="score-heading">
        <h2 id="score-heading" className="card-title">
          Score for {roleLabel.toLowerCase()}
        </h2>
        <div className="score-main">
          <ScoreRing score={report.score} label={`Score ${report.score} out of 100 for ${roleLabel}`} />
          <dl className="score-counts">
            <div>
              <dt>Met</dt>
              <dd className="count-met">{met}</dd>
            </div>
            <div>
              <dt>Partial</dt>
              <dd className="count-partial">{partial}</dd>
            </div>
            <div>
              <dt>Missing</dt>
              <dd className="count-missing">{missing}</dd>
            </div>
          </dl>
        </div>
        <p className="muted small">
          Weighted share of the {counted.length} rules that count for this role; essential rules weigh most, partial ones count half.
        </p>
      </section>

      <section className="card area-card" aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="card-title">Coverage by area</h2>
        <ul className="area-bars" aria-label="Coverage by area">
          {AREAS.map((a) => {
            const score = report.areas.find((x) => x.id === a.id)?.score ?? 0;
            const has = areaCounted(report, a.id);
            return (
              <li key={a.id} className="area-bar" data-area={a.id}>
                <span className="area-label">{a.label}</span>
                <span className="bar-track" aria-hidden="true">
                  {has && <span className={`bar-fill band-${band(score)}`} style={{ width: `${Math.max(score, 1.5)}%` }} />}
                </span>
                <span className="area-value">{has ? `${score}%` : 'n/a'}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <SyncChangesCard />

      <section className="card gaps-card" aria-labelledby="top-gaps-heading">
        <div className="card-head">
          <h2 id="top-gaps-heading" className="card-title">Top gaps</h2>
          <button type="button" className="btn btn-ghost btn-small link-btn" onClick={() => go('gaps')}>
            All rules →
          </button>
        </div>
        {gaps.length === 0 ? (
          <p className="muted">Nothing missing for this role. Well done.</p>
        ) : (
          <ol className="top-gaps" aria-label="Top gaps">
            {gaps.map((f) => (
              <li key={f.id} className="top-gap" data-rule-id={f.id}>
                <div className="rule-line">
                  <span className="rule-title">{f.title}</span>
                  <StatusBadge finding={f} />
                  <WeightChip weight={f.weight} />
                </div>
                {f.reason && (
                  <p className="gap-reason" dir="auto" title={f.reason}>
                    {f.reason}
                  </p>
                )}
                <p className="suggestion" dir="auto">
                  {f.suggestion}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card strengths-card" aria-labelledby="strengths-heading">
        <h2 id="strengths-heading" className="card-title">Strengths</h2>
        {strong.length === 0 ? (
          <p className="muted">No rule is met yet. Add technologies to your projects to see your strengths here.</p>
        ) : (
          <ul className="strengths" aria-label="Strengths">
            {strong.map((f) => (
              <li key={f.id} className="strength" data-rule-id={f.id}>
                <div className="rule-line">
                  <span className="strength-mark" aria-hidden="true">✓</span>
                  <span className="rule-title">{f.title}</span>
                  <WeightChip weight={f.weight} />
                </div>
                <EvidenceList evidence={f.evidence} limit={3} label={`Evidence for ${f.title}`} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <DocsCard report={report} />
    </div>
  );
}

function ScoreRing({ score, label }: { score: number; label: string }) {
  const r = 52;
  const c = 2 * Math.PI * r;
  return (
    <div className="score-ring" role="img" aria-label={label}>
      <svg viewBox="0 0 128 128" width="128" height="128" aria-hidden="true">
        <circle className="ring-track" cx="64" cy="64" r={r} />
        <circle
          className={`ring-fill band-${band(score)}`}
          cx="64"
          cy="64"
          r={r}
          strokeDasharray={`${(c * score) / 100} ${c}`}
          transform="rotate(-90 64 64)"
        />
      </svg>
      <span className="score-value" aria-hidden="true">
        {score}
        <span className="score-max">/100</span>
      </span>
    </div>
  );
}

function DocsCard({ report }: { report: GapSummary }) {
  const [showAll, setShowAll] = useState(false);
  // The report carries the first repositories, worst first; the rest are read when asked for.
  const everyOne = useQuery('gaps:repositories', showAll ? {} : null);
  const { total, synced, good } = report.repositoryCounts;
  const documented = report.rules.find((f) => f.id === 'documented');
  const repos = repoDocs(showAll && everyOne ? everyOne : report.repositories);
  const cut = total > report.repositories.length;
  return (
    <section className="card docs-card" aria-labelledby="docs-heading">
      <div className="card-head">
        <h2 id="docs-heading" className="card-title">Documentation of linked repositories</h2>
        {documented && <StatusBadge finding={documented} />}
      </div>
      {total === 0 ? (
        <p className="muted">No showcased project links a repository yet. Add a repository link to a project to have its README rated.</p>
      ) : (
        <>
          {synced === 0 && (
            <p className="docs-notice">
              <strong>Connect GitHub to rate READMEs.</strong>{' '}
              <span className="muted">
                {total === 1 ? 'Your linked repository has' : `Your ${total} linked repositories have`} not been synced, so
                Showcase cannot tell yet whether each README says what the project is, how to run it and how to use it.
              </span>
            </p>
          )}
          {cut && (
            <p className="muted small">
              {good} of {total} linked repositories have a good README; those that need work come first.
            </p>
          )}
          <ul className="repo-docs" aria-label="Repository documentation">
            {repos.map((r) => (
              <li key={r.url} className="repo-doc">
                <span className={`badge doc-badge doc-${r.state}`}>{DOC_TEXT[r.state]}</span>
                <span className="repo-url" dir="auto" title={r.url}>
                  {r.url.replace(/^https?:\/\/(www\.)?/, '')}
                </span>
                <button type="button" className="btn btn-ghost btn-small repo-project" onClick={() => openProject(r.projectId)} aria-label={`Open ${r.project}`}>
                  <span dir="auto">{r.project}</span>
                </button>
                {r.detail && (
                  <span className="repo-detail muted small" dir="auto">
                    {r.detail}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {cut && (
            <button type="button" className="btn btn-ghost btn-small" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll ? 'Show fewer' : `Show all ${total} repositories`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
