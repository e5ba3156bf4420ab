/** Saved export variants ("Backend – Acme"): a named selection plus format defaults. */
import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_THEMES, PAPER_SIZES, type ProjectSelection, type Variant, type VariantInput } from '../../../shared/export-types';
import { toIssues } from '../../../shared/project-schema';
import type { Db } from '../db/connection';
import { createExportVariantRepository } from '../db/export-variant-repository';
import { AppError } from '../errors';
import type { Clock } from '../portfolio-service';

const ROLE_IDS = ['backend', 'lead-backend', 'solutions-architect', 'devops'] as const;
const limit = z.number().int().min(1).max(1000).optional();

export const selectionSchema: z.ZodType<ProjectSelection> = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('showcased'), limit }).strict(),
  z.object({ mode: z.literal('manual'), projectIds: z.array(z.string().min(1).max(200)).max(5000) }).strict(),
  z.object({ mode: z.literal('role'), role: z.enum(ROLE_IDS), limit }).strict(),
  z.object({ mode: z.literal('target'), targetId: z.string().min(1).max(200), limit }).strict(),
  z.object({ mode: z.literal('technologies'), technologies: z.array(z.string().trim().min(1).max(100)).max(500), limit }).strict(),
]);

export const variantInputSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string({ error: 'Give the variant a name.' }).trim().min(1, 'Give the variant a name.').max(120, 'A name is at most 120 characters.'),
    selection: selectionSchema,
    format: z.enum(EXPORT_FORMATS).optional(),
    paper: z.enum(PAPER_SIZES).optional(),
    theme: z.enum(EXPORT_THEMES).optional(),
  })
  .strict();

function validationError(error: z.ZodError): AppError {
  const issues = toIssues(error);
  return new AppError('VALIDATION', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' '), issues);
}

export function createVariantService({ db, clock, newId = () => crypto.randomUUID() }: { db: Db; clock: Clock; newId?: () => string }) {
  const repo = createExportVariantRepository(db, selectionSchema);

  function get(id: string): Variant {
    const variant = repo.get(id);
    if (!variant) throw new AppError('NOT_FOUND', 'That export variant no longer exists.');
    return variant;
  }

  return {
    list: (): Variant[] => repo.list(),
    get,
    findByName(name: string): Variant | null {
      return repo.findByName(name.trim());
    },
    /** Creates a variant, or replaces the one with `id`. Names are unique, ignoring case. */
    save(input: VariantInput): Variant {
      const parsed = variantInputSchema.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const v = parsed.data;
      const clash = repo.findByName(v.name);
      if (clash && clash.id !== v.id) {
        throw new AppError('VALIDATION', `An export variant named "${v.name}" already exists.`, [{ path: 'name', message: 'That name is taken.' }]);
      }
      const before = v.id ? get(v.id) : null;
      const row = {
        id: v.id ?? newId(),
        name: v.name,
        selection: JSON.stringify(v.selection),
        format: v.format ?? before?.format ?? 'pdf',
        paper: v.paper ?? before?.paper ?? 'a4',
        theme: v.theme ?? before?.theme ?? 'light',
        now: clock.now().toISOString(),
      };
      if (before) repo.update(row);
      else repo.insert(row);
      return get(row.id);
    },
    delete(id: string): void {
      get(id);
      repo.delete(id);
    },
  };
}

export type VariantService = ReturnType<typeof createVariantService>;
