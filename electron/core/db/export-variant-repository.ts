/** Prepared statements and row mapping for `export_variants`. */
import type { z } from 'zod';
import type { Db } from './connection';
import { EXPORT_FORMATS, EXPORT_THEMES, type ProjectSelection, type Variant } from '../../../shared/export-types';

export interface VariantRow {
  id: string;
  name: string;
  selection: string;
  format: string;
  paper: string;
  theme: string;
  created_at: string;
  updated_at: string;
}

function toVariant(r: VariantRow, selectionSchema: z.ZodType<ProjectSelection>): Variant {
  const parsed = selectionSchema.safeParse(JSON.parse(r.selection));
  return {
    id: r.id,
    name: r.name,
    // A selection this version cannot read falls back to every showcased project.
    selection: parsed.success ? parsed.data : { mode: 'showcased' },
    format: (EXPORT_FORMATS as readonly string[]).includes(r.format) ? (r.format as Variant['format']) : 'pdf',
    paper: r.paper === 'letter' ? 'letter' : 'a4',
    theme: (EXPORT_THEMES as readonly string[]).includes(r.theme) ? (r.theme as Variant['theme']) : 'light',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** What a save writes: the row's own columns, and `now` as both timestamps of a new variant. */
export type VariantWrite = Omit<VariantRow, 'created_at' | 'updated_at'> & { now: string };

/** `selection` is the schema a stored selection must pass; one it fails falls back to the showcased projects. */
export function createExportVariantRepository(db: Db, selection: z.ZodType<ProjectSelection>) {
  const stmt = {
    list: db.prepare('SELECT * FROM export_variants ORDER BY name COLLATE NOCASE'),
    get: db.prepare('SELECT * FROM export_variants WHERE id = ?'),
    byName: db.prepare('SELECT * FROM export_variants WHERE name = ? COLLATE NOCASE'),
    insert: db.prepare(
      'INSERT INTO export_variants (id, name, selection, format, paper, theme, created_at, updated_at) VALUES (@id, @name, @selection, @format, @paper, @theme, @now, @now)',
    ),
    update: db.prepare('UPDATE export_variants SET name = @name, selection = @selection, format = @format, paper = @paper, theme = @theme, updated_at = @now WHERE id = @id'),
    delete: db.prepare('DELETE FROM export_variants WHERE id = ?'),
  };
  const map = (r: VariantRow | undefined): Variant | null => (r ? toVariant(r, selection) : null);
  return {
    list: (): Variant[] => (stmt.list.all() as VariantRow[]).map((r) => toVariant(r, selection)),
    get: (id: string): Variant | null => map(stmt.get.get(id) as VariantRow | undefined),
    findByName: (name: string): Variant | null => map(stmt.byName.get(name) as VariantRow | undefined),
    insert: (row: VariantWrite): void => void stmt.insert.run(row),
    update: (row: VariantWrite): void => void stmt.update.run(row),
    delete: (id: string): void => void stmt.delete.run(id),
  };
}
