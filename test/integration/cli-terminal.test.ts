/** Terminal escape sequences in stored or third-party text are shown, never run, by the CLI. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fakes/fake-github';
import { seedStandard, TOKEN } from '../fakes/fixtures';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
// Retitle the terminal, clear it, an 8-bit CSI, a carriage return that overwrites the line, a bidi override.
const HOSTILE = 'API \u001b]0;PWNED\u0007\u001b[2J\u009b31m\rfake\u202eevil';
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the CLI and terminal escape sequences', () => {
  it('escapes them in every line it writes, and --json stays valid and exact', async () => {
    const db = join(tempDir(), 'esc.db');
    const added = await cli(['add', '--title', HOSTILE, '--tag', 'Go', '--db', db]);
    expect(added.code, added.stderr).toBe(0);
    const table = await cli(['projects', '--db', db]);
    const json = await cli(['projects', '--json', '--db', db]);
    const gaps = await cli(['gaps', '--db', db]);
    for (const r of [added, table, json, gaps]) {
      expect(r.stdout + r.stderr).not.toMatch(UNSAFE);
    }
    expect(added.stdout).toContain('API \\u001b]0;PWNED\\u0007\\u001b[2J\\u009b31m\\u000dfake\\u202eevil');
    expect(JSON.parse(json.stdout)[0].title).toBe(HOSTILE.trim());
  });

  it('escapes them in a GitHub error body', async () => {
    const gh = await startFakeGitHub();
    try {
      seedStandard(gh);
      gh.fault({ match: /GET \/user$/, kind: 'status', status: 500, body: { message: '\u001b]0;PWNED\u0007\u001b[2J boom' }, times: Infinity });
      const r = await cli(['--db', join(tempDir(), 'gh.db'), 'sync', '--api-url', gh.apiUrl], { GH_TOKEN: TOKEN });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/GitHub did not answer properly \(500\)/);
      expect(r.stderr).not.toMatch(UNSAFE);
      expect(r.stderr).toContain('PWNED');
    } finally {
      await gh.close();
    }
  });
});
