/**
 * Profile & experience: the resume beside the portfolio. The profile (name, headline, contacts:
 * the top of every export) first, then the rest of the basics (with the location), then every section as a list of entries, each edited in place, added, reordered and
 * removed. Projects stay on the Projects screen. Only the fields a user changed are sent, so
 * what an import kept as written (a bare year, an unknown field) is never lost by an edit.
 * Backup and restore (and importing a JSON Resume) close the screen: everything a user keeps.
 */
import { useEffect, useState } from 'react';
import { BASICS_FIELDS, entryTitle, LOCATION_FIELDS, SECTION_KEYS, SECTION_SPECS } from '../../../shared/resume-sections';
import type { ResumeBasics, SectionEntry, SectionKey } from '../../../shared/resume-types';
import type { FieldIssue } from '../api-errors';
import { BackupCard } from '../components/backup-card';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ProfileCard } from '../components/profile-card';
import { ResumeField, type FieldValue } from '../components/resume-fields';
import { entryDetail } from '../../../shared/dates';
import { useResumeStore } from '../stores/resume-store';
import { useUiStore } from '../stores/ui-store';

/** The basics the Profile card edits (with the checks exports need), left out of the Basics card. */
const IN_PROFILE = new Set<string>(['name', 'label', 'email', 'url']);
const OWN_BASICS = BASICS_FIELDS.filter((f) => !IN_PROFILE.has(f.key));

