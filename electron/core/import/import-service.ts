import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../errors';
import type { PortfolioService } from '../portfolio-service';
import type { Db } from '../db/connection';
import { parseJsonText, projectsFromResume } from './json-resume';

/** Larger than any real portfolio file; protects against reading a disk image by mistake. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportResult {
  format: 'json-resume';
  added: Array<{ id: string; title: string }>;
}

export function readImportFile(path: string): unknown {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', `There is no file at ${path}.`);
  }
  if (size > MAX_IMPORT_BYTES) throw new AppError('VALIDATION', `${path} is ${Math.round(size / 1e6)} MB, too large to be a portfolio file.`);
  const buf = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new AppError('VALIDATION', `${path} is not a UTF-8 text file; nothing was imported.`);
  }
  return parseJsonText(text, path);
}

export function createImportService(deps: { db: Db; portfolio: PortfolioService }) {
  return {
    /** Imports a parsed file: everything in one transaction, or nothing. */
    importData(data: unknown): ImportResult {
      const inputs = projectsFromResume(data);
      const added = deps.db.transaction(() => inputs.map((input) => deps.portfolio.create(input)))();
      return { format: 'json-resume', added: added.map((p) => ({ id: p.id, title: p.title })) };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
