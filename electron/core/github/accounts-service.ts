/**
 * GitHub accounts: by personal access token (checked at once with GET /user), by OAuth device
 * flow, or public-only (a username, no token). Accounts are stored without their token; the
 * token goes to the injected SecureTokenStore only. Removing an account erases its token and
 * keeps its synced repositories until the user drops them.
 */
import { createOAuthDeviceAuth } from '@octokit/auth-oauth-device';
import type { GitHubAccount } from '../../../shared/github-types';
import type { Clock } from '../portfolio-service';
import { AppError } from '../errors';
import { normalizeApiUrl } from './api-address';
import { createGitHubClient, type GitHubClientOptions } from './client';
import type { GitHubStore, StoredAccount } from './repository-store';
import { cleanText, cleanUrl } from './sanitize';
import { classifyFailure, toAppError } from './sync-errors';
import type { SecureTokenStore } from './token-store';

/**
 * OAuth app used for the device flow unless the `github.oauthClientId` setting names another.
 * Register your own at https://github.com/settings/applications/new (enable "Device flow") and
 * set it with the setting; GitHub Enterprise Server needs an app registered on that server.
 */
export const DEFAULT_OAUTH_CLIENT_ID = 'Ov23liShowcasePortfolio';
export const OAUTH_CLIENT_ID_SETTING = 'github.oauthClientId';
export const DEVICE_FLOW_SCOPES = ['repo', 'read:org'];

export interface AccountsDeps {
  store: GitHubStore;
  tokens: SecureTokenStore;
  clock: Clock;
  newId?: () => string;
  getSetting?(key: string): string | null;
  clientOptions?: Partial<GitHubClientOptions>;
}

export interface DeviceVerification {
  userCode: string;
  verificationUri: string;
  expiresInSeconds: number;
}

function validLogin(login: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login);
}

