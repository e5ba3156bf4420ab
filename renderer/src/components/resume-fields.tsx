/**
 * Form controls for resume fields, one per kind of field (shared/resume-sections.ts): text, a
 * paragraph, an address, an email, a month, a list. Every control has its label and its inline
 * error; text fields read right to left when their content does (dir="auto").
 */
import type { FieldKind } from '../../../shared/resume-sections';
import { errorId, Field } from './field';
import { StringListField } from './string-list-field';

export type FieldValue = string | string[];

interface ResumeFieldProps {
  id: string;
  kind: FieldKind;
  label: string;
  placeholder?: string;
  value: FieldValue;
  error?: string;
  onChange(value: FieldValue): void;
}

/** A stored date as a month input shows it: YYYY-MM (a day is dropped from view, a bare year shown as a hint). */
export function monthOf(date: string): string {
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : '';
}

export function ResumeField({ id, kind, label, placeholder, value, error, onChange }: ResumeFieldProps) {
  const described = error ? errorId(id) : undefined;
  if (kind === 'list') {
    const items = Array.isArray(value) ? value : [];
    return (
      <StringListField
        id={id}
        legend={label}
        itemLabel={label.replace(/s$/, '').replace(/ie$/, 'y') || 'Item'}
        placeholder=""
        items={items}
        onChange={onChange}
        errorAt={() => undefined}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (kind === 'date') {
    const shown = monthOf(text);
    const hint = text && shown !== text ? `Now: ${text}${text.length === 4 ? ' (year only)' : ''}. Pick a month to change it.` : undefined;
    return (
      <Field id={id} label={label} error={error} hint={hint}>
        <input id={id} type="month" value={shown} aria-invalid={error ? true : undefined} aria-describedby={described ?? (hint ? `${id}-hint` : undefined)} onChange={(e) => onChange(e.target.value)} />
      </Field>
    );
  }
  if (kind === 'long') {
    return (
      <Field id={id} label={label} error={error} className="field-wide">
        <textarea id={id} dir="auto" rows={3} value={text} placeholder={placeholder} aria-invalid={error ? true : undefined} aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
      </Field>
    );
  }
  const type = kind === 'email' ? 'email' : kind === 'url' ? 'url' : 'text';
  return (
    <Field id={id} label={label} error={error}>
      <input id={id} type={type} dir="auto" value={text} placeholder={placeholder} aria-invalid={error ? true : undefined} aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
