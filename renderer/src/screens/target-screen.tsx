import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api-errors';
import { fetchQuery, mutate, useQueryStore } from '../stores/query-store';
import { extractTechnologies } from '../stores/actions';
import { useGapsStore } from '../stores/gaps-store';
import { useUiStore } from '../stores/ui-store';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Field, errorId } from '../components/field';
import { StatusBadge } from '../components/gap-parts';
import { openProject } from '../lib/gaps';
import { roleProfile } from '../../../shared/gaps/model';
import type { GapReport } from '../../../shared/gaps';
import type { ExtractedTechnology } from '../../../shared/job-posting';
import type { SavedTarget } from '../../../shared/ipc-contract';

const EXTRACT_DEBOUNCE_MS = 250;

export function TargetScreen() {
  const targets = useGapsStore((s) => s.targets);
  const targetsLoaded = useGapsStore((s) => s.targetsLoaded);
  const targetId = useGapsStore((s) => s.targetId);
  const role = useGapsStore((s) => s.role);
  const setTarget = useGapsStore((s) => s.setTarget);
  const loadTargets = useGapsStore((s) => s.loadTargets);
  // Bumped when a change dropped cached answers: the preview is read again.
  const generation = useQueryStore((s) => s.generation);

  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [extracted, setExtracted] = useState<ExtractedTechnology[] | null>(null);
  const [preview, setPreview] = useState<GapReport | null>(null);
  const [pendingDelete, setPendingDelete] = useState<SavedTarget | null>(null);
  const loadedFor = useRef<string | null | undefined>(undefined);
  const seq = useRef(0);

  const selected = targets.find((t) => t.id === targetId) ?? null;

  useEffect(() => {
    void loadTargets();
  }, [loadTargets]);

  // Show the active target's posting when it changes (picked here, restored, or cleared elsewhere).
  useEffect(() => {
    if (!targetsLoaded) return;
    const id = selected?.id ?? null;
    if (loadedFor.current === id) return;
    const first = loadedFor.current === undefined;
    loadedFor.current = id;
    if (selected) {
      setText(selected.posting);
      setName(selected.name);
      setNameError(undefined);
    } else if (!first) {
      setText('');
      setName('');
      setNameError(undefined);
    }
  }, [targetsLoaded, selected]);

  // The live preview: technologies found (debounced), and whether the portfolio shows them.
  const unchangedSaved = selected !== null && text === selected.posting;
  useEffect(() => {
    const mine = ++seq.current;
    if (!text.trim()) {
      setExtracted(null);
      setPreview(null);
      return;
    }
    const timer = window.setTimeout(() => {
      const args = unchangedSaved && selected ? { role, targetId: selected.id } : { role, jobText: text };
      Promise.all([extractTechnologies(text), fetchQuery('gaps:analyze', args)])
        .then(([found, report]) => {
          if (mine !== seq.current) return;
          setExtracted(found);
          setPreview(report);
        })
        .catch((error: unknown) => {
          if (mine !== seq.current) return;
          useUiStore.getState().showError(`Could not read the posting: ${errorMessage(error)}`);
        });
    }, EXTRACT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, role, unchangedSaved, selected, generation]);

  function startNew() {
    setTarget(null);
    loadedFor.current = null;
    setText('');
    setName('');
    setNameError(undefined);
    document.getElementById('posting')?.focus();
  }

  async function save(asNew: boolean) {
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Give the target a name.');
      document.getElementById('target-name')?.focus();
      return;
    }
    setSaving(true);
    try {
      // Resolves once the saved targets were read again.
      const saved = await mutate('targets:save', { ...(selected && !asNew ? { id: selected.id } : {}), name: trimmed, posting: text });
      loadedFor.current = saved.id;
      setTarget(saved.id);
      setName(saved.name);
      setNameError(undefined);
      useUiStore.getState().toast({ message: `Saved target “${saved.name}”.`, timeoutMs: 4000 });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        setNameError(error.issues.find((i) => i.path === 'name')?.message ?? error.message);
      } else {
        useUiStore.getState().showError(`Could not save the target: ${errorMessage(error)}`);
      }
    } finally {
      setSaving(false);
    }
  }

  async function confirmDelete() {
    const target = pendingDelete;
    setPendingDelete(null);
    if (!target) return;
    try {
      await mutate('targets:delete', { id: target.id });
      if (target.id === targetId) startNew();
      useUiStore.getState().toast({ message: `Deleted target “${target.name}”.`, timeoutMs: 4000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not delete the target: ${errorMessage(error)}`);
    }
  }

  const rule = preview?.rules.find((f) => f.id === 'targeted-tech');
  const techs = preview?.target?.technologies ?? [];
  const mentions = new Map((extracted ?? []).map((t) => [t.name, t.mentions]));
  const demonstrated = techs.filter((t) => t.demonstrated).length;

  return (
    <div className="screen target-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="target-heading">Target</h1>
          <p className="count">Paste a job posting to see which of its technologies your portfolio shows.</p>
        </div>
      </header>
      <div className="screen-body target-layout">
        <aside className="card saved-targets" aria-labelledby="saved-heading">
          <div className="card-head">
            <h2 id="saved-heading" className="card-title">Saved targets</h2>
            <button type="button" className="btn btn-ghost btn-small link-btn" onClick={startNew}>
              + New
            </button>
          </div>
          {targets.length === 0 ? (
            <p className="muted small">None yet. Save a posting to keep it, and to make the Dashboard and Gaps use it.</p>
          ) : (
            <ul className="target-list" aria-label="Saved targets">
              {targets.map((t) => (
                <li key={t.id} className={`target-item ${t.id === targetId ? 'is-active' : ''}`}>
                  <button
                    type="button"
                    className="target-pick"
                    aria-pressed={t.id === targetId}
                    onClick={() => setTarget(t.id)}
                  >
                    <span className="target-name" dir="auto">
                      {t.name}
                    </span>
                    <span className="target-meta">
                      {t.technologies.length} {t.technologies.length === 1 ? 'technology' : 'technologies'}
                      {t.id === targetId ? ' · in use' : ''}
                    </span>
                  </button>
                  <button type="button" className="icon-btn" aria-label={`Delete target ${t.name}`} onClick={() => setPendingDelete(t)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>

        <div className="target-main">
          <section className="card posting-card">
            <Field id="posting" label="Job posting" hint="Technologies are found by name and alias: “Postgres” is PostgreSQL, and “Java” never matches “JavaScript”.">
              <textarea
                id="posting"
                dir="auto"
                rows={9}
                value={text}
                placeholder="Paste the text of a job ad here…"
                aria-describedby="posting-hint"
                onChange={(e) => setText(e.target.value)}
              />
            </Field>
            <form
              className="save-row"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save(false);
              }}
            >
              <Field id="target-name" label="Target name" error={nameError}>
                <input
                  id="target-name"
                  type="text"
                  dir="auto"
                  maxLength={200}
                  value={name}
                  placeholder="e.g. Acme backend role"
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? errorId('target-name') : undefined}
                  onChange={(e) => {
                    setName(e.target.value);
                    setNameError(undefined);
                  }}
                />
              </Field>
              <div className="save-actions">
                <button type="submit" className="btn btn-primary" disabled={saving}>
                  {selected ? 'Save changes' : 'Save target'}
                </button>
                {selected && (
                  <button type="button" className="btn" disabled={saving} onClick={() => void save(true)}>
                    Save as new
                  </button>
                )}
              </div>
            </form>
          </section>

          <section className="card found-card" aria-labelledby="found-heading" aria-live="polite">
            <div className="card-head">
              <h2 id="found-heading" className="card-title">
                Technologies in this posting
              </h2>
              {rule && preview?.target && techs.length > 0 && <StatusBadge finding={rule} />}
            </div>
            {!text.trim() ? (
              <p className="muted">Nothing to read yet.</p>
            ) : !preview ? (
              <p className="muted">Reading…</p>
            ) : techs.length === 0 ? (
              <p className="muted">No known technology found in this text.</p>
            ) : (
              <>
                <p className="found-summary">
                  Your portfolio shows <strong>{demonstrated}</strong> of {techs.length}. Score for{' '}
                  {roleProfile(role).label.toLowerCase()} with this target: <strong>{preview.score}/100</strong>.
                </p>
                <ul className="found-list" aria-label="Technologies found">
                  {techs.map((t) => {
                    const seen = mentions.get(t.name);
                    return (
                      <li key={t.name} className={`found-item ${t.demonstrated ? 'is-shown' : 'is-missing'}`} data-tech={t.name}>
                        <span className="found-mark" aria-hidden="true">
                          {t.demonstrated ? '✓' : '✗'}
                        </span>
                        <div className="found-text">
                          <span className="found-name">
                            {t.name}
                            {seen && seen.some((m) => m.toLowerCase() !== t.name.toLowerCase()) && (
                              <span className="found-mentions" dir="auto">
                                {' '}
                                as “{seen.join('”, “')}”
                              </span>
                            )}
                          </span>
                          {t.demonstrated ? (
                            <span className="found-projects">
                              <span className="sr-only">Demonstrated by </span>
                              <span aria-hidden="true">Shown by </span>
                              {t.projects.map((p, i) => (
                                <span key={p.projectId}>
                                  {i > 0 && ', '}
                                  <button type="button" className="link-inline" onClick={() => openProject(p.projectId)}>
                                    <span dir="auto">{p.project}</span>
                                  </button>
                                </span>
                              ))}
                            </span>
                          ) : (
                            <span className="found-projects muted">Not in your portfolio yet</span>
                          )}
                          {t.unreviewed && <span className="found-unreviewed">Only suggestions you have not reviewed show it</span>}
                        </div>
                        <span className={`badge gap-status gap-status-${t.demonstrated ? 'met' : 'missing'}`}>
                          {t.demonstrated ? 'Demonstrated' : 'Missing'}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {rule && rule.status !== 'met' && (
                  <p className="rule-suggestion" dir="auto">
                    <span className="rule-label">Suggestion</span> {rule.suggestion}
                  </p>
                )}
              </>
            )}
          </section>
        </div>
      </div>
      <ConfirmDialog
        open={pendingDelete !== null}
        title="Delete this target?"
        confirmLabel="Delete target"
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      >
        <p>
          “<span dir="auto" className="dialog-subject">{pendingDelete?.name}</span>” and its posting will be removed.
        </p>
      </ConfirmDialog>
    </div>
  );
}
