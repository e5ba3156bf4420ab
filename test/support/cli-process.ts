import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const BUILT_CLI = resolve(__dirname, '../../out/main/cli.js');

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed because it ran longer than the timeout. */
  timedOut: boolean;
}

/**
 * Runs the built CLI as its own process (as a shell would), killed after `timeoutMs`, for what
 * an in-process run cannot show: a hang, a crash, a closed pipe, the real environment.
 */
export function runCliProcess(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {}): Promise<ProcessRun> {
  if (!existsSync(BUILT_CLI)) throw new Error('Build first: the test:unit script runs electron-vite build');
  return new Promise((done) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 15_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
}
