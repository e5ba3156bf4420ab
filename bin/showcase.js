#!/usr/bin/env node
// The `showcase` command: runs the CLI built by `npm run build` (run on install by `prepare`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('showcase: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
require(entry);
