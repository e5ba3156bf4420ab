import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron's userData folder for "Showcase", computed without Electron so the CLI finds the same file. */
export function defaultUserDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Showcase');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Showcase');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Showcase');
}

export function defaultDbPath(): string {
  return join(defaultUserDataDir(), 'showcase.db');
}
