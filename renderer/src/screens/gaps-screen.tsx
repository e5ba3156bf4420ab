import { useEffect, useState } from 'react';
import { useProjectsStore } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';
import { useUiStore } from '../stores/ui-store';
import { useGapsStore } from '../stores/gaps-store';
import { EvidenceList, RolePicker, StatusBadge, TargetChip, WeightChip } from '../components/gap-parts';
import { AREAS, roleProfile } from '../../../shared/gaps/model';
import type { RuleFinding } from '../../../shared/gaps';

type Filter = 'all' | 'missing' | 'partial' | 'met';
const FILTERS: ReadonlyArray<{ id: Filter; label: string }> = [
  { id: 'all', label: 'All' },
  { id: 'missing', label: 'Missing' },
  { id: 'partial', label: 'Partial' },
  { id: 'met', label: 'Met' },
];

export function GapsScreen() {
  const report = useGapsStore((s) => s.report);
  const role = useGapsStore((s) => s.role);
  const analyze = useGapsStore((s) => s.analyze);
  const loadTargets = useGapsStore((s) => s.loadTargets);
  const [filter, setFilter] = useState<Filter>('all');
  const total = useProjectsStore((s) => s.total);
  const projectsLoaded = useProjectsStore((s) => s.loaded);

  useEffect(() => {
    void useProjectsStore.getState().refresh();
  }, []);

  useEffect(() => {
    void analyze();
    void loadTargets();
  }, [analyze, loadTargets]);

  // With no project yet every rule is missing: say what to do first instead.
  if (projectsLoaded && total === 0) return <GapsFirstSteps />;

  const rules = report?.rules ?? [];
  // The filters count the rules that count, as the Dashboard does; "All" also lists the others.
  const shown = filter === 'all' ? rules : rules.filter((f) => f.counted && f.status === filter);
  const countOf = (id: Filter) => (id === 'all' ? rules.length : rules.filter((f) => f.counted && f.status === id).length);

  return (
    <div className="screen gaps-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="gaps-heading">Gaps</h1>
          {report && (
            <p className="count">
              Score {report.score}/100 for {roleProfile(role).label.toLowerCase()}
            </p>
          )}
          <TargetChip />
        </div>
        <RolePicker />
        <div className="filter-chips" role="group" aria-label="Show rules">
          {FILTERS.map((f) => (
            <button
              key={f.id}
              type="button"
              className={`toggle-chip filter-chip ${filter === f.id ? 'is-on' : ''}`}
              aria-pressed={filter === f.id}
              onClick={() => setFilter(f.id)}
            >
              {f.label} <span className="filter-count">{countOf(f.id)}</span>
            </button>
          ))}
        </div>
      </header>
      <div className="screen-body" aria-busy={!report}>
        {!report ? (
          <p className="muted">Analysing your portfolio…</p>
        ) : shown.length === 0 ? (
          <p className="muted no-rules">No rule is {filter} for this role.</p>
        ) : (
          AREAS.map((area) => {
            const inArea = shown.filter((f) => f.area === area.id);
            if (inArea.length === 0) return null;
            return (
              <section key={area.id} className="rule-group" aria-labelledby={`area-${area.id}`}>
                <h2 id={`area-${area.id}`} className="group-title">
                  {area.label}
                </h2>
                <ul className="rule-list">
                  {inArea.map((f) => (
                    <RuleCard key={f.id} finding={f} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </div>
    </div>
  );
}

function GapsFirstSteps() {
  const go = useUiStore((s) => s.go);
  return (
    <div className="screen gaps-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="gaps-heading">Gaps</h1>
        </div>
      </header>
      <div className="screen-body">
        <section className="card first-steps" aria-labelledby="first-steps-heading">
          <h2 id="first-steps-heading" className="card-title">
            Add your first project
          </h2>
          <p className="muted">
            Gaps compares your projects with what employers look for in a backend developer: APIs, databases, authentication,
            tests, deployment. With no project yet there is nothing to compare, so start with one you know well.
          </p>
          <ol className="first-steps-list">
            <li>Add a project, or load the sample portfolio to see how it works.</li>
            <li>Connect GitHub so Showcase can suggest technologies from your repositories.</li>
            <li>Come back here: each rule then says what your portfolio shows and what to add.</li>
          </ol>
          <div className="first-steps-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                go('projects');
                useEditorStore.getState().openNew();
              }}
            >
              Add a project
            </button>
            <button type="button" className="btn" onClick={() => go('accounts')}>
              Connect GitHub
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}

function RuleCard({ finding: f }: { finding: RuleFinding }) {
  const dismissRule = useGapsStore((s) => s.dismissRule);
  const pending = useGapsStore((s) => s.pending.includes(f.id));
  const noTarget = f.id === 'targeted-tech' && !f.counted && !f.dismissed;
  const titleId = `rule-${f.id}-title`;
  return (
    <li
      className={`card rule-card rule-${f.status} ${f.dismissed ? 'is-dismissed' : ''}`}
      data-rule-id={f.id}
      data-status={f.status}
      data-dismissed={f.dismissed || undefined}
      aria-labelledby={titleId}
    >
      <div className="rule-line">
        <h3 id={titleId} className="rule-title">
          {f.title}
        </h3>
        <code className="rule-id">{f.id}</code>
        <span className="rule-badges">
          <StatusBadge finding={f} />
          <WeightChip weight={f.weight} />
        </span>
      </div>
      <p className="rule-advice">{f.advice}</p>

      {f.dismissed && (
        <p className="rule-note">
          {f.counted
            ? `You marked this rule as not relevant to you. It is ${f.status}, so it still counts: leaving it out would lower your score.`
            : `You marked this rule as not relevant to you, so it is left out of your score. It is still ${f.status}.`}
        </p>
      )}
      {noTarget && <p className="rule-note">Counts only once you pick a job target (Target screen).</p>}
      {f.unreviewed && (
        <p className="rule-note rule-unreviewed">
          Rests on suggestions you have not reviewed: on what you confirmed alone it is {f.confirmedStatus}.{' '}
          <button type="button" className="link-inline" onClick={() => useUiStore.getState().go('review')}>
            Review them
          </button>
        </p>
      )}

      {f.evidence.length > 0 && (
        <div className="rule-evidence">
          <span className="rule-label">Evidence</span>
          <EvidenceList evidence={f.evidence} label={`Evidence for ${f.title}`} />
        </div>
      )}
      {f.status !== 'met' && f.reason && (
        <p className="rule-reason" dir="auto">
          <span className="rule-label">Why {f.status === 'partial' ? 'partial' : 'missing'}</span> {f.reason}
        </p>
      )}
      {f.status !== 'met' && (
        <p className="rule-suggestion" dir="auto">
          <span className="rule-label">Suggestion</span> {f.suggestion}
        </p>
      )}

      <div className="rule-actions">
        {f.dismissed ? (
          <button type="button" className="btn btn-small" disabled={pending} onClick={() => void dismissRule(f.id, false)} aria-label={`Count “${f.title}” again`}>
            Count it again
          </button>
        ) : (
          !noTarget && (
            <button
              type="button"
              className="btn btn-ghost btn-small dismiss-btn"
              disabled={pending}
              onClick={() => void dismissRule(f.id, true)}
              aria-label={`Mark “${f.title}” as not relevant to me`}
            >
              Mark as not relevant to me
            </button>
          )
        )}
      </div>
    </li>
  );
}
