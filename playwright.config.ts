import { defineConfig } from '@playwright/test';

// KOERS_E2E_PORT lets two browser-test runs share a machine (each with its own data directory).
const PORT = Number(process.env.KOERS_E2E_PORT ?? 3210);
export const E2E_PASSWORD = 'e2e-wachtwoord-koers';

/**
 * Browser journeys in Debian's Chromium (/usr/bin/chromium; `apt-get install -y chromium`)
 * against the real server, started the README way on an empty data directory.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `rm -rf .cache/e2e-data-${PORT} && node --import tsx src/server/main.ts`,
    env: {
      KOERS_DATA_DIR: `.cache/e2e-data-${PORT}`,
      ...(process.env.KOERS_WEB_DIST ? { KOERS_WEB_DIST: process.env.KOERS_WEB_DIST } : {}),
      PORT: String(PORT),
      KOERS_DEMO_PASSWORD: E2E_PASSWORD,
      KOERS_LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: 'warn',
    },
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
