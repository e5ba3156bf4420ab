/**
 * "12 suggestions not reviewed — review them to include": shown where what the user confirmed
 * is all that counts (the Export screen), with the way to the review queue.
 */
import { useEffect } from 'react';
import { useProjectsStore } from '../stores/projects-store';
import { useReviewStore } from '../stores/review-store';
import { useUiStore } from '../stores/ui-store';

/** `count`: the suggestions on the projects being exported; without it, every one waiting. */
export function PendingReviewNote({ count }: { count?: number }) {
  const all = useReviewStore((s) => s.total);
  const total = count ?? all;
  const loaded = useReviewStore((s) => s.loaded);
  const load = useReviewStore((s) => s.load);
  const revision = useProjectsStore((s) => s.revision);

  useEffect(() => {
    void load();
  }, [load, revision]);

  if (!loaded || total === 0) return null;
  return (
    <p className="pending-review-note" role="status">
      <span>
        <strong>
          {total} {total === 1 ? 'suggestion' : 'suggestions'} not reviewed
        </strong>{' '}
        — exports show only what you confirmed; review them to include.
      </span>
      <button type="button" className="btn btn-small" onClick={() => useUiStore.getState().go('review')}>
        Review them →
      </button>
    </p>
  );
}
