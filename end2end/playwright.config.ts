import { defineConfig } from '@playwright/test';

// The release build in ../dist, served by nginx with the same configuration as production, and
// the same site built for a sub-path in ../dist-sub, served under /partnership/.
// E2E_PORT moves both servers, so that two checkouts can run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 8090);
const subPathPort = port + 1;

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // On CI's shared machine a test that fails once is run once more, and reported as flaky with
  // its first failure printed; one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /(sub-path|no-script)\.spec\.ts/ },
    // The prerendered pages as a reader with JavaScript off (or before the wasm) gets them.
    { name: 'no-script', testMatch: /no-script\.spec\.ts/, use: { javaScriptEnabled: false } },
    { name: 'sub-path', testMatch: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPathPort}` } },
  ],
  webServer: [
    {
      command: `bash ../scripts/serve-dist ../dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `bash ../scripts/serve-dist ../dist-sub ${subPathPort} /partnership/`,
      url: `http://127.0.0.1:${subPathPort}/partnership/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
