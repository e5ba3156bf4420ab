/**
 * The review queue: every detected technology and project kind waiting for the user's word,
 * grouped by project or by repository, with its evidence. Accept or reject one, or all of a
 * group; undo the last decision. Keyboard: j/k or ↑/↓ move, a accepts, r rejects, u or Ctrl+Z
 * undoes.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useReviewStore } from '../stores/review-store';
import { useUiStore } from '../stores/ui-store';
import { isEditableTarget, isMod } from '../lib/keys';
import type { PendingSuggestion, ReviewVerdict, SuggestionRef } from '../../../shared/review-types';

type GroupBy = 'project' | 'repository';

interface Group {
  key: string;
  title: string;
  /** What "all" of the group means to the core; null when the group is not one of its scopes. */
  filter: { projectId: string } | { repositoryId: string } | null;
  items: PendingSuggestion[];
}

const NO_REPOSITORY = 'none';
/** Rows drawn at first, and added by "Show more" (or by moving past the last one). */
const PAGE = 200;

const keyOf = (s: PendingSuggestion) => `${s.projectId}\u0000${s.type}\u0000${s.name}`;
const refOf = (s: PendingSuggestion): SuggestionRef => ({ projectId: s.projectId, type: s.type, name: s.name });

function groupsOf(suggestions: PendingSuggestion[], by: GroupBy): Group[] {
  const groups = new Map<string, Group>();
  for (const s of suggestions) {
    const key = by === 'project' ? s.projectId : (s.repository?.id ?? NO_REPOSITORY);
    let g = groups.get(key);
    if (!g) {
      g =
        by === 'project'
          ? { key, title: s.projectTitle || 'Untitled project', filter: { projectId: s.projectId }, items: [] }
          : s.repository
            ? { key, title: s.repository.fullName, filter: { repositoryId: s.repository.id }, items: [] }
            : { key, title: 'Not from a linked repository', filter: null, items: [] };
      groups.set(key, g);
    }
    g.items.push(s);
  }
  const list = [...groups.values()];
  if (by === 'repository') list.sort((a, b) => (a.key === NO_REPOSITORY ? 1 : b.key === NO_REPOSITORY ? -1 : a.title.localeCompare(b.title, 'en')));
  return list;
}

