import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { PendingReviewNote } from '../components/pending-review-note';
import { api, ApiError, errorMessage } from '../api';
import { useGapsStore } from '../stores/gaps-store';
import { useProjectsStore } from '../stores/projects-store';
import { useUiStore } from '../stores/ui-store';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Field, errorId } from '../components/field';
import { isMod } from '../lib/keys';
import { ImportDialog, runImport } from '../components/import-dialog';
import { ROLES } from '../../../shared/gaps/model';
import {
  EMPTY_PROFILE,
  FORM_LABELS,
  FORMAT_LABELS,
  FORMS_BY_FORMAT,
  EXPORT_FORMATS,
  type ExportForm,
  type ExportFormat,
  type ExportRoleId,
  type ExportTheme,
  type PaperSize,
  type ProfileInfo,
  type ProjectSelection,
  type Variant,
} from '../../../shared/export-types';
import { PublishReadmeDialog } from '../components/publish-readme-dialog';
import { useResumeStore } from '../stores/resume-store';
import type { ExportPreview, ImportPreview } from '../../../shared/ipc-contract';
import type { Project } from '../../../shared/types';

const PREVIEW_DEBOUNCE_MS = 200;

const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4 · 210 × 297 mm, first page', letter: 'Letter · 8.5 × 11 in, first page' };

const FORMAT_SHORT: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'HTML', pdf: 'PDF', 'json-resume': 'JSON Resume' };

/**
 * Home and End choose the first and last format, as they did before: React Aria's radio group
 * moves with the arrow keys only. The paper, form and theme selects beside it keep their keys.
 */
function formatHomeEnd(e: KeyboardEvent<HTMLElement>, choose: (format: ExportFormat) => void): void {
  if ((e.key !== 'Home' && e.key !== 'End') || e.altKey || isMod(e)) return;
  if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
  const radios = e.currentTarget.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]');
  const next = radios[e.key === 'Home' ? 0 : radios.length - 1];
  if (!next) return;
  e.preventDefault();
  next.focus();
  choose(next.value as ExportFormat);
}

const PROFILE_FIELDS: Array<{ key: keyof ProfileInfo; label: string; placeholder: string }> = [
  { key: 'name', label: 'Name', placeholder: 'Dana Developer' },
  { key: 'headline', label: 'Headline', placeholder: 'Backend developer · APIs, data, reliability' },
  { key: 'email', label: 'Email', placeholder: 'dana@example.com' },
  { key: 'website', label: 'Website', placeholder: 'https://dana.dev' },
  { key: 'github', label: 'GitHub login', placeholder: 'dana' },
  { key: 'location', label: 'Location', placeholder: 'Berlin, remote' },
];

