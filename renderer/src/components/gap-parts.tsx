/** Small pieces shared by the Dashboard, Gaps and Target screens. */
import type { Evidence, RuleFinding } from '../../../shared/gaps';
import { ROLES, type RoleId, type Weight } from '../../../shared/gaps/model';
import { useGapsStore } from '../stores/gaps-store';
import { condenseEvidence, displayStatus, evidenceLabel, evidenceWhat, openProject, sourceText, STATUS_TEXT, WEIGHT_TEXT } from '../lib/gaps';

export function StatusBadge({ finding }: { finding: RuleFinding }) {
  const status = displayStatus(finding);
  const text = finding.dismissed && !finding.counted ? 'Not relevant (you said)' : STATUS_TEXT[status];
  return <span className={`badge gap-status gap-status-${status}`}>{text}</span>;
}

export function WeightChip({ weight }: { weight: Weight }) {
  return <span className={`chip weight-chip weight-${weight}`}>{WEIGHT_TEXT[weight]}</span>;
}

interface EvidenceListProps {
  evidence: Evidence[];
  /** Condense to one piece per project and show at most this many; the rest become "+N more". */
  limit?: number;
  label: string;
}

/** Each piece of evidence is a button that opens its project in the editor. */
export function EvidenceList({ evidence, limit, label }: EvidenceListProps) {
  if (evidence.length === 0) return null;
  const pool = limit ? condenseEvidence(evidence) : evidence;
  const shown = limit ? pool.slice(0, limit) : pool;
  const more = pool.length - shown.length;
  return (
    <ul className="evidence-list" aria-label={label}>
      {shown.map((e, i) => {
        const what = evidenceWhat(e);
        return (
          <li key={`${e.projectId}:${e.tag ?? ''}:${e.kind ?? ''}:${e.repository ?? ''}:${i}`}>
            <button
              type="button"
              className={`evidence evidence-${e.source}`}
              aria-label={evidenceLabel(e)}
              title={e.evidence ? `${sourceText(e)}: ${e.evidence}` : sourceText(e)}
              onClick={() => openProject(e.projectId)}
            >
              <span className="evidence-project" dir="auto">{e.project}</span>
              {what && (
                <>
                  <span className="evidence-sep" aria-hidden="true">·</span>
                  <span className="evidence-what" dir="auto">{what}</span>
                </>
              )}
              <span className="evidence-source">{e.source === 'detected' ? 'detected' : 'you'}</span>
            </button>
            {e.source === 'detected' && e.evidence && (
              <span className="evidence-detail" dir="auto">
                {e.evidence}
              </span>
            )}
          </li>
        );
      })}
      {more > 0 && <li className="evidence-more">+{more} more {more === 1 ? 'project' : 'projects'}</li>}
    </ul>
  );
}

/** "Target: Acme backend role ×" — which saved target the analysis uses, with a way to clear it. */
export function TargetChip() {
  const targetId = useGapsStore((s) => s.targetId);
  const name = useGapsStore((s) => s.report?.target?.name ?? s.targets.find((t) => t.id === s.targetId)?.name);
  const setTarget = useGapsStore((s) => s.setTarget);
  if (!targetId || !name) return null;
  return (
    <span className="target-chip">
      <span className="target-chip-text">
        Target: <span dir="auto">{name}</span>
      </span>
      <button type="button" className="chip-remove" aria-label={`Clear target ${name}`} title="Stop analysing against this target" onClick={() => setTarget(null)}>
        ×
      </button>
    </span>
  );
}

/** The role the score is computed for, as a row of radio chips (arrow keys move between them). */
export function RolePicker() {
  const role = useGapsStore((s) => s.role);
  const setRole = useGapsStore((s) => s.setRole);
  return (
    <fieldset className="role-picker">
      <legend className="sr-only">Role</legend>
      {ROLES.map((r) => (
        <label key={r.id} className={`toggle-chip role-chip ${r.id === role ? 'is-on' : ''}`}>
          <input
            type="radio"
            name="role"
            className="role-radio"
            value={r.id}
            checked={r.id === role}
            onChange={() => setRole(r.id as RoleId)}
          />
          {r.label}
        </label>
      ))}
    </fieldset>
  );
}
