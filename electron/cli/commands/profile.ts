import { createProfileService, type ProfilePatch } from '../../core/export/profile-service';
import type { CommandSpec } from '../command';
import { printJson } from '../io';

const FIELDS = ['name', 'headline', 'email', 'website', 'github', 'location'] as const;

export const profileCommand: CommandSpec = {
  name: 'profile',
  summary: 'Show or change the profile shown at the top of exports',
  usage: 'showcase profile [--name N] [--headline H] [--email E] [--website URL] [--github LOGIN] [--location L] [--json]',
  options: {
    name: { type: 'string', description: 'Your name' },
    headline: { type: 'string', description: 'One line under the name ("Backend developer")' },
    email: { type: 'string', description: 'Contact email' },
    website: { type: 'string', description: 'Website (https://…)' },
    github: { type: 'string', description: 'GitHub login' },
    location: { type: 'string', description: 'Where you are ("Lisbon, Portugal")' },
    json: { type: 'boolean', description: 'Print the profile as JSON' },
  },
  needsDb: true,
  run({ core, io, values }) {
    const profile = createProfileService({ db: core!.db });
    const patch: ProfilePatch = {};
    for (const f of FIELDS) if (typeof values[f] === 'string') patch[f] = values[f] as string;
    const result = Object.keys(patch).length ? profile.set(patch) : profile.get();
    if (values.json) {
      printJson(io, result);
      return;
    }
    for (const f of FIELDS) io.out(`${`${f}:`.padEnd(10)} ${result[f] || '–'}`);
  },
};
