/** Which projects an export holds: all showcased, for a role, for a saved job target, or picked and ordered. */
import { useRef } from 'react';
import { ROLES } from '../../../../shared/gaps/model';
import type { ExportRoleId, ProjectSelection } from '../../../../shared/export-types';
import type { Project } from '../../../../shared/types';

export function SelectionCard({
  selection,
  onChange,
  projects,
  targets,
}: {
  selection: ProjectSelection;
  onChange(s: ProjectSelection): void;
  projects: Project[];
  targets: Array<{ id: string; name: string }>;
}) {
  const lastRole = useRef<ExportRoleId>('backend');
  const lastTarget = useRef<string>('');
  if (selection.mode === 'role') lastRole.current = selection.role;
  if (selection.mode === 'target') lastTarget.current = selection.targetId;
  const manualIds = selection.mode === 'manual' ? selection.projectIds : [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  const picked = manualIds.filter((id) => byId.has(id));
  const unpicked = projects.filter((p) => !manualIds.includes(p.id));

  function setMode(mode: ProjectSelection['mode']) {
    if (mode === selection.mode) return;
    if (mode === 'showcased') onChange({ mode });
    else if (mode === 'role') onChange({ mode, role: lastRole.current });
    else if (mode === 'target') {
      const id = lastTarget.current || targets[0]?.id;
      if (id) onChange({ mode, targetId: id });
    } else if (mode === 'manual') onChange({ mode, projectIds: projects.filter((p) => p.showcased).map((p) => p.id) });
  }

  function move(index: number, delta: number) {
    const next = [...picked];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item);
    onChange({ mode: 'manual', projectIds: next });
  }

  const radio = (mode: ProjectSelection['mode'], label: string, disabled = false) => (
    <label className={`radio-line ${disabled ? 'is-disabled' : ''}`}>
      <input type="radio" name="selection-mode" checked={selection.mode === mode} disabled={disabled} onChange={() => setMode(mode)} />
      {label}
    </label>
  );

  return (
    <section className="card" aria-labelledby="selection-heading">
      <h2 id="selection-heading" className="card-title">
        Projects
      </h2>
      <div className="radio-group" role="radiogroup" aria-labelledby="selection-heading">
        {radio('showcased', 'All showcased')}
        <div className="radio-with">
          {radio('role', 'For a role')}
          {selection.mode === 'role' && (
            <select aria-label="Role" value={selection.role} onChange={(e) => onChange({ mode: 'role', role: e.target.value as ExportRoleId })}>
              {ROLES.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </div>
        <div className="radio-with">
          {radio('target', targets.length ? 'For a saved job target' : 'For a saved job target (none saved yet)', targets.length === 0)}
          {selection.mode === 'target' && (
            <select aria-label="Job target" value={selection.targetId} onChange={(e) => onChange({ mode: 'target', targetId: e.target.value })}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </div>
        {radio('manual', 'Pick and order')}
        {selection.mode === 'technologies' && <p className="small muted">Technologies: {selection.technologies.join(', ')}</p>}
      </div>
      {selection.mode === 'manual' && (
        <ul className="pick-list" aria-label="Projects to export">
          {picked.map((id, i) => {
            const p = byId.get(id)!;
            return (
              <li key={id} className="pick-item is-picked">
                <label className="check">
                  <input type="checkbox" checked onChange={() => onChange({ mode: 'manual', projectIds: picked.filter((x) => x !== id) })} />
                  <span className="pick-order">{i + 1}.</span>
                  <span dir="auto">{p.title}</span>
                </label>
                <span className="pick-move">
                  <button type="button" className="icon-btn move-btn" aria-label={`Move ${p.title} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-btn move-btn" aria-label={`Move ${p.title} down`} disabled={i === picked.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
          {unpicked.map((p) => (
            <li key={p.id} className="pick-item">
              <label className="check">
                <input type="checkbox" checked={false} onChange={() => onChange({ mode: 'manual', projectIds: [...picked, p.id] })} />
                <span dir="auto">{p.title}</span>
                {!p.showcased && <span className="badge badge-hidden">Hidden</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
