import { useEffect, useRef, useState } from 'react';
import { hasFilters, useProjectsStore, type Visibility } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';
import { KIND_LABELS, PROJECT_KINDS, type ProjectKind, type ProjectSort } from '../../../shared/types';
import { SEARCH_INPUT_ID } from '../lib/keys';

const SEARCH_DEBOUNCE_MS = 100;

/** What each sort shows first, in its natural order and reversed. */
const SORT_DIRECTION: Record<ProjectSort, [string, string]> = {
  updated: ['Recently updated first', 'Least recently updated first'],
  title: ['Title A to Z', 'Title Z to A'],
  start: ['Newest start first', 'Oldest start first'],
};

export function ProjectsToolbar() {
  const query = useProjectsStore((s) => s.query);
  const setQuery = useProjectsStore((s) => s.setQuery);
  const tags = useProjectsStore((s) => s.tags);
  const count = useProjectsStore((s) => s.projects.length);
  const total = useProjectsStore((s) => s.total);
  const clearFilters = useProjectsStore((s) => s.clearFilters);
  const openNew = useEditorStore((s) => s.openNew);
  const [search, setSearch] = useState(query.search);
  const timer = useRef<number | undefined>(undefined);

  // Clearing filters from elsewhere resets the box too.
  useEffect(() => {
    setSearch((current) => (current.trim() === query.search.trim() ? current : query.search));
  }, [query.search]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onSearch(value: string) {
    setSearch(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setQuery({ search: value }), SEARCH_DEBOUNCE_MS);
  }

  return (
    <div className="toolbar">
      <div className="toolbar-head">
        <h1 id="projects-heading">Projects</h1>
        <p className="count" aria-live="polite">
          {count === total ? `${total} ${total === 1 ? 'project' : 'projects'}` : `${count} of ${total} projects`}
        </p>
        <button type="button" className="btn btn-primary" onClick={openNew} title="New project (Ctrl+N)">
          + New project
        </button>
      </div>
      <div className="toolbar-filters">
        <div className="search">
          <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
            Search projects
          </label>
          <span className="search-icon" aria-hidden="true">⌕</span>
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            placeholder="Search title, summary, tags"
            value={search}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.getElementById('project-list')?.focus();
                if (!useProjectsStore.getState().selectedId) useProjectsStore.getState().moveSelection(1);
              } else if (e.key === 'Escape' && search) {
                e.preventDefault();
                onSearch('');
              }
            }}
          />
          <kbd className="search-kbd" aria-hidden="true">/</kbd>
        </div>
        <label className="sr-only" htmlFor="filter-kind">Kind</label>
        <select
          id="filter-kind"
          value={query.kind ?? ''}
          onChange={(e) => setQuery({ kind: (e.target.value || null) as ProjectKind | null })}
        >
          <option value="">All kinds</option>
          {PROJECT_KINDS.map((k) => (
            <option key={k} value={k}>{KIND_LABELS[k]}</option>
          ))}
        </select>
        <label className="sr-only" htmlFor="filter-tag">Technology</label>
        <select id="filter-tag" value={query.tag ?? ''} onChange={(e) => setQuery({ tag: e.target.value || null })}>
          <option value="">All technologies</option>
          {tags.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name} ({t.count})
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="filter-visibility">Visibility</label>
        <select
          id="filter-visibility"
          value={query.showcased}
          onChange={(e) => setQuery({ showcased: e.target.value as Visibility })}
        >
          <option value="all">Any visibility</option>
          <option value="showcased">Showcased only</option>
          <option value="hidden">Hidden only</option>
        </select>
        <div className="sort-control">
          <label className="sr-only" htmlFor="sort">Sort by</label>
          <select id="sort" value={query.sort} onChange={(e) => setQuery({ sort: e.target.value as ProjectSort })}>
            <option value="updated">Updated</option>
            <option value="title">Title</option>
            <option value="start">Start date</option>
          </select>
          <button
            type="button"
            className="btn btn-small sort-dir"
            aria-label={SORT_DIRECTION[query.sort][query.reverse ? 1 : 0]}
            title={`${SORT_DIRECTION[query.sort][query.reverse ? 1 : 0]} (click to reverse)`}
            onClick={() => setQuery({ reverse: !query.reverse })}
          >
            <span aria-hidden="true">{query.reverse ? '↑' : '↓'}</span>
          </button>
        </div>
        {hasFilters(query) && (
          <button type="button" className="btn btn-ghost btn-small" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
