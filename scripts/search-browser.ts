/**
 * Search as a reader meets it, in Chromium: the built app served by `vite preview` with a given
 * data folder, each query typed into the header's box of a fresh page (its own browser context, so
 * nothing is cached). Times are taken in the page, from the input event to the first result in the
 * DOM and to the whole page of results; Playwright's polling would add its retry interval.
 * Used by bench:search and by scripts/bench-search-browser.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { issueSchema } from '../src/schema/issue.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';
import { searchManifestSchema } from '../src/schema/search-data.ts';
import { quantile } from './stats.ts';
import { suggestFileSchema } from '../src/schema/search-suggest.ts';
import { frameQueries, measureCold, measureSuggest, measureWarm, type ByteKind, type Timed } from './search-frame.ts';

const root = resolve(import.meta.dirname, '..');
interface ColdSearch {
  first: number;
  whole: number;
  hits: string;
  heap: number;
  onFrontPage: number;
  search: number;
  issues: number;
}


/**
 * A frequent person, a place of the newest issue, a phrase from one of its titles and the commonest
 * character of its titles (one character is the largest download): they exist in any archive.
 */
export function defaultQueries(data: string): string[] {
  const entry = manifestSchema.parse(JSON.parse(readFileSync(join(data, dataFiles.manifest), 'utf8')));
  const manifest = searchManifestSchema.parse(JSON.parse(readFileSync(join(data, entry.search), 'utf8')));
  const newest = readdirSync(join(data, 'issues')).sort().at(-1)!;
  const issue = issueSchema.parse(JSON.parse(readFileSync(join(data, 'issues', newest), 'utf8')));
  const place = issue.articles.flatMap((a) => a.mentions).find((m) => m.type === 'place')?.name;
  const title = issue.articles.find((a) => a.title.length > 8)?.title;
  const counts = new Map<string, number>();
  for (const ch of issue.articles.flatMap((a) => a.title.match(/\p{Script=Han}/gu) ?? [])) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const char = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return [manifest.people[0]?.name, place, title && `"${title.slice(2, 7)}"`, char].filter((q): q is string => !!q);
}

/** The app, built once into a temp folder; each measurement serves it with its own data folder. */
export class SearchBrowserBench {
  private readonly dist = mkdtempSync(join(tmpdir(), 'search-dist-'));
  private built = false;
  private browser?: Browser;

  constructor(private readonly port = 4199) {}

