// Playwright Test's runner for the page in Firefox ESR and WebKitGTK (tests/e2e/engines/): the
// tests drive those browsers through WebDriver themselves (engines/driver.mjs), so the runner
// only brings what the Chromium tests have too: the command line's totals (global-setup.mjs), the
// logging server (server.mjs), reporting, one project per engine. `cargo xtask test` runs it under
// a virtual display with the engines' paths set (xtask/src/engines.rs).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.YEARBOOK_E2E_PORT || 8765);

export default defineConfig({
  testDir: './engines',
  testMatch: '*.engine.mjs',
  globalSetup: './global-setup.mjs',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  // A browser started per file; WebKitGTK takes seconds to be ready on a loaded machine.
  timeout: 240_000,
  outputDir: 'test-results/engines',
  projects: [
    { name: 'firefox', metadata: { engine: 'firefox' } },
    { name: 'webkit', metadata: { engine: 'webkit' } },
  ],
  webServer: {
    command: 'node server.mjs',
    url: `http://127.0.0.1:${port}/`,
    env: { YEARBOOK_E2E_PORT: String(port) },
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
