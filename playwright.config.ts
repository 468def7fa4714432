import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';
import { sitePort as port, staffE2e } from './tests/e2e/staff-setup';

// The tests' build is made as on Sunday 29 November 2026 (the day the availability tests open pages on):
// the closed days it gives the phones run from 2025 to 2028, around every date the tests set.
const builtOn = Date.parse('2026-11-29T00:00:00+01:00') / 1000;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: [
    // The tests run against the production build, as a reader gets it.
    {
      command: `npm run build && astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/da/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: String(builtOn) },
    },
    // Then the staff service, as npm start runs it, serving that build beside the staff pages.
    {
      command: 'node server/main.ts',
      url: staffE2e.health,
      reuseExistingServer: false,
      timeout: 30_000,
      env: staffE2e.env,
    },
  ],
});
