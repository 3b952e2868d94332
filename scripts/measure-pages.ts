/**
 * What each main page costs in the browser: bytes of data and code downloaded, and main-thread long
 * tasks (> 50 ms, from a PerformanceObserver) until the page has settled. Twice: opened cold (the
 * app boots, which costs the same at any archive size), and reached from the front page inside the
 * app (only what the page itself loads and renders: what grows with the archive).
 *   npx tsx scripts/measure-pages.ts [--dist dist-10y] [--port 4192]
 * Starts `vite preview` on the folder itself. Figures vary with the machine's load: run it on an
 * idle machine, or compare two folders in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.E2E_PORT ?? '4192' } } });
const root = join(import.meta.dirname, '..');
const dist = join(root, values.dist!);
const base = `http://localhost:${values.port}`;
const readData = (file: string) => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8'));

const manifest = readData('manifest.json') as { issues: { id: string; date: string }[]; entities: string };
const list = (readData(manifest.entities) as { entities: { id: string; type: 'person' | 'place'; articleCount: number }[] }).entities;
const byArticles = [...list].sort((a, b) => b.articleCount - a.articleCount);
const entityUrl = (e: (typeof list)[number]) => `/${e.type === 'person' ? 'people' : 'places'}/${encodeURIComponent(e.id)}`;
const oldest = manifest.issues.at(-1)!;

const pages: { name: string; url: string }[] = [
  { name: 'front page', url: '/' },
  { name: 'archive', url: '/issues' },
  { name: 'archive, oldest month', url: `/issues?month=${oldest.date.slice(0, 7)}` },
  { name: 'people list', url: '/people' },
  { name: 'places list', url: '/places' },
  { name: 'entity, most articles', url: entityUrl(byArticles[0]!) },
  { name: 'entity, median', url: entityUrl(byArticles[Math.floor(byArticles.length / 2)]!) },
];

const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle');
  await page.getByRole('main').waitFor();
  // Let rendering after the last response finish before reading the observer.
  await page.waitForTimeout(500);
};

/** Long tasks and bytes while `go` runs and the page settles. */
async function measure(page: Page, go: () => Promise<unknown>) {
  // On a fresh page (about:blank) there is no observer yet: the page's own starts empty.
  const since = await page.evaluate(() => {
    (window as unknown as { longTasks?: number[] }).longTasks?.splice(0);
    return location.href === 'about:blank' ? -1 : performance.now();
  });
  await go();
  await settle(page);
  // Resource timing counts bytes as they came over the wire (compressed when the server compresses).
  return page.evaluate((from) => {
    let data = 0;
    let code = 0;
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (entry.startTime < from) continue;
      if (new URL(entry.name).pathname.startsWith('/data/')) data += entry.encodedBodySize;
      else code += entry.encodedBodySize;
    }
    return { data, code, tasks: (window as unknown as { longTasks: number[] }).longTasks.slice() };
  }, since);
}

const summary = (tasks: number[]) => ({ 'long tasks': tasks.length, 'longest ms': Math.max(0, ...tasks), 'blocked ms': tasks.reduce((s, t) => s + t - 50, 0) });

const server = await startPreview(dist, Number(values.port));
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  for (const { name, url } of pages) {
    // A fresh context per page: a cold cache, as a reader arriving by a link.
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((entries) => entries.getEntries().forEach((e) => tasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const cold = await measure(page, () => page.goto(base + url));
    await page.goto(base + '/');
    await settle(page);
    // In the app: react-router follows history changes, as when a link is clicked.
    const inApp = await measure(page, () =>
      page.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, url),
    );
    const c = summary(cold.tasks);
    const a = summary(inApp.tasks);
    rows.push({
      page: name,
      'data KB': +(cold.data / 1024).toFixed(1),
      'code KB': +(cold.code / 1024).toFixed(1),
      'cold: long tasks': c['long tasks'],
      'cold: longest ms': c['longest ms'],
      'cold: blocked ms': c['blocked ms'],
      'in app: data KB': +(inApp.data / 1024).toFixed(1),
      'in app: long tasks': a['long tasks'],
      'in app: longest ms': a['longest ms'],
      'in app: blocked ms': a['blocked ms'],
    });
    await context.close();
  }
  await browser.close();
  console.log(`${values.dist}: ${manifest.issues.length} issues, ${list.length} entities`);
  console.table(rows);
} finally {
  server.stop();
}
