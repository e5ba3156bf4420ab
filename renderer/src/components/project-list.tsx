import { useEffect, useRef, useState } from 'react';
import { useChipsShown } from '../lib/chips';
import { useVirtualizer } from '@tanstack/react-virtual';
import { hasFilters, useProjectsStore } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';
import { KIND_LABELS, STATUS_LABELS, type Project } from '../../../shared/types';
import { projectPeriod } from '../../../shared/dates';
import { PROJECT_LIST_ID } from '../lib/keys';
import { isActiveKind, visibleTags } from '../lib/project-draft';

const ROW_HEIGHT = 92;
/** Tags put in a row at most; those that do not fit its width are counted in "+N". */
const MAX_TAGS = 8;

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

  // Rows count the chips that fit their width: they follow the list's width.
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

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
              width={width}
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
  width: number;
  onClick(): void;
}

function ProjectRow({ project, selected, open, top, width, onClick }: ProjectRowProps) {
  const kinds = project.kinds.filter(isActiveKind);
  const tags = visibleTags(project.tags);
  const suggested = project.tags.filter((t) => t.state === 'suggested' && t.source === 'detected').length;
  const period = projectPeriod(project.startDate, project.endDate, project.status);
  // Chips that wrap onto the row's hidden second line are not seen: "+N" counts them.
  const chipsRef = useRef<HTMLSpanElement>(null);
  const shownTags = useChipsShown(chipsRef, '.chip-tag-name', Math.min(tags.length, MAX_TAGS), [project, width]);
  const more = tags.length - shownTags;
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
        <span className="row-chips" ref={chipsRef}>
          {kinds.map((k) => (
            <span key={k.kind} className="chip chip-kind">{KIND_LABELS[k.kind]}</span>
          ))}
          {tags.slice(0, MAX_TAGS).map((t) => (
            <span key={t.name} className="chip chip-tag-name" dir="auto" title={t.name}>{t.name}</span>
          ))}
          {kinds.length === 0 && tags.length === 0 && suggested === 0 && <span className="row-none">No kind or technologies yet</span>}
        </span>
        {/* What is left over and what waits for review never give way to the chips. */}
        {(more > 0 || suggested > 0) && (
          <span className="row-extra">
            {more > 0 && <span className="chip chip-more" title={tags.slice(shownTags).map((t) => t.name).join(', ')}>+{more}</span>}
            {suggested > 0 && <span className="chip chip-suggested">{suggested} to review</span>}
          </span>
        )}
        {period && <span className="row-dates muted">{period}</span>}
      </div>
    </div>
  );
}
