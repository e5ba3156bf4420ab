/**
 * Random and hostile arguments sent to every channel through the same dispatch main uses:
 * each call resolves to a result or a clean `{ code, message }` error, main never throws and
 * the database stays intact.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { CHANNELS, type IpcHandlers } from '../../shared/ipc-contract';
import { useTempDir } from '../support/temp';
import { cancelledDialogs } from '../support/dialogs';

const tempDir = useTempDir();
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 10_000 : 300));

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '"; DROP TABLE projects; --', '\u0000', '\ud800', '../../etc/passwd', 'javascript:alert(1)', '__proto__', 'constructor', 'x'.repeat(100_000)),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('id', 'title', 'project', 'search', 'tags', 'url', '__proto__')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('IPC fuzzing', () => {
  it('every channel answers hostile arguments with data, never a crash', async () => {
    const dbPath = join(tempDir(), 'fuzz.db');
    const core = openCore(dbPath);
    core.portfolio.loadSample();
    const handlers: IpcHandlers = { ...createCoreHandlers(core, cancelledDialogs), 'shell:open-external': async () => undefined };
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS, 'nope:nope', ''), hostileValue, async (channel, args) => {
        const r = await dispatch(handlers, channel, args);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(Object.keys(r.error).sort()).toEqual(expect.arrayContaining(['code', 'message']));
          expect(typeof r.error.message).toBe('string');
          expect(r.error.code).not.toBe('INTERNAL');
          codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
        }
        // Whatever came back is plain data that survives structured cloning.
        expect(() => structuredClone(r)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect(codes.get('VALIDATION')).toBeGreaterThan(0);
    core.close();
  });
});
