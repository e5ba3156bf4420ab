import { useEffect, useMemo, useRef, useState } from 'react';
import { useChipsShown } from '../lib/chips';
import { errorMessage } from '../api-errors';
import { openExternal } from '../stores/actions';
import { useGitHubStore } from '../stores/github-store';
import { useUiStore } from '../stores/ui-store';
import { fetchQuery, mutate, mutateEach } from '../stores/query-store';
import { ConfirmDialog } from '../components/confirm-dialog';
import { SyncProgressBar } from '../components/sync-progress';
import { DocBadge, LanguagesBar, formatDateTime } from '../lib/github';
import { ReadmeDraftPanel } from '../components/readme-draft-panel';
import { openProject } from '../lib/gaps';
import { KIND_LABELS, type Project } from '../../../shared/types';
import { techStrength } from '../../../shared/detection/model';
import type { CreateFromRepositoriesResult, DocLevel, SyncedRepository } from '../../../shared/github-types';

interface Filters {
  search: string;
  account: string;
  language: string;
  doc: '' | DocLevel | 'unrated';
  linked: '' | 'linked' | 'unlinked';
}

const NO_FILTERS: Filters = { search: '', account: '', language: '', doc: '', linked: '' };

type RepoSort = 'pushed' | 'stars' | 'name';

/** Recently pushed first (never pushed last), most stars first, or by name; ties by name. */
function compareRepos(sort: RepoSort): (a: SyncedRepository, b: SyncedRepository) => number {
  const byName = (a: SyncedRepository, b: SyncedRepository) => a.fullName.localeCompare(b.fullName, 'en', { sensitivity: 'base' });
  if (sort === 'stars') return (a, b) => b.stars - a.stars || byName(a, b);
  if (sort === 'pushed') return (a, b) => (b.pushedAt ?? '').localeCompare(a.pushedAt ?? '') || byName(a, b);
  return byName;
}

function matches(r: SyncedRepository, f: Filters): boolean {
  const q = f.search.trim().toLowerCase();
  if (q && !r.fullName.toLowerCase().includes(q)) return false;
  if (f.account === 'none' ? r.accountId !== null : f.account && r.accountId !== f.account) return false;
  if (f.language && !r.languages.some((l) => l.name === f.language)) return false;
  if (f.doc === 'unrated' ? r.docStatus !== null : f.doc && r.docStatus?.level !== f.doc) return false;
  if (f.linked === 'linked' && r.projectIds.length === 0) return false;
  if (f.linked === 'unlinked' && r.projectIds.length > 0) return false;
  return true;
}

