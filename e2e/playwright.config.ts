import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive the real, built apps in Debian's Chromium against a real platform started by
 * the same script as `npm start`, on ports shifted by 10000 and with fresh data, so they can run
 * beside a developer's `npm start`.
 */
const offset = 10_000;
export const PLAYER_URL = `http://127.0.0.1:${3000 + offset}`;
export const ADMIN_URL = `http://127.0.0.1:${3001 + offset}`;
export const GATEWAY_URL = `http://127.0.0.1:${4000 + offset}/graphql`;

export default defineConfig({
  testDir: './browser',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: PLAYER_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'npx tsx scripts/start.ts',
    cwd: '..',
    url: `${ADMIN_URL}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: { CASINOX_DATA_DIR: '.data/e2e', CASINOX_RESET: 'true', CASINOX_PORT_OFFSET: String(offset) },
  },
});
