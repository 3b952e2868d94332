/**
 * npm run lighthouse: Lighthouse (mobile, default simulated throttling) against `vite preview` of the
 * built app (DIST_DIR, default dist/) in Debian's Chromium (CHROMIUM_PATH), on the front page and the
 * first article of the newest issue, LH_RUNS times each (default 3). Prints every run and the median
 * of each figure, writes the reports to reports/lighthouse/, and exits 1 when a median misses the
 * reader's targets: performance ≥ 0.98, accessibility 1, SEO 1, LCP ≤ 1.5 s, CLS 0 (the pages are
 * prerendered HTML: docs/prerender.md). Lighthouse itself is installed on first
 * use into .cache/tools (lighthouse-tool.ts); it is not a dependency.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { paths } from '../src/config/paths.ts';
import { issueSchema } from '../src/schema/issue.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataPaths } from '../src/schema/paths.ts';
import { startPreview } from './preview-server.ts';
import { median } from './stats.ts';
import { chromiumPath } from './chromium.ts';
import { loadLighthouse, type LighthouseResult } from './lighthouse-tool.ts';

const targets = { performance: 0.98, accessibility: 1, seo: 1 } as const;
/** Upper bounds on the medians of these metrics (ms, and CLS unitless). */
const ceilings = { LCP: 1500, CLS: 0 } as const;
const metrics = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' } as const;
const runs = Number(process.env.LH_RUNS ?? 3);
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const reportDir = resolve('reports/lighthouse');

// The pages come from the built data, so the check holds for whatever the pipeline produced.
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const latest = manifestSchema.parse(readJson(dataPaths.manifest)).issues[0];
if (!latest) throw new Error(`${dist}/${dataPaths.manifest} lists no issues: nothing to measure.`);
const article = issueSchema.parse(readJson(dataPaths.issue(latest.id, latest.hash))).articles[0];
if (!article) throw new Error(`Issue ${latest.id} has no articles: nothing to measure.`);
const pages = { front: paths.home.href(), article: paths.article.href(latest.id, article.id) };

type Figures = Record<keyof typeof targets | keyof typeof metrics, number>;
const show = (f: Figures) =>
  `performance ${f.performance.toFixed(2)}  accessibility ${f.accessibility.toFixed(2)}  SEO ${f.seo.toFixed(2)}  ` +
  `FCP ${(f.FCP / 1000).toFixed(2)} s  LCP ${(f.LCP / 1000).toFixed(2)} s  TBT ${f.TBT.toFixed(0)} ms  CLS ${f.CLS.toFixed(3)}`;

/** What to fix: audits of either category scoring under 0.9 (accessibility audits are pass/fail). */
function problems(lhr: LighthouseResult['lhr']): string[] {
  return Object.keys(targets).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 0.9)
      .map((a) => `${category}: ${a!.id}: ${a!.title}${a!.displayValue ? ` (${a!.displayValue})` : ''}`),
  );
}

const { lighthouse, chromeLauncher } = await loadLighthouse();
const server = await startPreview(dist, Number(process.env.E2E_PORT ?? 4180));
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox'] });
const misses: string[] = [];
try {
  mkdirSync(reportDir, { recursive: true });
  for (const [name, path] of Object.entries(pages)) {
    console.log(`\n${name}: ${path}`);
    const results: Figures[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(targets) });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${path}: ${lhr.runtimeError.message}`);
      writeFileSync(join(reportDir, `${name}-${run}.json`), result.report as string);
      const figures = {
        performance: lhr.categories.performance?.score ?? 0,
        accessibility: lhr.categories.accessibility?.score ?? 0,
        seo: lhr.categories.seo?.score ?? 0,
        ...Object.fromEntries(Object.entries(metrics).map(([label, id]) => [label, lhr.audits[id]?.numericValue ?? NaN])),
      } as Figures;
      results.push(figures);
      // Lighthouse's CPU benchmark of this run: low when other work shares the machine, and then
      // the scaled main-thread times (TBT, and FCP/LCP through them) are inflated too.
      console.log(`  run ${run}: ${show(figures)}  (CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)})`);
      for (const line of problems(lhr)) console.log(`    ${line}`);
    }
    const medians = Object.fromEntries(Object.keys(results[0]!).map((k) => [k, median(results.map((r) => r[k as keyof Figures]))])) as Figures;
    console.log(`  medians of ${runs}: ${show(medians)}`);
    for (const [category, target] of Object.entries(targets)) {
      const score = medians[category as keyof typeof targets];
      if (score < target) misses.push(`${name} ${category} ${score.toFixed(2)} < ${target}`);
    }
    for (const [metric, ceiling] of Object.entries(ceilings)) {
      const value = medians[metric as keyof typeof ceilings];
      if (value > ceiling) misses.push(`${name} ${metric} ${value.toFixed(metric === 'CLS' ? 3 : 0)} > ${ceiling}`);
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
console.log(misses.length ? `\nbelow target: ${misses.join('; ')}` : '\nall pages on target');
process.exit(misses.length ? 1 : 0);