function strengthOf(s: PendingSuggestion): { label: string; tone: 'strong' | 'weak'; hint: string } | null {
  if (s.minorContribution) return { label: 'Minor contribution', tone: 'weak', hint: 'Only repositories you barely contributed to show it' };
  if (s.strength === 'mentioned') return { label: 'Mentioned only', tone: 'weak', hint: 'Only a README line or a topic names it' };
  if (s.strength === 'demonstrated') return { label: 'Demonstrated', tone: 'strong', hint: 'A manifest, configuration, workflow or the code shows it' };
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ReviewScreen() {
  const { suggestions, total, canUndo, loaded, busy, load, decide, decideAll, undo } = useReviewStore();
  const [by, setBy] = useState<GroupBy>('project');
  const [focused, setFocused] = useState<string | null>(null);
  // Suggestions decided but not yet written: out of the queue at once, so the next key acts on the next one.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const rows = useRef(new Map<string, HTMLLIElement>());
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const groups = useMemo(() => groupsOf(suggestions.filter((s) => !gone.has(keyOf(s))), by), [suggestions, by, gone]);
  const order = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const current = order.find((s) => keyOf(s) === focused) ?? order[0] ?? null;
  const [limit, setLimit] = useState(PAGE);
  const drawn = useMemo(() => new Set(order.slice(0, limit).map(keyOf)), [order, limit]);
  // The row to focus once it is drawn (moving past the last drawn row draws more first).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const k = focusNext.current;
    if (k && rows.current.has(k)) {
      focusNext.current = null;
      rows.current.get(k)?.focus();
    }
  });

  // Opening the screen puts the keyboard on the queue: the first suggestion, ready for a / r.
  const firstKey = order[0] ? keyOf(order[0]) : null;
  const startedRef = useRef(false);
  useEffect(() => {
    if (!loaded || !firstKey || startedRef.current) return;
    startedRef.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.sidebar') || active.closest('.pending-review-note')) rows.current.get(firstKey)?.focus();
  }, [loaded, firstKey]);

  function focusRow(s: PendingSuggestion | null | undefined) {
    if (!s) return;
    const k = keyOf(s);
    const at = order.indexOf(s);
    if (at >= limit) setLimit(at + PAGE);
    focusNext.current = k;
    setFocused(k);
    rows.current.get(k)?.focus();
  }

  // The row to go to once `s` has left the queue: the one after it, else the one before.
  function nextAfter(items: PendingSuggestion[]): PendingSuggestion | null {
    const gone = new Set(items.map(keyOf));
    const at = current ? order.findIndex((s) => keyOf(s) === keyOf(current)) : 0;
    return order.slice(at).find((s) => !gone.has(keyOf(s))) ?? [...order.slice(0, at)].reverse().find((s) => !gone.has(keyOf(s))) ?? null;
  }

  function announce(message: string, undoable: boolean) {
    useUiStore.getState().toast({
      message,
      timeoutMs: 6000,
      ...(undoable ? { undo: true, action: { label: 'Undo', run: () => void undoLast() } } : {}),
    });
  }

  async function decideOne(s: PendingSuggestion, verdict: ReviewVerdict) {
    const k = keyOf(s);
    const next = nextAfter([s]);
    setGone((g) => new Set([...g, k]));
    if (next) focusRow(next);
    else bodyRef.current?.focus();
    const done = await decide([refOf(s)], verdict);
    setGone((g) => new Set([...g].filter((x) => x !== k)));
    if (done) announce(`${verdict === 'accepted' ? 'Accepted' : 'Rejected'} ${s.label} on ${s.projectTitle}.`, true);
  }

  async function decideGroup(g: Group, verdict: ReviewVerdict) {
    const next = nextAfter(g.items);
    const done = g.filter ? await decideAll(g.filter, verdict) : await decide(g.items.map(refOf), verdict);
    if (done) {
      announce(`${verdict === 'accepted' ? 'Accepted' : 'Rejected'} ${plural(g.items.length, 'suggestion')} of ${g.title}.`, true);
      if (next) focusRow(next);
      else bodyRef.current?.focus();
    }
  }

  async function undoLast() {
    const restored = await undo();
    if (restored > 0) announce(`${plural(restored, 'suggestion')} back to review.`, false);
    window.requestAnimationFrame(() => {
      const row = current ? rows.current.get(keyOf(current)) : undefined;
      (row ?? bodyRef.current)?.focus();
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (isEditableTarget(e.target) || e.altKey) return;
    const key = e.key;
    if (isMod(e)) {
      if (key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        e.stopPropagation();
        void undoLast();
      }
      return;
    }
    const at = current ? order.indexOf(current) : -1;
    const move = key === 'j' || key === 'ArrowDown' ? 1 : key === 'k' || key === 'ArrowUp' ? -1 : 0;
    if (move) {
      e.preventDefault();
      focusRow(order[Math.min(order.length - 1, Math.max(0, at + move))]);
    } else if (key === 'Home' || key === 'End') {
      e.preventDefault();
      focusRow(key === 'Home' ? order[0] : order[order.length - 1]);
    } else if ((key === 'a' || key === 'r') && current) {
      e.preventDefault();
      void decideOne(current, key === 'a' ? 'accepted' : 'rejected');
    } else if (key === 'u') {
      e.preventDefault();
      void undoLast();
    }
  }

  function onGroupByKey(e: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    const next: GroupBy = by === 'project' ? 'repository' : 'project';
    setBy(next);
    window.requestAnimationFrame(() => document.getElementById(`review-by-${next}`)?.focus());
  }

  return (
    <div className="screen review-screen" onKeyDown={onKeyDown}>
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="review-heading">Review</h1>
          <p className="count" aria-live="polite">
            {loaded ? (total ? `${plural(total, 'suggestion')} to review` : 'Nothing to review') : 'Loading…'}
          </p>
          <span className="head-action">
            <button type="button" className="btn" disabled={!canUndo || busy} aria-keyshortcuts="U Control+Z" onClick={() => void undoLast()}>
              Undo <kbd aria-hidden="true">U</kbd>
            </button>
          </span>
        </div>
        <p className="review-intro">
          Detected technologies and project kinds reach your exports only once you accept them. Rejected ones never come back.
        </p>
        <div className="review-bar">
          <div className="seg" role="radiogroup" aria-label="Group by" onKeyDown={onGroupByKey}>
            {(['project', 'repository'] as const).map((g) => (
              <button
                key={g}
                id={`review-by-${g}`}
                type="button"
                role="radio"
                aria-checked={by === g}
                tabIndex={by === g ? 0 : -1}
                className={`seg-btn ${by === g ? 'is-on' : ''}`}
                onClick={() => setBy(g)}
              >
                By {g}
              </button>
            ))}
          </div>
          <p className="review-keys" aria-hidden="true">
            <kbd>J</kbd>/<kbd>K</kbd> next · <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>U</kbd> undo
          </p>
        </div>
      </header>
      <div className="screen-body review-body" ref={bodyRef} tabIndex={-1} aria-labelledby="review-heading" aria-busy={!loaded}>
        {loaded && order.length === 0 && (
          <div className="card review-empty">
            <h2 className="card-title">Nothing waits for review</h2>
            <p className="muted">
              When you link a repository to a project, what Showcase detects in it (technologies, the kind of project) comes here with its evidence, for you to
              accept or reject.
            </p>
          </div>
        )}
        {groups.map((g) => {
          const headingId = `review-group-${g.key}`;
          const items = g.items.filter((s) => drawn.has(keyOf(s)));
          if (!items.length) return null;
          return (
            <section key={g.key} className="card review-group" aria-labelledby={headingId}>
              <div className="review-group-head">
                <h2 id={headingId} className="card-title" dir="auto">
                  {g.title}
                </h2>
                <span className="count">{g.items.length} to review</span>
                <span className="review-group-actions">
                  <button type="button" className="btn btn-small btn-accept" disabled={busy} aria-label={`Accept all ${g.items.length} of ${g.title}`} onClick={() => void decideGroup(g, 'accepted')}>
                    Accept all
                  </button>
                  <button type="button" className="btn btn-small btn-ghost" disabled={busy} aria-label={`Reject all ${g.items.length} of ${g.title}`} onClick={() => void decideGroup(g, 'rejected')}>
                    Reject all
                  </button>
                </span>
              </div>
              <ul className="review-queue">
                {items.map((s) => {
                  const k = keyOf(s);
                  const strength = strengthOf(s);
                  const isCurrent = current !== null && keyOf(current) === k;
                  const nameId = `rv-${k.replace(/[^A-Za-z0-9]/g, '-')}`;
                  // Evidence starts with the repository it comes from; by repository, the project is what to add.
                  const where = by === 'repository' ? `on ${s.projectTitle}` : '';
                  const evidence = by === 'repository' && s.repository && s.evidence?.startsWith(`${s.repository.fullName}: `) ? s.evidence.slice(s.repository.fullName.length + 2) : s.evidence;
                  return (
                    <li
                      key={k}
                      ref={(el) => {
                        if (el) rows.current.set(k, el);
                        else rows.current.delete(k);
                      }}
                      className={`review-row ${isCurrent ? 'is-current' : ''}`}
                      tabIndex={isCurrent ? 0 : -1}
                      aria-labelledby={nameId}
                      aria-describedby={`${nameId}-ev`}
                      data-suggestion={s.label}
                      onFocus={() => setFocused(k)}
                    >
                      <div className="review-text">
                        <span className="review-name" id={nameId} dir="auto">
                          {s.label} <span className="review-what">{s.type === 'tag' ? 'technology' : 'kind'}</span>
                          {strength && (
                            <span className={`strength-chip is-${strength.tone}`} title={strength.hint}>
                              {strength.label}
                            </span>
                          )}
                        </span>
                        <span className="review-evidence" id={`${nameId}-ev`} dir="auto">
                          {evidence ? `Evidence: ${evidence}` : 'No evidence recorded'}
                          {where && <span className="review-where"> · {where}</span>}
                        </span>
                      </div>
                      <div className="review-actions">
                        <button type="button" className="btn btn-small btn-accept" tabIndex={isCurrent ? 0 : -1} aria-label={`Accept ${s.label} on ${s.projectTitle}`} onClick={() => void decideOne(s, 'accepted')}>
                          Accept
                        </button>
                        <button type="button" className="btn btn-small btn-ghost" tabIndex={isCurrent ? 0 : -1} aria-label={`Reject ${s.label} on ${s.projectTitle}`} onClick={() => void decideOne(s, 'rejected')}>
                          Reject
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        {order.length > limit && (
          <button type="button" className="btn review-more" onClick={() => setLimit((l) => l + PAGE)}>
            Show {Math.min(PAGE, order.length - limit)} more ({order.length - limit} not shown)
          </button>
        )}
      </div>
    </div>
  );
}
