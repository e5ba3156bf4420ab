/**
 * A reader that goes away (`showcase projects | head -c 100`): the CLI ends quietly, with the
 * exit code of what it did, and what it did is done.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { BUILT_CLI } from '../support/cli-process';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** Runs the CLI and closes its stdout after the first chunk, as `| head -c 100` does. */
function runAndCloseStdout(args: string[], script = BUILT_CLI): Promise<{ code: number | null; stderr: string; got: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let got = '';
    let stderr = '';
    child.stdout.once('data', (d) => {
      got = String(d).slice(0, 100);
      child.stdout.destroy();
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr, got }));
  });
}

describe('a closed stdout', () => {
  it('ends `projects`, `projects --json` and a restore quietly with their own exit code', async () => {
    const dir = tempDir();
    const db = join(dir, 'many.db');
    const source = openCore(join(dir, 'source.db'));
    source.db.transaction(() => {
      for (let i = 0; i < 3000; i++) source.portfolio.create({ title: `Project number ${i} with a longish title`, tags: ['Go', 'Kafka', 'PostgreSQL'] });
    })();
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, JSON.stringify(source.backups.create()));
    source.close();

    const restore = await runAndCloseStdout(['import', backup, '--db', db]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.got).toMatch(/^Restored /);
    const check = openCore(db);
    expect(check.portfolio.count()).toBe(3000);
    check.close();

    for (const args of [['projects'], ['projects', '--json'], ['repos', '--json']]) {
      const r = await runAndCloseStdout([...args, '--db', db]);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
    }
    // A failure still fails with its own code, even with nobody reading.
    const failed = await runAndCloseStdout(['import', join(dir, 'missing.json'), '--db', db]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^showcase import: There is no file/);
  }, 60_000);

  it('ends the documentation evaluation quietly too (`npm run eval:docs -- --data dump.json | head`)', async () => {
    const dir = tempDir();
    const readme = '# habits\n\nA habit tracker API with streaks and weekly summaries by e-mail, written in Go.\n\n## Run\n\n```sh\ngo run .\n```\n';
    const repos = Array.from({ length: 2000 }, (_, i) => ({ owner: 'octo', name: `habits-${i}`, files: { 'README.md': readme } }));
    const dump = join(dir, 'dump.json');
    writeFileSync(dump, JSON.stringify({ version: 1, repos }));
    const r = await runAndCloseStdout(['--data', dump], join(BUILT_CLI, '..', 'eval-docs.js'));
    expect(r.got).toMatch(/^octo\/habits-0 /);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});
