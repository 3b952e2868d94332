/**
 * tsx scripts/bench-search-browser.ts --data DIR [--port 4199]
 * Search in Chromium against a built app whose data/ is DIR (e.g. a synthetic archive built by
 * `npm run bench:search`): what the front page downloads for search, time and bytes to the first
 * results after typing, time to the complete answer, and the page's main-thread heap. Figures only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string', default: '4199' }, queries: { type: 'string', default: '株洲,毛腾飞,"激光先进制造"' } } });
if (!values.data) throw new Error('usage: tsx scripts/bench-search-browser.ts --data DIR');
const root = resolve(import.meta.dirname, '..');
const dist = mkdtempSync(join(tmpdir(), 'search-dist-'));
// Vite's own entry, not npx: killing the server must stop the process that holds the port.
const vite = (args: string[], env = {}) =>
  spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
await new Promise((done) => vite(['build'], { DIST_DIR: dist }).on('exit', done));
rmSync(join(dist, 'data'), { recursive: true, force: true });
symlinkSync(resolve(values.data), join(dist, 'data'));
const server = vite(['preview', '--port', values.port!, '--strictPort', '--outDir', dist]);
await new Promise((done) => setTimeout(done, 4000));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const q of values.queries!.split(',')) {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', (r) => void (r.url().includes('/data/search/') && r.body().then((b) => (bytes += b.length), () => {})));
    await page.goto(`http://localhost:${values.port}/`);
    await page.getByTestId('search-input').waitFor();
    const onFrontPage = bytes;
    const start = Date.now();
    await page.getByTestId('search-input').fill(q);
    await page.getByTestId('result-count').waitFor();
    const first = { ms: Date.now() - start, bytes, count: await page.getByTestId('result-count').textContent() };
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 600_000 });
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(
      `${q}: front page search bytes ${onFrontPage}; first results ${first.ms} ms (${first.count} hits, ${(first.bytes / 1e6).toFixed(2)} MB raw)` +
        `; complete ${Date.now() - start} ms (${await page.getByTestId('result-count').textContent()} hits, ${(bytes / 1e6).toFixed(1)} MB raw); main-thread heap ${(heap / 1e6).toFixed(0)} MB`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(dist, { recursive: true, force: true });
}
