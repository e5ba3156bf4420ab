import { defineConfig } from '@playwright/test';

/** The `_electron` smoke test; only run by test/electron/smoke.mjs where Electron exists. */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
