// Playwright Test configuration: Debian's Chromium (never a downloaded browser), one worker,
// and server.mjs serving <root>/dist. Run through `cargo xtask test`, which builds dist/, writes
// the fixtures and builds the command line first; global-setup.mjs asks the command line for the
// totals the page must show.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.YEARBOOK_E2E_PORT || 8765);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  globalSetup: './global-setup.mjs',
  workers: 1,
  fullyParallel: false,
  // A test that passes only on a retry hides a bug; `test.only` left in would skip the others.
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    // The page picks its language from the browser's: English unless a test says otherwise.
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // --no-sandbox: CI runs as root. The rest keep Chromium from calling Google's servers.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node server.mjs',
    url: `http://127.0.0.1:${port}/`,
    env: { YEARBOOK_E2E_PORT: String(port) },
    // Never test against some other process that happens to hold the port.
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