  private async serve(data: string): Promise<{ stop: () => Promise<void> }> {
    if (!this.built) {
      const status = await new Promise<number | null>((done) =>
        spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DIST_DIR: this.dist } }).on('exit', done),
      );
      // A failed build would leave an empty or half-written folder to measure.
      if (status !== 0) throw new Error(`vite build into ${this.dist} failed (exit status ${status})`);
      this.built = true;
    }
    rmSync(join(this.dist, 'data'), { recursive: true, force: true });
    symlinkSync(resolve(data), join(this.dist, 'data'));
    return startPreview(this.dist, this.port);
  }

  /** Prints per query the median and slowest of `runs` cold searches, then all runs together. */
  async measure(data: string, queries = defaultQueries(data), runs = 5): Promise<void> {
    const server = await this.serve(data);
    // Everything after the server starts is inside the try: a throw must not leave it serving.
    try {
      this.browser ??= await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
      const firsts: number[] = [];
      console.log(`  Chromium, a fresh page per search, ${runs} runs per query (times from the input event):`);
      for (const q of queries) {
        const results: ColdSearch[] = [];
        for (let run = 0; run < runs; run++) results.push(await this.once(q));
        const sorted = (pick: (r: ColdSearch) => number) => results.map(pick).sort((a, b) => a - b);
        const first = sorted((r) => r.first);
        const whole = sorted((r) => r.whole);
        firsts.push(...first);
        const last = results.at(-1)!;
        console.log(
          `    ${q}: ${last.hits} hits; first results median ${quantile(first, 0.5)} ms (slowest ${first.at(-1)}), whole page median ${quantile(whole, 0.5)} ms; ` +
            `front page fetched ${last.onFrontPage} B of the index; a search fetched ${(last.search / 1e6).toFixed(2)} MB of index + ${(last.issues / 1e6).toFixed(2)} MB of issue files (raw); main-thread heap ${(last.heap / 1e6).toFixed(0)} MB`,
        );
      }
      firsts.sort((a, b) => a - b);
      console.log(`  first results, all cold searches: median ${quantile(firsts, 0.5)} ms, p95 ${quantile(firsts, 0.95)} ms, slowest ${firsts.at(-1)} ms`);
    } finally {
      await server.stop();
    }
  }

  /**
   * Within a frame: warm commit → count + first result, keystroke → suggestions, and cold first
   * results from the front page with their download by kind (search-frame.ts).
   */
  async frame(data: string, coldRuns = 5, coldOnly = false): Promise<void> {
    const server = await this.serve(data);
    // Everything after the server starts is inside the try: a throw must not leave it serving.
    try {
      this.browser ??= await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
      const base = `http://localhost:${this.port}`;
      const entry = manifestSchema.parse(JSON.parse(readFileSync(join(data, dataFiles.manifest), 'utf8')));
      const search = searchManifestSchema.parse(JSON.parse(readFileSync(join(data, entry.search), 'utf8')));
      const { queries, typings } = frameQueries(suggestFileSchema.parse(JSON.parse(readFileSync(join(data, search.suggest), 'utf8'))));
      const fig = (sorted: number[]) => `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, slowest ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${sorted.length})`;
      if (!coldOnly) {
        const slowest = (timed: Timed[]) => `    slowest: ${timed.slice(-6).reverse().map((t) => `${t.q} ${t.ms.toFixed(1)}`).join(', ')}`;
        const warm = await measureWarm(this.browser, base, queries);
        const painted = (timed: Timed[]) => `    to the end of the frame that painted it: ${fig(timed.map((t) => t.painted).sort((a, b) => a - b))}`;
        console.log(`  warm, commit → count + first result on /search, ${queries.length} queries × 5: ${fig(warm.map((t) => t.ms))}`);
        console.log(painted(warm));
        console.log(slowest(warm));
        const keys = await measureSuggest(this.browser, base, typings);
        console.log(`  keystroke → suggestions (${typings.length} texts, pinyin letter by letter, names committed): ${fig(keys.map((t) => t.ms))}`);
        console.log(painted(keys));
        console.log(slowest(keys));
      }
      // --runs 0: the warm and keystroke figures only (the cold runs take minutes at 10 years).
      if (coldRuns === 0) return;
      const colds = [];
      for (const q of queries.filter((_, i) => i % Math.ceil(queries.length / 8) === 0)) {
        for (let run = 0; run < coldRuns; run++) colds.push({ q, ...(await measureCold(this.browser, base, q)) });
      }
      const firsts = colds.map((c) => c.first).sort((a, b) => a - b);
      const load = loadavg().map((l) => l.toFixed(1)).join(' ');
      console.log(`  cold from the front page, commit + Enter → first result, ${colds.length} runs: ${fig(firsts)}; front page fetched ${Math.max(...colds.map((c) => c.onFrontPage))} B of the index; load average at the end ${load}`);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      const kinds: ByteKind[] = ['index', 'issues', 'code', 'fonts', 'other'];
      for (const q of new Set(colds.map((c) => c.q))) {
        const runs = colds.filter((c) => c.q === q);
        const by = (k: ByteKind) => runs.map((c) => c.bytes[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
        const med = runs.map((c) => c.first).sort((a, b) => a - b);
        console.log(`    ${q}: first result median ${quantile(med, 0.5).toFixed(0)} ms; downloaded gz ${kinds.map((k) => `${k} ${kb(by(k))}`).join(', ')}`);
      }
      const index = colds.map((c) => c.bytes.index).sort((a, b) => a - b);
      console.log(`  cold index download gz: median ${kb(quantile(index, 0.5))}, largest ${kb(index.at(-1) ?? 0)}`);
    } finally {
      await server.stop();
    }
  }

  private async once(q: string): Promise<ColdSearch> {
    const page = await this.browser!.newPage();
    const bytes = { search: 0, issues: 0 };
    page.on('response', (r) => {
      const kind = r.url().includes('/data/search/') ? 'search' : r.url().includes('/data/issues/') ? 'issues' : undefined;
      if (kind) void r.body().then((b) => (bytes[kind] += b.length), () => {});
    });
    await page.goto(`http://localhost:${this.port}/`);
    await page.getByTestId('search-input').waitFor();
    await page.waitForLoadState('networkidle');
    const onFrontPage = bytes.search;
    const issuesBefore = bytes.issues;
    await page.evaluate(() => {
      const w = window as unknown as { typed?: number; first?: number; whole?: number };
      document.addEventListener('input', () => (w.typed ??= performance.now()), { capture: true });
      new MutationObserver(() => {
        w.first ??= document.querySelector('[data-testid="search-results"] li') ? performance.now() : undefined;
        if (w.first !== undefined && !document.querySelector('[aria-busy="true"]')) w.whole ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await page.getByTestId('search-input').fill(q);
    // Off the search page the box suggests; Enter opens the results.
    await page.getByTestId('search-input').press('Enter');
    await page.waitForFunction(() => (window as unknown as { whole?: number }).whole !== undefined, null, { timeout: 120_000 });
    const [first, whole] = await page.evaluate(() => {
      const w = window as unknown as { typed: number; first: number; whole: number };
      return [Math.round(w.first - w.typed), Math.round(w.whole - w.typed)];
    });
    await page.waitForLoadState('networkidle');
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const hits = (await page.getByTestId('result-count').textContent())?.match(/[\d,]+/)?.[0] ?? '?';
    await page.close();
    return { first, whole, hits, heap, onFrontPage, search: bytes.search, issues: bytes.issues - issuesBefore };
  }

  async close(): Promise<void> {
    await this.browser?.close();
    rmSync(this.dist, { recursive: true, force: true });
  }
}
