import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPreview } from '../../scripts/preview-server';
import { OfflinePage } from '../pages/offline-page';
import { IssuePage } from '../pages/issue-page';

// A deploy of its own: the built app copied to a folder served on another port, then a real new
// build (another VITE_BUILD_ID, so other files and another service worker) copied over it while
// a tab is open, as a host publishes one.
const root = join(import.meta.dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 4173) + 50;
const dist = join(root, process.env.DIST_DIR ?? 'dist');

test.use({ serviceWorkers: 'allow' });

test('a new build served to an open tab is announced, and 刷新 switches to it', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  const site = join(dir, 'site');
  cpSync(dist, site, { recursive: true });
  const server = await startPreview(site, port);
  try {
    const offline = new OfflinePage(page);
    await page.goto(`${server.url}/`);
    await expect(new IssuePage(page).masthead).toBeVisible();
    await offline.waitForWorker();
    await expect(offline.updateBanner).toHaveCount(0);

    const next = join(dir, 'next');
    const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', next], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, VITE_BUILD_ID: 'next-deploy' },
    });
    expect(build.status, build.stderr).toBe(0);
    // A deploy publishes the prerendered pages with the app (npm run build does both).
    const pages = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/prerender/index.ts', '--dist', next], { cwd: root, encoding: 'utf8' });
    expect(pages.status, pages.stderr).toBe(0);
    cpSync(next, site, { recursive: true, force: true });

    // The reader comes back to the tab: the app looks for a new version.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(offline.updateBanner).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: '/tmp/i16-shots/update-banner.png' });
    // Listening before the click: the reload (from the service worker's cache) can finish loading
    // before the click's own wait returns, and a listener added after it waits for nothing.
    const reloaded = page.waitForEvent('load');
    await offline.updateBanner.getByRole('button', { name: '刷新' }).click();
    await reloaded;
    await page.goto(`${server.url}/offline`);
    await expect(page.getByTestId('build-id')).toHaveText('应用版本：next-deploy');
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
    for (const cache of ['ssr-next', 'prerender-next']) rmSync(join(root, '.cache', cache), { recursive: true, force: true });
  }
});
