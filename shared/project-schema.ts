/**
 * Validation of what a user (or a file, or the renderer) hands the core as a project.
 * Messages are written for inline display next to the field they name.
 */
import { z } from 'zod';
import { LINK_TYPES, PROJECT_KINDS, PROJECT_STATUSES } from './types';

export const MAX_TITLE = 200;
export const MAX_TEXT = 20_000;
export const MAX_ITEMS = 200;

/** A year, a month or a day: JSON Resume's dates, as precise as the user knows them. */
export const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for absolute http(s) URLs, the only links a portfolio may carry. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const dateField = z
  .string()
  .trim()
  .regex(DATE_RE, 'Use a date like 2024-05, 2024-05-17 or 2024.')
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

const tagState = z.enum(['suggested', 'accepted', 'rejected']);
const source = z.enum(['manual', 'detected']);

export const projectTagInputSchema = z.union([
  z.string().trim().min(1, 'A tag cannot be empty.').max(80, 'A tag is at most 80 characters.'),
  z.object({
    name: z.string().trim().min(1, 'A tag cannot be empty.').max(80, 'A tag is at most 80 characters.'),
    source: source.optional(),
    evidence: z.string().max(2000).nullable().optional(),
    state: tagState.optional(),
    strength: z.enum(['demonstrated', 'mentioned']).optional(),
    minorContribution: z.boolean().optional(),
  }),
]);

export const projectKindInputSchema = z.union([
  z.enum(PROJECT_KINDS),
  z.object({
    kind: z.enum(PROJECT_KINDS),
    source,
    evidence: z.string().max(2000).nullable(),
    state: tagState.optional(),
  }),
]);

export const projectLinkSchema = z.object({
  type: z.enum(LINK_TYPES),
  url: z
    .string()
    .trim()
    .max(2000, 'A link is at most 2,000 characters.')
    .refine(isWebUrl, 'Enter a full web address starting with https:// or http://.'),
  label: z.string().max(200).optional(),
});

export const projectInputSchema = z
  .object({
    title: z
      .string({ error: 'Give the project a title.' })
      .trim()
      .min(1, 'Give the project a title.')
      .max(MAX_TITLE, `A title is at most ${MAX_TITLE} characters.`),
    summary: z.string().max(MAX_TEXT, 'The summary is too long.').optional(),
    kinds: z.array(projectKindInputSchema).max(PROJECT_KINDS.length * 2).optional(),
    tags: z.array(projectTagInputSchema).max(MAX_ITEMS, `At most ${MAX_ITEMS} tags.`).optional(),
    highlights: z.array(z.string().max(2000, 'A highlight is at most 2,000 characters.')).max(MAX_ITEMS).optional(),
    results: z.array(z.string().max(2000, 'A result is at most 2,000 characters.')).max(MAX_ITEMS).optional(),
    links: z.array(projectLinkSchema).max(50).optional(),
    startDate: dateField,
    endDate: dateField,
    status: z.enum(PROJECT_STATUSES).optional(),
    showcased: z.boolean().optional(),
    notes: z.string().max(MAX_TEXT, 'The notes are too long.').optional(),
  })
  .superRefine((p, ctx) => {
    if (p.startDate && p.endDate && compareDates(p.endDate, p.startDate) < 0) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date.' });
    }
  });

/** Compares YYYY[-MM[-DD]] dates on the precision both have: 2024 and 2024-05 compare equal. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

export type ValidatedProjectInput = z.infer<typeof projectInputSchema>;

/** Flattens zod issues into `{ path, message }` pairs for inline display. */
export function toIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
