/**
 * Scratch folders for work on copies (a restore's scratch database, a readable copy of a
 * damaged one). Each is named after the process that made it, so one left behind by a killed
 * process is recognised and removed the next time Showcase starts.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'showcase-scratch-';

export function makeScratchDir(kind: string, root = tmpdir()): string {
  return mkdtempSync(join(root, `${PREFIX}${kind}-${process.pid}-`));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Removes scratch folders whose process is gone; returns how many. Never throws. */
export function removeStaleScratch(root = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = name.startsWith(PREFIX) ? /-(\d+)-[^-]+$/.exec(name) : null;
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    try {
      rmSync(join(root, name), { recursive: true, force: true });
      removed++;
    } catch {
      // Someone else's, or already gone: leave it.
    }
  }
  return removed;
}
