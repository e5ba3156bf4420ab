/**
 * Fuzzing restore with backups whose column contents are broken: a backup the app could not
 * read is refused with nothing changed; whatever is accepted, the app still opens and reads.
 * `npm test` runs a small sample; `npm run fuzz` runs many more (FUZZ_RUNS overrides either).
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../electron/core/app-context';
import type { Backup } from '../../electron/core/backup/backup-service';
import { appStillWorks } from '../support/app-reads';
import { fullPortfolio, smallPortfolio, tryRestore } from '../support/full-portfolio';
import { useTempDir } from '../support/temp';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 1_000 : 30));
const TIMEOUT = Math.max(60_000, RUNS * 400);
const tempDir = useTempDir();
let backup: Backup;

beforeAll(async () => {
  const { core, backup: b } = await fullPortfolio(join(tempDir(), 'source.db'));
  core.close();
  backup = b;
});

/** JSON columns by the type of value the app expects inside. */
const JSON_COLUMNS: Array<{ table: string; column: string; holds: 'array' | 'object'; where?: (row: Record<string, unknown>) => boolean }> = [
  { table: 'projects', column: 'children', holds: 'object' },
  { table: 'export_variants', column: 'selection', holds: 'object' },
  { table: 'targets', column: 'technologies', holds: 'array' },
  { table: 'project_export_options', column: 'client_names', holds: 'array' },
  { table: 'github_accounts', column: 'scopes', holds: 'array' },
  { table: 'github_repositories', column: 'topics', holds: 'array' },
  { table: 'github_repositories', column: 'languages', holds: 'array' },
  { table: 'github_repositories', column: 'technologies', holds: 'array' },
  { table: 'github_repositories', column: 'kinds', holds: 'array' },
  { table: 'github_repositories', column: 'warnings', holds: 'array' },
  { table: 'github_repositories', column: 'doc_status', holds: 'object' },
  { table: 'github_repositories', column: 'snapshot', holds: 'object' },
  // The export profile lives in the resume since schema 6.
  { table: 'resume', column: 'basics_extra', holds: 'object' },
  { table: 'resume_profiles', column: 'extra', holds: 'object' },
];

const notJson = fc.oneof(
  fc.string({ minLength: 1 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  fc.constantFrom('{', '[1,', "{'a':1}", 'undefined', 'NaN', '{"kinds": [}', '<html>'),
);
const primitive = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const wrongJson = (holds: 'array' | 'object') =>
  (holds === 'array'
    ? fc.oneof(primitive, fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), fc.array(fc.oneof(fc.array(fc.integer()), fc.dictionary(fc.string(), fc.integer())), { minLength: 1, maxLength: 3 }))
    : fc.oneof(primitive, fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }))
  ).map((v) => JSON.stringify(v));

const target = (): AppCore => smallPortfolio(join(tempDir(), 'target.db'));

/** Restores `data` into a fresh portfolio: refused with nothing changed, or applied; then the app must read it all. */
async function restoreInto(data: Backup, mustRefuse: boolean): Promise<void> {
  const core = target();
  const refused = tryRestore(core, data);
  if (mustRefuse) expect(refused).not.toBeNull();
  const path = core.dbPath;
  core.close();
  await appStillWorks(path);
}

describe('fuzzing restore with broken column contents', () => {
  it(
    'a JSON column that is not JSON, or JSON of the wrong type, is refused and nothing changes',
    async () => {
      const arb = fc
        .constantFrom(...JSON_COLUMNS)
        .chain((c) => fc.record({ c: fc.constant(c), value: fc.oneof(notJson, wrongJson(c.holds)), pick: fc.nat() }));
      await fc.assert(
        fc.asyncProperty(arb, async ({ c, value, pick }) => {
          const data = structuredClone(backup);
          const rows = data.tables[c.table].filter(c.where ?? (() => true));
          expect(rows.length, `${c.table} has rows in the fixture`).toBeGreaterThan(0);
          rows[pick % rows.length][c.column] = value;
          await restoreInto(data, true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'any cell replaced with any value: refused with nothing changed, or restored and readable',
    async () => {
      const tables = Object.keys(backup.tables).filter((t) => backup.tables[t].length > 0);
      const arb = fc.record({
        table: fc.constantFrom(...tables),
        pick: fc.nat(),
        column: fc.nat(),
        value: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant(null), notJson, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))),
      });
      await fc.assert(
        fc.asyncProperty(arb, async ({ table, pick, column, value }) => {
          const data = structuredClone(backup);
          const row = data.tables[table][pick % data.tables[table].length];
          const keys = Object.keys(row);
          row[keys[column % keys.length]] = value;
          await restoreInto(data, false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
