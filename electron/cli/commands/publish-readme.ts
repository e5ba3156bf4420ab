/**
 * `showcase publish-readme`: writes the profile README (the Markdown profile form) to the
 * account's login/login repository on GitHub, after showing the diff. The token comes from
 * GH_TOKEN or GITHUB_TOKEN for this run only.
 */
import type { ProjectSelection } from '../../../shared/export-types';
import { ROLE_IDS } from '../../../shared/ipc-contract';
import type { CommandSpec } from '../command';
import { printJson, UsageError } from '../io';
import { checkApiUrl } from './github';

export const publishReadmeCommand: CommandSpec = {
  name: 'publish-readme',
  summary: 'Publish your profile README to GitHub (the login/login repository), after a diff',
  usage: 'showcase publish-readme [--dry-run] [--yes] [--create-repo] [--role ID] [--api-url URL] [--json]',
  options: {
    'dry-run': { type: 'boolean', description: 'Show the diff and what stands in the way; change nothing' },
    yes: { type: 'boolean', description: 'Publish (after reviewing the diff of a --dry-run)' },
    'create-repo': { type: 'boolean', description: 'Create the public login/login repository when it does not exist' },
    role: { type: 'string', description: `Pick the top projects for a role (${ROLE_IDS.join(', ')})` },
    'api-url': { type: 'string', description: 'GitHub Enterprise Server API, e.g. https://ghe.example.com/api/v3' },
    json: { type: 'boolean', description: 'Print the preview (and result) as JSON' },
  },
  needsDb: true,
  check: checkApiUrl,
  async run({ core, io, values }) {
    const token = (io.env.GH_TOKEN || io.env.GITHUB_TOKEN || '').trim();
    if (!token) throw new UsageError('set GH_TOKEN or GITHUB_TOKEN to a token that may write to your login/login repository');
    const role = values.role as string | undefined;
    if (role && !(ROLE_IDS as readonly string[]).includes(role)) throw new UsageError(`unknown role "${role}" (use ${ROLE_IDS.join(', ')})`);
    const selection: ProjectSelection | null = role ? { mode: 'role', role: role as (typeof ROLE_IDS)[number] } : null;
    const account = await core!.github.accounts.addWithToken({ token, apiUrl: (values['api-url'] as string | undefined) ?? null });
    const preview = await core!.readme.preview(account.id, selection);
    const where = `${preview.owner}/${preview.repo}`;
    if (values.json) printJson(io, { preview });
    else {
      io.out(preview.changed ? preview.diff : `${where}/${preview.path} already says this.`);
      if (!preview.repoExists) io.out(`The repository ${where} does not exist yet: --create-repo creates it (public, as a profile README needs).`);
      if (preview.problem) io.out(`Cannot publish: ${preview.problem}`);
    }
    if (values['dry-run']) return;
    if (!preview.changed) {
      if (!values.json) io.out(`README.md on GitHub already says this; nothing to publish.`);
      return;
    }
    if (preview.problem) throw new Error(preview.problem);
    if (!values.yes) throw new UsageError(`review the diff above, then run again with --yes to publish it to ${where}${preview.repoExists ? '' : ' (and --create-repo to create the repository)'}`);
    if (!preview.repoExists && !values['create-repo']) throw new UsageError(`${where} does not exist yet; add --create-repo to create it`);
    const result = await core!.readme.publish(account.id, { expectedSha: preview.sha, createRepository: values['create-repo'] === true, selection });
    if (values.json) return printJson(io, { preview, result });
    io.out(`Published README.md to ${where}${result.repoCreated ? ' (repository created)' : ''}: ${result.url}`);
  },
};
