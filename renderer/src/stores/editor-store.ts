/** The project editor: which project is open, its draft, validation and saving. */
import { create } from 'zustand';
import { ApiError, errorMessage, type FieldIssue } from '../api';
import { fetchQuery, mutate } from './query-store';
import { useProjectsStore } from './projects-store';
import { useUiStore } from './ui-store';
import { draftFromProject, draftToInput, emptyDraft, tagKey, validateDraft, type ProjectDraft } from '../lib/project-draft';
import type { Project, ProjectKind } from '../../../shared/types';
import { focusProjectList } from '../lib/keys';
import type { ChannelArgs } from '../../../shared/ipc-contract';

type ProjectArgs = ChannelArgs<'projects:create'>['project'];

export type EditorMode = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; project: Project };

interface EditorState {
  mode: EditorMode;
  draft: ProjectDraft;
  /** Field issues shown inline, from the shared schema or from the core. */
  issues: FieldIssue[];
  /** Issues are shown live once the user has tried to save. */
  attempted: boolean;
  saving: boolean;
  loading: boolean;
  error: string | null;
  dirty: boolean;
  /** What the user asked for while the draft had unsaved edits: run once they discard them. */
  pendingLeave: (() => void) | null;

  /** Opens an empty editor (asking first when the open draft has unsaved edits). */
  openNew(): void;
  /** Opens a project (asking first when the open draft has unsaved edits). */
  openExisting(id: string): Promise<void>;
  /** Closes the editor without saving: Escape and Cancel (asking first when there are unsaved edits). */
  cancel(): void;
  /** Closes at once, dropping the draft (after a save or a deletion). */
  close(): void;
  discardAndLeave(): void;
  keepEditing(): void;
  update(patch: Partial<ProjectDraft> | ((d: ProjectDraft) => Partial<ProjectDraft>)): void;
  save(): Promise<boolean>;
  setTagState(name: string, state: 'accepted' | 'rejected'): Promise<void>;
  setKindState(kind: ProjectKind, state: 'accepted' | 'rejected'): Promise<void>;
}

const closedState = { issues: [], attempted: false, saving: false, loading: false, error: null, dirty: false, pendingLeave: null };

/** A project the user opened while a save was still on its way: opened once the save lands, instead of the save closing it. */
let openAfterSave: string | null = null;

export const useEditorStore = create<EditorState>((set, get) => {
  /** Runs `action` now, or once the user agrees to drop the unsaved edits. */
  function guard(action: () => void) {
    const { dirty, mode } = get();
    if (dirty && mode.kind !== 'closed') set({ pendingLeave: action });
    else action();
  }

  async function load(id: string) {
    useProjectsStore.getState().select(id);
    set({ loading: true, error: null });
    try {
      const project = await fetchQuery('projects:get', { id });
      set({ mode: { kind: 'edit', project }, draft: draftFromProject(project), ...closedState });
    } catch (error) {
      set({ loading: false });
      useUiStore.getState().showError(`Could not open the project: ${errorMessage(error)}`);
    }
  }

  return {
    mode: { kind: 'closed' },
    draft: emptyDraft(),
    ...closedState,

    openNew() {
      guard(() => set({ mode: { kind: 'new' }, draft: emptyDraft(), ...closedState }));
    },

    async openExisting(id) {
      const { mode } = get();
      if (get().saving) {
        openAfterSave = id;
        return;
      }
      if (mode.kind === 'edit' && mode.project.id === id) return;
      guard(() => void load(id));
    },

    cancel() {
      guard(() => {
        get().close();
        focusProjectList();
      });
    },

    close() {
      set({ mode: { kind: 'closed' }, draft: emptyDraft(), ...closedState });
    },

    discardAndLeave() {
      const action = get().pendingLeave;
      set({ pendingLeave: null, dirty: false });
      action?.();
    },

    keepEditing() {
      set({ pendingLeave: null });
    },

    update(patch) {
      const draft = { ...get().draft, ...(typeof patch === 'function' ? patch(get().draft) : patch) };
      set({ draft, dirty: true, issues: get().attempted ? validateDraft(draft) : get().issues });
    },

    async save() {
      const { draft, mode } = get();
      if (mode.kind === 'closed' || get().saving) return false;
      const issues = validateDraft(draft);
      if (issues.length > 0) {
        set({ issues, attempted: true });
        return false;
      }
      set({ saving: true, error: null });
      try {
        const input = draftToInput(draft);
        // Resolves once the list (when shown) was read again.
        const saved = mode.kind === 'edit' ? await mutate('projects:update', { id: mode.project.id, project: input as ProjectArgs }) : await mutate('projects:create', { project: input as ProjectArgs });
        get().close();
        const next = openAfterSave;
        openAfterSave = null;
        useUiStore.getState().toast({ message: `Saved “${saved.title}”.`, timeoutMs: 4000 });
        // A project clicked while the save was on its way opens now, read after the save.
        if (next) void load(next);
        else {
          useProjectsStore.getState().select(saved.id);
          focusProjectList();
        }
        return true;
      } catch (error) {
        // The save failed: the editor stays on the unsaved project, so a click made meanwhile is not followed.
        openAfterSave = null;
        if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
          set({ saving: false, attempted: true, issues: error.issues, error: null });
        } else {
          set({ saving: false, error: errorMessage(error) });
        }
        return false;
      }
    },

    async setTagState(name, state) {
      const { mode } = get();
      if (mode.kind !== 'edit') return;
      try {
        const project = await mutate('projects:set-tag-state', { id: mode.project.id, name, state });
        // Keep the user's other unsaved edits; take only the reviewed tag's new state.
        const fresh = project.tags.find((t) => tagKey(t.name) === tagKey(name));
        set((s) => ({
          mode: { kind: 'edit', project },
          draft: {
            ...s.draft,
            tags: s.draft.tags.map((t) => (fresh && tagKey(t.name) === tagKey(name) ? { ...t, state: fresh.state } : t)),
          },
        }));
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async setKindState(kind, state) {
      const { mode } = get();
      if (mode.kind !== 'edit') return;
      try {
        const project = await mutate('projects:set-kind-state', { id: mode.project.id, kind, state });
        const fresh = project.kinds.find((k) => k.kind === kind);
        set((s) => ({
          mode: { kind: 'edit', project },
          draft: { ...s.draft, kinds: s.draft.kinds.map((k) => (fresh && k.kind === kind ? { ...k, state: fresh.state } : k)) },
        }));
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});
