import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog, redact } from '../../electron/core/log';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('the main-process log', () => {
  it('redacts known secrets, GitHub-shaped tokens and Authorization headers', () => {
    // Token-shaped but plainly fake, built here so no token-like literal sits in the source.
    const classic = `ghp_${'fake'.repeat(8)}`;
    const fineGrained = `github_pat_11${'FAKE0'.repeat(4)}_${'fake'.repeat(10)}`;
    const text = `auth failed for s3cr3t-value with ${classic} and ${fineGrained}; {"authorization":"token ghs_zzzzzzzzzzzzzzzzzzzz"} Authorization: Bearer abc.def ?access_token=xyz123&x=1`;
    const out = redact(text, ['s3cr3t-value']);
    expect(out).not.toMatch(/s3cr3t-value|ghp_|github_pat_|ghs_|abc\.def|xyz123/);
    expect(out).toContain('[token]');
    expect(out).toContain('x=1');
  });

  it('writes one line per event and rotates by size, keeping a few older files', () => {
    const dir = tempDir();
    const log = createFileLog(dir, { maxBytes: 300, keep: 2, now: () => new Date('2026-01-02T03:04:05Z') });
    log.addSecret('tok_secret_1234');
    for (let i = 0; i < 30; i++) log.info(`event ${i}`, { n: i, note: 'x'.repeat(40), token: 'tok_secret_1234' });
    log.error('failed', new Error('boom\nwith tok_secret_1234'));
    expect(readdirSync(dir).sort()).toEqual(['showcase.log', 'showcase.log.1', 'showcase.log.2']);
    const all = ['showcase.log', 'showcase.log.1', 'showcase.log.2'].map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    expect(all).not.toContain('tok_secret_1234');
    const current = readFileSync(join(dir, 'showcase.log'), 'utf8').trim().split('\n');
    expect(current.at(-1)).toMatch(/^2026-01-02T03:04:05\.000Z error failed \{"error":"boom\\nwith \[token\]"/);
    for (const f of ['showcase.log', 'showcase.log.1']) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(300 + 200);
  });

  it('never throws when the log cannot be written', () => {
    const log = createFileLog('/proc/self/no-such-folder');
    expect(() => log.info('x')).not.toThrow();
  });
});
