/**
 * The README draft of a repository rated below good: the sections its README lacks, built in
 * main from what the last sync read, shown as plain text (never rendered as HTML) with Copy
 * and Save….
 */
import { useState } from 'react';
import { errorMessage } from '../api-errors';
import { useQuery } from '../stores/query-store';
import { saveReadmeDraft } from '../stores/actions';
import { useUiStore } from '../stores/ui-store';

export function ReadmeDraftPanel({ repositoryId, fullName }: { repositoryId: string; fullName: string }) {
  // Drafted when asked for, then kept up to date: a sync that changes the repository redrafts it.
  const [asked, setAsked] = useState(false);
  const draft = useQuery('repos:readme-draft', asked ? { id: repositoryId } : null, {
    onError(error) {
      setAsked(false);
      useUiStore.getState().showError(`Could not draft the README: ${errorMessage(error)}`);
    },
  });
  const busy = asked && !draft;
  const panelId = `readme-draft-${repositoryId}`;

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      useUiStore.getState().toast({ message: 'README draft copied.', timeoutMs: 3000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not copy: ${errorMessage(error)}`);
    }
  }

  async function save() {
    try {
      const result = await saveReadmeDraft(repositoryId);
      if (result.saved) useUiStore.getState().toast({ message: `Saved ${result.fileName} (${result.bytes} bytes).`, timeoutMs: 5000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not save the draft: ${errorMessage(error)}`);
    }
  }

  if (!draft) {
    return (
      <section className="readme-draft" aria-label={`README draft for ${fullName}`}>
        <h3 className="section-title">README draft</h3>
        <p className="small muted">Showcase can write the sections this README lacks from what it read: install and start commands, endpoints, stack and licence.</p>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => setAsked(true)}>
          {busy ? 'Drafting…' : 'Draft the missing sections'}
        </button>
      </section>
    );
  }
  const sources = [...new Set(draft.sections.flatMap((s) => s.sources))];
  return (
    <section className="readme-draft" aria-label={`README draft for ${fullName}`}>
      <div className="card-head">
        <h3 className="section-title">README draft</h3>
        {draft.needed && (
          <div className="readme-draft-actions">
            <button type="button" className="btn btn-small" onClick={() => void copy(draft.markdown)}>
              Copy
            </button>
            <button type="button" className="btn btn-small btn-primary" onClick={() => void save()}>
              Save…
            </button>
          </div>
        )}
      </div>
      {draft.needed ? (
        <>
          <p className="small muted">
            {draft.whole ? 'A whole README, since it has none.' : 'The sections to add to its README.'} Fill in the <code>{'<!-- … -->'}</code> notes: Showcase writes only
            what the repository shows.
          </p>
          <pre id={panelId} className="preview-text readme-draft-text" tabIndex={0} aria-label="Draft Markdown">
            {draft.markdown}
          </pre>
          {sources.length > 0 && (
            <p className="small muted readme-draft-sources" dir="auto">
              From: {sources.join('; ')}.
            </p>
          )}
        </>
      ) : (
        <p className="small muted">Its README is rated good: there is nothing to add.</p>
      )}
    </section>
  );
}
