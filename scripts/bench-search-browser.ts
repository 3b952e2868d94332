/**
 * tsx scripts/bench-search-browser.ts --data DIR [--port 4199] [--queries a,b]
 * Search in Chromium against a built app whose data/ is DIR (e.g. a synthetic archive built by
 * `npm run bench:search`): what the front page downloads of the search index, then per query in a
 * fresh page the time and bytes to the first results after typing, and the main-thread heap.
 * Queries default to ones taken from the data (a frequent person, a place, a title phrase).
 * Figures only. Bytes are as served by `vite preview` (uncompressed); bench:search gives gzip sizes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { issueSchema } from '../src/schema/issue.ts';
import { searchManifestSchema } from '../src/schema/search-data.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string', default: '4199' }, queries: { type: 'string' } } });
if (!values.data) throw new Error('usage: tsx scripts/bench-search-browser.ts --data DIR');
const data = resolve(values.data);

function defaultQueries(): string[] {
  const manifest = searchManifestSchema.parse(JSON.parse(readFileSync(join(data, 'search/manifest.json'), 'utf8')));
  const newest = readdirSync(join(data, 'issues')).sort().at(-1)!;
  const issue = issueSchema.parse(JSON.parse(readFileSync(join(data, 'issues', newest), 'utf8')));
  const place = issue.articles.flatMap((a) => a.mentions).find((m) => m.type === 'place')?.name;
  const title = issue.articles.find((a) => a.title.length > 8)?.title;
  return [manifest.people[0]?.name, place, title && `"${title.slice(2, 7)}"`].filter((q): q is string => !!q);
}

const queries = values.queries?.split(',') ?? defaultQueries();
const root = resolve(import.meta.dirname, '..');
const dist = mkdtempSync(join(tmpdir(), 'search-dist-'));
// Vite's own entry, not npx: killing the server must stop the process that holds the port.
const vite = (args: string[], env = {}) =>
  spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
await new Promise((done) => vite(['build'], { DIST_DIR: dist }).on('exit', done));
rmSync(join(dist, 'data'), { recursive: true, force: true });
symlinkSync(data, join(dist, 'data'));
const server = vite(['preview', '--port', values.port!, '--strictPort', '--outDir', dist]);
await new Promise((done) => setTimeout(done, 4000));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const q of queries) {
    const page = await browser.newPage();
    const bytes = { search: 0, issues: 0 };
    page.on('response', (r) => {
      const kind = r.url().includes('/data/search/') ? 'search' : r.url().includes('/data/issues/') ? 'issues' : undefined;
      if (kind) void r.body().then((b) => (bytes[kind] += b.length), () => {});
    });
    await page.goto(`http://localhost:${values.port}/`);
    await page.getByTestId('search-input').waitFor();
    await page.waitForLoadState('networkidle');
    const onFrontPage = bytes.search;
    const issuesBefore = bytes.issues;
    // Timed in the page: Playwright's polling would add up to its retry interval to each reading.
    await page.evaluate(() => {
      const w = window as unknown as { firstResult?: number; settled?: number };
      new MutationObserver(() => {
        w.firstResult ??= document.querySelector('[data-testid="search-results"] li') ? performance.now() : undefined;
        if (w.firstResult !== undefined && !document.querySelector('[aria-busy="true"]')) w.settled ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    const start = await page.evaluate(() => performance.now());
    await page.getByTestId('search-input').fill(q);
    await page.waitForFunction(() => (window as unknown as { settled?: number }).settled !== undefined, null, { timeout: 120_000 });
    const [first, elapsed] = await page.evaluate((t) => {
      const w = window as unknown as { firstResult: number; settled: number };
      return [Math.round(w.firstResult - t), Math.round(w.settled - t)];
    }, start);
    await page.waitForLoadState('networkidle');
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(
      `${q}: front page search bytes ${onFrontPage}; first results ${first} ms, whole page ${elapsed} ms after typing (${await page.getByTestId('result-count').textContent()} hits); ` +
        `downloaded: index ${(bytes.search / 1e6).toFixed(2)} MB + result issues ${((bytes.issues - issuesBefore) / 1e6).toFixed(2)} MB raw; main-thread heap ${(heap / 1e6).toFixed(0)} MB`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(dist, { recursive: true, force: true });
}
