import { useEffect, useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ApiError, errorMessage } from '../api-errors';
import { mutate } from '../stores/query-store';
import { cancelDeviceFlow, onDeviceFlowState, openExternal, startDeviceFlow } from '../stores/actions';
import { useGitHubStore } from '../stores/github-store';
import { useUiStore } from '../stores/ui-store';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Field, errorId } from '../components/field';
import { SyncProgressBar } from '../components/sync-progress';
import { Avatar, accountHost, KIND_TEXT, formatDateTime } from '../lib/github';
import type { GitHubAccount } from '../../../shared/github-types';
import type { DeviceFlowStatus } from '../../../shared/ipc-contract';

type AddMode = 'token' | 'device' | 'public';

export function AccountsScreen() {
  const accounts = useGitHubStore((s) => s.accounts);
  const loaded = useGitHubStore((s) => s.accountsLoaded);
  const protection = useGitHubStore((s) => s.protection);
  const loadAccounts = useGitHubStore((s) => s.loadAccounts);
  const startSync = useGitHubStore((s) => s.startSync);
  const syncing = useGitHubStore((s) => s.sync?.running ?? false);
  const [pendingRemove, setPendingRemove] = useState<GitHubAccount | null>(null);

  useEffect(() => {
    void loadAccounts();
  }, [loadAccounts]);

  async function confirmRemove() {
    const account = pendingRemove;
    setPendingRemove(null);
    if (!account) return;
    try {
      const removed = await mutate('accounts:remove', { id: account.id });
      useUiStore.getState().toast({ message: `Removed ${removed.login}. Its synced repositories stay in Showcase.`, timeoutMs: 5000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not remove the account: ${errorMessage(error)}`);
    }
  }

  return (
    <div className="screen accounts-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="accounts-heading">Accounts</h1>
          <p className="count">
            {accounts.length} {accounts.length === 1 ? 'GitHub account' : 'GitHub accounts'}
          </p>
          <button
            type="button"
            className="btn btn-primary head-action"
            disabled={syncing || accounts.length === 0}
            onClick={() => void startSync()}
          >
            Sync all
          </button>
        </div>
        <SyncProgressBar />
      </header>
      <div className="screen-body accounts-layout">
        {(protection === 'insecure' || protection === 'session') && (
          <p className="notice notice-warn" role="note">
            <strong>No system keyring:</strong> tokens are kept for this session only; you’ll paste it again next time.
          </p>
        )}
        <section className="account-list" aria-label="GitHub accounts">
          {loaded && accounts.length === 0 && (
            <p className="card muted">No account yet. Add one below to sync your repositories; nothing leaves this computer except requests to GitHub.</p>
          )}
          {accounts.map((a) => (
            <AccountCard key={a.id} account={a} syncing={syncing} onRemove={() => setPendingRemove(a)} />
          ))}
        </section>
        <AddAccount />
      </div>
      <ConfirmDialog
        open={pendingRemove !== null}
        title="Remove this account?"
        confirmLabel="Remove account"
        danger
        onConfirm={() => void confirmRemove()}
        onCancel={() => setPendingRemove(null)}
      >
        <p>
          The token for <span className="dialog-subject">{pendingRemove?.login}</span> will be erased from this computer. Synced
          repositories stay in Showcase until you drop them on the Repositories screen.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function AccountCard({ account: a, syncing, onRemove }: { account: GitHubAccount; syncing: boolean; onRemove(): void }) {
  const startSync = useGitHubStore((s) => s.startSync);
  const [busy, setBusy] = useState(false);

  async function toggleOrgs(include: boolean) {
    setBusy(true);
    try {
      await mutate('accounts:set-include-orgs', { id: a.id, include });
    } catch (error) {
      useUiStore.getState().showError(`Could not change the setting: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const orgId = `orgs-${a.id}`;
  return (
    <article className="card account-card" aria-label={`Account ${a.login}`} data-login={a.login}>
      <div className="account-main">
        <Avatar account={a} />
        <div className="account-text">
          <div className="account-name-line">
            <strong className="account-login">{a.login}</strong>
            {a.name && <span className="muted" dir="auto">{a.name}</span>}
            <span className="chip">{accountHost(a.apiUrl)}</span>
            <span className="chip chip-kind">{KIND_TEXT[a.kind]}</span>
          </div>
          <div className="account-scopes">
            {a.kind === 'public' ? (
              <span className="access access-public">Public repositories only</span>
            ) : a.canReadPrivate ? (
              <span className="access access-private">Can read private repositories</span>
            ) : (
              <span className="access access-public">Public repositories only</span>
            )}
            {a.scopes.length > 0 ? (
              <span className="scope-list" aria-label="Scopes">
                {a.scopes.map((s) => (
                  <code key={s} className="scope">
                    {s}
                  </code>
                ))}
              </span>
            ) : (
              a.kind !== 'public' && <span className="small muted">fine-grained token: access set per repository</span>
            )}
          </div>
          <p className="small muted">
            {a.lastSyncedAt ? `Last synced ${formatDateTime(a.lastSyncedAt)}` : 'Never synced'}
            {!a.hasToken && a.kind !== 'public' && <span className="token-missing"> · token missing: add the account again to sync</span>}
          </p>
        </div>
        <div className="account-actions">
          <button type="button" className="btn btn-small" disabled={syncing} onClick={() => void startSync([a.id])}>
            Sync now
          </button>
          <button type="button" className="btn btn-small btn-ghost btn-danger-text" onClick={onRemove}>
            Remove
          </button>
        </div>
      </div>
      <div className="switch-field account-orgs">
        <input
          id={orgId}
          type="checkbox"
          role="switch"
          className="switch"
          checked={a.includeOrgRepos}
          disabled={busy}
          onChange={(e) => void toggleOrgs(e.target.checked)}
        />
        <label htmlFor={orgId} className="small">
          Include organisation repositories
        </label>
      </div>
    </article>
  );
}

function AddAccount() {
  const [mode, setMode] = useState<AddMode>('token');
  const tabs: Array<{ id: AddMode; label: string }> = [
    { id: 'token', label: 'Personal access token' },
    { id: 'device', label: 'Sign in with GitHub' },
    { id: 'public', label: 'Public repositories only' },
  ];
  return (
    <section className="card add-account" aria-labelledby="add-account-heading">
      <h2 id="add-account-heading" className="card-title">
        Add a GitHub account
      </h2>
      <Tabs className="add-tabs" selectedKey={mode} onSelectionChange={(key) => setMode(key as AddMode)}>
        <TabList className="seg" aria-label="How to connect">
          {tabs.map((t) => (
            <Tab key={t.id} id={t.id} className={({ isSelected }) => `seg-btn ${isSelected ? 'is-on' : ''}`}>
              {t.label}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="token" className="add-panel">
          <TokenForm />
        </TabPanel>
        <TabPanel id="device" className="add-panel">
          <DeviceFlow />
        </TabPanel>
        <TabPanel id="public" className="add-panel">
          <PublicForm />
        </TabPanel>
      </Tabs>
    </section>
  );
}

/** The scopes Showcase asks for: private repositories and organisation membership. */
const TOKEN_SCOPES = ['repo', 'read:org'];

/** GitHub's "new token" page for the host, with exactly the scopes above ticked. */
export function newTokenUrl(apiUrl: string): string {
  let web = 'https://github.com';
  const text = apiUrl.trim();
  if (text) {
    try {
      const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
      if (u.host !== 'github.com' && u.host !== 'api.github.com') web = `${u.protocol}//${u.host}`;
    } catch {
      // Not an address yet: github.com.
    }
  }
  return `${web}/settings/tokens/new?scopes=${TOKEN_SCOPES.join(',')}&description=Showcase`;
}

/**
 * Where a failure to add an account belongs: a refused address, or an address that could not be
 * reached, goes to the address field; anything else to the main field.
 */
function addError(e: unknown, apiUrl: string): { field?: string; address?: string } {
  const message = errorMessage(e);
  if (e instanceof ApiError && e.issues.some((i) => i.path === 'apiUrl')) return { address: e.issues.find((i) => i.path === 'apiUrl')!.message };
  if (e instanceof ApiError && e.code === 'OFFLINE' && apiUrl.trim()) return { address: message };
  return { field: message };
}

/** The Enterprise address of an add-account form, with its own error (cleared as the user edits it). */
function useAddressField(id: string) {
  const [apiUrl, setApiUrl] = useState('');
  const [addressError, setAddressError] = useState<string | undefined>();
  const field = (
    <EnterpriseField
      id={id}
      value={apiUrl}
      error={addressError}
      onChange={(v) => {
        setApiUrl(v);
        setAddressError(undefined);
      }}
    />
  );
  return { apiUrl, setAddressError, field };
}

function EnterpriseField({ value, onChange, id, error }: { value: string; onChange(v: string): void; id: string; error?: string }) {
  return (
    <Field id={id} label="GitHub Enterprise Server URL (optional)" error={error} hint="Leave empty for github.com. For Enterprise Server: https://host/api/v3">
      <input
        id={id}
        type="text"
        inputMode="url"
        spellCheck={false}
        value={value}
        placeholder="https://github.example.com/api/v3"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

function accountAdded(account: GitHubAccount) {
  useUiStore.getState().toast({ message: `Added ${account.login}. Sync it to list its repositories.`, timeoutMs: 5000 });
}

function TokenForm() {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { apiUrl, setAddressError, field: addressField } = useAddressField('token-api-url');
  const [busy, setBusy] = useState(false);

  async function submit() {
    const value = token.trim();
    if (!value) {
      setError('Paste a token.');
      return;
    }
    setBusy(true);
    setError(undefined);
    setAddressError(undefined);
    try {
      const account = await mutate('accounts:add-token', { token: value, apiUrl: apiUrl.trim() || undefined });
      setToken('');
      accountAdded(account);
    } catch (e) {
      const where = addError(e, apiUrl);
      setError(where.field);
      setAddressError(where.address);
      // A token GitHub refused is of no further use; one held back by the address is kept to try again.
      if (e instanceof ApiError && e.code === 'AUTH') setToken('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="add-form"
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field
        id="token"
        label="Token"
        error={error}
        hint="Classic tokens need the repo scope for private repositories (public_repo for public only). Checked with GitHub at once; never shown again."
      >
        <input
          id="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          placeholder="ghp_…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId('token') : 'token-hint'}
          onChange={(e) => {
            setToken(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
      <p className="small token-link">
        <button type="button" className="link-inline" onClick={() => void openExternal(newTokenUrl(apiUrl))}>
          Create a token on GitHub
        </button>{' '}
        with exactly the scopes Showcase needs ({TOKEN_SCOPES.join(', ')}).
      </p>
      {addressField}
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Add account'}
        </button>
      </div>
    </form>
  );
}

function PublicForm() {
  const [login, setLogin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { apiUrl, setAddressError, field: addressField } = useAddressField('public-api-url');
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(undefined);
    setAddressError(undefined);
    try {
      const account = await mutate('accounts:add-public', { login: login.trim(), apiUrl: apiUrl.trim() || undefined });
      setLogin('');
      accountAdded(account);
    } catch (e) {
      const where = addError(e, apiUrl);
      setError(where.field);
      setAddressError(where.address);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="add-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field id="public-login" label="GitHub username" error={error} hint="No token: only public repositories, within GitHub’s 60 requests an hour.">
        <input
          id="public-login"
          type="text"
          spellCheck={false}
          value={login}
          placeholder="octocat"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId('public-login') : 'public-login-hint'}
          onChange={(e) => {
            setLogin(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
      {addressField}
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy || !login.trim()}>
          {busy ? 'Checking…' : 'Add public account'}
        </button>
      </div>
    </form>
  );
}

/** Shows a sign-in's state; the account it added is announced once. */
function showFlow(status: DeviceFlowStatus, setFlow: (s: DeviceFlowStatus) => void, announced: { current: string | null }): void {
  setFlow(status);
  if (status.state === 'done' && status.account && announced.current !== status.id) {
    announced.current = status.id;
    accountAdded(status.account);
  }
}

function DeviceFlow() {
  const [apiUrl, setApiUrl] = useState('');
  const [flow, setFlow] = useState<DeviceFlowStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [copied, setCopied] = useState(false);
  const flowId = useRef<string | null>(null);
  const announced = useRef<string | null>(null);
  // States main pushed, by sign-in: one may arrive before `deviceStart` answers.
  const seen = useRef(new Map<string, DeviceFlowStatus>());

  useEffect(
    () =>
      onDeviceFlowState((status) => {
        seen.current.set(status.id, status);
        if (status.id === flowId.current) showFlow(status, setFlow, announced);
      }),
    [],
  );

  // The countdown to expiry.
  const waiting = flow?.state === 'waiting' || flow?.state === 'starting';
  useEffect(() => {
    if (!waiting) return;
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, [waiting]);

  async function start() {
    setError(null);
    setCopied(false);
    try {
      const status = await startDeviceFlow(apiUrl.trim() || undefined);
      flowId.current = status.id;
      showFlow(seen.current.get(status.id) ?? status, setFlow, announced);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  /** Cancel stops main's polling of GitHub too: approving the code afterwards adds nothing. */
  function stop() {
    const id = flowId.current;
    flowId.current = null;
    setFlow(null);
    if (id) cancelDeviceFlow(id).catch((e: unknown) => setError(errorMessage(e)));
  }

  async function copy(code: string) {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const left = flow?.expiresAt ? Math.max(0, Math.round((new Date(flow.expiresAt).getTime() - now) / 1000)) : null;

  if (!flow || flow.state === 'failed' || flow.state === 'done') {
    return (
      <div className="add-form">
        <p className="muted">Sign in on GitHub in your browser and enter a short code; Showcase never sees your password.</p>
        {flow?.state === 'done' && flow.account && (
          <p className="notice notice-ok" role="status">
            Signed in as <strong>{flow.account.login}</strong>.
          </p>
        )}
        {(error || flow?.state === 'failed') && (
          <p className="field-error" role="alert">
            {error ?? flow?.error?.message ?? 'Sign-in failed.'}
          </p>
        )}
        <EnterpriseField id="device-api-url" value={apiUrl} onChange={setApiUrl} />
        <div>
          <button type="button" className="btn btn-primary" onClick={() => void start()}>
            Sign in with GitHub
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="device-flow" aria-live="polite">
      {flow.state === 'starting' || !flow.userCode ? (
        <p className="muted">Asking GitHub for a code…</p>
      ) : (
        <>
          <p>1. Copy this code:</p>
          <div className="device-code-line">
            <output className="device-code" aria-label="Your one-time code">
              {flow.userCode}
            </output>
            <button type="button" className="btn btn-small" onClick={() => void copy(flow.userCode!)}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p>
            2. Open{' '}
            <button type="button" className="link-inline" onClick={() => void openExternal(flow.verificationUri!)}>
              {flow.verificationUri}
            </button>{' '}
            and paste it.
          </p>
          <p className="small muted">
            Waiting for you to approve…{' '}
            {left !== null && (left > 0 ? `The code expires in ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}.` : 'The code has expired.')}
          </p>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="button" className="btn" onClick={stop}>
          Cancel
        </button>
      </div>
    </div>
  );
}
