/** Where the CLI puts the database when the environment is odd: never a spin, never the current folder. */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../electron/core/paths';
import { runCliProcess } from '../support/cli-process';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function envWith(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.SHOWCASE_DB;
  if (extra.XDG_CONFIG_HOME === undefined) delete env.XDG_CONFIG_HOME;
  return env;
}

describe('the CLI in an odd environment', () => {
  it('treats an empty or relative XDG_CONFIG_HOME as unset, as the XDG spec says', async () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/u')).toBe('/home/u/.config/Showcase');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: 'relative/dir' }, '/home/u')).toBe('/home/u/.config/Showcase');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/x/cfg' }, '/home/u')).toBe('/x/cfg/Showcase');
    expect(defaultUserDataDir('win32', { APPDATA: '' }, 'C:\\Users\\u')).toMatch(/AppData.Roaming.Showcase$/);

    const dir = tempDir();
    const cwd = join(dir, 'work');
    const home = join(dir, 'home');
    mkdirSync(cwd);
    mkdirSync(home);
    const r = await runCliProcess(['add', '--title', 'Where am I'], { cwd, env: envWith({ HOME: home, XDG_CONFIG_HOME: '' }) });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(join(home, '.config', 'Showcase', 'showcase.db'))).toBe(true);
  });

  it('with HOME under /proc says it cannot create its folder, at once, instead of spinning', async () => {
    for (const home of ['/proc/self', '/proc']) {
      const r = await runCliProcess(['projects'], { cwd: tempDir(), env: envWith({ HOME: home }), timeoutMs: 10_000 });
      expect(r.timedOut, home).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/could not create the folder .*Showcase for its database.*SHOWCASE_DB/);
    }
  });
});
