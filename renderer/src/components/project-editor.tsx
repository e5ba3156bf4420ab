import { useEffect, useRef } from 'react';
import { useEditorStore } from '../stores/editor-store';
import { KIND_LABELS, PROJECT_KINDS, PROJECT_STATUSES, STATUS_LABELS, type ProjectKind, type ProjectStatus, type ProjectTag } from '../../../shared/types';
import { resolveTag } from '../../../shared/taxonomy';
import { isActiveKind, tagKey, visibleTags } from '../lib/project-draft';
import { isMod } from '../lib/keys';
import { Field, errorId } from './field';
import { TagPicker } from './tag-picker';
import { StringListField } from './string-list-field';
import { LinksField } from './links-field';
import { DetectedReview } from './detected-review';
import { ExportOptionsSection, LinkedRepos } from './project-github';
import { ConfirmDialog } from './confirm-dialog';

/**
 * A month picker for dates given as a month (or none yet); a date stored otherwise ("2021",
 * "2021-05-17", imported) stays a text field so it is shown and kept as it is.
 */
function monthInputType(value: string): 'month' | 'text' {
  return value === '' || /^\d{4}-\d{2}$/.test(value) ? 'month' : 'text';
}

interface ProjectEditorProps {
  onDelete(id: string, title: string): void;
}