const issueAt = (issues: FieldIssue[], path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;

export function ResumeScreen() {
  const resume = useResumeStore((s) => s.resume);
  const error = useResumeStore((s) => s.error);

  useEffect(() => {
    void useResumeStore.getState().load();
  }, []);

  const filled = resume ? SECTION_KEYS.filter((k) => resume[k].length > 0).length : 0;
  return (
    <div className="screen resume-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="resume-heading">Profile & experience</h1>
          <p className="count">{resume ? `${filled} of ${SECTION_KEYS.length} sections filled` : 'Loading…'}</p>
        </div>
        <p className="muted small">
          What a resume holds besides your projects. Exports (the one-page resume, the portfolio, JSON Resume) show it; back up, restore or import a resume.json at the end of this screen.
        </p>
      </header>
      <div className="screen-body resume-body">
        {error && (
          <div className="banner banner-error" role="alert">
            <span className="banner-text">{error}</span>
          </div>
        )}
        <ProfileCard />
        {resume && (
          <>
            <BasicsCard basics={resume.basics} />
            {SECTION_KEYS.map((key) => (
              <SectionCard key={key} section={key} entries={resume[key] as Array<SectionEntry<SectionKey>>} />
            ))}
          </>
        )}
        <BackupCard />
      </div>
    </div>
  );
}

function BasicsCard({ basics }: { basics: ResumeBasics }) {
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const value = (key: string, held: string) => (key in draft ? draft[key] : held);
  const dirty = Object.keys(draft).length > 0;

  async function save() {
    setSaving(true);
    const location = Object.fromEntries(Object.entries(draft).filter(([k]) => k.startsWith('location.')).map(([k, v]) => [k.slice(9), v]));
    const own = Object.fromEntries(Object.entries(draft).filter(([k]) => !k.startsWith('location.')));
    const outcome = await useResumeStore.getState().setBasics({ ...own, ...(Object.keys(location).length ? { location } : {}) });
    setSaving(false);
    if (outcome.ok) {
      setDraft({});
      setIssues([]);
      useUiStore.getState().toast({ message: 'Saved the basics.', timeoutMs: 3000 });
    } else setIssues(outcome.issues);
  }

  return (
    <section className="card resume-card" aria-labelledby="basics-heading">
      <h2 id="basics-heading" className="card-title">
        Basics
      </h2>
      <form
        className="resume-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {OWN_BASICS.map((f) => (
          <ResumeField
            key={f.key}
            id={`basics-${f.key}`}
            kind={f.kind}
            label={f.label}
            placeholder={f.placeholder}
            value={value(f.key, basics[f.key])}
            error={issueAt(issues, f.key)}
            onChange={(v) => setDraft((d) => ({ ...d, [f.key]: v as string }))}
          />
        ))}
        <fieldset className="resume-subform field-wide">
          <legend className="field-label">Location</legend>
          <div className="resume-form">
            {LOCATION_FIELDS.map((f) => (
              <ResumeField
                key={f.key}
                id={`basics-location-${f.key}`}
                kind="text"
                label={f.label}
                placeholder={f.placeholder}
                value={value(`location.${f.key}`, basics.location[f.key])}
                error={issueAt(issues, `location.${f.key}`)}
                onChange={(v) => setDraft((d) => ({ ...d, [`location.${f.key}`]: v as string }))}
              />
            ))}
          </div>
        </fieldset>
        <div className="form-actions field-wide">
          <button type="submit" className="btn btn-primary" disabled={!dirty || saving}>
            {saving ? 'Saving…' : 'Save basics'}
          </button>
          {dirty && (
            <button type="button" className="btn btn-ghost" onClick={() => (setDraft({}), setIssues([]))}>
              Discard changes
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

function SectionCard({ section, entries }: { section: SectionKey; entries: Array<SectionEntry<SectionKey>> }) {
  const spec = SECTION_SPECS[section];
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [pendingDelete, setPendingDelete] = useState<SectionEntry<SectionKey> | null>(null);
  const headingId = `${section}-heading`;

  async function remove() {
    const entry = pendingDelete;
    setPendingDelete(null);
    if (!entry) return;
    const removed = await useResumeStore.getState().deleteEntry(section, entry.id);
    if (removed) useUiStore.getState().toast({ message: `Removed “${removed.title}”.`, timeoutMs: 4000 });
  }

  return (
    <section className="card resume-card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId} className="card-title">
          {spec.label} <span className="muted small">({entries.length})</span>
        </h2>
        <button type="button" className="btn btn-small" disabled={editing === 'new'} onClick={() => setEditing('new')}>
          + Add {spec.noun}
        </button>
      </div>
      {entries.length === 0 && editing !== 'new' && <p className="muted small">None yet.</p>}
      <ol className="resume-entries" aria-label={spec.label}>
        {entries.map((entry, i) => (
          <li key={entry.id} className="resume-entry">
            {editing === entry.id ? (
              <EntryForm section={section} entry={entry} onDone={() => setEditing(null)} />
            ) : (
              <div className="resume-entry-row">
                <div className="resume-entry-text">
                  <span className="resume-entry-title" dir="auto">
                    {entryTitle(section, entry)}
                  </span>
                  <span className="small muted" dir="auto">
                    {entryDetail(entry)}
                  </span>
                </div>
                <span className="resume-entry-actions">
                  <button type="button" className="icon-btn move-btn" aria-label={`Move ${entryTitle(section, entry)} up`} disabled={i === 0} onClick={() => void useResumeStore.getState().moveEntry(section, entry.id, i - 1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-btn move-btn" aria-label={`Move ${entryTitle(section, entry)} down`} disabled={i === entries.length - 1} onClick={() => void useResumeStore.getState().moveEntry(section, entry.id, i + 1)}>
                    ↓
                  </button>
                  <button type="button" className="btn btn-small" aria-label={`Edit ${entryTitle(section, entry)}`} onClick={() => setEditing(entry.id)}>
                    Edit
                  </button>
                  <button type="button" className="icon-btn" aria-label={`Remove ${entryTitle(section, entry)}`} onClick={() => setPendingDelete(entry)}>
                    ×
                  </button>
                </span>
              </div>
            )}
          </li>
        ))}
        {editing === 'new' && (
          <li className="resume-entry">
            <EntryForm section={section} entry={null} onDone={() => setEditing(null)} />
          </li>
        )}
      </ol>
      <ConfirmDialog open={pendingDelete !== null} title={`Remove this ${spec.noun}?`} confirmLabel="Remove" danger onConfirm={() => void remove()} onCancel={() => setPendingDelete(null)}>
        <p>
          “<span className="dialog-subject" dir="auto">{pendingDelete ? entryTitle(section, pendingDelete) : ''}</span>” will be removed from your resume.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function EntryForm({ section, entry, onDone }: { section: SectionKey; entry: SectionEntry<SectionKey> | null; onDone(): void }) {
  const spec = SECTION_SPECS[section];
  const held = (entry ?? {}) as Record<string, unknown>;
  const [draft, setDraft] = useState<Record<string, FieldValue>>({});
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const base = `${section}-${entry?.id ?? 'new'}`;

  const valueOf = (key: string, kind: string): FieldValue => {
    if (key in draft) return draft[key];
    const v = held[key];
    if (kind === 'list') return Array.isArray(v) ? (v as string[]) : [];
    return typeof v === 'string' ? v : '';
  };

  async function save() {
    setSaving(true);
    const changes = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, Array.isArray(v) ? v.filter((s) => s.trim()) : v]));
    const outcome = await useResumeStore.getState().saveEntry(section, entry ? { id: entry.id, ...changes } : changes);
    setSaving(false);
    if (outcome.ok) {
      useUiStore.getState().toast({ message: entry ? 'Saved.' : `Added the ${spec.noun}.`, timeoutMs: 3000 });
      onDone();
    } else setIssues(outcome.issues);
  }

  return (
    <form
      className="resume-form entry-form"
      noValidate
      aria-label={entry ? `Edit ${entryTitle(section, entry)}` : `New ${spec.noun}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      {spec.fields.map((f) => (
        <div key={f.key} className={f.kind === 'list' || f.kind === 'long' ? 'field-wide' : undefined}>
          <ResumeField
            id={`${base}-${f.key}`}
            kind={f.kind}
            label={f.label}
            placeholder={f.placeholder}
            value={valueOf(f.key, f.kind)}
            error={issueAt(issues, f.key)}
            onChange={(v) => setDraft((d) => ({ ...d, [f.key]: v }))}
          />
        </div>
      ))}
      {issues.length > 0 && !issues.some((i) => spec.fields.some((f) => i.path.startsWith(f.key))) && (
        <p className="field-error field-wide" role="alert">
          {issues.map((i) => i.message).join(' ')}
        </p>
      )}
      <div className="form-actions field-wide">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : entry ? 'Save' : `Add ${spec.noun}`}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
