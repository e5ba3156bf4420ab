/** Publishing the profile README to login/login, against the fake GitHub's contents API. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { AppError } from '../../electron/core/errors';
import { blobSha, startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'dana' }, { token: 'tok-classic', scopes: ['public_repo', 'read:org'] });
  gh.addUser({ login: 'reader' }, { token: 'tok-read', scopes: ['read:org'] });
  gh.addUser({ login: 'fine' }, { token: 'tok-fine', scopes: null });
  core = openCore(join(tempDir(), 'readme.db'), undefined, { githubClient: { retryAfterBaseMs: 1 } });
  core.exports.profile.set({ name: 'Dana Developer', headline: 'Backend developer' });
  core.portfolio.create({ title: 'Ledger API', summary: 'Double-entry bookkeeping over REST.', tags: ['Go', 'PostgreSQL'], links: [{ type: 'repository', url: 'https://github.com/dana/ledger_api' }] });
});
afterEach(async () => {
  core.close();
  await gh.close();
});

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a rejection');
}

const readmeOn = (repo: string) => gh.repos.get(repo)?.files?.['README.md']?.toString();

describe('publishing the profile README', () => {
  it('creates the login/login repository only when allowed, then the README', async () => {
    const account = await core.github.accounts.addWithToken({ token: 'tok-classic', apiUrl: gh.apiUrl });
    const preview = await core.readme.preview(account.id);
    expect(preview).toMatchObject({ owner: 'dana', repo: 'dana', repoExists: false, fileExists: false, sha: null, changed: true, problem: null });
    expect(preview.next).toContain('# Hi, I’m Dana Developer');
    expect(preview.diff).toContain('+**Backend developer**');
    // Link targets as written: `_` stays.
    expect(preview.next).toContain('(https://github.com/dana/ledger_api)');

    const refused = await rejection(core.readme.publish(account.id, { expectedSha: null }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toMatch(/dana\/dana does not exist yet/);
    expect(gh.repos.has('dana/dana')).toBe(false);

    const result = await core.readme.publish(account.id, { expectedSha: null, createRepository: true });
    expect(result).toMatchObject({ created: true, repoCreated: true, sha: blobSha(preview.next), url: `${gh.url}/dana` });
    expect(readmeOn('dana/dana')).toBe(preview.next);
    expect(gh.log.filter((l) => l.method !== 'GET').map((l) => `${l.method} ${l.path} ${l.status}`)).toEqual(['POST /user/repos 201', 'PUT /repos/dana/dana/contents/README.md 201']);
    expect(gh.commits.at(-1)).toMatchObject({ repo: 'dana/dana', path: 'README.md', message: 'Add a profile README (Showcase)' });
  });

  it('shows the diff against the README on GitHub and updates it with its sha; one changed since is not overwritten', async () => {
    gh.addRepo({ owner: 'dana', name: 'dana', files: { 'README.md': '# Dana\n\nOld intro.\n' } });
    const account = await core.github.accounts.addWithToken({ token: 'tok-classic', apiUrl: gh.apiUrl });
    const preview = await core.readme.preview(account.id);
    expect(preview).toMatchObject({ repoExists: true, fileExists: true, sha: blobSha('# Dana\n\nOld intro.\n'), current: '# Dana\n\nOld intro.\n' });
    expect(preview.diff).toMatch(/^-# Dana$/m);
    expect(preview.diff).toMatch(/^-Old intro\.$/m);
    expect(preview.diff).toMatch(/^\+# Hi, I’m Dana Developer$/m);

    // Someone edits the README on GitHub after the preview.
    gh.repos.get('dana/dana')!.files!['README.md'] = '# Dana\n\nEdited on GitHub.\n';
    const stale = await rejection(core.readme.publish(account.id, { expectedSha: preview.sha }));
    expect(stale.code).toBe('VALIDATION');
    expect(stale.message).toMatch(/changed on GitHub since the preview, so it was not overwritten/);
    expect(readmeOn('dana/dana')).toBe('# Dana\n\nEdited on GitHub.\n');
    expect(gh.log.at(-1)).toMatchObject({ method: 'PUT', status: 409 });

    const again = await core.readme.preview(account.id);
    const result = await core.readme.publish(account.id, { expectedSha: again.sha });
    expect(result).toMatchObject({ created: false, repoCreated: false });
    expect(readmeOn('dana/dana')).toBe(again.next);
    expect(gh.log.at(-1)).toMatchObject({ method: 'PUT', status: 200 });
    // Nothing to change the next time.
    expect((await core.readme.preview(account.id)).changed).toBe(false);
  });

  it('checks the token before writing: a read-only classic token and a public account are told why', async () => {
    const reader = await core.github.accounts.addWithToken({ token: 'tok-read', apiUrl: gh.apiUrl });
    const preview = await core.readme.preview(reader.id);
    expect(preview.problem).toMatch(/may not write to repositories \(its scopes: read:org\).*public_repo/);
    gh.addRepo({ owner: 'reader', name: 'reader' });
    const refused = await rejection(core.readme.publish(reader.id, { expectedSha: null }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/needs the public_repo scope/);
    expect(gh.log.at(-1)).toMatchObject({ method: 'PUT', status: 404 });

    const pub = await core.github.accounts.addPublic({ login: 'dana', apiUrl: gh.apiUrl });
    expect((await rejection(core.readme.preview(pub.id))).message).toMatch(/public repositories only/);
  });

  it('works with a fine-grained token, whose scopes GitHub does not list', async () => {
    gh.addRepo({ owner: 'fine', name: 'fine' });
    const account = await core.github.accounts.addWithToken({ token: 'tok-fine', apiUrl: gh.apiUrl });
    const preview = await core.readme.preview(account.id);
    expect(preview.problem).toBeNull();
    expect((await core.readme.publish(account.id, { expectedSha: preview.sha })).created).toBe(true);
  });
});

describe('showcase publish-readme', () => {
  it('previews with --dry-run, then publishes with --yes, the token from GH_TOKEN', async () => {
    const db = join(tempDir(), 'cli.db');
    await cli(['profile', '--name', 'Dana Developer', '--db', db]);
    const env = { GH_TOKEN: 'tok-classic' };
    const dry = await cli(['publish-readme', '--api-url', gh.apiUrl, '--dry-run', '--db', db], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+# Hi, I’m Dana Developer');
    expect(dry.stdout).toMatch(/dana\/dana does not exist yet/);
    expect(gh.repos.has('dana/dana')).toBe(false);

    const noYes = await cli(['publish-readme', '--api-url', gh.apiUrl, '--create-repo', '--db', db], env);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toMatch(/--yes/);

    const done = await cli(['publish-readme', '--api-url', gh.apiUrl, '--create-repo', '--yes', '--db', db], env);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Published README\.md to dana\/dana/);
    expect(readmeOn('dana/dana')).toContain('# Hi, I’m Dana Developer');
    const none = await cli(['publish-readme', '--api-url', gh.apiUrl, '--yes', '--db', db], env);
    expect(none.stdout).toMatch(/already says this; nothing to publish/);
    expect((await cli(['publish-readme', '--db', db])).stderr).toMatch(/GH_TOKEN/);
  });
});
