import { useProjectsStore } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';
import { useUiStore } from '../stores/ui-store';
import { useGitHubStore } from '../stores/github-store';
import { useEffect } from 'react';

export function EmptyState() {
  const loadSample = useProjectsStore((s) => s.loadSample);
  const busy = useProjectsStore((s) => s.busy);
  const openNew = useEditorStore((s) => s.openNew);
  const go = useUiStore((s) => s.go);
  const repoCount = useGitHubStore((s) => s.repos.length);
  useEffect(() => {
    void useGitHubStore.getState().loadRepos();
  }, []);
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <div className="empty-card">
        <h1 id="empty-heading">Your portfolio, ready for the next interview</h1>
        <p className="lead">
          Showcase keeps the projects that prove your backend skills in one place, on your own computer. It learns from your
          GitHub repositories what each project actually demonstrates, points out what your portfolio is still missing, and
          exports a clear summary an employer can read in two minutes.
        </p>
        <div className="empty-actions">
          <button type="button" className="btn btn-primary btn-large" onClick={openNew}>
            Add a project
          </button>
          <button type="button" className="btn btn-large" onClick={() => void loadSample()} disabled={busy}>
            {busy ? 'Loading…' : 'Load a sample portfolio'}
          </button>
        </div>
        {repoCount > 0 ? (
          <div className="empty-github">
            <div>
              <strong>
                {repoCount} {repoCount === 1 ? 'repository' : 'repositories'} synced
              </strong>
              <p className="muted">Make projects from them: Showcase fills in their technologies and kinds, with the evidence it found, for you to review.</p>
            </div>
            <button type="button" className="btn" onClick={() => go('repositories')}>
              Create projects from repositories…
            </button>
          </div>
        ) : (
          <div className="empty-github">
            <div>
              <strong>Connect GitHub</strong>
              <p className="muted">Sync your repositories and let Showcase suggest technologies and project kinds, with the evidence it found.</p>
            </div>
            <button type="button" className="btn" onClick={() => go('accounts')}>
              Add an account…
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
