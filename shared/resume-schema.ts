/**
 * Validation of resume entries, built from SECTION_SPECS. `entryInputSchemas` checks what a user
 * types (the app's editors over IPC, the CLI); `storedEntrySchemas` checks what the database may
 * hold, which is what the repositories read and what a restored backup must satisfy. Messages are
 * written for inline display next to the field they name.
 */
import { z } from 'zod';
import { SECTION_SPECS, type FieldKind } from './resume-sections';
import type { JsonObject, JsonValue, SectionKey } from './resume-types';

/** What a user may type: a line, a paragraph, a list. */
export const MAX_LINE = 1000;
export const MAX_LONG = 20_000;
export const MAX_LIST = 200;

/** What the database may hold (an import keeps far more than anyone types, and shortens only beyond this). */
export const STORED_LIMITS = { line: 10_000, long: 100_000, listItems: 1000 } as const;

export function storedLimit(kind: FieldKind): number {
  return kind === 'long' ? STORED_LIMITS.long : STORED_LIMITS.line;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: JSON Resume's dates. */
export const ISO_DATE_RE = /^[1-2]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE_RE.test(value);
}

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL_RE.test(value);
}

/** Compares ISO dates of any precision by what they share: 2024 and 2024-05 are not ordered. */
export function dateBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

const jsonValue: z.ZodType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]));
export const jsonObjectSchema: z.ZodType<JsonObject> = z.record(z.string(), jsonValue);

const line = (max: number) => z.string().max(max, `At most ${max.toLocaleString('en')} characters.`);

function storedField(kind: FieldKind): z.ZodType {
  switch (kind) {
    case 'list':
      return z.array(line(STORED_LIMITS.line)).max(STORED_LIMITS.listItems);
    case 'date':
      return z.string().regex(ISO_DATE_RE).nullable();
    default:
      return line(storedLimit(kind));
  }
}

function inputField(kind: FieldKind): z.ZodType<unknown, unknown> {
  switch (kind) {
    case 'list':
      return z.array(z.string().trim().max(2000, 'An item is at most 2,000 characters.')).max(MAX_LIST, `At most ${MAX_LIST} items.`).transform((items) => items.filter(Boolean));
    case 'date':
      return z
        .string()
        .trim()
        .regex(ISO_DATE_RE, 'Use a date like 2024, 2024-05 or 2024-05-17.')
        .nullable()
        .or(z.literal('').transform(() => null));
    case 'email':
      return emailInput;
    case 'long':
      return line(MAX_LONG).transform((v) => v.trim());
    default:
      return line(kind === 'url' ? 2000 : MAX_LINE).transform((v) => v.trim());
  }
}

const entryId = z.string().min(1).max(100);

const emailInput = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || isEmailAddress(v), 'Enter an email address like you@example.com.');

function shapeOf(section: SectionKey, field: (kind: FieldKind) => z.ZodType, optional: boolean): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of SECTION_SPECS[section].fields) shape[f.key] = optional ? field(f.kind).optional() : field(f.kind);
  return shape;
}

function withDates<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const v = value as { startDate?: string | null; endDate?: string | null };
    if (v.startDate && v.endDate && dateBefore(v.endDate, v.startDate)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date.' });
    }
  }) as unknown as T;
}

type SchemaMap = { [K in SectionKey]: z.ZodType };

/** What the database may hold for an entry of each section. */
export const storedEntrySchemas = Object.fromEntries(
  Object.keys(SECTION_SPECS).map((k) => [k, z.object({ id: entryId, ...shapeOf(k as SectionKey, storedField, false), extra: jsonObjectSchema }).strict()]),
) as unknown as SchemaMap;

/** What a user may save for an entry: every field optional (missing = empty), `id` to update one. */
export const entryInputSchemas = Object.fromEntries(
  Object.keys(SECTION_SPECS).map((k) => [k, withDates(z.object({ id: entryId.optional(), ...shapeOf(k as SectionKey, inputField, true) }).strict())]),
) as unknown as SchemaMap;

export const locationInputSchema = z
  .object({
    address: line(MAX_LINE),
    postalCode: line(100),
    city: line(MAX_LINE),
    countryCode: line(100),
    region: line(MAX_LINE),
  })
  .partial()
  .strict();

export const basicsInputSchema = z
  .object({
    name: line(MAX_LINE).transform((v) => v.trim()),
    label: line(MAX_LINE).transform((v) => v.trim()),
    image: line(2000).transform((v) => v.trim()),
    email: emailInput,
    phone: line(200).transform((v) => v.trim()),
    url: line(2000).transform((v) => v.trim()),
    summary: line(MAX_LONG).transform((v) => v.trim()),
    location: locationInputSchema,
  })
  .partial()
  .strict();

export type BasicsPatch = z.input<typeof basicsInputSchema>;

const stored = line(STORED_LIMITS.line);
const storedList = z.array(stored).max(STORED_LIMITS.listItems);

export const storedBasicsSchema = z
  .object({
    name: stored,
    label: stored,
    image: stored,
    email: stored,
    phone: stored,
    url: stored,
    summary: line(STORED_LIMITS.long),
    location: z.object({ address: stored, postalCode: stored, city: stored, countryCode: stored, region: stored, extra: jsonObjectSchema }).strict(),
    extra: jsonObjectSchema,
  })
  .strict();

export const storedProjectResumeSchema = z
  .object({ roles: storedList, entity: stored, type: stored, urlText: stored, keywords: storedList, extra: jsonObjectSchema })
  .strict();
