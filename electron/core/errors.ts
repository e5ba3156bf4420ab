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

const SQLITE_CODES: Array<[RegExp, AppErrorCode, string]> = [
  [/^SQLITE_(CORRUPT|NOTADB)/, 'DB_CORRUPT', 'The database file is damaged or is not a Showcase database. It was left untouched.'],
  [/^SQLITE_(BUSY|LOCKED)/, 'DB_LOCKED', 'The database is locked by another program. Close it (or the other Showcase window) and try again.'],
  [/^SQLITE_FULL/, 'DISK_FULL', 'The disk is full, so the change was not saved. Free some space and try again; nothing was lost.'],
  [/^SQLITE_READONLY/, 'DB_READONLY', 'The database is read-only here, so the change was not saved. Check the folder permissions.'],
  [/^SQLITE_(CANTOPEN|IOERR)/, 'DB_READONLY', 'The database file could not be opened or written. Check that its folder exists and is writable.'],
];

/** Turns anything thrown into plain error data, never leaking stack traces across a boundary. */
export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof AppError) {
    return error.issues ? { code: error.code, message: error.message, issues: error.issues } : { code: error.code, message: error.message };
  }
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    for (const [re, appCode, message] of SQLITE_CODES) if (re.test(code)) return { code: appCode, message };
    if (code === 'ENOSPC') return { code: 'DISK_FULL', message: SQLITE_CODES[2][2] };
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return { code: 'DB_READONLY', message: SQLITE_CODES[3][2] };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
