/** The projects list: the query, its results, the selection and list-level actions. */
import { create } from 'zustand';
import { errorMessage } from '../api';
import { useUiStore } from './ui-store';
import { fetchQuery, mutate, onChanged } from './query-store';
import type { Project, ProjectKind, ProjectSort, TagCount } from '../../../shared/types';

export type Visibility = 'all' | 'showcased' | 'hidden';

export interface ProjectsQuery {
  search: string;
  kind: ProjectKind | null;
  tag: string | null;
  showcased: Visibility;
  sort: ProjectSort;
  /** The sort's natural order (newest first, A–Z) or its reverse. */
  reverse: boolean;
}

export const DEFAULT_QUERY: ProjectsQuery = { search: '', kind: null, tag: null, showcased: 'all', sort: 'updated', reverse: false };

interface ProjectsState {
  query: ProjectsQuery;
  projects: Project[];
  /** Projects in the database before filtering. */
  total: number;
  /** True once the first list has arrived, so the empty state does not flash. */
  loaded: boolean;
  /** True once `total` is known, from a list or from `countProjects` (which fetches no project). */
  counted: boolean;
  loading: boolean;
  error: string | null;
  tags: TagCount[];
  selectedId: string | null;
  busy: boolean;
  /**
   * Bumped after every reload, i.e. after anything that may have changed the stored projects
   * (save, delete, undo, tag review, sample). The gap analysis and the skills matrix follow it.
   */
  revision: number;

  setQuery(patch: Partial<ProjectsQuery>): void;
  clearFilters(): void;
  refresh(): Promise<void>;
  refreshTags(): Promise<void>;
  /** Learns how many projects there are without listing them (the Dashboard shows no list). */
  countProjects(): Promise<void>;
  /** Refreshes both the list and the tag filter after a change. */
  reload(): Promise<void>;
  select(id: string | null): void;
  moveSelection(delta: number): void;
  loadSample(): Promise<void>;
  deleteProject(id: string): Promise<{ id: string; title: string } | null>;
  undoDelete(): Promise<void>;
}

export function hasFilters(q: ProjectsQuery): boolean {
  return q.search.trim() !== '' || q.kind !== null || q.tag !== null || q.showcased !== 'all';
}

// Answers can arrive out of order while the user types; only the newest one is shown.
let listSeq = 0;

export const useProjectsStore = create<ProjectsState>((set, get) => ({
  query: DEFAULT_QUERY,
  projects: [],
  total: 0,
  loaded: false,
  counted: false,
  loading: false,
  error: null,
  tags: [],
  selectedId: null,
  busy: false,
  revision: 0,

  setQuery(patch) {
    set((s) => ({ query: { ...s.query, ...patch } }));
    void get().refresh();
  },

  clearFilters() {
    set((s) => ({ query: { ...DEFAULT_QUERY, sort: s.query.sort, reverse: s.query.reverse } }));
    void get().refresh();
  },

  async refresh() {
    const seq = ++listSeq;
    const { query } = get();
    set({ loading: true });
    try {
      const result = await fetchQuery('projects:list', {
        search: query.search.trim() || undefined,
        kind: query.kind,
        tag: query.tag,
        showcased: query.showcased,
        sort: query.sort,
      });
      if (seq !== listSeq) return;
      const projects = query.reverse ? [...result.projects].reverse() : result.projects;
      set({ projects, total: result.total, loaded: true, counted: true, loading: false, error: null });
    } catch (error) {
      if (seq !== listSeq) return;
      set({ loading: false, loaded: true, error: errorMessage(error) });
      useUiStore.getState().showError(`Could not load projects: ${errorMessage(error)}`);
    }
  },

  async refreshTags() {
    try {
      const tags = await fetchQuery('tags:list', {});
      set({ tags });
      // A tag filter whose tag vanished would hide everything for no visible reason.
      const { tag } = get().query;
      if (tag && !tags.some((t) => t.name === tag)) get().setQuery({ tag: null });
    } catch (error) {
      useUiStore.getState().showError(`Could not load tags: ${errorMessage(error)}`);
    }
  },

  async countProjects() {
    try {
      const { projectCount } = await fetchQuery('app:info', {});
      // A list that arrived meanwhile is newer.
      if (!get().loaded) set({ total: projectCount, counted: true });
    } catch (error) {
      useUiStore.getState().showError(`Could not count projects: ${errorMessage(error)}`);
    }
  },

  async reload() {
    const { projects, tags } = get();
    await Promise.all([get().refresh(), get().refreshTags()]);
    // Answers come from the query store: unchanged data (a screen visited again) is no new revision.
    if (get().projects !== projects || get().tags !== tags) set((s) => ({ revision: s.revision + 1 }));
  },

  select(id) {
    set({ selectedId: id });
  },

  moveSelection(delta) {
    const { projects, selectedId } = get();
    if (projects.length === 0) return;
    const index = projects.findIndex((p) => p.id === selectedId);
    const next = index < 0 ? (delta > 0 ? 0 : projects.length - 1) : Math.min(projects.length - 1, Math.max(0, index + delta));
    set({ selectedId: projects[next].id });
  },

  async loadSample() {
    set({ busy: true });
    try {
      // Resolves once the list (when shown) was read again.
      const { added } = await mutate('projects:load-sample', {});
      useUiStore.getState().toast({ message: `Loaded ${added} sample projects.` });
    } catch (error) {
      useUiStore.getState().showError(`Could not load the sample portfolio: ${errorMessage(error)}`);
    } finally {
      set({ busy: false });
    }
  },

  async deleteProject(id) {
    try {
      const deleted = await mutate('projects:delete', { id });
      if (get().selectedId === id) set({ selectedId: null });
      return deleted;
    } catch (error) {
      useUiStore.getState().showError(`Could not delete the project: ${errorMessage(error)}`);
      return null;
    }
  },

  async undoDelete() {
    try {
      const restored = await mutate('projects:undo-delete', {});
      if (restored) {
        set({ selectedId: restored.id });
        useUiStore.getState().toast({ message: `Restored “${restored.title}”.`, timeoutMs: 4000 });
      }
    } catch (error) {
      useUiStore.getState().showError(`Could not undo the deletion: ${errorMessage(error)}`);
    }
  },
}));

// A change announced by main (another window, a sync, the CLI) shows on the open list at once.
onChanged(['projects:list', 'tags:list'], () => {
  if (useProjectsStore.getState().loaded) return useProjectsStore.getState().reload();
});
