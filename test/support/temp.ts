import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-test-'));
    dirs.push(dir);
    return dir;
  };
}

/** A clock that ticks one second per call, so ordering by time is deterministic. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): { now(): Date } {
  let t = start;
  return { now: () => new Date((t += 1000)) };
}
