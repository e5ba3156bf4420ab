/** The database path: an empty one (or ":memory:") would keep nothing, so it is refused. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { cli } from '../support/cli';
import { runCliProcess } from '../support/cli-process';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('the database path', () => {
  it('refuses --db "" with one line and exit 2, and the core refuses "" and ":memory:"', async () => {
    const dir = tempDir();
    for (const args of [['add', '--title', 'Vanishes', '--db', ''], ['--db', '', 'projects'], ['add', '--title', 'X', '--db', '  ']]) {
      const r = await runCliProcess(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--db needs a file path/);
    }
    const memory = await cli(['add', '--title', 'Vanishes', '--db', ':memory:']);
    expect(memory.code).toBe(1);
    expect(memory.stderr).toMatch(/not a file path/);
    expect(() => openCore('')).toThrow(/not a file path/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
