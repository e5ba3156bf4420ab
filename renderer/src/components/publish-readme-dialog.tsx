/**
 * Publishing the profile README to GitHub: pick the account, read the diff against the README
 * there now, allow creating the login/login repository when it is missing, then publish. The
 * preview's sha goes back with the publish, so a README changed on GitHub since is not lost.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../api-errors';
import { useQuery } from '../stores/query-store';
import { publishReadme } from '../stores/actions';
import { useUiStore } from '../stores/ui-store';
import type { GitHubAccount, ReadmePreview } from '../../../shared/github-types';
import type { ProjectSelection } from '../../../shared/export-types';

function DiffView({ diff }: { diff: string }) {
  // The two header lines of a unified diff name the files; the hunks follow.
  const lines = diff.split('\n').filter((l, i) => i > 3 || !/^(=+|Index:|---|\+\+\+)/.test(l));
  return (
    <pre className="diff-view" aria-label="Changes to README.md" tabIndex={0}>
      {lines.map((l, i) => (
        <span key={i} className={l.startsWith('+') ? 'diff-add' : l.startsWith('-') ? 'diff-del' : l.startsWith('@@') ? 'diff-hunk' : undefined}>
          {`${l}\n`}
        </span>
      ))}
    </pre>
  );
}

export function PublishReadmeDialog({ open, selection, onClose }: { open: boolean; selection: ProjectSelection; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        Publish the profile README to GitHub
      </h2>
      {/* Mounted while open: each opening starts clean and reads GitHub's README afresh. */}
      {open && <PublishBody selection={selection} onClose={onClose} />}
    </dialog>
  );
}

const writable = (list: GitHubAccount[]) => list.filter((a) => a.kind !== 'public' && a.hasToken);

function PublishBody({ selection, onClose }: { selection: ProjectSelection; onClose(): void }) {
  const [error, setError] = useState<string | null>(null);
  const [create, setCreate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState('');
  const showError = (e: unknown) => setError(errorMessage(e));
  const listed = useQuery('accounts:list', {}, { onError: showError });
  const accounts = useMemo(() => (listed ? writable(listed) : null), [listed]);
  const accountId = accounts?.some((a) => a.id === chosen) ? chosen : (accounts?.[0]?.id ?? '');
  // What is on GitHub now cannot be announced by main: read it again each time the dialog opens.
  const preview: ReadmePreview | null = useQuery('readme:preview', accountId ? { accountId, selection } : null, { fresh: true, onError: showError });

  async function publish() {
    if (!preview) return;
    setBusy(true);
    try {
      const result = await publishReadme({ accountId: preview.accountId, expectedSha: preview.sha, createRepository: create, selection });
      useUiStore.getState().toast({ message: `Published README.md to ${preview.owner}/${preview.repo}${result.repoCreated ? ' (repository created)' : ''}.`, timeoutMs: 6000 });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const blocked = !preview || !preview.changed || preview.problem !== null || (!preview.repoExists && !create) || busy;
  return (
    <>
      <div className="dialog-body publish-body">
        {accounts && accounts.length === 0 && (
          <p className="notice notice-warn">Add a GitHub account with a token on the Accounts screen first: a public-only account cannot write.</p>
        )}
        {accounts && accounts.length > 1 && (
          <label className="inline-select">
            Account
            <select
              value={accountId}
              onChange={(e) => {
                setChosen(e.target.value);
                setError(null);
              }}
            >
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.login}
                </option>
              ))}
            </select>
          </label>
        )}
        {preview && (
          <>
            <p>
              GitHub shows the README of <strong dir="auto">{`${preview.owner}/${preview.repo}`}</strong> on your profile page.{' '}
              {preview.fileExists ? 'This replaces the README there now:' : 'There is no README there yet:'}
            </p>
            {preview.changed ? <DiffView diff={preview.diff} /> : <p className="muted">It already says exactly this: nothing to publish.</p>}
            {!preview.repoExists && (
              <label className="check">
                <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} />
                Create the public repository {preview.owner}/{preview.repo}
              </label>
            )}
            {preview.problem && (
              <p className="notice notice-warn" role="alert">
                {preview.problem}
              </p>
            )}
          </>
        )}
        {!preview && !error && accounts?.length !== 0 && <p className="muted">Reading the README on GitHub…</p>}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={blocked} onClick={() => void publish()}>
          {busy ? 'Publishing…' : 'Publish'}
        </button>
      </div>
    </>
  );
}
