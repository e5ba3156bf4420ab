#!/usr/bin/env node
// `npm run audit:electron`: Electronegativity over the built app (out/). Every finding must be
// one accepted, with its reason, in SECURITY.md's table; anything else fails the run.
// Electronegativity fetches translations and Electron release data from the network at start;
// offline those requests fail (one of them with an uncaught rejection in its HTTP client), which
// changes nothing in the scan, so they are ignored here and the network checks are excluded.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

process.on('uncaughtException', (error) => {
  if (String(error?.message).includes('onCancel')) return; // the offline translation fetch
  console.error(error);
  process.exit(1);
});
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).includes('Could not retrieve updated translations')) log(...args);
};

if (!existsSync(join(root, 'out/main/index.js'))) {
  console.error('audit:electron: build first (npm run build).');
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'));
const run = require('@doyensec/electronegativity');
const result = await run({
  input: join(root, 'out'),
  isRelative: true,
  electronVersionOverride: version,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  customScan: [],
  parserPlugins: [],
});

// Accepted findings: "CHECK_ID file" keys from SECURITY.md's table of accepted findings.
const security = readFileSync(join(root, 'SECURITY.md'), 'utf8');
// A `*` in the file stands for a build hash (renderer/assets/index-*.js).
const accepted = [...security.matchAll(/^\| `([A-Z_]+)` \| `([^`]+)` \|/gm)].map(
  (m) => new RegExp(`^${m[1]} ${m[2].replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
);
const isAccepted = (key) => accepted.some((re) => re.test(key));

const issues = result.issues.map((i) => ({ id: i.id, file: i.file, at: `${i.location.line}:${i.location.column}`, severity: i.severity.name }));
const unexpected = issues.filter((i) => !isAccepted(`${i.id} ${i.file}`));
console.log = log;
console.log(`Electronegativity ${result.globalChecks + result.atomicChecks} checks over out/ (Electron ${version}): ${issues.length} findings, ${issues.length - unexpected.length} accepted in SECURITY.md, ${unexpected.length} unexpected.`);
for (const i of issues) console.log(`  ${unexpected.includes(i) ? 'UNEXPECTED' : 'accepted  '} ${i.id} ${i.file}:${i.at} (${i.severity})`);
if (result.errors?.length) console.log(`  ${result.errors.length} files could not be parsed`);
process.exit(unexpected.length ? 1 : 0);
