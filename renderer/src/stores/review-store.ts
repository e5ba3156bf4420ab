/**
 * The review queue: detected suggestions waiting for the user's word, across projects and
 * repositories. Decisions go through `mutate`: the queue, the projects (so the gap analysis
 * sees them) and the open editor read again before a decision resolves.
 */
import { create } from 'zustand';
import { errorMessage } from '../api';
import { fetchQuery, mutate, onChanged } from './query-store';
import { useEditorStore } from './editor-store';
import { tagKey } from '../lib/project-draft';
import { useUiStore } from './ui-store';
import type { PendingSuggestion, ReviewVerdict, SuggestionRef } from '../../../shared/review-types';

interface ReviewState {
  suggestions: PendingSuggestion[];
  total: number;
  canUndo: boolean;
  loaded: boolean;
  busy: boolean;
  load(): Promise<void>;
  decide(items: SuggestionRef[], verdict: ReviewVerdict): Promise<boolean>;
  decideAll(filter: { projectId?: string; repositoryId?: string }, verdict: ReviewVerdict): Promise<boolean>;
  undo(): Promise<number>;
}

// Decisions run one after another, in the order the user made them: fast typing loses none.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}

/**
 * The project open in the editor takes the new states of its tags and kinds (its other unsaved
 * edits stay), so saving it later cannot put a decision back.
 */
async function refreshOpenEditor(): Promise<void> {
  const { mode } = useEditorStore.getState();
  if (mode.kind !== 'edit') return;
  const project = await fetchQuery('projects:get', { id: mode.project.id }).catch(() => null);
  if (!project) return;
  useEditorStore.setState((s) =>
    s.mode.kind === 'edit' && s.mode.project.id === project.id
      ? {
          mode: { kind: 'edit', project },
          draft: {
            ...s.draft,
            tags: s.draft.tags.map((t) => {
              const fresh = project.tags.find((x) => tagKey(x.name) === tagKey(t.name));
              return fresh ? { ...t, state: fresh.state } : t;
            }),
            kinds: s.draft.kinds.map((k) => {
              const fresh = project.kinds.find((x) => x.kind === k.kind);
              return fresh ? { ...k, state: fresh.state } : k;
            }),
          },
        }
      : {},
  );
}

/** One accept or reject, in turn: resolved once what it changed was read again, a failure said in the banner. */
function decision(run: () => Promise<unknown>, verdict: ReviewVerdict, what: string): Promise<boolean> {
  return serial(async () => {
    useReviewStore.setState({ busy: true });
    try {
      await run();
      return true;
    } catch (error) {
      useUiStore.getState().showError(`Could not ${verdict === 'accepted' ? 'accept' : 'reject'} ${what}: ${errorMessage(error)}`);
      await useReviewStore.getState().load();
      return false;
    } finally {
      useReviewStore.setState({ busy: false });
    }
  });
}

export const useReviewStore = create<ReviewState>((set, get) => ({
  suggestions: [],
  total: 0,
  canUndo: false,
  loaded: false,
  busy: false,

  async load() {
    try {
      const queue = await fetchQuery('review:list', {});
      set({ suggestions: queue.suggestions, total: queue.total, canUndo: queue.canUndo, loaded: true });
    } catch (error) {
      set({ loaded: true });
      useUiStore.getState().showError(`Could not list the suggestions to review: ${errorMessage(error)}`);
    }
  },

  decide(items, verdict) {
    if (!items.length) return Promise.resolve(false);
    return decision(() => mutate('review:decide', { items, verdict }), verdict, 'that');
  },

  decideAll(filter, verdict) {
    return decision(() => mutate('review:decide-all', { ...filter, verdict }), verdict, 'them');
  },

  undo() {
    return serial(async () => {
      if (!get().canUndo) return 0;
      set({ busy: true });
      try {
        const result = await mutate('review:undo', {});
        return result.restored;
      } catch (error) {
        useUiStore.getState().showError(`Could not undo: ${errorMessage(error)}`);
        return 0;
      } finally {
        set({ busy: false });
      }
    });
  },
}));

// A change to the suggestions from anywhere (a decision here, a sync, the CLI) shows on the
// open queue, and the project open in the editor takes its tags' and kinds' new states.
onChanged(['review:list'], () => {
  if (useReviewStore.getState().loaded) return useReviewStore.getState().load();
});
onChanged(['projects:get'], refreshOpenEditor);
