/**
 * The profile shown at the top of every export: a short view of the resume's basics (name,
 * headline, email, website, location) and its GitHub profile. Setting it changes the resume.
 */
import { z } from 'zod';
import { EMPTY_PROFILE, type ProfileInfo } from '../../../shared/export-types';
import { isWebUrl, toIssues } from '../../../shared/project-schema';
import type { ResumeBasics, ResumeProfile } from '../../../shared/resume-types';
import { formatLocation } from './resume-document';

export { formatLocation };
import type { Db } from '../db/connection';
import { lazyResumeRepository } from '../db/resume-repository';
import { AppError } from '../errors';
import { isEmail } from './escape';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

export const profilePatchSchema = z
  .object({
    name: text(120),
    headline: text(200),
    email: text(254).refine((v) => v === '' || isEmail(v), 'Enter an email address like you@example.com.'),
    website: text(500).refine((v) => v === '' || isWebUrl(v), 'Enter a full web address starting with https:// or http://.'),
    github: text(40)
      .transform((v) => v.replace(/^@/, '').replace(/^https?:\/\/(www\.)?github\.com\//i, '').replace(/\/+$/, ''))
      .refine((v) => v === '' || GITHUB_LOGIN.test(v), 'Enter a GitHub login (letters, digits and hyphens).'),
    location: text(120),
  })
  .partial()
  .strict();

export type ProfilePatch = z.input<typeof profilePatchSchema>;

export function isGitHubProfile(p: ResumeProfile): boolean {
  return p.network.trim().toLowerCase() === 'github' || /^https?:\/\/(www\.)?github\.com\//i.test(p.url);
}

/** The GitHub login a profile names: its username, else the first path part of its address. */
export function githubLoginOf(p: ResumeProfile): string {
  const login = p.username.trim().replace(/^@/, '') || (/^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)/i.exec(p.url)?.[1] ?? '');
  return GITHUB_LOGIN.test(login) ? login : '';
}

export function profileOf(basics: ResumeBasics, profiles: readonly ResumeProfile[]): ProfileInfo {
  const github = profiles.filter(isGitHubProfile).map(githubLoginOf).find(Boolean) ?? '';
  return { ...EMPTY_PROFILE, name: basics.name, headline: basics.label, email: basics.email, website: basics.url, github, location: formatLocation(basics.location) };
}

export function createProfileService({ db, newId = () => crypto.randomUUID() }: { db: Db; newId?: () => string }) {
  const repo = lazyResumeRepository(db);

  function get(): ProfileInfo {
    return profileOf(repo().basicsParts().basics, repo().list('profiles'));
  }

  return {
    get,
    /** Updates the fields given (an empty string clears one) and returns the whole profile. */
    set(patch: ProfilePatch): ProfileInfo {
      const parsed = profilePatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issues = toIssues(parsed.error);
        throw new AppError('VALIDATION', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' '), issues);
      }
      const p = parsed.data;
      db.transaction(() => {
        const parts = repo().basicsParts();
        const basics = { ...parts.basics, location: { ...parts.basics.location } };
        if (p.name !== undefined) basics.name = p.name;
        if (p.headline !== undefined) basics.label = p.headline;
        if (p.email !== undefined) basics.email = p.email;
        if (p.website !== undefined) basics.url = p.website;
        // One line of text replaces the structured location only when it says something else.
        if (p.location !== undefined && p.location !== formatLocation(basics.location)) {
          basics.location = { ...basics.location, address: '', postalCode: '', city: p.location, region: '', countryCode: '' };
        }
        repo().saveBasicsParts({ ...parts, basics });
        if (p.github !== undefined) {
          const profiles = repo().list('profiles');
          const at = profiles.findIndex(isGitHubProfile);
          const entry: ResumeProfile = { id: at >= 0 ? profiles[at].id : newId(), network: at >= 0 ? profiles[at].network : 'GitHub', username: p.github, url: `https://github.com/${p.github}`, extra: at >= 0 ? profiles[at].extra : {} };
          if (!p.github) {
            if (at >= 0) profiles.splice(at, 1);
          } else if (at >= 0) profiles[at] = entry;
          else profiles.push(entry);
          repo().replaceSection('profiles', profiles);
        }
      })();
      return get();
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
