import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// The main journeys against the 10-year synthetic archive (scripts/build-scale.sh builds dist-10y).
// Separate from playwright.config.ts so that `npm test` never needs the large build. Set before the
// base config is read: it and the test helpers take the served folder from DIST_DIR.
process.env.DIST_DIR ??= 'dist-10y';
process.env.PW_JSON ??= 'reports/playwright-scale.json';
if (!existsSync(`${process.env.DIST_DIR}/data/manifest.json`)) {
  throw new Error(`${process.env.DIST_DIR}/data is missing: run npm run test:e2e:scale (or bash scripts/build-scale.sh) first.`);
}
const { default: base } = await import('./playwright.config');

export default defineConfig({
  ...base,
  testDir: 'e2e/scale',
  // Each journey loads large files on a shared 2-core machine: allow for it.
  timeout: 60_000,
});
