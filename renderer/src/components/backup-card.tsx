/** Backup and restore: everything in one JSON file, and restoring it or importing a JSON Resume. */
import { useState } from 'react';
import { errorMessage } from '../api-errors';
import { chooseImport, saveBackup } from '../stores/actions';
import { useUiStore } from '../stores/ui-store';
import { ImportDialog, runImport } from './import-dialog';
import type { ImportPreview } from '../../../shared/ipc-contract';

/** What a restore or import changed is read again by the data layer; `onRestored` only hears that it happened. */
export function BackupCard({ onRestored }: { onRestored?(): void }) {
  const [pending, setPending] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  async function backup() {
    setBusy(true);
    try {
      const result = await saveBackup();
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
      const preview = await chooseImport();
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
          if (p && (await runImport(p))) onRestored?.();
        }}
      />
    </section>
  );
}
