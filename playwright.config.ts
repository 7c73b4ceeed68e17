import { defineConfig } from '@playwright/test';

// Each checkout may run its own suite at once; E2E_PORT keeps their preview servers apart.
const PORT = Number(process.env.E2E_PORT ?? 4329);
export default defineConfig({
  testDir: 'tests/e2e',
  // Refuses a dist/ built from other sources than the checkout has now (npm test builds first).
  globalSetup: './tests/e2e/global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Tests, not files, are shared out: one file (axe over every page) would otherwise hold one worker for minutes.
  fullyParallel: true,
  timeout: 40_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  // Serves the built dist/ as a static site; `npm test` builds it first.
  webServer: {
    command: `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
