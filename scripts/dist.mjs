#!/usr/bin/env node
// `npm run dist`: builds the app, then packages it with electron-builder (AppImage and deb on
// Linux, dmg on macOS, nsis on Windows). Packaging needs Electron's release zip for the target
// platform; where it is neither cached nor reachable this fails at once with a clear message
// instead of hanging in a download.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'));
const platform = process.platform;
const arch = process.arch;
const zip = `electron-v${version}-${platform}-${arch}.zip`;
const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
const url = `${mirror.replace(/\/?$/, '/')}v${version}/${zip}`;

function fail(message) {
  process.stderr.write(`\nnpm run dist: ${message}\n\n`);
  process.exit(1);
}

function cached() {
  const dirs = [process.env.electron_config_cache, join(homedir(), '.cache', 'electron'), join(homedir(), 'Library', 'Caches', 'electron'), process.env.LOCALAPPDATA && join(process.env.LOCALAPPDATA, 'electron', 'Cache')].filter(Boolean);
  const walk = (dir, depth = 0) => {
    if (!existsSync(dir) || depth > 2) return false;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name === zip) return true;
      if (entry.isDirectory() && walk(join(dir, entry.name), depth + 1)) return true;
    }
    return false;
  };
  return dirs.some((d) => walk(d));
}

if (!existsSync(join(root, 'node_modules/electron-builder'))) fail('electron-builder is not installed; run `npm install` first.');

if (!cached()) {
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(10_000) });
    if (!res.ok) fail(`Electron ${version}'s release file ${zip} is not available at ${url} (HTTP ${res.status}).`);
  } catch (error) {
    fail(
      [
        `packaging needs Electron ${version}'s release file ${zip}, and it could not be downloaded:`,
        `  ${url}`,
        `  (${error?.cause?.code ?? error?.name ?? 'network error'}: ${error?.cause?.message ?? error?.message})`,
        'Package on a machine that can reach it, set ELECTRON_MIRROR to a mirror that has it, or put the zip in',
        `${join(homedir(), '.cache', 'electron')} first. Nothing was built.`,
      ].join('\n'),
    );
  }
}

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: platform === 'win32' });
let r = run(join(root, 'node_modules/.bin/electron-vite'), ['build']);
if (r.status !== 0) process.exit(r.status ?? 1);
r = run(join(root, 'node_modules/.bin/electron-builder'), ['--config', 'electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)]);
process.exit(r.status ?? 1);
