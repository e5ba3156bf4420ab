/**
 * Publishing the profile README: GitHub shows the README of the `login/login` repository on the
 * account's profile page. `preview` reads what is there now (through the contents API), renders
 * the Markdown profile README, and says what would change (a unified diff) and whether the token
 * may write; `publish` writes it, creating the repository only when asked, and refuses to
 * overwrite a README that changed on GitHub since the preview (its blob sha is passed back).
 */
import { createTwoFilesPatch } from 'diff';
import type { ProjectSelection } from '../../../shared/export-types';
import type { ReadmePreview, ReadmePublishResult } from '../../../shared/github-types';
import { AppError } from '../errors';
import type { ExportService } from '../export/export-service';
import { createGitHubClient, type GitHubClientOptions } from './client';
import type { GitHubStore } from './repository-store';
import { classifyFailure, toAppError } from './sync-errors';
import type { SecureTokenStore } from './token-store';

export const README_PATH = 'README.md';
const WRITE_SCOPES = ['repo', 'public_repo'];

export interface ProfileReadmeDeps {
  store: GitHubStore;
  tokens: SecureTokenStore;
  exports: ExportService;
  clientOptions?: Partial<GitHubClientOptions>;
}

function status(error: unknown): number {
  return (error as { status?: number })?.status ?? 0;
}

function webHost(apiUrl: string): string {
  const url = new URL(apiUrl);
  return url.host === 'api.github.com' ? 'https://github.com' : `${url.protocol}//${url.host}`;
}

export function createProfileReadmeService(deps: ProfileReadmeDeps) {
  async function client(accountId: string) {
    const account = deps.store.getAccount(accountId);
    if (!account) throw new AppError('NOT_FOUND', 'That GitHub account is no longer set up.');
    if (account.kind === 'public') throw new AppError('FORBIDDEN', `${account.login} was added for public repositories only: Showcase has no token to write with. Add the account with a token (or sign in with GitHub) to publish.`);
    const token = await deps.tokens.get(accountId);
    if (!token) throw new AppError('FORBIDDEN', `Showcase has no token for ${account.login} in this session. Add the account again with a token to publish.`);
    const { octokit } = createGitHubClient({ ...deps.clientOptions, apiUrl: account.apiUrl, token, retries: 1 });
    return { account, octokit };
  }

  async function render(selection?: ProjectSelection | null): Promise<string> {
    const result = await deps.exports.export({ format: 'markdown', form: 'profile-readme', selection: selection ?? null });
    return new TextDecoder().decode(result.content);
  }

  return {
    /** What publishing would do: the README there now, the new one, their diff, and what stands in the way. */
    async preview(accountId: string, selection?: ProjectSelection | null): Promise<ReadmePreview> {
      const { account, octokit } = await client(accountId);
      const owner = account.login;
      const repo = account.login;
      // The token's scopes, as GitHub reports them now (a classic token lists them; a fine-grained one does not).
      let problem: string | null = null;
      try {
        const me = await octokit.request('GET /user');
        const header = (me.headers as Record<string, string | undefined>)['x-oauth-scopes'];
        if (header !== undefined) {
          const scopes = header.split(',').map((x) => x.trim()).filter(Boolean);
          if (!scopes.some((x) => WRITE_SCOPES.includes(x))) {
            problem = `This token may not write to repositories (its scopes: ${scopes.join(', ') || 'none'}). Use a token with the public_repo scope (or repo), or a fine-grained token with Contents: read and write on ${owner}/${repo}.`;
          }
        }
      } catch (error) {
        throw toAppError(classifyFailure(error));
      }
      let repoExists = true;
      let current = '';
      let sha: string | null = null;
      try {
        await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
      } catch (error) {
        if (status(error) !== 404) throw toAppError(classifyFailure(error));
        repoExists = false;
      }
      if (repoExists) {
        try {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: README_PATH });
          const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
          if (file.type === 'file' && typeof file.sha === 'string') {
            sha = file.sha;
            current = file.encoding === 'base64' && typeof file.content === 'string' ? Buffer.from(file.content, 'base64').toString('utf8') : '';
          }
        } catch (error) {
          if (status(error) !== 404) throw toAppError(classifyFailure(error));
        }
      }
      const next = await render(selection);
      const diff = createTwoFilesPatch(`${owner}/${repo}/${README_PATH}`, `${owner}/${repo}/${README_PATH}`, current, next, sha ? 'on GitHub now' : 'not there yet', 'from Showcase', { context: 3 });
      return {
        accountId,
        owner,
        repo,
        path: README_PATH,
        repoExists,
        fileExists: sha !== null,
        sha,
        current,
        next,
        diff,
        changed: current !== next,
        problem,
        url: `${webHost(account.apiUrl)}/${owner}`,
      };
    },

    /**
     * Writes the README. `expectedSha` is the preview's (null when there was no README): a README
     * changed since is not overwritten. The repository is created only with `createRepository`.
     */
    async publish(accountId: string, options: { expectedSha: string | null; createRepository?: boolean; selection?: ProjectSelection | null }): Promise<ReadmePublishResult> {
      const { account, octokit } = await client(accountId);
      const owner = account.login;
      const repo = account.login;
      let repoCreated = false;
      try {
        await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
      } catch (error) {
        if (status(error) !== 404) throw toAppError(classifyFailure(error));
        if (!options.createRepository) {
          throw new AppError('VALIDATION', `The repository ${owner}/${repo} does not exist yet. Allow Showcase to create it (public, as GitHub needs for a profile README), or create it on GitHub.`);
        }
        try {
          await octokit.request('POST /user/repos', { name: repo, description: 'My GitHub profile', private: false, auto_init: false });
          repoCreated = true;
        } catch (createError) {
          if (status(createError) === 404 || status(createError) === 403) throw new AppError('FORBIDDEN', `GitHub did not let this token create ${owner}/${repo}: it needs the public_repo scope (or repo).`);
          throw toAppError(classifyFailure(createError));
        }
      }
      const text = await render(options.selection);
      try {
        const { data, status: code } = await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
          owner,
          repo,
          path: README_PATH,
          message: options.expectedSha ? 'Update the profile README (Showcase)' : 'Add a profile README (Showcase)',
          content: Buffer.from(text, 'utf8').toString('base64'),
          ...(options.expectedSha ? { sha: options.expectedSha } : {}),
        });
        const result = data as { content?: { sha?: string; html_url?: string }; commit?: { sha?: string } };
        return {
          created: code === 201,
          repoCreated,
          sha: result.content?.sha ?? null,
          commit: result.commit?.sha ?? null,
          url: `${webHost(account.apiUrl)}/${owner}`,
        };
      } catch (error) {
        const s = status(error);
        if (s === 409 || s === 422) throw new AppError('VALIDATION', `${owner}/${repo}/${README_PATH} changed on GitHub since the preview, so it was not overwritten. Preview again to see the change.`);
        if (s === 404 || s === 403) throw new AppError('FORBIDDEN', `GitHub did not let this token write to ${owner}/${repo}: it needs the public_repo scope (or repo), or Contents: read and write for a fine-grained token.`);
        throw toAppError(classifyFailure(error));
      }
    },
  };
}

export type ProfileReadmeService = ReturnType<typeof createProfileReadmeService>;
