import { defineConfig } from '@playwright/test';

// One worker: the machine has two cores, and each worker runs its own Chromium plus the world.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
