/**
 * One error taxonomy: every raw failure maps to a stable code by its cause, with a message
 * that says what happened and what was kept, and never names a temporary file.
 */
import { describe, expect, it } from 'vitest';
import { AppError, fileError, toErrorData, type ErrorContext } from '../../electron/core/errors';
import { classifyFailure, toAppError } from '../../electron/core/github/sync-errors';
import { cli } from '../support/cli';

const err = (code: string, message = code) => Object.assign(new Error(message), { code });
const KEPT = /nothing was (lost|changed|written)|unchanged|is kept|untouched|not saved/i;

describe('the error taxonomy', () => {
  const dbCases: Array<[unknown, ErrorContext, string, RegExp]> = [
    [err('SQLITE_CORRUPT'), {}, 'DB_CORRUPT', /damaged.*left untouched/],
    [err('SQLITE_NOTADB'), {}, 'DB_CORRUPT', /not a Showcase database/],
    [err('SQLITE_BUSY'), {}, 'DB_LOCKED', /locked by another program.*nothing was changed/],
    [err('SQLITE_FULL'), {}, 'DISK_FULL', /disk is full.*nothing was lost/],
    [err('SQLITE_READONLY'), {}, 'DB_READ_ONLY', /read-only here.*not saved/],
    [err('SQLITE_READONLY'), { damaged: { reason: 'Tree 4 page 4: free space corruption', advice: 'Save a backup.' } }, 'DB_READ_ONLY', /damaged \(Tree 4.*opened it read-only: the change was not saved, and the file is left as it was\. Save a backup\./],
    [err('SQLITE_IOERR_SHMSIZE'), { dbPath: '/data/showcase.db', freeSpace: () => 0 }, 'DISK_FULL', /disk holding \/data\/showcase\.db is full.*Nothing was lost/],
    [err('SQLITE_IOERR_WRITE'), { dbPath: '/data/showcase.db', freeSpace: () => 5e9 }, 'DB_UNAVAILABLE', /\/data\/showcase\.db could not be opened or written.*nothing was changed/],
    [err('SQLITE_CANTOPEN'), {}, 'DB_UNAVAILABLE', /could not be opened or written/],
    [err('ENOSPC'), {}, 'DISK_FULL', /disk is full/],
    [err('EACCES', "EACCES: permission denied, open '/data/.showcase.db.1234.tmp'"), {}, 'DB_READ_ONLY', /read-only here/],
    [err('EMFILE', "EMFILE: too many open files, open '/tmp/.export.html.99.tmp'"), {}, 'INTERNAL', /too many files are open.*Nothing was changed/],
  ];
  for (const [raw, context, code, message] of dbCases) {
    it(`${(raw as { code: string }).code}${context.damaged ? ' (damaged)' : context.freeSpace ? ` (free ${context.freeSpace('x')})` : ''} → ${code}`, () => {
      const data = toErrorData(raw, context);
      expect(data.code).toBe(code);
      expect(data.message).toMatch(message);
      expect(data.message).toMatch(KEPT);
      expect(data.message).not.toMatch(/\.tmp|\n/);
    });
  }

  it('names the user’s file, and the cause, for files read and written', () => {
    const cases: Array<[AppError, string, RegExp]> = [
      [fileError(err('ENOENT'), 'write', '/out/missing/cv.pdf'), 'FILE_WRITE', /^Could not write \/out\/missing\/cv\.pdf: its folder does not exist\. Nothing was written; your portfolio is unchanged\.$/],
      [fileError(err('EACCES'), 'write', '/srv/cv.pdf'), 'FILE_WRITE', /^Could not write \/srv\/cv\.pdf: permission denied\./],
      [fileError(err('EROFS'), 'write', '/mnt/cd/cv.pdf'), 'FILE_WRITE', /the disk is read-only/],
      [fileError(err('EISDIR'), 'write', '/home/me'), 'FILE_WRITE', /it is a folder/],
      [fileError(err('ENOSPC'), 'write', '/usb/cv.pdf'), 'DISK_FULL', /^The disk is full, so \/usb\/cv\.pdf was not written\./],
      [fileError(err('ENOENT'), 'read', '/in/resume.json'), 'NOT_FOUND', /^There is no file at \/in\/resume\.json\. Nothing was changed\.$/],
      [fileError(err('EACCES'), 'read', '/in/resume.json'), 'FILE_READ', /^Could not read \/in\/resume\.json: permission denied\. Nothing was changed\.$/],
    ];
    for (const [e, code, message] of cases) {
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
    }
  });

  it('GitHub failures by cause: AUTH, RATE_LIMITED, NOT_FOUND, OFFLINE, GITHUB_ERROR, VALIDATION', () => {
    const refused = Object.assign(new Error('fetch failed'), { status: 500, cause: Object.assign(new TypeError('fetch failed'), { cause: err('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1') }) });
    const timedOut = Object.assign(new Error('The operation was aborted due to timeout'), { status: 500, cause: Object.assign(new Error('timeout'), { name: 'TimeoutError' }) });
    const cases: Array<[unknown, string, RegExp]> = [
      [{ status: 401 }, 'AUTH', /refused the token \(401\)/],
      [{ status: 403 }, 'AUTH', /refused access \(403\)/],
      [{ status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' } } }, 'RATE_LIMITED', /rate limit is used up; it resets at 2030-01-01T00:00:00\.000Z\. What was synced is kept/],
      [{ status: 404 }, 'NOT_FOUND', /no such user or repository/],
      [{ status: 422 }, 'VALIDATION', /rejected the request/],
      [refused, 'OFFLINE', /^GitHub could not be reached: the connection was refused\./],
      [timedOut, 'GITHUB_ERROR', /did not answer in time/],
      [{ status: 502, message: 'Bad gateway' }, 'GITHUB_ERROR', /did not answer properly \(502\): Bad gateway\.$/],
    ];
    for (const [raw, code, message] of cases) {
      const e = toAppError(classifyFailure(raw));
      expect(e.code, JSON.stringify(raw)).toBe(code);
      expect(e.message).toMatch(message);
      expect(e.message).not.toMatch(/ECONNREFUSED|\(500\)/);
    }
  });

  it('an export into a folder that cannot be written says so, not that the database is read-only', async () => {
    // /sys refuses new files, even to root.
    const r = await cli(['export', '--format', 'markdown', '--out', '/sys/portfolio.md', '--db', `${process.env.TMPDIR ?? '/tmp'}/taxonomy-${process.pid}.db`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^showcase export: Could not write \/sys\/portfolio\.md: (permission denied|the disk is read-only)\. Nothing was written; your portfolio is unchanged\.\n$/);
    expect(r.stderr).not.toMatch(/database|\.tmp/);
  });
});
