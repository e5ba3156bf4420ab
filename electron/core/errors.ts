/**
 * One error taxonomy: every failure that reaches a user carries a stable code by cause
 * (see AppErrorCode) and a message that says what happened and what was kept. Raw errors from
 * SQLite, the file system or the network are mapped here, with the context the caller knows
 * (which file, which database), so no temporary file name or stack trace reaches a message.
 */
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppErrorCode, AppErrorData } from '../../shared/types';

/** An error with a stable code the UI and CLI can act on. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const MESSAGES = {
  diskFullDb: 'The disk is full, so the change was not saved. Free some space and try again; nothing was lost.',
  diskFullOpen: (path: string) =>
    `The disk holding ${path} is full, so Showcase could not open its database. Nothing was lost: free some space and try again.`,
  locked: 'The database is locked by another program. Close it (or the other Showcase window) and try again; nothing was changed.',
  readOnly: 'The database is read-only here, so the change was not saved. Check the permissions of its folder; nothing was lost.',
  cantOpen: (path?: string) => `The database${path ? ` ${path}` : ''} could not be opened or written. Check that its folder exists and is writable; nothing was changed.`,
  corrupt: 'The database file is damaged or is not a Showcase database. It was left untouched.',
} as const;

/** Space left on the file system holding `path`, in bytes, or null when unknown. */
export type FreeSpace = (path: string) => number | null;

export const freeSpace: FreeSpace = (path) => {
  try {
    const s = statfsSync(dirname(path));
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
};

/** Less than this is "full": SQLite needs a few pages to start a write. */
const FULL_BELOW_BYTES = 64 * 1024;

export interface ErrorContext {
  /** The database the failing operation used, so an I/O error can be told from a full disk. */
  dbPath?: string;
  freeSpace?: FreeSpace;
  /** The database was opened read-only because it is damaged: why, and what the user can do. */
  damaged?: { reason: string; advice: string };
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'it is in use',
};

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A failure reading or writing a user's file (an export, a backup, an import, a posting),
 * named by the file the user gave, never by a temporary one.
 */
export function fileError(error: unknown, action: 'read' | 'write', path: string): AppError {
  if (error instanceof AppError) return error;
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('DISK_FULL', `The disk is full, so ${path} was not written. Free some space and try again; your portfolio is unchanged.`);
  }
  const reason = (code && FS_REASONS[code]) ?? 'the system refused';
  if (action === 'write') {
    const where = code === 'ENOENT' ? `its folder does not exist` : reason;
    return new AppError('FILE_WRITE', `Could not write ${path}: ${where}. Nothing was written; your portfolio is unchanged.`);
  }
  if (code === 'ENOENT') return new AppError('NOT_FOUND', `There is no file at ${path}. Nothing was changed.`);
  return new AppError('FILE_READ', `Could not read ${path}: ${reason}. Nothing was changed.`);
}

/** Turns anything thrown into plain error data, never leaking stack traces across a boundary. */
export function toErrorData(error: unknown, context: ErrorContext = {}): AppErrorData {
  if (error instanceof AppError) {
    return error.issues ? { code: error.code, message: error.message, issues: error.issues } : { code: error.code, message: error.message };
  }
  const code = errnoCode(error);
  if (code?.startsWith('SQLITE_')) return sqliteError(code, context);
  if (code === 'ENOSPC' || code === 'EDQUOT') return { code: 'DISK_FULL', message: MESSAGES.diskFullDb };
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return { code: 'DB_READ_ONLY', message: MESSAGES.readOnly };
  if (code && /^E[A-Z]+$/.test(code)) {
    // A file-system error with no file to name: say what kind, not which temporary path.
    return { code: 'INTERNAL', message: `A file operation failed (${FS_REASONS[code] ?? code}). Nothing was changed.` };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function sqliteError(code: string, context: ErrorContext): AppErrorData {
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return { code: 'DB_CORRUPT', message: MESSAGES.corrupt };
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return { code: 'DB_LOCKED', message: MESSAGES.locked };
  if (/^SQLITE_FULL/.test(code)) return { code: 'DISK_FULL', message: MESSAGES.diskFullDb };
  if (/^SQLITE_READONLY/.test(code)) {
    if (context.damaged) {
      return { code: 'DB_READ_ONLY', message: `The database is damaged (${context.damaged.reason}), so Showcase opened it read-only: the change was not saved, and the file is left as it was. ${context.damaged.advice}` };
    }
    return { code: 'DB_READ_ONLY', message: MESSAGES.readOnly };
  }
  if (/^SQLITE_(CANTOPEN|IOERR)/.test(code)) {
    // SQLite reports a full disk while opening (the shared-memory file cannot grow) as an I/O error.
    const free = context.dbPath ? (context.freeSpace ?? freeSpace)(context.dbPath) : null;
    if (free !== null && free < FULL_BELOW_BYTES) return { code: 'DISK_FULL', message: MESSAGES.diskFullOpen(context.dbPath!) };
    return { code: 'DB_UNAVAILABLE', message: MESSAGES.cantOpen(context.dbPath) };
  }
  return { code: 'INTERNAL', message: `The database reported ${code}. Nothing was changed.` };
}
