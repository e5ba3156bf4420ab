/**
 * Detected tags and kinds awaiting review, each with the evidence the detector found, and the
 * rejected ones (collapsed) so a mistaken rejection can be undone.
 */
import { useEditorStore } from '../stores/editor-store';
import { KIND_LABELS } from '../../../shared/types';

interface Item {
  key: string;
  label: string;
  what: 'technology' | 'kind';
  evidence: string | null;
  /** Why it needs a closer look: only mentioned, or from a repository the user barely contributed to. */
  caution?: string;
  decide(state: 'accepted' | 'rejected'): void;
}

export function DetectedReview() {
  const draft = useEditorStore((s) => s.draft);
  const editing = useEditorStore((s) => s.mode.kind === 'edit');
  const setTagState = useEditorStore((s) => s.setTagState);
  const setKindState = useEditorStore((s) => s.setKindState);
  if (!editing) return null;

  const items: Array<Item & { state: string }> = [
    ...draft.tags
      .filter((t) => t.source === 'detected')
      .map((t) => ({
        key: `tag:${t.name}`,
        label: t.name,
        what: 'technology' as const,
        evidence: t.evidence,
        caution: t.minorContribution
          ? 'from a repository you barely contributed to: it counts once you accept it'
          : t.strength === 'mentioned'
            ? 'only mentioned in a README or topic: it counts as partial until you accept it'
            : undefined,
        state: t.state,
        decide: (s: 'accepted' | 'rejected') => void setTagState(t.name, s),
      })),
    ...draft.kinds
      .filter((k) => k.source === 'detected')
      .map((k) => ({
        key: `kind:${k.kind}`,
        label: KIND_LABELS[k.kind],
        what: 'kind' as const,
        evidence: k.evidence,
        state: k.state,
        decide: (s: 'accepted' | 'rejected') => void setKindState(k.kind, s),
      })),
  ];
  const suggested = items.filter((i) => i.state === 'suggested');
  const rejected = items.filter((i) => i.state === 'rejected');
  if (suggested.length === 0 && rejected.length === 0) return null;

  return (
    <section className="review" aria-labelledby="review-heading">
      <h3 id="review-heading" className="section-title">
        Suggested from your repository
      </h3>
      {suggested.length === 0 ? (
        <p className="muted small">Nothing left to review.</p>
      ) : (
        <ul className="review-list">
          {suggested.map((item) => (
            <li key={item.key} className="review-item" title={item.evidence ? `Evidence: ${item.evidence}` : undefined}>
              <div className="review-text">
                <span className="review-name" dir="auto">
                  {item.label} <span className="review-what">{item.what}</span>
                </span>
                {item.evidence && (
                  <span className="review-evidence" dir="auto">
                    Evidence: {item.evidence}
                  </span>
                )}
                {item.caution && <span className="review-caution">{item.caution}</span>}
              </div>
              <div className="review-actions">
                <button type="button" className="btn btn-small btn-accept" aria-label={`Accept ${item.label}`} onClick={() => item.decide('accepted')}>
                  Accept
                </button>
                <button type="button" className="btn btn-small btn-ghost" aria-label={`Reject ${item.label}`} onClick={() => item.decide('rejected')}>
                  Reject
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {rejected.length > 0 && (
        <details className="rejected">
          <summary>Rejected ({rejected.length})</summary>
          <ul className="review-list">
            {rejected.map((item) => (
              <li key={item.key} className="review-item is-rejected">
                <div className="review-text">
                  <span className="review-name" dir="auto">
                    {item.label} <span className="review-what">{item.what}</span>
                  </span>
                  {item.evidence && <span className="review-evidence" dir="auto">Evidence: {item.evidence}</span>}
                </div>
                <button type="button" className="btn btn-small" aria-label={`Restore ${item.label}`} onClick={() => item.decide('accepted')}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