export function RepositoriesScreen() {
  const repos = useGitHubStore((s) => s.repos);
  const loaded = useGitHubStore((s) => s.reposLoaded);
  const accounts = useGitHubStore((s) => s.accounts);
  const syncing = useGitHubStore((s) => s.sync?.running ?? false);
  const startSync = useGitHubStore((s) => s.startSync);
  const go = useUiStore((s) => s.go);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<RepoSort>('pushed');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [includeForks, setIncludeForks] = useState(false);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [report, setReport] = useState<CreateFromRepositoriesResult | null>(null);
  const [confirmDrop, setConfirmDrop] = useState(false);
  const [linking, setLinking] = useState<{ projects: Project[]; projectId: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void useGitHubStore.getState().loadRepos();
    void useGitHubStore.getState().loadAccounts();
  }, []);

  const languages = useMemo(() => [...new Set(repos.flatMap((r) => r.languages.map((l) => l.name)))].sort(), [repos]);
  const shown = useMemo(() => repos.filter((r) => matches(r, filters)).sort(compareRepos(sort)), [repos, filters, sort]);
  const chosen = repos.filter((r) => selected.has(r.id));
  const allShownSelected = shown.length > 0 && shown.every((r) => selected.has(r.id));
  const hasOrphans = repos.some((r) => r.accountId === null);

  function patch(p: Partial<Filters>) {
    setFilters((f) => ({ ...f, ...p }));
  }

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function createProjects() {
    setBusy(true);
    try {
      const result = await mutate('repos:create-projects', { ids: [...selected], includeForks, includeArchived });
      setReport(result);
      setSelected(new Set());
      const n = result.created.length;
      useUiStore.getState().toast({
        message: `Created ${n} ${n === 1 ? 'project' : 'projects'}${result.skipped.length ? `, skipped ${result.skipped.length}` : ''}.`,
        timeoutMs: 5000,
      });
    } catch (error) {
      useUiStore.getState().showError(`Could not create projects: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function openLink() {
    try {
      const { projects } = await fetchQuery('projects:list', { sort: 'title' });
      setLinking({ projects, projectId: projects[0]?.id ?? '' });
    } catch (error) {
      useUiStore.getState().showError(`Could not load projects: ${errorMessage(error)}`);
    }
  }

  async function link() {
    const target = linking;
    setLinking(null);
    if (!target?.projectId) return;
    try {
      const linked = await mutateEach(
        'repos:link',
        chosen.map((r) => ({ projectId: target.projectId, repositoryId: r.id })),
      );
      const project = linked.at(-1) ?? null;
      setSelected(new Set());
      useUiStore.getState().toast({
        message: `Linked ${chosen.length} ${chosen.length === 1 ? 'repository' : 'repositories'} to “${project?.title ?? ''}”.`,
        timeoutMs: 5000,
      });
    } catch (error) {
      useUiStore.getState().showError(`Could not link: ${errorMessage(error)}`);
    }
  }

  async function drop() {
    setConfirmDrop(false);
    try {
      const { dropped } = await mutate('repos:drop', { ids: [...selected] });
      setSelected(new Set());
      useUiStore.getState().toast({ message: `Dropped ${dropped} ${dropped === 1 ? 'repository' : 'repositories'} from Showcase.`, timeoutMs: 5000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not drop: ${errorMessage(error)}`);
    }
  }

  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <div className="screen repos-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="repos-heading">Repositories</h1>
          <p className="count">{filtered ? `${shown.length} of ${repos.length} repositories` : `${repos.length} ${repos.length === 1 ? 'repository' : 'repositories'}`}</p>
          {accounts.length > 0 && (
            <button type="button" className="btn head-action" disabled={syncing} onClick={() => void startSync()}>
              Sync all
            </button>
          )}
        </div>
        <SyncProgressBar />
        {repos.length > 0 && (
          <div className="toolbar-filters">
            <div className="search">
              <span className="search-icon" aria-hidden="true">⌕</span>
              <input type="search" aria-label="Search repositories" placeholder="Search by name" value={filters.search} onChange={(e) => patch({ search: e.target.value })} />
            </div>
            <select aria-label="Account" value={filters.account} onChange={(e) => patch({ account: e.target.value })}>
              <option value="">All accounts</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.login}
                </option>
              ))}
              {hasOrphans && <option value="none">Removed accounts</option>}
            </select>
            <select aria-label="Language" value={filters.language} onChange={(e) => patch({ language: e.target.value })}>
              <option value="">All languages</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            <select aria-label="Documentation" value={filters.doc} onChange={(e) => patch({ doc: e.target.value as Filters['doc'] })}>
              <option value="">Any README</option>
              <option value="good">Good README</option>
              <option value="basic">Basic README</option>
              <option value="stub">Stub README</option>
              <option value="missing">No README</option>
              <option value="unrated">Not rated yet</option>
            </select>
            <select aria-label="Linked" value={filters.linked} onChange={(e) => patch({ linked: e.target.value as Filters['linked'] })}>
              <option value="">Linked or not</option>
              <option value="linked">Linked to a project</option>
              <option value="unlinked">Not linked</option>
            </select>
            <select aria-label="Sort repositories" value={sort} onChange={(e) => setSort(e.target.value as RepoSort)}>
              <option value="pushed">Recently pushed</option>
              <option value="stars">Most stars</option>
              <option value="name">Name</option>
            </select>
            {filtered && (
              <button type="button" className="btn btn-ghost" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            )}
          </div>
        )}
      </header>

      {repos.length > 0 && (
        <div className="bulk-bar" aria-label="Selected repositories">
          <label className="check">
            <input
              type="checkbox"
              checked={allShownSelected}
              aria-label="Select all shown"
              onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((r) => r.id)) : new Set())}
            />
            <span>{selected.size > 0 ? `${selected.size} selected` : 'Select'}</span>
          </label>
          <button type="button" className="btn btn-primary btn-small" disabled={selected.size === 0 || busy} onClick={() => void createProjects()}>
            Create projects
          </button>
          <label className="check small">
            <input type="checkbox" checked={includeForks} onChange={(e) => setIncludeForks(e.target.checked)} /> Include forks
          </label>
          <label className="check small">
            <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> Include archived
          </label>
          <button type="button" className="btn btn-small" disabled={selected.size === 0} onClick={() => void openLink()}>
            Link to project…
          </button>
          <button type="button" className="btn btn-small btn-ghost btn-danger-text" disabled={selected.size === 0} onClick={() => setConfirmDrop(true)}>
            Drop from Showcase
          </button>
        </div>
      )}

      <div className="screen-body repos-body">
        {report && (report.created.length > 0 || report.skipped.length > 0) && (
          <section className="notice create-report" aria-label="Create projects result">
            <div className="card-head">
              <strong>
                Created {report.created.length} {report.created.length === 1 ? 'project' : 'projects'}
              </strong>
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setReport(null)}>
                Dismiss
              </button>
            </div>
            {report.created.length > 0 && (
              <p className="small">
                {report.created.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ', '}
                    <button type="button" className="link-inline" onClick={() => openProject(p.id)}>
                      <span dir="auto">{p.title}</span>
                    </button>
                  </span>
                ))}
              </p>
            )}
            {report.skipped.length > 0 && (
              <ul className="skipped-list">
                {report.skipped.map((s) => (
                  <li key={s.repositoryId}>
                    Skipped <strong dir="auto">{s.fullName ?? s.repositoryId}</strong>: <span dir="auto">{s.reason}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        {loaded && repos.length === 0 ? (
          <div className="empty-card repos-empty">
            <h2>No repositories yet</h2>
            <p className="muted">
              Add a GitHub account and sync it: Showcase lists your repositories here, rates their README and finds the
              technologies they use, with the evidence.
            </p>
            <div>
              <button type="button" className="btn btn-primary" onClick={() => go('accounts')}>
                Go to Accounts
              </button>
            </div>
          </div>
        ) : shown.length === 0 && loaded ? (
          <div className="no-match">
            <p>No repositories match.</p>
            <button type="button" className="btn" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          </div>
        ) : (
          <ul className="repo-list" aria-label="Repositories">
            {shown.map((r) => (
              <RepoRow key={r.id} repo={r} checked={selected.has(r.id)} onCheck={(on) => toggle(r.id, on)} />
            ))}
          </ul>
        )}
      </div>

      <ConfirmDialog
        open={confirmDrop}
        title="Drop these repositories?"
        confirmLabel="Drop from Showcase"
        danger
        onConfirm={() => void drop()}
        onCancel={() => setConfirmDrop(false)}
      >
        <p>
          {selected.size} {selected.size === 1 ? 'repository' : 'repositories'} will be removed from Showcase (not from GitHub). Projects
          that link them keep their tags. A later sync brings them back.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={linking !== null}
        title="Link to a project"
        confirmLabel="Link"
        onConfirm={() => void link()}
        onCancel={() => setLinking(null)}
      >
        {linking && linking.projects.length === 0 ? (
          <p>You have no projects yet. Use “Create projects” instead.</p>
        ) : (
          <div className="field">
            <label htmlFor="link-project" className="field-label">
              Link {chosen.length} {chosen.length === 1 ? 'repository' : 'repositories'} to
            </label>
            <select
              id="link-project"
              value={linking?.projectId ?? ''}
              onChange={(e) => setLinking((l) => (l ? { ...l, projectId: e.target.value } : l))}
            >
              {linking?.projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
            <p className="field-hint">What the repositories show is added to the project as suggestions to review.</p>
          </div>
        )}
      </ConfirmDialog>
    </div>
  );
}

function RepoRow({ repo: r, checked, onCheck }: { repo: SyncedRepository; checked: boolean; onCheck(on: boolean): void }) {
  const [open, setOpen] = useState(false);
  // Technologies that wrap out of sight are counted in "+N", like those past the first eight.
  const techsRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const techs = r.technologies.slice(0, 8);
  const shownTechs = useChipsShown(techsRef, '.chip-tech', techs.length, [r, width]);
  const moreTechs = r.technologies.length - shownTechs;
  const detailsId = `repo-details-${r.id}`;
  return (
    <li className={`repo-row ${checked ? 'is-checked' : ''}`} data-repo={r.fullName}>
      <div className="repo-row-main">
        <input type="checkbox" className="repo-check" checked={checked} aria-label={`Select ${r.fullName}`} onChange={(e) => onCheck(e.target.checked)} />
        <div className="repo-info">
          <div className="row-line">
            <span className="repo-name">{r.fullName}</span>
            {r.visibility !== 'public' && <span className="badge badge-hidden">{r.visibility === 'private' ? 'Private' : 'Internal'}</span>}
            {r.isFork && <span className="badge badge-fork">Fork</span>}
            {r.isArchived && <span className="badge badge-hidden">Archived</span>}
            {r.goneFromGitHub && <span className="badge badge-warn">Gone from GitHub</span>}
            {r.projectIds.length > 0 && <span className="badge badge-linked">Linked</span>}
            <span className="repo-stars" aria-label={`${r.stars} stars`}>
              ★ {r.stars}
            </span>
            <DocBadge level={r.docStatus?.level ?? null} />
          </div>
          {r.description ? (
            <p className="repo-desc" dir="auto">
              {r.description}
            </p>
          ) : (
            <p className="row-none">No description</p>
          )}
          <div className="repo-meta">
            <LanguagesBar languages={r.languages} legend={false} />
            <div className="repo-techs-line">
              <div className="row-chips repo-techs" ref={techsRef}>
                {techs.map((t) => (
                  <span key={t.name} className="chip chip-tech" title={t.name}>
                    {t.name}
                  </span>
                ))}
              </div>
              {moreTechs > 0 && (
                <span className="chip chip-more" title={r.technologies.slice(shownTechs).map((t) => t.name).join(', ')}>
                  +{moreTechs}
                </span>
              )}
            </div>
            {r.warnings.length > 0 && (
              <span className="badge badge-warn" title={r.warnings.join('\n')}>
                {r.warnings.length} {r.warnings.length === 1 ? 'warning' : 'warnings'}
              </span>
            )}
            <span className="repo-actions">
              <button type="button" className="btn btn-ghost btn-small link-btn" aria-label={`Open ${r.fullName} on GitHub`} onClick={() => void openExternal(r.url)}>
                Open on GitHub ↗
              </button>
              <button type="button" className="btn btn-ghost btn-small link-btn" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
                {open ? 'Hide details' : 'Details'}
              </button>
            </span>
          </div>
        </div>
      </div>
      {open && <RepoDetails id={detailsId} repo={r} />}
    </li>
  );
}

/** "You authored 87 of 102 commits", with what it means for the repository's technologies. */
function authorshipText(r: SyncedRepository): string {
  const a = r.authorship;
  const owner = r.ownerType === 'Organization' ? `An organisation’s repository (${r.owner}). ` : '';
  const fork = r.isFork ? `A fork${r.parent ? ` of ${r.parent}` : ''}. ` : '';
  const minor = a?.minor ? ' Its technologies count once you confirm them.' : '';
  if (!a || a.authored === null || a.total === null) return `${owner}${fork}Commit counts are not known yet (a sync with a token counts them).${minor}`;
  const counted = `You authored ${a.authored} of ${a.total} commits on ${r.defaultBranch ?? 'the default branch'}.`;
  return `${owner}${fork}${counted}${a.minor ? ' You barely contributed to it.' : ''}${minor}`;
}

export function StrengthBadge({ strength }: { strength: 'demonstrated' | 'mentioned' }) {
  return strength === 'mentioned' ? (
    <span className="badge badge-mentioned" title="Only the README or topics name it: it counts as partial until you accept it">
      mentioned
    </span>
  ) : (
    <span className="badge badge-demonstrated" title="Shown by a manifest, a config or deployment file, a workflow or the language share">
      demonstrated
    </span>
  );
}

function RepoDetails({ id, repo: r }: { id: string; repo: SyncedRepository }) {
  return (
    <div id={id} className="repo-details">
      <div className="repo-details-grid">
        <section>
          <h3 className="section-title">Languages</h3>
          <LanguagesBar languages={r.languages} />
          {r.topics.length > 0 && (
            <>
              <h3 className="section-title detail-gap">Topics</h3>
              <div className="chip-row">
                {r.topics.map((t) => (
                  <span key={t} className="chip">
                    {t}
                  </span>
                ))}
              </div>
            </>
          )}
          <h3 className="section-title detail-gap">Documentation</h3>
          {r.docStatus ? (
            <>
              <p className="small">
                <DocBadge level={r.docStatus.level} /> <span className="muted">{r.docStatus.words} words</span>
              </p>
              <ul className="detail-list">
                {r.docStatus.strengths.map((s) => (
                  <li key={`s:${s}`} className="detail-good" dir="auto">
                    ✓ {s}
                  </li>
                ))}
                {r.docStatus.reasons.map((s) => (
                  <li key={`r:${s}`} className="detail-bad" dir="auto">
                    ✗ {s}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="small muted">Not rated yet: sync to read its README.</p>
          )}
          <p className="small muted detail-gap">
            {r.licence ? `Licence ${r.licence} · ` : ''}
            {r.forks} forks{r.pushedAt ? ` · pushed ${formatDateTime(r.pushedAt)}` : ''}
          </p>
          <h3 className="section-title detail-gap">Whose work</h3>
          <p className={`small ${r.authorship?.minor ? 'detail-warn' : ''}`} data-testid="authorship">
            {authorshipText(r)}
          </p>
        </section>
        <section>
          <h3 className="section-title">Detected technologies</h3>
          {r.technologies.length === 0 ? (
            <p className="small muted">None found.</p>
          ) : (
            <ul className="detail-list">
              {r.technologies.map((t) => (
                <li key={t.name} className="detected">
                  <span className="detected-name">
                    <strong dir="auto">{t.name}</strong> <StrengthBadge strength={techStrength(t)} />
                  </span>
                  <span className="review-evidence" dir="auto">
                    {t.evidence.join('; ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {r.kinds.length > 0 && (
            <>
              <h3 className="section-title detail-gap">Kind of project</h3>
              <ul className="detail-list">
                {r.kinds.map((k) => (
                  <li key={k.kind} className="detected">
                    <strong>{KIND_LABELS[k.kind]}</strong>
                    <span className="review-evidence" dir="auto">
                      {k.evidence.join('; ')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.warnings.length > 0 && (
            <>
              <h3 className="section-title detail-gap">Warnings</h3>
              <ul className="detail-list">
                {r.warnings.map((w) => (
                  <li key={w} className="detail-warn" dir="auto">
                    ⚠ {w}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      {r.docStatus && r.docStatus.level !== 'good' && <ReadmeDraftPanel repositoryId={r.id} fullName={r.fullName} />}
    </div>
  );
}
