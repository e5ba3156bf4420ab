/**
 * Every file a user hands Showcase to read (an import, a backup, a job posting) is read here:
 * regular files only (a named pipe would block forever, /dev/zero never ends), up to a size
 * limit, as UTF-8 text, with one clear message otherwise.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { AppError, fileError } from '../errors';

/** Larger than any real portfolio file or backup; protects against reading a disk image by mistake. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** A job posting is a page or two of text. */
export const MAX_POSTING_BYTES = 1024 * 1024;

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Reads a regular file of at most `maxBytes` as UTF-8 text; `what` names it in messages ("an import"). */
export function readUserTextFile(path: string, options: { maxBytes: number; what: string }): string {
  const refuse = (why: string) => new AppError('FILE_READ', `Could not read ${path}: ${why}. Nothing was changed.`);
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw fileError(error, 'read', path);
  }
  // Checked before opening: opening a named pipe waits for a writer.
  if (!stats.isFile()) throw refuse(`it is ${kindOf(stats)}; Showcase only reads regular files`);
  if (stats.size > options.maxBytes) throw refuse(`it is ${megabytes(stats.size)}, more than ${options.what} can be (${megabytes(options.maxBytes)})`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fileError(error, 'read', path);
  }
  try {
    // Swapped for something else since the check: refuse it the same way.
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw refuse(`it is ${kindOf(opened)}; Showcase only reads regular files`);
    const buf = Buffer.alloc(Math.min(opened.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > options.maxBytes) throw refuse(`it is more than ${options.what} can be (${megabytes(options.maxBytes)})`);
      if (length === buf.length) break;
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, length));
    } catch {
      throw refuse('it is not a UTF-8 text file');
    }
  } catch (error) {
    throw fileError(error, 'read', path);
  } finally {
    closeSync(fd);
  }
}
