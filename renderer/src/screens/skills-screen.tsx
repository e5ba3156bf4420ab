import { useMemo, useState } from 'react';
import { errorMessage } from '../api-errors';
import { useQuery } from '../stores/query-store';
import { useUiStore } from '../stores/ui-store';
import { openProject } from '../lib/gaps';
import { CATEGORY_LABELS, TECH_CATEGORIES, findTechnology, normalizeTechKey, technologyById, type TechCategory } from '../../../shared/taxonomy';
import type { Project, ProjectTag } from '../../../shared/types';

interface Row {
  key: string;
  name: string;
  custom: boolean;
  /** The project's tag for this technology, by project id. */
  cells: Map<string, ProjectTag>;
}

interface Group {
  id: TechCategory | 'custom';
  label: string;
  rows: Row[];
}

function techOf(tag: ProjectTag) {
  return (tag.techId ? technologyById(tag.techId) : undefined) ?? findTechnology(tag.name);
}

/** Technologies (rows, grouped by taxonomy category) × showcased projects; rejected tags never count. */
function buildMatrix(projects: Project[]): Group[] {
  const rows = new Map<string, Row & { category: TechCategory | 'custom' }>();
  for (const p of projects) {
    for (const tag of p.tags) {
      if (tag.state === 'rejected') continue;
      const tech = techOf(tag);
      const key = tech ? tech.id : `custom:${normalizeTechKey(tag.name)}`;
      let row = rows.get(key);
      if (!row) {
        row = { key, name: tech?.name ?? tag.name, custom: !tech, category: tech?.category ?? 'custom', cells: new Map() };
        rows.set(key, row);
      }
      const existing = row.cells.get(p.id);
      // A manual tag wins over a detected duplicate: the user's word is the stronger evidence.
      if (!existing || (existing.source === 'detected' && tag.source === 'manual')) row.cells.set(p.id, tag);
    }
  }
  const byName = (a: Row, b: Row) => b.cells.size - a.cells.size || a.name.localeCompare(b.name);
  const groups: Group[] = [];
  for (const id of [...TECH_CATEGORIES, 'custom' as const]) {
    const list = [...rows.values()].filter((r) => r.category === id).sort(byName);
    if (list.length) groups.push({ id, label: id === 'custom' ? 'Other (custom)' : CATEGORY_LABELS[id], rows: list });
  }
  return groups;
}

function markOf(tag: ProjectTag): { kind: 'manual' | 'detected' | 'suggested'; text: string } {
  if (tag.source === 'manual') return { kind: 'manual', text: 'added by you' };
  const evidence = tag.evidence ? `: ${tag.evidence}` : '';
  if (tag.state === 'suggested') return { kind: 'suggested', text: `detected, not reviewed yet${evidence}` };
  return { kind: 'detected', text: `detected${evidence}` };
}

const NO_PROJECTS: Project[] = [];

export function SkillsScreen() {
  const [failed, setFailed] = useState(false);
  // Refetched when a write changes projects (the query store hears it).
  const result = useQuery('projects:list', { showcased: 'showcased', sort: 'title' }, {
    onError(error) {
      setFailed(true);
      useUiStore.getState().showError(`Could not load the skills matrix: ${errorMessage(error)}`);
    },
  });
  const projects: Project[] | null = result?.projects ?? (failed ? NO_PROJECTS : null);

  const groups = useMemo(() => (projects ? buildMatrix(projects) : []), [projects]);
  const techCount = groups.reduce((n, g) => n + g.rows.length, 0);

  return (
    <div className="screen skills-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="skills-heading">Skills</h1>
          {projects && (
            <p className="count">
              {techCount} {techCount === 1 ? 'technology' : 'technologies'} across {projects.length} showcased{' '}
              {projects.length === 1 ? 'project' : 'projects'}
            </p>
          )}
        </div>
        <ul className="matrix-legend" aria-label="Legend">
          <li>
            <span className="mark mark-manual" aria-hidden="true" /> Added by you
          </li>
          <li>
            <span className="mark mark-detected" aria-hidden="true" /> Detected, accepted
          </li>
          <li>
            <span className="mark mark-suggested" aria-hidden="true" /> Detected, not reviewed yet
          </li>
        </ul>
      </header>
      <div className="screen-body matrix-body">
        {!projects ? (
          <p className="muted">Loading…</p>
        ) : projects.length === 0 || techCount === 0 ? (
          <p className="muted">
            {projects.length === 0
              ? 'No showcased projects yet. Add a project (or show a hidden one) to see your skills here.'
              : 'Your showcased projects have no technologies yet. Add some in the Projects screen.'}
          </p>
        ) : (
          <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Skills matrix, scrolls both ways">
            <table className="matrix" aria-labelledby="skills-heading">
              <thead>
                <tr>
                  <th scope="col" className="matrix-corner">
                    Technology
                  </th>
                  {projects.map((p) => (
                    <th key={p.id} scope="col" className="matrix-project">
                      <button type="button" className="matrix-project-btn" title={`Open ${p.title}`} onClick={() => openProject(p.id)}>
                        <span dir="auto">{p.title}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              {groups.map((g) => (
                <tbody key={g.id}>
                  <tr className="matrix-group">
                    <th scope="rowgroup" className="matrix-group-label">
                      {g.label}
                    </th>
                    <td colSpan={projects.length} className="matrix-group-fill" />
                  </tr>
                  {g.rows.map((row) => (
                    <tr key={row.key} className="matrix-row" data-tech={row.name}>
                      <th scope="row" className="matrix-tech">
                        <span dir="auto">{row.name}</span>
                        <span className="matrix-tech-count">{row.cells.size}</span>
                      </th>
                      {projects.map((p) => {
                        const tag = row.cells.get(p.id);
                        if (!tag) return <td key={p.id} className="matrix-cell" />;
                        const mark = markOf(tag);
                        const label = `${row.name} in ${p.title}: ${mark.text}`;
                        return (
                          <td key={p.id} className="matrix-cell" data-project={p.title}>
                            <span className={`mark mark-${mark.kind}`} role="img" aria-label={label} title={label} />
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
