/**
 * The profile at the top of every export: name, headline, email, website and GitHub login. They
 * are the resume's basics seen short (the core keeps them there), so the Basics card beside it
 * holds the rest; the location is edited there, as its parts.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api-errors';
import { mutate, useQuery } from '../stores/query-store';
import { useUiStore } from '../stores/ui-store';
import { Field, errorId } from './field';
import { EMPTY_PROFILE, type ProfileInfo } from '../../../shared/export-types';

const PROFILE_FIELDS: Array<{ key: keyof ProfileInfo; label: string; placeholder: string }> = [
  { key: 'name', label: 'Name', placeholder: 'Dana Developer' },
  { key: 'headline', label: 'Headline', placeholder: 'Backend developer · APIs, data, reliability' },
  { key: 'email', label: 'Email', placeholder: 'dana@example.com' },
  { key: 'website', label: 'Website', placeholder: 'https://dana.dev' },
  { key: 'github', label: 'GitHub login', placeholder: 'dana' },
];

export function ProfileCard({ onSaved }: { onSaved?(): void }) {
  const [profile, setProfile] = useState<ProfileInfo>(EMPTY_PROFILE);
  // The fields the user changed: only those are sent, so a value imported as text (a website
  // without https://) does not block saving another field.
  const [changed, setChanged] = useState<Set<keyof ProfileInfo>>(new Set());
  const dirty = changed.size > 0;
  const setDirty = (value: boolean) => !value && setChanged(new Set());
  const [error, setError] = useState<string | null>(null);
  /** Problems by field, from the core's issues ("profile.email" → email). */
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof ProfileInfo, string>>>({});
  const stored = useQuery('profile:get', {}, { onError: (e) => setError(errorMessage(e)) });

  // What is stored (at first, after a save, after the basics or an import changed it) fills the
  // form, unless the user is changing it.
  const dirtyNow = useRef(dirty);
  useEffect(() => {
    dirtyNow.current = dirty;
  });
  useEffect(() => {
    if (!stored || dirtyNow.current) return;
    setProfile(stored);
    setChanged(new Set());
  }, [stored]);

  async function save() {
    try {
      const saved = await mutate('profile:set', { profile: Object.fromEntries([...changed].map((k) => [k, profile[k]])) });
      setProfile(saved);
      setDirty(false);
      setError(null);
      setFieldErrors({});
      onSaved?.();
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
      <p className="muted small card-intro">The top of every export and of the resume: who you are and how to reach you.</p>
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
