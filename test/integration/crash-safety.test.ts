/**
 * Kills the CLI with SIGKILL at random moments while it imports, restores and edits, then
 * checks the database: intact, and every operation either fully applied or not at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { useTempDir } from '../support/temp';
import { startFakeGitHub } from '../fakes/fake-github';
import { generatedRepos, TOKEN } from '../fakes/fixtures';

const tempDir = useTempDir();
const CLI = resolve(__dirname, '../../out/main/cli.js');
const KILLS = Number(process.env.CRASH_KILLS ?? 50);

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function runAndKill(args: string[], afterMs: number, env: NodeJS.ProcessEnv = {}): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore', env: { ...process.env, ...env } });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during import, restore, edits and sync`, async () => {
    if (!existsSync(CLI)) throw new Error('Build first: the test:unit script runs electron-vite build');
    const dir = tempDir();
    const db = join(dir, 'crash.db');
    const resume = join(dir, 'resume.json');
    const N = 400;
    writeFileSync(
      resume,
      JSON.stringify({ projects: Array.from({ length: N }, (_, i) => ({ name: `Imported ${i}`, description: 'A REST API on PostgreSQL with Redis caching.', keywords: ['Go', 'Docker'] })) }),
    );
    const backupFile = join(dir, 'backup.json');
    {
      const seed = openCore(join(dir, 'seed.db'));
      seed.portfolio.loadSample();
      writeFileSync(backupFile, JSON.stringify(seed.backups.create()));
      seed.close();
    }
    // A GitHub with many repositories answering slowly, so a sync is killed while it writes.
    const gh = await startFakeGitHub({ latencyMs: 40 });
    gh.addUser({ login: 'crash' }, { token: TOKEN, scopes: ['repo'] });
    for (const repo of generatedRepos('crash', 300)) gh.addRepo(repo);
    const random = prng(42);
    const outcomes = { completed: 0, killed: 0 };
    // How long each operation takes here, so kills land while it runs (start-up included).
    const took: number[] = [];
    const OPS = 4;
    const opArgs = (op: number, i: number) =>
      op === 0
        ? ['import', resume, '--db', db]
        : op === 1
          ? ['import', backupFile, '--yes', '--db', db]
          : op === 2
            ? ['add', '--title', `Edit ${i}`, '--tag', 'Kafka', '--db', db]
            : ['sync', '--api-url', gh.apiUrl, '--db', db];
    const env = { GH_TOKEN: TOKEN };
    for (let op = 0; op < OPS; op++) {
      const started = Date.now();
      expect(await runAndKill(opArgs(op, -1), 60_000, env)).toBe(0);
      took.push(Date.now() - started);
    }
    // Each kill must meet a sync with work left to do.
    const touch = () => gh.repos.forEach((r, k) => gh.updateRepo(k, { pushedAt: new Date(Date.parse(r.pushedAt ?? '2026-01-01') + 60_000).toISOString() }));
    for (let i = 0; i < KILLS; i++) {
      const before = openCore(db);
      const countBefore = before.portfolio.count();
      before.close();
      const op = i % OPS;
      if (op === 3) touch();
      // Mostly within the run, sometimes just after it: both outcomes must leave a whole database.
      // The window is wide enough for both even when the machine is busier than at calibration.
      const started = Date.now();
      const code = await runAndKill(opArgs(op, i), Math.floor(random() * took[op] * 1.5), env);
      if (code === 0) {
        outcomes.completed++;
        took[op] = Math.max(took[op], Date.now() - started);
      } else outcomes.killed++;
      const after = openCore(db);
      expect(after.db.pragma('integrity_check', { simple: true }), `after kill ${i}`).toBe('ok');
      expect(after.db.pragma('foreign_key_check')).toEqual([]);
      const count = after.portfolio.count();
      const expected = op === 0 ? [countBefore, countBefore + N] : op === 1 ? [countBefore, 8 + 2] : op === 2 ? [countBefore, countBefore + 1] : [countBefore];
      expect(expected, `op ${op} after kill ${i}: ${countBefore} → ${count}`).toContain(count);
      // Every stored project is whole: its children match its read copy.
      const tagRows = (after.db.prepare('SELECT COUNT(*) AS n FROM project_tags t JOIN projects p ON p.id = t.project_id WHERE p.deleted_at IS NULL').get() as { n: number }).n;
      const tagsInCopies = after.portfolio.list({}).projects.reduce((n, p) => n + p.tags.length, 0);
      expect(tagRows).toBe(tagsInCopies);
      after.close();
    }
    // After all that, a sync still runs to the end and every repository is there.
    touch();
    expect(await runAndKill(opArgs(3, KILLS), 120_000, env)).toBe(0);
    const final = openCore(db);
    expect(final.github.repositories.list().length).toBe(300);
    final.close();
    gh.close();
    console.info(`crash safety: ${KILLS} runs, ${outcomes.killed} killed mid-way, ${outcomes.completed} completed; database intact after each`);
    // Both outcomes happened, or the test did not test anything.
    expect(outcomes.killed).toBeGreaterThan(0);
    expect(outcomes.completed).toBeGreaterThan(0);
  }, 240_000);

  it('a restore killed mid-way leaves its scratch copy behind only until the next start', async () => {
    const dir = tempDir();
    const scratchRoot = join(dir, 'tmp');
    mkdirSync(scratchRoot);
    const db = join(dir, 'restore.db');
    const backupFile = join(dir, 'big-backup.json');
    {
      const seed = openCore(join(dir, 'seed.db'));
      seed.db.transaction(() => {
        for (let i = 0; i < 3000; i++) seed.portfolio.create({ title: `Project ${i}`, tags: ['Go', 'Kafka'], highlights: ['x'.repeat(200)] });
      })();
      writeFileSync(backupFile, JSON.stringify(seed.backups.create()));
      seed.close();
    }
    const env = { ...process.env, TMPDIR: scratchRoot };
    const child = spawn(process.execPath, [CLI, 'import', backupFile, '--yes', '--db', db], { stdio: 'ignore', env });
    const scratch = () => readdirSync(scratchRoot).filter((n) => n.startsWith(`showcase-scratch-restore-${child.pid}-`));
    const exited = new Promise((r) => child.on('exit', r));
    // Killed as soon as its scratch database exists, while it loads the rows.
    while (scratch().length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    expect(scratch()).toHaveLength(1);
    const next = spawnSync(process.execPath, [CLI, 'projects', '--db', db], { env, encoding: 'utf8' });
    expect(next.status, next.stderr).toBe(0);
    expect(readdirSync(scratchRoot)).toEqual([]);
  }, 60_000);
});
