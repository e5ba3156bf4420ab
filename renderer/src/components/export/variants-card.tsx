/** Saved variants: a format and a selection kept under a name, loaded, replaced or deleted. */
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api-errors';
import { mutate, useQuery } from '../../stores/query-store';
import { useUiStore } from '../../stores/ui-store';
import { ConfirmDialog } from '../confirm-dialog';
import { Field } from '../field';
import type { ExportFormat, ExportTheme, PaperSize, ProjectSelection, Variant } from '../../../../shared/export-types';
import { FORMAT_SHORT } from './labels';

const NO_VARIANTS: Variant[] = [];

export function VariantsCard({
  current,
  onLoad,
}: {
  current: { selection: ProjectSelection; format: ExportFormat; paper: PaperSize; theme: ExportTheme };
  onLoad(v: Variant): void;
}) {
  const variants = useQuery('variants:list', {}, {
    onError: (e) => useUiStore.getState().showError(`Could not load saved variants: ${errorMessage(e)}`),
  }) ?? NO_VARIANTS;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pendingDelete, setPendingDelete] = useState<Variant | null>(null);
  const [pendingReplace, setPendingReplace] = useState<Variant | null>(null);

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
      const saved = await mutate('variants:save', { ...(existing ? { id: existing.id } : {}), name: trimmed, ...current });
      setName('');
      setError(undefined);
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
      await mutate('variants:delete', { id: v.id });
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
