/** What restoring a backup or importing a JSON Resume would change, before anything does. */
import { errorMessage } from '../api-errors';
import { mutate } from '../stores/query-store';
import { useUiStore } from '../stores/ui-store';
import { ConfirmDialog } from './confirm-dialog';
import type { ImportPreview } from '../../../shared/ipc-contract';

const TABLE_LABELS: Record<string, string> = {
  projects: 'Projects',
  project_tags: 'Project technologies',
  project_kinds: 'Project kinds',
  project_links: 'Project links',
  project_items: 'Highlights and results',
  project_repositories: 'Linked repositories',
  project_export_options: 'Export privacy options',
  job_targets: 'Job targets',
  targets: 'Job targets',
  export_variants: 'Export variants',
  dismissed_rules: 'Dismissed gap rules',
  github_accounts: 'GitHub accounts',
  github_repositories: 'Synced repositories',
  github_sync_state: 'Sync state',
  github_http_cache: 'GitHub cache',
  settings: 'Settings',
};

function tableLabel(name: string): string {
  const label = TABLE_LABELS[name] ?? name.replace(/_/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function TitleList({ label, titles, tone }: { label: string; titles: string[]; tone: 'add' | 'remove' | 'change' }) {
  if (titles.length === 0) return null;
  return (
    <div className={`plan-group plan-${tone}`}>
      <strong>
        {titles.length} {label}
      </strong>
      <ul>
        {titles.slice(0, 12).map((t, i) => (
          <li key={`${i}:${t}`} dir="auto">
            {t}
          </li>
        ))}
        {titles.length > 12 && <li className="muted">and {titles.length - 12} more</li>}
      </ul>
    </div>
  );
}

function ResumeImportPlan({ preview }: { preview: ImportPreview }) {
  const sections = preview.sections.filter((s) => s.entries > 0);
  return (
    <>
      {sections.length > 0 && (
        <ul className="plan-sections" aria-label="Resume sections in the file">
          {sections.map((s) => (
            <li key={s.section}>
              <strong>{s.label}</strong> {s.section === 'basics' ? '' : `(${s.entries})`}
            </li>
          ))}
        </ul>
      )}
      <TitleList label={preview.projects.length === 1 ? 'project will be added' : 'projects will be added'} titles={preview.projects} tone="add" />
      {preview.replaces.length > 0 && (
        <p className="notice notice-warn">Your resume’s {preview.replaces.join(', ')} will be replaced with the file’s.</p>
      )}
      {preview.warnings.length > 0 && (
        <details className="import-notes">
          <summary>
            {preview.warnings.length} {preview.warnings.length === 1 ? 'thing was' : 'things were'} adjusted on the way in
          </summary>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i} dir="auto">
                {w}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function ImportDialog({ preview, onConfirm, onCancel }: { preview: ImportPreview | null; onConfirm(): void; onCancel(): void }) {
  const plan = preview?.plan ?? null;
  const isBackup = preview?.format === 'backup';
  const title = isBackup ? 'Restore this backup?' : 'Import this JSON Resume?';
  const confirmLabel = preview?.destructive
    ? isBackup
      ? 'Replace my portfolio'
      : 'Import and replace'
    : isBackup
      ? 'Restore'
      : preview?.sections.some((s) => s.section !== 'basics' && s.entries > 0)
        ? 'Import the resume'
        : `Import ${preview?.projects.length ?? 0} ${preview?.projects.length === 1 ? 'project' : 'projects'}`;
  return (
    <ConfirmDialog open={preview !== null} title={title} confirmLabel={confirmLabel} danger={preview?.destructive} wide onConfirm={onConfirm} onCancel={onCancel}>
      {preview && (
        <div className="import-preview" aria-label="What will change">
          <p>
            From <span className="dialog-subject">{preview.fileName}</span>
          </p>
          {isBackup && plan ? (
            <>
              <div className="plan-summary">
                <span className="badge plan-badge plan-add">{plan.projects.added.length} added</span>
                <span className="badge plan-badge plan-remove">{plan.projects.removed.length} removed</span>
                <span className="badge plan-badge plan-change">{plan.projects.changed.length} changed</span>
                <span className="badge badge-hidden">{plan.projects.unchanged} unchanged</span>
              </div>
              <TitleList label="added" titles={plan.projects.added} tone="add" />
              <TitleList label="removed" titles={plan.projects.removed} tone="remove" />
              <TitleList label="changed" titles={plan.projects.changed} tone="change" />
              <table className="plan-table">
                <thead>
                  <tr>
                    <th scope="col">Rows</th>
                    <th scope="col">Now</th>
                    <th scope="col">In the backup</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.tables.filter((t) => t.backup > 0 || t.current > 0).map((t) => (
                    <tr key={t.table} className={t.backup !== t.current ? 'is-diff' : ''}>
                      <th scope="row">{tableLabel(t.table)}</th>
                      <td>{t.current}</td>
                      <td>{t.backup}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.destructive && (
                <p className="notice notice-warn">
                  Restoring replaces your whole portfolio with the backup: what is not in it is lost. Back up first if unsure.
                </p>
              )}
            </>
          ) : (
            <ResumeImportPlan preview={preview} />
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}

/** Applies a previewed import; what it changed is read again by the data layer. Resolves to true when applied. */
export async function runImport(preview: ImportPreview): Promise<boolean> {
  try {
    // Every table may have changed: every store showing one reads again before this resolves.
    const result = await mutate('import:apply', { fileId: preview.fileId, confirm: true });
    if (result.format === 'json-resume') {
      const n = result.added.length;
      const sections = result.sections.filter((s) => s.entries > 0 && s.section !== 'basics').length;
      const what = [sections ? 'your resume' : '', `${n} ${n === 1 ? 'project' : 'projects'}`].filter(Boolean).join(' and ');
      useUiStore.getState().toast({ message: `Imported ${what} from ${preview.fileName}.`, timeoutMs: 5000 });
      return true;
    }
    if (!result.applied) {
      useUiStore.getState().showError('The backup was not restored.');
      return false;
    }
    useUiStore.getState().toast({ message: `Restored ${preview.fileName}.`, timeoutMs: 5000 });
    return true;
  } catch (error) {
    useUiStore.getState().showError(`Could not import: ${errorMessage(error)}`);
    return false;
  }
}
