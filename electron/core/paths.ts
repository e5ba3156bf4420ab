import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { AppError } from './errors';

/** Electron's userData folder for "Showcase", computed without Electron so the CLI finds the same file. */
export function defaultUserDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Showcase');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Showcase');
  // The XDG spec: an empty or relative XDG_CONFIG_HOME is treated as unset.
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.config'), 'Showcase');
}

export function defaultDbPath(): string {
  return join(defaultUserDataDir(), 'showcase.db');
}

/**
 * Creates the folder the database goes in, one level at a time (a recursive mkdir spins
 * forever under /proc), or says plainly why it cannot.
 */
export function ensureDataFolder(dbPath: string): void {
  const missing: string[] = [];
  for (let dir = dirname(resolve(dbPath)); !existsSync(dir) && missing.length < 64; dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      throw new AppError(
        'FILE_WRITE',
        `Showcase could not create the folder ${dirname(resolve(dbPath))} for its database (${code ?? 'refused'} at ${dir}). Check HOME (or XDG_CONFIG_HOME), or set SHOWCASE_DB to a file in a folder you can write.`,
      );
    }
  }
}
