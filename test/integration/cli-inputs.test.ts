/**
 * Files handed to the CLI that are not regular files, or far too large: one clear line and
 * exit 1, never a hang (a named pipe) or running out of memory (/dev/zero, /dev/urandom).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function sparse(path: string, bytes: number): string {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

describe('the CLI reads only regular files, of a sane size', () => {
  it('refuses a named pipe, /dev/zero and /dev/urandom for import, gaps --job, targets and export --job', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const sources = [fifo, '/dev/zero', '/dev/urandom', dir];
    const commands = (file: string) => [
      ['import', file],
      ['gaps', '--job', file],
      ['targets', '--save', 'Acme', '--job', file],
      ['export', '--format', 'markdown', '--job', file, '--out', join(dir, 'out.md')],
    ];
    const runs = sources.flatMap((file) => commands(file).map((args) => ({ file, args })));
    // Each with its own database, so the runs do not wait for each other's locks.
    const results = await Promise.all(runs.map(({ args }, i) => runCliProcess([...args, '--db', join(dir, `db-${i}.sqlite`)], { timeoutMs: 30_000 })));
    results.forEach((r, i) => {
      const what = runs[i].args.join(' ');
      expect(r.timedOut, `${what}: ${r.stderr}`).toBe(false);
      expect(r.code, `${what}: ${r.stderr}`).toBe(1);
      expect(r.stderr.trim().split('\n'), what).toHaveLength(1);
      expect(r.stderr, what).toMatch(/it is (a named pipe|a device|a folder); Showcase only reads regular files/);
    });
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
  }, 60_000);

  it('refuses an import over 50 MB and a posting over 1 MB without reading them', async () => {
    const dir = tempDir();
    const db = join(dir, 'showcase.db');
    const big = sparse(join(dir, 'huge.json'), 60 * 1024 * 1024);
    const posting = sparse(join(dir, 'posting.txt'), 2 * 1024 * 1024);
    const imp = await runCliProcess(['import', big, '--db', db]);
    expect(imp.code).toBe(1);
    expect(imp.stderr).toMatch(/it is 60 MB, more than an import can be \(50 MB\)/);
    const gaps = await runCliProcess(['gaps', '--job', posting, '--db', db]);
    expect(gaps.code).toBe(1);
    expect(gaps.stderr).toMatch(/it is 2 MB, more than a job posting can be \(1 MB\)/);
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'We use Go, Kafka and PostgreSQL.');
    expect((await runCliProcess(['gaps', '--job', ok, '--db', db])).code).toBe(0);
  });
});
