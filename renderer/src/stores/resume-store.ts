/** The resume (basics and every section) as the Profile & experience screen edits it. */
import { create } from 'zustand';
import { api, ApiError, errorMessage, type FieldIssue } from '../api';
import { useUiStore } from './ui-store';
import { fetchQuery, onChanged } from './query-store';
import type { Resume, SectionEntry, SectionKey } from '../../../shared/resume-types';
import type { ChannelArgs } from '../../../shared/ipc-contract';

/** A save's outcome: saved, or the field issues to show inline. */
export type SaveOutcome = { ok: true } | { ok: false; issues: FieldIssue[]; message: string };

interface ResumeState {
  resume: Resume | null;
  loading: boolean;
  error: string | null;
  /** Bumped after every change, so views that show the resume (the export preview) follow it. */
  revision: number;
  load(): Promise<void>;
  setBasics(basics: ChannelArgs<'resume:set-basics'>['basics']): Promise<SaveOutcome>;
  saveEntry(section: SectionKey, entry: Record<string, unknown>, index?: number): Promise<SaveOutcome>;
  deleteEntry(section: SectionKey, id: string): Promise<{ id: string; title: string } | null>;
  moveEntry(section: SectionKey, id: string, toIndex: number): Promise<void>;
}

function failure(error: unknown): SaveOutcome {
  // Issues come back named from the channel's argument ("entry.endDate"): the form names fields alone.
  if (error instanceof ApiError && error.code === 'VALIDATION') return { ok: false, issues: error.issues.map((i) => ({ ...i, path: i.path.replace(/^(basics|entry)\./, '') })), message: error.message };
  useUiStore.getState().showError(`Could not save: ${errorMessage(error)}`);
  return { ok: false, issues: [], message: errorMessage(error) };
}

export const useResumeStore = create<ResumeState>((set, get) => {
  /** Replaces one section in the held resume with what main answered. */
  function putSection(section: SectionKey, entries: Array<SectionEntry<SectionKey>>): void {
    const resume = get().resume;
    if (!resume) return;
    set({ resume: { ...resume, [section]: entries }, revision: get().revision + 1 });
  }

  return {
    resume: null,
    loading: false,
    error: null,
    revision: 0,
    async load() {
      set({ loading: true });
      try {
        set({ resume: await fetchQuery('resume:get', {}), error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ loading: false });
      }
    },
    async setBasics(basics) {
      try {
        const saved = await api.setBasics({ basics });
        const resume = get().resume;
        if (resume) set({ resume: { ...resume, basics: saved }, revision: get().revision + 1 });
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async saveEntry(section, entry, index) {
      try {
        const saved = await api.saveResumeEntry({ section, entry, ...(index === undefined ? {} : { index }) } as ChannelArgs<'resume:save-entry'>);
        const list = [...((get().resume?.[section] ?? []) as Array<SectionEntry<SectionKey>>)];
        const at = list.findIndex((e) => e.id === saved.id);
        if (at >= 0) list[at] = saved;
        else list.splice(index ?? list.length, 0, saved);
        putSection(section, list);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async deleteEntry(section, id) {
      try {
        const removed = await api.deleteResumeEntry({ section, id });
        putSection(section, ((get().resume?.[section] ?? []) as Array<SectionEntry<SectionKey>>).filter((e) => e.id !== id));
        return removed;
      } catch (error) {
        useUiStore.getState().showError(`Could not delete: ${errorMessage(error)}`);
        return null;
      }
    },
    async moveEntry(section, id, toIndex) {
      try {
        putSection(section, await api.moveResumeEntry({ section, id, toIndex }));
      } catch (error) {
        useUiStore.getState().showError(`Could not move it: ${errorMessage(error)}`);
      }
    },
  };
});

// A change to the resume from anywhere (the profile card, an import, another window, the CLI)
// shows on the open screen; this store's own saves are already in it, and read back the same.
onChanged(['resume:get'], () => {
  if (useResumeStore.getState().resume) return useResumeStore.getState().load();
});
