/** In the project editor: the repositories linked to the project, and its export privacy options. */
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api-errors';
import { mutate, useQuery } from '../stores/query-store';
import { useUiStore } from '../stores/ui-store';
import { DocBadge } from '../lib/github';
import { FieldError, errorId } from './field';
import type { SyncedRepository } from '../../../shared/github-types';
import type { ProjectExportOptions } from '../../../shared/export-types';

const NONE: SyncedRepository[] = [];

export function LinkedRepos({ projectId }: { projectId: string }) {
  const [failed, setFailed] = useState(false);
  const linked = useQuery('repos:linked', { projectId }, { onError: () => setFailed(true) });
  const repos = linked ?? (failed ? NONE : null);
  const go = useUiStore((s) => s.go);

  async function unlink(repo: SyncedRepository) {
    try {
      // The list here and on Repositories follows from the write.
      await mutate('repos:unlink', { projectId, repositoryId: repo.id });
    } catch (error) {
      useUiStore.getState().showError(`Could not unlink: ${errorMessage(error)}`);
    }
  }

  return (
    <section className="editor-section" aria-labelledby="linked-heading">
      <h3 id="linked-heading" className="section-title">
        Linked repositories
      </h3>
      {repos === null ? null : repos.length === 0 ? (
        <p className="muted small">
          None.{' '}
          <button type="button" className="link-inline" onClick={() => go('repositories')}>
            Link one from Repositories
          </button>{' '}
          to get technology suggestions with evidence.
        </p>
      ) : (
        <ul className="linked-list" aria-label="Linked repositories">
          {repos.map((r) => (
            <li key={r.id} className="linked-item">
              <span className="repo-url">{r.fullName}</span>
              <DocBadge level={r.docStatus?.level ?? null} />
              <button type="button" className="btn btn-ghost btn-small" aria-label={`Unlink ${r.fullName}`} onClick={() => void unlink(r)}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const splitNames = (text: string) =>
  text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .slice(0, 20);

/**
 * The project's privacy options. What the user ticks stays ticked: anonymising without a
 * client name is kept as the user's intent, shown as a problem at the names field, and saved
 * as soon as the names (or an anonymous title) make it valid.
 */
export function ExportOptionsSection({ projectId }: { projectId: string }) {
  const [options, setOptions] = useState<ProjectExportOptions | null>(null);
  const [names, setNames] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const stored = useQuery('project-options:get', { projectId }, {
    onError: (error) => useUiStore.getState().showError(`Could not load export options: ${errorMessage(error)}`),
  });
  // The form starts from what is stored for this project; later answers do not overwrite typing.
  const seeded = useRef<string | null>(null);
  useEffect(() => {
    if (!stored || seeded.current === projectId) return;
    seeded.current = projectId;
    setOptions(stored);
    setNames(stored.clientNames.join(', '));
  }, [stored, projectId]);

  async function save(patch: Partial<Omit<ProjectExportOptions, 'projectId'>>) {
    if (!options) return;
    const next = { ...options, clientNames: splitNames(names), ...patch };
    setOptions(next);
    if (next.anonymizeClient && next.clientNames.length === 0 && !next.anonymousTitle.trim()) {
      setProblem('Name the client (or give an anonymous title) so Showcase knows what to leave out. Not saved yet.');
      return;
    }
    setProblem(null);
    try {
      const { hideRepositoryLink, anonymizeClient, clientNames, clientReplacement, anonymousTitle } = next;
      const saved = await mutate('project-options:set', { projectId, options: { hideRepositoryLink, anonymizeClient, clientNames, clientReplacement, anonymousTitle } });
      // Keep what the user typed meanwhile; take only what the core normalised.
      setOptions((o) => (o ? { ...o, clientNames: saved.clientNames } : saved));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  if (!options) return null;
  return (
    <section className="editor-section export-options" aria-labelledby="export-options-heading">
      <h3 id="export-options-heading" className="section-title">
        When exporting
      </h3>
      <label className="check">
        <input type="checkbox" checked={options.hideRepositoryLink} onChange={(e) => void save({ hideRepositoryLink: e.target.checked })} />
        Hide repository link
      </label>
      <label className="check">
        <input type="checkbox" checked={options.anonymizeClient} onChange={(e) => void save({ anonymizeClient: e.target.checked })} />
        Describe without naming the client
      </label>
      {!options.anonymizeClient && problem && <FieldError id="export-options" error={problem} />}
      {options.anonymizeClient && (
        <div className="anon-fields">
          <div className={`field ${problem ? 'has-error' : ''}`}>
            <label htmlFor="client-names" className="field-label">
              Client names
            </label>
            <input
              id="client-names"
              type="text"
              dir="auto"
              value={names}
              placeholder="Acme Corp, Acme"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId('client-names') : 'client-names-hint'}
              onChange={(e) => setNames(e.target.value)}
              onBlur={() => void save({})}
            />
            {!problem && (
              <p className="field-hint" id="client-names-hint">
                Separated by commas; every one is replaced in the export.
              </p>
            )}
            <FieldError id="client-names" error={problem ?? undefined} />
          </div>
          <div className="field">
            <label htmlFor="client-replacement" className="field-label">
              Replace with
            </label>
            <input
              id="client-replacement"
              type="text"
              dir="auto"
              value={options.clientReplacement}
              placeholder="a client"
              onChange={(e) => setOptions({ ...options, clientReplacement: e.target.value })}
              onBlur={(e) => void save({ clientReplacement: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="anonymous-title" className="field-label">
              Anonymous title
            </label>
            <input
              id="anonymous-title"
              type="text"
              dir="auto"
              value={options.anonymousTitle}
              placeholder="The title with names replaced"
              onChange={(e) => setOptions({ ...options, anonymousTitle: e.target.value })}
              onBlur={(e) => void save({ anonymousTitle: e.target.value })}
            />
          </div>
        </div>
      )}
    </section>
  );
}
