/** The profile shown at the top of every export, kept as one JSON value in `settings`. */
import { z } from 'zod';
import { EMPTY_PROFILE, type ProfileInfo } from '../../../shared/export-types';
import { isWebUrl, toIssues } from '../../../shared/project-schema';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { isEmail } from './escape';

const SETTINGS_KEY = 'profile';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const profilePatchSchema = z
  .object({
    name: text(120),
    headline: text(200),
    email: text(254).refine((v) => v === '' || isEmail(v), 'Enter an email address like you@example.com.'),
    website: text(500).refine((v) => v === '' || isWebUrl(v), 'Enter a full web address starting with https:// or http://.'),
    github: text(40)
      .transform((v) => v.replace(/^@/, '').replace(/^https?:\/\/(www\.)?github\.com\//i, '').replace(/\/+$/, ''))
      .refine((v) => v === '' || /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(v), 'Enter a GitHub login (letters, digits and hyphens).'),
    location: text(120),
  })
  .partial()
  .strict();

export type ProfilePatch = z.input<typeof profilePatchSchema>;

export function createProfileService({ db }: { db: Db }) {
  const read = db.prepare('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function get(): ProfileInfo {
    const row = read.get(SETTINGS_KEY) as { value: string } | undefined;
    if (!row) return { ...EMPTY_PROFILE };
    let stored: Partial<ProfileInfo> = {};
    try {
      stored = JSON.parse(row.value) as Partial<ProfileInfo>;
    } catch {
      // A damaged value is treated as an empty profile rather than blocking every export.
    }
    const out = { ...EMPTY_PROFILE };
    for (const key of Object.keys(EMPTY_PROFILE) as Array<keyof ProfileInfo>) {
      if (typeof stored[key] === 'string') out[key] = stored[key];
    }
    return out;
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
      const next = { ...get(), ...parsed.data };
      write.run(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
