/**
 * Every file Showcase writes for the user (exports, backups) goes through here: never over the
 * database or its companions, never over a file being restored, never over any other existing
 * file unless the user confirmed it, and through a temporary file and a rename so a failed
 * write leaves no half file.
 */
import { realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, fileError } from '../errors';

/** SQLite keeps a database in up to four files; all of them are the database. */
export const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'] as const;

export interface ProtectedFile {
  path: string;
  /** What the file is, for the refusal: "Showcase's database", "the backup being restored". */
  what: string;
}

export interface OutputOptions {
  /** Files an output must never replace. */
  protectedFiles: readonly ProtectedFile[];
  /** The user confirmed replacing an existing file (the save dialog asked, or `--force`). */
  overwrite: boolean;
}

/** The database file and its WAL, shared-memory and journal files. */
export function databaseFiles(dbPath: string): ProtectedFile[] {
  return DATABASE_COMPANIONS.map((suffix) => ({ path: `${dbPath}${suffix}`, what: suffix ? `part of Showcase's database (${basename(dbPath)})` : "Showcase's database" }));
}

/** The path with symbolic links resolved, also for a file that does not exist yet. */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync.native(full);
  } catch {
    try {
      return join(realpathSync.native(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

function identity(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** The protected file `path` names (through a link, another spelling or a hard link), if any. */
function protectedMatch(path: string, files: readonly ProtectedFile[]): ProtectedFile | null {
  const target = canonical(path);
  const id = identity(path);
  for (const f of files) {
    if (canonical(f.path) === target) return f;
    if (id !== null && identity(f.path) === id) return f;
  }
  return null;
}

/** Refuses an output path before any work is done; `writeOutputFile` checks again. */
export function checkOutputPath(path: string, options: OutputOptions): void {
  const hit = protectedMatch(path, options.protectedFiles);
  if (hit) throw new AppError('FILE_PROTECTED', `${path} is ${hit.what}; Showcase never writes an export or backup over it. Choose another file.`);
  let isDir = false;
  let exists = false;
  try {
    const s = statSync(path);
    exists = true;
    isDir = s.isDirectory();
  } catch {
    // Not there yet: the normal case.
  }
  if (isDir) throw new AppError('FILE_WRITE', `${path} is a folder; name a file to write.`);
  if (exists && !options.overwrite) throw new AppError('FILE_EXISTS', `${path} already exists and was left as it is. Confirm replacing it (in the CLI: --force), or choose another name.`);
}

/** Writes `content` to `path` atomically, after `checkOutputPath`. */
export function writeOutputFile(path: string, content: Uint8Array, options: OutputOptions): void {
  checkOutputPath(path, options);
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw fileError(error, 'write', path);
  }
}
