import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium.ts';

const executablePath = chromiumPath();

const port = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e/tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Two browsers share two cores with the preview server: a cold search (worker start, index and
  // issue downloads) can take a few seconds when the machine is busy.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PW_JSON ?? 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // The app's service worker would take over requests mid-test (and page.route cannot see what it
    // fetches): blocked here, allowed by the specs about it (offline, update) with test.use.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
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
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