export function ExportScreen() {
  const revision = useProjectsStore((s) => s.revision);
  const targets = useGapsStore((s) => s.targets);
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [formChoice, setForm] = useState<ExportForm>('portfolio');
  const [publishing, setPublishing] = useState(false);
  const resumeRevision = useResumeStore((s) => s.revision);
  // A form the format does not have falls back to the portfolio.
  const form: ExportForm = FORMS_BY_FORMAT[format].includes(formChoice) ? formChoice : 'portfolio';
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [theme, setTheme] = useState<ExportTheme>('light');
  const [selection, setSelection] = useState<ProjectSelection>({ mode: 'showcased' });
  const [projects, setProjects] = useState<Project[]>([]);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [profileRev, setProfileRev] = useState(0);
  const [saving, setSaving] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    void useGapsStore.getState().loadTargets();
  }, []);

  useEffect(() => {
    api
      .listProjects({ sort: 'title' })
      .then((r) => setProjects(r.projects))
      .catch((error: unknown) => useUiStore.getState().showError(`Could not load projects: ${errorMessage(error)}`));
  }, [revision]);

  const request = useMemo(
    () => ({ format, selection, ...(form !== 'portfolio' ? { form } : {}), ...(format === 'pdf' || format === 'html' ? { paper } : {}), ...(format === 'html' ? { theme } : {}) }),
    [format, form, selection, paper, theme],
  );
  const requestKey = JSON.stringify(request);

  // The live preview, debounced; only the newest answer is shown.
  useEffect(() => {
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      api
        .exportPreview(JSON.parse(requestKey) as typeof request)
        .then((p) => {
          if (mine !== seq.current) return;
          setPreview(p);
          setPreviewError(null);
        })
        .catch((error: unknown) => {
          if (mine !== seq.current) return;
          setPreviewError(errorMessage(error));
        });
    }, PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [requestKey, revision, profileRev, resumeRevision]);

  async function save() {
    setSaving(true);
    try {
      const result = await api.exportSave(request);
      if (result.saved) useUiStore.getState().toast({ message: `Saved ${result.fileName}.`, timeoutMs: 5000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not save the export: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  }

  function loadVariant(v: Variant) {
    setForm('portfolio');
    setFormat(v.format);
    setPaper(v.paper);
    setTheme(v.theme);
    setSelection(v.selection);
  }

  return (
    <div className="screen export-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="export-heading">Export</h1>
          <p className="count">
            {preview
              ? `${preview.projectCount} ${preview.projectCount === 1 ? 'project' : 'projects'} · ${preview.fileName}${preview.pages ? ` · ${preview.pages} ${preview.pages === 1 ? 'page' : 'pages'}` : ''}`
              : 'Preparing…'}
          </p>
          <span className="head-action">
            {format === 'markdown' && form === 'profile-readme' && (
              <button type="button" className="btn" onClick={() => setPublishing(true)}>
                Publish to GitHub…
              </button>
            )}
            <button type="button" className="btn btn-primary" disabled={saving} onClick={() => void save()}>
              {saving ? 'Saving…' : `Save ${FORMAT_SHORT[format]}…`}
            </button>
          </span>
        </div>
        <div className="seg" onKeyDown={(e) => formatHomeEnd(e, setFormat)}>
          {/* `aria` validation: native validation would give each input an empty title, hiding the format's tooltip. */}
          <RadioGroup
            className="seg"
            aria-label="Format"
            orientation="horizontal"
            validationBehavior="aria"
            value={format}
            onChange={(v) => setFormat(v as ExportFormat)}
          >
            {EXPORT_FORMATS.map((f) => (
              <span key={f} className="seg-tip" title={FORMAT_LABELS[f]}>
                <Radio value={f} className={({ isSelected }) => `seg-btn ${isSelected ? 'is-on' : ''}`}>
                  {FORMAT_SHORT[f]}
                </Radio>
              </span>
            ))}
          </RadioGroup>
          {(format === 'pdf' || format === 'html') && (
            <label className="inline-select">
              Paper
              <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
                <option value="a4">A4</option>
                <option value="letter">Letter</option>
              </select>
            </label>
          )}
          {FORMS_BY_FORMAT[format].length > 1 && (
            <label className="inline-select">
              Form
              <select aria-label="Form" value={form} onChange={(e) => setForm(e.target.value as ExportForm)}>
                {FORMS_BY_FORMAT[format].map((f) => (
                  <option key={f} value={f}>
                    {FORM_LABELS[f]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {format === 'html' && (
            <label className="inline-select">
              Theme
              <select aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ExportTheme)}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
          )}
        </div>
        {preview && <PendingReviewNote count={preview.unreviewed} />}
      </header>
      <div className="screen-body export-layout">
        <div className="export-side">
          <SelectionCard selection={selection} onChange={setSelection} projects={projects} targets={targets} />
          <VariantsCard current={{ selection, format, paper, theme }} onLoad={loadVariant} />
          <ProfileCard onSaved={() => setProfileRev((n) => n + 1)} />
          <BackupCard
            onRestored={() => {
              setProfileRev((n) => n + 1);
              void useResumeStore.getState().load();
            }}
          />
        </div>
        <section className="card preview-card" aria-labelledby="preview-heading">
          <div className="card-head">
            <h2 id="preview-heading" className="card-title">
              Preview
            </h2>
            <span className="small muted">
              {format === 'pdf'
                ? 'A likeness of the PDF, not the PDF itself: same content and order; fonts and page breaks can differ.'
                : `${FORMAT_LABELS[format]} · ${FORM_LABELS[form]}`}
            </span>
          </div>
          {preview?.notes.map((note) => (
            <p key={note} className="notice notice-warn" role="status">
              {note}
            </p>
          ))}
          {previewError && (
            <div className="banner banner-error" role="alert">
              <span className="banner-text">{previewError}</span>
            </div>
          )}
          <PublishReadmeDialog open={publishing} selection={selection} onClose={() => setPublishing(false)} />
          {!preview ? (
            <p className="muted">Preparing the preview…</p>
          ) : preview.kind === 'html' && format === 'pdf' ? (
            // A sheet of the chosen paper, so A4 and Letter differ as they will on paper.
            <div className={`paper-frame paper-${paper}`}>
              <p className="paper-label small muted">{PAPER_LABELS[paper]}</p>
              <iframe className="preview-frame" title="Export preview" sandbox="" srcDoc={preview.text} />
            </div>
          ) : preview.kind === 'html' ? (
            // The only HTML the app renders: sandboxed, no scripts, same origin denied.
            <iframe className="preview-frame" title="Export preview" sandbox="" srcDoc={preview.text} />
          ) : (
            <pre className="preview-text" aria-label="Export preview" tabIndex={0}>
              {preview.text}
            </pre>
          )}
        </section>
      </div>
    </div>
  );
}

function SelectionCard({
  selection,
  onChange,
  projects,
  targets,
}: {
  selection: ProjectSelection;
  onChange(s: ProjectSelection): void;
  projects: Project[];
  targets: Array<{ id: string; name: string }>;
}) {
  const lastRole = useRef<ExportRoleId>('backend');
  const lastTarget = useRef<string>('');
  if (selection.mode === 'role') lastRole.current = selection.role;
  if (selection.mode === 'target') lastTarget.current = selection.targetId;
  const manualIds = selection.mode === 'manual' ? selection.projectIds : [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  const picked = manualIds.filter((id) => byId.has(id));
  const unpicked = projects.filter((p) => !manualIds.includes(p.id));

  function setMode(mode: ProjectSelection['mode']) {
    if (mode === selection.mode) return;
    if (mode === 'showcased') onChange({ mode });
    else if (mode === 'role') onChange({ mode, role: lastRole.current });
    else if (mode === 'target') {
      const id = lastTarget.current || targets[0]?.id;
      if (id) onChange({ mode, targetId: id });
    } else if (mode === 'manual') onChange({ mode, projectIds: projects.filter((p) => p.showcased).map((p) => p.id) });
  }

  function move(index: number, delta: number) {
    const next = [...picked];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item);
    onChange({ mode: 'manual', projectIds: next });
  }

  const radio = (mode: ProjectSelection['mode'], label: string, disabled = false) => (
    <label className={`radio-line ${disabled ? 'is-disabled' : ''}`}>
      <input type="radio" name="selection-mode" checked={selection.mode === mode} disabled={disabled} onChange={() => setMode(mode)} />
      {label}
    </label>
  );

  return (
    <section className="card" aria-labelledby="selection-heading">
      <h2 id="selection-heading" className="card-title">
        Projects
      </h2>
      <div className="radio-group" role="radiogroup" aria-labelledby="selection-heading">
        {radio('showcased', 'All showcased')}
        <div className="radio-with">
          {radio('role', 'For a role')}
          {selection.mode === 'role' && (
            <select aria-label="Role" value={selection.role} onChange={(e) => onChange({ mode: 'role', role: e.target.value as ExportRoleId })}>
              {ROLES.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </div>
        <div className="radio-with">
          {radio('target', targets.length ? 'For a saved job target' : 'For a saved job target (none saved yet)', targets.length === 0)}
          {selection.mode === 'target' && (
            <select aria-label="Job target" value={selection.targetId} onChange={(e) => onChange({ mode: 'target', targetId: e.target.value })}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </div>
        {radio('manual', 'Pick and order')}
        {selection.mode === 'technologies' && <p className="small muted">Technologies: {selection.technologies.join(', ')}</p>}
      </div>
      {selection.mode === 'manual' && (
        <ul className="pick-list" aria-label="Projects to export">
          {picked.map((id, i) => {
            const p = byId.get(id)!;
            return (
              <li key={id} className="pick-item is-picked">
                <label className="check">
                  <input type="checkbox" checked onChange={() => onChange({ mode: 'manual', projectIds: picked.filter((x) => x !== id) })} />
                  <span className="pick-order">{i + 1}.</span>
                  <span dir="auto">{p.title}</span>
                </label>
                <span className="pick-move">
                  <button type="button" className="icon-btn move-btn" aria-label={`Move ${p.title} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-btn move-btn" aria-label={`Move ${p.title} down`} disabled={i === picked.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
          {unpicked.map((p) => (
            <li key={p.id} className="pick-item">
              <label className="check">
                <input type="checkbox" checked={false} onChange={() => onChange({ mode: 'manual', projectIds: [...picked, p.id] })} />
                <span dir="auto">{p.title}</span>
                {!p.showcased && <span className="badge badge-hidden">Hidden</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VariantsCard({
  current,
  onLoad,
}: {
  current: { selection: ProjectSelection; format: ExportFormat; paper: PaperSize; theme: ExportTheme };
  onLoad(v: Variant): void;
}) {
  const [variants, setVariants] = useState<Variant[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pendingDelete, setPendingDelete] = useState<Variant | null>(null);
  const [pendingReplace, setPendingReplace] = useState<Variant | null>(null);
  const revision = useProjectsStore((s) => s.revision);

  async function load() {
    try {
      setVariants(await api.listVariants());
    } catch (e) {
      useUiStore.getState().showError(`Could not load saved variants: ${errorMessage(e)}`);
    }
  }

  useEffect(() => {
    void load();
  }, [revision]);

  async function save(replace = false) {
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the variant a name.');
      return;
    }
    const existing = variants.find((v) => v.name === trimmed);
    // A name already taken replaces that variant only once the user says so.
    if (existing && !replace) {
      setPendingReplace(existing);
      return;
    }
    setPendingReplace(null);
    try {
      const saved = await api.saveVariant({ ...(existing ? { id: existing.id } : {}), name: trimmed, ...current });
      setName('');
      setError(undefined);
      await load();
      useUiStore.getState().toast({ message: `Saved variant “${saved.name}”.`, timeoutMs: 4000 });
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'VALIDATION' ? e.message : undefined);
      if (!(e instanceof ApiError && e.code === 'VALIDATION')) useUiStore.getState().showError(`Could not save the variant: ${errorMessage(e)}`);
    }
  }

  async function remove() {
    const v = pendingDelete;
    setPendingDelete(null);
    if (!v) return;
    try {
      await api.deleteVariant({ id: v.id });
      await load();
      useUiStore.getState().toast({ message: `Deleted variant “${v.name}”.`, timeoutMs: 4000 });
    } catch (e) {
      useUiStore.getState().showError(`Could not delete the variant: ${errorMessage(e)}`);
    }
  }

  return (
    <section className="card" aria-labelledby="variants-heading">
      <h2 id="variants-heading" className="card-title">
        Saved variants
      </h2>
      {variants.length === 0 ? (
        <p className="muted small">None yet. Save this format and selection under a name, e.g. “Backend – Acme”.</p>
      ) : (
        <ul className="variant-list" aria-label="Saved variants">
          {variants.map((v) => (
            <li key={v.id} className="variant-item">
              <span className="variant-name" dir="auto">
                {v.name}
              </span>
              <span className="small muted">{FORMAT_SHORT[v.format]}</span>
              <button type="button" className="btn btn-small" aria-label={`Load ${v.name}`} onClick={() => onLoad(v)}>
                Load
              </button>
              <button type="button" className="icon-btn" aria-label={`Delete variant ${v.name}`} onClick={() => setPendingDelete(v)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="variant-save"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field id="variant-name" label="Save as variant" error={error}>
          <input
            id="variant-name"
            type="text"
            dir="auto"
            maxLength={200}
            value={name}
            placeholder="Backend – Acme"
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
          />
        </Field>
        <button type="submit" className="btn">
          Save variant
        </button>
      </form>
      <ConfirmDialog
        open={pendingReplace !== null}
        title={`Replace the variant “${pendingReplace?.name ?? ''}”?`}
        confirmLabel="Replace variant"
        onConfirm={() => void save(true)}
        onCancel={() => setPendingReplace(null)}
      >
        <p>A variant with this name is saved already. Replacing it keeps the name and saves the current format and selection in it.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pendingDelete !== null}
        title="Delete this variant?"
        confirmLabel="Delete variant"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setPendingDelete(null)}
      >
        <p>
          “<span className="dialog-subject" dir="auto">{pendingDelete?.name}</span>” will be removed. Your projects do not change.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function ProfileCard({ onSaved }: { onSaved(): void }) {
  const [profile, setProfile] = useState<ProfileInfo>(EMPTY_PROFILE);
  // The fields the user changed: only those are sent, so a value imported as text (a website
  // without https://) does not block saving another field.
  const [changed, setChanged] = useState<Set<keyof ProfileInfo>>(new Set());
  const dirty = changed.size > 0;
  const setDirty = (value: boolean) => !value && setChanged(new Set());
  const [error, setError] = useState<string | null>(null);
  /** Problems by field, from the core's issues ("profile.email" → email). */
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof ProfileInfo, string>>>({});
  const revision = useProjectsStore((s) => s.revision);

  useEffect(() => {
    api
      .getProfile()
      .then((p) => {
        setProfile(p);
        setDirty(false);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [revision]);

  async function save() {
    try {
      const saved = await api.setProfile({ profile: Object.fromEntries([...changed].map((k) => [k, profile[k]])) });
      setProfile(saved);
      setDirty(false);
      setError(null);
      setFieldErrors({});
      onSaved();
      useUiStore.getState().toast({ message: 'Saved your profile.', timeoutMs: 3000 });
    } catch (e) {
      const byField: Partial<Record<keyof ProfileInfo, string>> = {};
      const keys = new Set<string>(PROFILE_FIELDS.map((f) => f.key));
      const rest: string[] = [];
      for (const issue of e instanceof ApiError ? e.issues : []) {
        const key = issue.path.split('.').pop() ?? '';
        if (keys.has(key)) byField[key as keyof ProfileInfo] ??= issue.message;
        else rest.push(issue.message);
      }
      setFieldErrors(byField);
      setError(Object.keys(byField).length ? (rest.length ? rest.join(' ') : null) : errorMessage(e));
    }
  }

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="card-title">
        Profile
      </h2>
      <p className="muted small card-intro">The top of every export. Experience, education, skills and the rest are on the Profile & experience screen.</p>
      <form
        className="profile-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {PROFILE_FIELDS.map((f) => (
          <Field key={f.key} id={`profile-${f.key}`} label={f.label} error={fieldErrors[f.key]}>
            <input
              id={`profile-${f.key}`}
              type="text"
              dir="auto"
              value={profile[f.key]}
              placeholder={f.placeholder}
              aria-invalid={fieldErrors[f.key] ? true : undefined}
              aria-describedby={fieldErrors[f.key] ? errorId(`profile-${f.key}`) : undefined}
              onChange={(e) => {
                setProfile((p) => ({ ...p, [f.key]: e.target.value }));
                setChanged((c) => new Set(c).add(f.key));
                setFieldErrors((fe) => ({ ...fe, [f.key]: undefined }));
              }}
            />
          </Field>
        ))}
        {error && (
          <p className="field-error profile-error" role="alert">
            {error}
          </p>
        )}
        <div className="profile-actions">
          <button type="submit" className="btn" disabled={!dirty}>
            Save profile
          </button>
        </div>
      </form>
    </section>
  );
}

function BackupCard({ onRestored }: { onRestored(): void }) {
  const [pending, setPending] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  async function backup() {
    setBusy(true);
    try {
      const result = await api.saveBackup();
      if (result.saved) useUiStore.getState().toast({ message: `Backup saved to ${result.fileName}.`, timeoutMs: 5000 });
    } catch (e) {
      useUiStore.getState().showError(`Could not back up: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function choose() {
    setBusy(true);
    try {
      const preview = await api.chooseImport();
      if (preview) setPending(preview);
    } catch (e) {
      useUiStore.getState().showError(`Could not read that file: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading" className="card-title">
        Backup and restore
      </h2>
      <p className="muted small">
        A backup is one JSON file with everything: projects, targets, variants, profile and synced repositories (never tokens).
        Restore a backup, or import a JSON Resume (the whole resume and its projects).
      </p>
      <div className="backup-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void backup()}>
          Back up…
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void choose()}>
          Restore or import…
        </button>
      </div>
      <ImportDialog
        preview={pending}
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          const p = pending;
          setPending(null);
          if (p && (await runImport(p))) onRestored();
        }}
      />
    </section>
  );
}
