/**
 * The gap analysis shown by the Dashboard and the Gaps screen: the chosen role and job target
 * (both remembered in localStorage), the latest report and the saved targets. The report is
 * re-run after every project change (it follows the projects store's `revision`).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { ApiError, errorMessage } from '../api';
import { useProjectsStore } from './projects-store';
import { useUiStore } from './ui-store';
import { fetchQuery, mutate, onChanged } from './query-store';
import { DEFAULT_ROLE, ROLES, type RoleId } from '../../../shared/gaps/model';
import type { GapSummary } from '../../../shared/gaps';
import type { SavedTarget } from '../../../shared/ipc-contract';

interface GapsState {
  role: RoleId;
  /** The saved target the Dashboard and Gaps analyse against, or null for none. */
  targetId: string | null;
  report: GapSummary | null;
  loading: boolean;
  targets: SavedTarget[];
  targetsLoaded: boolean;
  /** Rule ids with a dismiss/undo request in flight, so their buttons can be disabled. */
  pending: string[];

  setRole(role: RoleId): void;
  setTarget(id: string | null): void;
  analyze(): Promise<void>;
  dismissRule(ruleId: string, dismissed: boolean): Promise<void>;
  loadTargets(): Promise<void>;
}

// Answers can arrive out of order when the role changes quickly; only the newest one is kept.
let analyzeSeq = 0;

export const useGapsStore = create<GapsState>()(
  persist(
    (set, get) => ({
      role: DEFAULT_ROLE,
      targetId: null,
      report: null,
      loading: false,
      targets: [],
      targetsLoaded: false,
      pending: [],

      setRole(role) {
        if (role === get().role) return;
        set({ role });
        void get().analyze();
      },

      setTarget(id) {
        if (id === get().targetId) return;
        set({ targetId: id });
        void get().analyze();
      },

      async analyze() {
        const seq = ++analyzeSeq;
        const { role, targetId } = get();
        set({ loading: true });
        try {
          const report = await fetchQuery('gaps:analyze', { role, targetId });
          if (seq !== analyzeSeq) return;
          set({ report, loading: false });
        } catch (error) {
          if (seq !== analyzeSeq) return;
          // A remembered target deleted elsewhere: fall back to no target rather than failing.
          if (targetId && error instanceof ApiError && error.code === 'NOT_FOUND') {
            set({ targetId: null });
            void get().loadTargets();
            void get().analyze();
            return;
          }
          set({ loading: false });
          useUiStore.getState().showError(`Could not analyse your portfolio: ${errorMessage(error)}`);
        }
      },

      async dismissRule(ruleId, dismissed) {
        set((s) => ({ pending: [...s.pending, ruleId] }));
        try {
          // Resolves once the analysis was run again.
          await mutate('gaps:dismiss-rule', { ruleId, dismissed });
        } catch (error) {
          useUiStore.getState().showError(`Could not update the rule: ${errorMessage(error)}`);
        } finally {
          set((s) => ({ pending: s.pending.filter((id) => id !== ruleId) }));
        }
      },

      async loadTargets() {
        try {
          const targets = await fetchQuery('targets:list', {});
          set({ targets, targetsLoaded: true });
          const { targetId } = get();
          if (targetId && !targets.some((t) => t.id === targetId)) get().setTarget(null);
        } catch (error) {
          set({ targetsLoaded: true });
          useUiStore.getState().showError(`Could not load your job targets: ${errorMessage(error)}`);
        }
      },
    }),
    {
      name: 'showcase.gaps',
      storage: createJSONStorage(() => window.localStorage),
      partialize: (s) => ({ role: s.role, targetId: s.targetId }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<Pick<GapsState, 'role' | 'targetId'>>;
        return {
          ...current,
          role: ROLES.some((r) => r.id === p.role) ? (p.role as RoleId) : current.role,
          targetId: typeof p.targetId === 'string' ? p.targetId : null,
        };
      },
    },
  ),
);

// Any project change (save, delete, undo, tag review, sample) re-runs the analysis at once,
// once a screen has asked for it.
useProjectsStore.subscribe((state, prev) => {
  if (state.revision !== prev.revision && useGapsStore.getState().report) void useGapsStore.getState().analyze();
});

// So does a change announced by main to anything else the analysis or the targets read.
onChanged(['gaps:analyze'], () => {
  if (useGapsStore.getState().report) return useGapsStore.getState().analyze();
});
onChanged(['targets:list'], () => {
  if (useGapsStore.getState().targetsLoaded) return useGapsStore.getState().loadTargets();
});
