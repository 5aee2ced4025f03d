import { defineConfig } from '@playwright/test';

// End-to-end specs drive the built renderer in a real Chromium through tests/e2e/harness.ts. Two workers share
// this machine's two cores; each spec gets its own data folder.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
