#!/usr/bin/env node
// The `showcase` command: runs the CLI built by `npm run build` (run on install by `prepare`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// better-sqlite3's prebuilt binary needs Node.js 22 or newer; older ones crash on load.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `showcase: needs Node.js 22.12 or newer, and this is ${process.version}. Run it with \`npx showcase\` from the Showcase folder (which uses its own Node), or install a newer Node.js.\n`,
  );
  process.exit(1);
}

const entry = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('showcase: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
require(entry);
