import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { hasFilters, useProjectsStore } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';
import { KIND_LABELS, STATUS_LABELS, type Project } from '../../../shared/types';
import { projectPeriod } from '../../../shared/dates';
import { PROJECT_LIST_ID } from '../lib/keys';
import { isActiveKind, visibleTags } from '../lib/project-draft';

const ROW_HEIGHT = 88;
const MAX_TAGS = 4;

export function ProjectList() {
  const projects = useProjectsStore((s) => s.projects);
  const selectedId = useProjectsStore((s) => s.selectedId);
  const query = useProjectsStore((s) => s.query);
  const loaded = useProjectsStore((s) => s.loaded);
  const select = useProjectsStore((s) => s.select);
  const moveSelection = useProjectsStore((s) => s.moveSelection);
  const clearFilters = useProjectsStore((s) => s.clearFilters);
  const openExisting = useEditorStore((s) => s.openExisting);
  const openId = useEditorStore((s) => (s.mode.kind === 'edit' ? s.mode.project.id : null));
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: projects.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => projects[i].id,
  });

  const selectedIndex = projects.findIndex((p) => p.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  if (loaded && projects.length === 0 && hasFilters(query)) {
    return (
      <div className="no-match">
        <h2>No projects match</h2>
        <p className="muted">Nothing fits the current search and filters.</p>
        <button type="button" className="btn" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  if (loaded && projects.length === 0) {
    return (
      <div className="no-match">
        <p className="muted">No projects yet. Fill in the form to add your first one.</p>
      </div>
    );
  }

  function open(project: Project) {
    void openExisting(project.id);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 5) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (e.key in moves) {
      e.preventDefault();
      const delta = moves[e.key];
      moveSelection(Number.isFinite(delta) ? delta : delta > 0 ? projects.length : -projects.length);
    } else if (e.key === 'Enter') {
      const project = projects.find((p) => p.id === selectedId);
      if (project) {
        e.preventDefault();
        open(project);
      }
    }
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div
      id={PROJECT_LIST_ID}
      ref={scrollRef}
      className="project-list"
      role="listbox"
      aria-label="Projects"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? `project-row-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (!selectedId && projects.length > 0) select(projects[0].id);
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const project = projects[item.index];
          return (
            <ProjectRow
              key={item.key}
              project={project}
              selected={project.id === selectedId}
              open={project.id === openId}
              top={item.start}
              onClick={() => open(project)}
            />
          );
        })}
      </div>
    </div>
  );
}

interface ProjectRowProps {
  project: Project;
  selected: boolean;
  open: boolean;
  top: number;
  onClick(): void;
}

function ProjectRow({ project, selected, open, top, onClick }: ProjectRowProps) {
  const kinds = project.kinds.filter(isActiveKind);
  const tags = visibleTags(project.tags);
  const suggested = project.tags.filter((t) => t.state === 'suggested' && t.source === 'detected').length;
  const period = projectPeriod(project.startDate, project.endDate, project.status);
  return (
    <div
      id={`project-row-${project.id}`}
      role="option"
      aria-selected={selected}
      className={`project-row ${selected ? 'is-selected' : ''} ${open ? 'is-open' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={onClick}
    >
      <div className="row-line row-title-line">
        <span className="row-title" dir="auto" title={project.title}>
          {project.title}
        </span>
        {!project.showcased && <span className="badge badge-hidden">Hidden</span>}
        <span className={`badge status status-${project.status}`}>{STATUS_LABELS[project.status]}</span>
      </div>
      <div className="row-line">
        <span className="row-summary muted" dir="auto">
          {project.summary || 'No summary yet'}
        </span>
      </div>
      <div className="row-line row-meta">
        <span className="row-chips">
          {kinds.map((k) => (
            <span key={k.kind} className="chip chip-kind">{KIND_LABELS[k.kind]}</span>
          ))}
          {tags.slice(0, MAX_TAGS).map((t) => (
            <span key={t.name} className="chip" dir="auto">{t.name}</span>
          ))}
          {tags.length > MAX_TAGS && <span className="chip chip-more">+{tags.length - MAX_TAGS}</span>}
          {suggested > 0 && <span className="chip chip-suggested">{suggested} to review</span>}
          {kinds.length === 0 && tags.length === 0 && suggested === 0 && <span className="row-none">No kind or technologies yet</span>}
        </span>
        {period && <span className="row-dates muted">{period}</span>}
      </div>
    </div>
  );
}