export function createAccountsService(deps: AccountsDeps) {
  const { store, tokens, clock, newId = () => crypto.randomUUID() } = deps;

  async function withToken(a: StoredAccount): Promise<GitHubAccount> {
    return { ...a, hasToken: a.kind === 'public' ? false : (await tokens.get(a.id)) !== null };
  }

  /** Saves (or refreshes) an account and its token; the same login on the same server is one account. */
  async function save(profile: Omit<StoredAccount, 'id' | 'addedAt' | 'lastSyncedAt' | 'includeOrgRepos'>, token: string | null): Promise<GitHubAccount> {
    const existing = store.findAccount(profile.apiUrl, profile.login);
    const account: StoredAccount = existing
      ? { ...existing, ...profile }
      : { ...profile, id: newId(), addedAt: clock.now().toISOString(), lastSyncedAt: null, includeOrgRepos: true };
    if (existing) store.updateAccountProfile(account);
    else store.insertAccount(account);
    if (token) await tokens.set(account.id, token);
    return withToken(account);
  }

  return {
    async list(): Promise<GitHubAccount[]> {
      return Promise.all(store.listAccounts().map(withToken));
    },
    async get(id: string): Promise<GitHubAccount> {
      const a = store.getAccount(id);
      if (!a) throw new AppError('NOT_FOUND', 'That GitHub account is no longer set up.');
      return withToken(a);
    },
    /**
     * Checks a token with GET /user (login, avatar, scopes from `x-oauth-scopes`) and saves the
     * account. A bad token is refused with a readable message and nothing is stored.
     */
    async addWithToken(input: { token: string; apiUrl?: string | null; kind?: 'token' | 'oauth' }): Promise<GitHubAccount> {
      const token = input.token.trim();
      if (!token || /\s/.test(token) || token.length > 500) throw new AppError('VALIDATION', 'That does not look like a GitHub token.');
      const apiUrl = normalizeApiUrl(input.apiUrl);
      const { octokit } = createGitHubClient({ ...deps.clientOptions, apiUrl, token, retries: 1 });
      let res;
      try {
        res = await octokit.request('GET /user');
      } catch (error) {
        throw toAppError(classifyFailure(error));
      }
      const user = (res.data ?? {}) as Record<string, unknown>;
      const login = cleanText(user.login, 100, { singleLine: true });
      if (!login || !validLogin(login)) throw new AppError('INTERNAL', 'GitHub answered GET /user without a valid login.');
      const header = (res.headers as Record<string, string | undefined>)['x-oauth-scopes'];
      const scopes = header === undefined ? [] : header.split(',').map((s) => s.trim()).filter(Boolean);
      return save(
        {
          kind: input.kind ?? 'token',
          login,
          name: cleanText(user.name, 200, { singleLine: true }),
          avatarUrl: cleanUrl(user.avatar_url),
          apiUrl,
          scopes,
          // Classic tokens list their scopes; fine-grained ones send no header and are granted per repository.
          canReadPrivate: header === undefined ? true : scopes.includes('repo'),
        },
        token,
      );
    },
    /** A public-only account: a username, no token; synced over REST within the 60/h limit. */
    async addPublic(input: { login: string; apiUrl?: string | null; verify?: boolean }): Promise<GitHubAccount> {
      const login = input.login.trim();
      if (!validLogin(login)) throw new AppError('VALIDATION', `"${login.slice(0, 50)}" is not a GitHub username.`);
      const apiUrl = normalizeApiUrl(input.apiUrl);
      let name: string | null = null;
      let avatarUrl: string | null = null;
      let canonical = login;
      if (input.verify !== false) {
        const { octokit } = createGitHubClient({ ...deps.clientOptions, apiUrl, retries: 1 });
        try {
          const { data } = await octokit.request('GET /users/{username}', { username: login });
          const u = data as Record<string, unknown>;
          canonical = cleanText(u.login, 100, { singleLine: true }) ?? login;
          name = cleanText(u.name, 200, { singleLine: true });
          avatarUrl = cleanUrl(u.avatar_url);
        } catch (error) {
          const failure = classifyFailure(error);
          if (failure.kind === 'not-found') throw new AppError('NOT_FOUND', `GitHub has no user "${login}".`);
          throw toAppError(failure);
        }
      }
      return save({ kind: 'public', login: canonical, name, avatarUrl, apiUrl, scopes: [], canReadPrivate: false }, null);
    },
    /**
     * OAuth device flow: `onVerification` gets the code to show and the address to open; the
     * promise settles when the user approves (the account is saved), denies, or the code
     * expires. GitHub's `slow_down` answers lengthen the polling interval.
     */
    async addWithDeviceFlow(input: {
      apiUrl?: string | null;
      clientId?: string;
      scopes?: string[];
      onVerification(v: DeviceVerification): void | Promise<void>;
      /** Cancels the sign-in: no further poll reaches GitHub, and a late approval adds nothing. */
      signal?: AbortSignal;
    }): Promise<GitHubAccount> {
      const apiUrl = normalizeApiUrl(input.apiUrl);
      const clientId = input.clientId ?? deps.getSetting?.(OAUTH_CLIENT_ID_SETTING) ?? (process.env.SHOWCASE_GITHUB_CLIENT_ID || DEFAULT_OAUTH_CLIENT_ID);
      const auth = createOAuthDeviceAuth({
        clientType: 'oauth-app',
        clientId,
        scopes: input.scopes ?? DEVICE_FLOW_SCOPES,
        // Every poll carries the signal: once aborted, the next one fails before it is sent.
        request: createGitHubClient({ ...deps.clientOptions, apiUrl, retries: 1 }).octokit.request.defaults({ request: { signal: input.signal } }),
        onVerification: (v) => input.onVerification({ userCode: v.user_code, verificationUri: v.verification_uri, expiresInSeconds: v.expires_in }),
      });
      const cancelled = () => new AppError('VALIDATION', 'The sign-in was cancelled.');
      let token: string;
      try {
        token = (await auth({ type: 'oauth' })).token;
      } catch (error) {
        if (input.signal?.aborted) throw cancelled();
        const message = (error as Error).message ?? '';
        if (/expired/i.test(message)) throw new AppError('VALIDATION', 'The sign-in code expired before it was approved. Start again.');
        if (/access_denied|denied/i.test(message)) throw new AppError('AUTH', 'The sign-in was denied on GitHub.');
        throw toAppError(classifyFailure(error));
      }
      if (input.signal?.aborted) throw cancelled();
      return this.addWithToken({ token, apiUrl, kind: 'oauth' });
    },
    async setIncludeOrgRepos(id: string, include: boolean): Promise<GitHubAccount> {
      if (!store.setIncludeOrgRepos(id, include)) throw new AppError('NOT_FOUND', 'That GitHub account is no longer set up.');
      return this.get(id);
    },
    /** Erases the token and the account; its synced repositories stay until the user drops them. */
    async remove(id: string): Promise<{ id: string; login: string }> {
      const a = store.getAccount(id);
      if (!a) throw new AppError('NOT_FOUND', 'That GitHub account is no longer set up.');
      await tokens.delete(id);
      store.deleteAccount(id);
      return { id, login: a.login };
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
