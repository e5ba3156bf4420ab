/**
 * The main process's log: one line per event in `showcase.log` in the app's data folder,
 * rotated by size (showcase.log.1, .2 … are the older ones), and redacted on the way in: a
 * token (every one the token store has seen, and anything shaped like a GitHub token or an
 * Authorization header) is never written. Logging never throws: a log that cannot be written
 * must not break what it reports on.
 */
import { appendFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Log {
  info(event: string, details?: Record<string, unknown>): void;
  warn(event: string, details?: Record<string, unknown>): void;
  error(event: string, error?: unknown, details?: Record<string, unknown>): void;
  /** A value that must never appear in the log (a token as the token store sees it). */
  addSecret(secret: string): void;
}

export const LOG_FILE = 'showcase.log';

const TOKEN_SHAPES: Array<[RegExp, string]> = [
  [/\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '[token]'],
  [/((?:authorization|x-api-key)["']?\s*[:=]\s*["']?)(?:(?:token|bearer|basic)\s+)?[^\s"',}]+/gi, '$1[redacted]'],
  [/\b(access_token|token|client_secret)=([^&\s"']+)/gi, '$1=[redacted]'],
];

/** The text with every known secret and every token-shaped string replaced. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[token]');
  for (const [re, by] of TOKEN_SHAPES) out = out.replace(re, by);
  return out;
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return error === undefined ? {} : { error: String(error) };
  const code = (error as { code?: unknown }).code;
  return { error: error.message, ...(typeof code === 'string' ? { code } : {}), stack: error.stack?.split('\n').slice(1, 6).map((l) => l.trim()) };
}

export interface FileLogOptions {
  /** Rotate once the file is this large (default 1 MB). */
  maxBytes?: number;
  /** Older files kept besides the current one (default 3). */
  keep?: number;
  now?: () => Date;
}

export function createFileLog(dir: string, options: FileLogOptions = {}): Log & { path: string } {
  const path = join(dir, LOG_FILE);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const secrets = new Set<string>();

  function rotate(): void {
    rmSync(`${path}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(`${path}.${i}`, `${path}.${i + 1}`);
      } catch {
        // Not there yet.
      }
    }
    renameSync(path, `${path}.1`);
  }

  function write(level: string, event: string, details: Record<string, unknown>): void {
    try {
      const extra = Object.keys(details).length ? ` ${JSON.stringify(details)}` : '';
      const line = redact(`${now().toISOString()} ${level} ${event}${extra}`.replace(/[\r\n]+/g, ' '), secrets);
      let size = 0;
      try {
        size = statSync(path).size;
      } catch {
        // A new file.
      }
      if (size > 0 && size + line.length > maxBytes) rotate();
      appendFileSync(path, `${line}\n`, { mode: 0o600 });
    } catch {
      // A full disk or a read-only folder: the event is lost, the app goes on.
    }
  }

  return {
    path,
    info: (event, details = {}) => write('info', event, details),
    warn: (event, details = {}) => write('warn', event, details),
    error: (event, error, details = {}) => write('error', event, { ...details, ...describeError(error) }),
    addSecret: (secret) => {
      if (secret) secrets.add(secret);
    },
  };
}

/** For the CLI and tests: logs nothing. */
export const nullLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, addSecret: () => undefined };