export function ProjectEditor({ onDelete }: ProjectEditorProps) {
  const mode = useEditorStore((s) => s.mode);
  const draft = useEditorStore((s) => s.draft);
  const issues = useEditorStore((s) => s.issues);
  const saving = useEditorStore((s) => s.saving);
  const error = useEditorStore((s) => s.error);
  const update = useEditorStore((s) => s.update);
  const save = useEditorStore((s) => s.save);
  const cancel = useEditorStore((s) => s.cancel);
  const pendingLeave = useEditorStore((s) => s.pendingLeave !== null);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const projectId = mode.kind === 'edit' ? mode.project.id : null;

  useEffect(() => {
    titleRef.current?.focus();
  }, [projectId, mode.kind]);

  // Ctrl/Cmd+S saves from anywhere while the editor is open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isMod(e) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  // After a failed save, take the user to the first problem.
  const firstIssue = issues[0]?.path;
  const attempted = useEditorStore((s) => s.attempted);
  useEffect(() => {
    if (!attempted || !firstIssue) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center' });
    field?.focus({ preventScroll: true });
    // Only when the set of problems first appears, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempted]);

  const errorAt = (path: string) => issues.find((i) => i.path === path)?.message;
  const known = (path: string) => /^(title|summary|notes|startDate|endDate|status|kinds|tags(\.\d+)?|highlights\.\d+|results\.\d+|links\.\d+(\.url)?)$/.test(path);
  const other = issues.filter((i) => !known(i.path));

  const tags = visibleTags(draft.tags);
  const tagError = issues.find((i) => i.path === 'tags' || i.path.startsWith('tags.'))?.message;

  function addTag(text: string) {
    const { name, techId } = resolveTag(text);
    const key = tagKey(name);
    update((d) => {
      const existing = d.tags.find((t) => tagKey(t.name) === key);
      if (existing) {
        // Typing a tag the detector suggested (or one rejected earlier) accepts it.
        return { tags: d.tags.map((t) => (t === existing ? { ...t, state: 'accepted' as const } : t)) };
      }
      return { tags: [...d.tags, { name, techId, source: 'manual' as const, evidence: null, state: 'accepted' as const }] };
    });
  }

  function removeTag(tag: ProjectTag) {
    update((d) => ({
      // A detected tag is kept as rejected so a later sync does not bring it back.
      tags:
        tag.source === 'detected'
          ? d.tags.map((t) => (t === tag || tagKey(t.name) === tagKey(tag.name) ? { ...t, state: 'rejected' as const } : t))
          : d.tags.filter((t) => tagKey(t.name) !== tagKey(tag.name)),
    }));
  }

  function toggleKind(kind: ProjectKind) {
    update((d) => {
      const entry = d.kinds.find((k) => k.kind === kind);
      if (!entry) return { kinds: [...d.kinds, { kind, source: 'manual' as const, evidence: null, state: 'accepted' as const }] };
      if (isActiveKind(entry)) {
        return {
          kinds:
            entry.source === 'detected'
              ? d.kinds.map((k) => (k.kind === kind ? { ...k, state: 'rejected' as const } : k))
              : d.kinds.filter((k) => k.kind !== kind),
        };
      }
      return { kinds: d.kinds.map((k) => (k.kind === kind ? { ...k, state: 'accepted' as const } : k)) };
    });
  }

  const heading = mode.kind === 'edit' ? 'Edit project' : 'New project';

  return (
    <section className="editor-pane" aria-labelledby="editor-heading">
      <form
        ref={formRef}
        className="editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.defaultPrevented && (e.target as HTMLElement).getAttribute('role') !== 'combobox') {
            e.preventDefault();
            cancel();
          }
        }}
      >
        <header className="editor-head">
          <h2 id="editor-heading">{heading}</h2>
          {issues.length > 0 && (
            <p className="editor-problems">
              {issues.length === 1 ? '1 problem to fix' : `${issues.length} problems to fix`}
            </p>
          )}
          <div className="editor-actions">
            {mode.kind === 'edit' && (
              <button type="button" className="btn btn-ghost btn-danger-text" onClick={() => onDelete(mode.project.id, mode.project.title)}>
                Delete
              </button>
            )}
            <button type="button" className="btn" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={saving} title="Save (Ctrl+S)">
              {saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </header>

        <div className="editor-body">
          {(error || other.length > 0) && (
            <div className="banner banner-error" role="alert">
              <span dir="auto">{error ?? other.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ')}</span>
            </div>
          )}

          <Field id="title" label="Title" error={errorAt('title')}>
            <input
              ref={titleRef}
              id="title"
              type="text"
              dir="auto"
              value={draft.title}
              maxLength={400}
              placeholder="e.g. Payments microservices"
              aria-invalid={errorAt('title') ? true : undefined}
              aria-describedby={errorAt('title') ? errorId('title') : undefined}
              onChange={(e) => update({ title: e.target.value })}
            />
          </Field>

          <Field id="summary" label="Summary" error={errorAt('summary')} hint="One or two sentences an employer reads first.">
            <textarea
              id="summary"
              dir="auto"
              rows={3}
              value={draft.summary}
              aria-invalid={errorAt('summary') ? true : undefined}
              aria-describedby={errorAt('summary') ? errorId('summary') : 'summary-hint'}
              onChange={(e) => update({ summary: e.target.value })}
            />
          </Field>

          <fieldset className="field">
            <legend className="field-label">Kind of project</legend>
            <div className="kind-toggles">
              {PROJECT_KINDS.map((kind) => {
                const entry = draft.kinds.find((k) => k.kind === kind);
                const on = entry ? isActiveKind(entry) : false;
                return (
                  <button
                    key={kind}
                    type="button"
                    className={`toggle-chip ${on ? 'is-on' : ''}`}
                    aria-pressed={on}
                    onClick={() => toggleKind(kind)}
                  >
                    {KIND_LABELS[kind]}
                  </button>
                );
              })}
            </div>
          </fieldset>

          <Field id="tag-input" label="Technologies" error={tagError} hint="Aliases work: k8s, postgres, node. Press Enter to add; custom tags are allowed.">
            <TagPicker
              inputId="tag-input"
              tags={tags}
              onAdd={addTag}
              onRemove={removeTag}
              invalid={!!tagError}
              describedBy={tagError ? errorId('tag-input') : 'tag-input-hint'}
            />
          </Field>

          <DetectedReview />

          {projectId && <LinkedRepos projectId={projectId} />}

          <StringListField
            id="highlight"
            legend="Highlights"
            itemLabel="Highlight"
            placeholder="What was hard, clever or well done"
            items={draft.highlights}
            onChange={(highlights) => update({ highlights })}
            errorAt={(i) => errorAt(`highlights.${i}`)}
          />

          <StringListField
            id="result"
            legend="Measurable results"
            itemLabel="Result"
            placeholder="e.g. p95 latency 800 ms → 120 ms"
            items={draft.results}
            onChange={(results) => update({ results })}
            errorAt={(i) => errorAt(`results.${i}`)}
          />

          <LinksField links={draft.links} onChange={(links) => update({ links })} errorAt={errorAt} />

          <div className="field-row">
            <Field id="startDate" label="Start" error={errorAt('startDate')}>
              <input
                id="startDate"
                type={monthInputType(draft.startDate)}
                inputMode="numeric"
                placeholder="YYYY-MM"
                value={draft.startDate}
                aria-invalid={errorAt('startDate') ? true : undefined}
                aria-describedby={errorAt('startDate') ? errorId('startDate') : undefined}
                onChange={(e) => update({ startDate: e.target.value })}
              />
            </Field>
            <Field id="endDate" label="End" error={errorAt('endDate')}>
              <input
                id="endDate"
                type={monthInputType(draft.endDate)}
                inputMode="numeric"
                placeholder="YYYY-MM"
                value={draft.endDate}
                aria-invalid={errorAt('endDate') ? true : undefined}
                aria-describedby={errorAt('endDate') ? errorId('endDate') : undefined}
                onChange={(e) => update({ endDate: e.target.value })}
              />
            </Field>
            <Field id="status" label="Status" error={errorAt('status')}>
              <select id="status" value={draft.status} onChange={(e) => update({ status: e.target.value as ProjectStatus })}>
                {PROJECT_STATUSES.map((s) => (
                  <option key={s} value={s}>{STATUS_LABELS[s]}</option>
                ))}
              </select>
            </Field>
          </div>

          <div className="field switch-field">
            <input
              id="showcased"
              type="checkbox"
              role="switch"
              className="switch"
              checked={draft.showcased}
              aria-describedby="showcased-hint"
              onChange={(e) => update({ showcased: e.target.checked })}
            />
            <div>
              <label htmlFor="showcased" className="field-label">Showcased</label>
              <p className="field-hint" id="showcased-hint">
                Hidden projects stay in Showcase but are left out of exports.
              </p>
            </div>
          </div>

          {projectId && <ExportOptionsSection key={projectId} projectId={projectId} />}

          <Field
            id="notes"
            label={
              <>
                Private notes <span className="private-badge">never exported</span>
              </>
            }
            error={errorAt('notes')}
          >
            <textarea
              id="notes"
              dir="auto"
              rows={3}
              className="notes"
              placeholder="Talking points, what you would do differently…"
              value={draft.notes}
              onChange={(e) => update({ notes: e.target.value })}
            />
          </Field>
        </div>
      </form>
      <ConfirmDialog
        open={pendingLeave}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        danger
        onConfirm={() => useEditorStore.getState().discardAndLeave()}
        onCancel={() => useEditorStore.getState().keepEditing()}
      >
        <p>
          Your changes to “<span dir="auto" className="dialog-subject">{draft.title || 'the new project'}</span>” are not saved yet.
        </p>
      </ConfirmDialog>
    </section>
  );
}
