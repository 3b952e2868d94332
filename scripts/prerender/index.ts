/**
 * Prerenders the built site (`npm run build` runs it after `vite build`): every issue front page,
 * article, person and place page, the archive and the lists become HTML at their own address
 * (dist/issues/2020-11-05/index.html…), rendered by the app's own components, which then hydrate.
 *
 *   tsx scripts/prerender/index.ts [--dist DIR] [--full]
 *
 * Incremental: a group of pages whose inputs did not change is written from the cache in .cache/,
 * not rendered (--full renders all). A page whose data fails its checks is not written; the build
 * names it and says why, and writes the rest. SITE_URL is the address the site is served at.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { safeParse } from 'zod/mini';
import { manifestSchema } from '../../src/schema/manifest.ts';
import { entityListSchema } from '../../src/schema/entities.ts';
import { contentHash } from '../../src/schema/content-hash.ts';
import { siteOrigin } from '../../src/config/site.ts';
import { checkTemplate } from './document.ts';
import { listGroups, type Group } from './groups.ts';
import type { WorkerInput, WorkerResult } from './protocol.ts';
import { writeSiteIndexes } from './site-indexes.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const distDir = resolve(option('--dist') ?? process.env.DIST_DIR ?? 'dist');
const full = args.includes('--full');
const started = performance.now();

function fail(message: string): never {
  console.error(`prerender: ${message}`);
  process.exit(1);
}

function readJson<T>(file: string, schema: Parameters<typeof safeParse>[0], what: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fail(`${what} (${file}) cannot be read: build the data first`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(`${what} (${file}) is not valid JSON`);
  }
  const parsed = safeParse(schema, body);
  if (!parsed.success) fail(`${what} (${file}) does not match the schema: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as T;
}

/** The server bundle, built for this output folder (two builds may run side by side), and what identifies the rendering code. */
function buildRenderer(): { bundle: string; hash: string } {
  const outDir = join(root, '.cache', `ssr-${basename(distDir)}`);
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--ssr', 'src/entry-server.tsx', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else hash.update(name).update(readFileSync(file));
    }
  };
  walk(outDir);
  // And this script's own code, which puts the pages together (heads, preloads, files).
  walk(import.meta.dirname);
  return { bundle: join(outDir, 'entry-server.js'), hash: hash.digest('hex').slice(0, 16) };
}

/**
 * The app shell vite wrote as index.html; kept as 200.html (addresses without a page of their own get
 * it), since index.html becomes the front page. Run again without a new vite build, the shell is
 * read back from 200.html.
 */
function readTemplate(): string {
  const isPage = (html: string) => html.includes('data-prerendered=');
  const read = (name: string) => {
    try {
      return readFileSync(join(distDir, name), 'utf8');
    } catch {
      return fail(`${join(distDir, name)} cannot be read: run vite build first`);
    }
  };
  const index = read('index.html');
  if (!isPage(index)) {
    writeFileSync(join(distDir, '200.html'), index);
    return index;
  }
  const shell = read('200.html');
  if (isPage(shell)) fail(`${join(distDir, '200.html')} is a prerendered page, not the app shell: run vite build again`);
  return shell;
}
const template = readTemplate();
checkTemplate(template);
const base = /<script type="module" crossorigin src="([^"]*)assets\//.exec(template)?.[1] ?? '/';
const origin = (() => {
  try {
    return siteOrigin(process.env.SITE_URL);
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const manifest = readJson<import('../../src/schema/manifest.ts').Manifest>(join(distDir, 'data/manifest.json'), manifestSchema, 'manifest.json');
const list = readJson<import('../../src/schema/entities.ts').EntityList>(join(distDir, 'data', manifest.entities), entityListSchema, 'the entity list');

const renderer = buildRenderer();
// The template is part of every page (its scripts and styles): a new one writes every page again.
const groups = listGroups(manifest, list, contentHash(readFileSync(join(distDir, 'data/manifest.json'))), `${renderer.hash} ${contentHash(new TextEncoder().encode(template))} ${origin} ${base}`);
const workers = Math.max(1, Math.min(Number(process.env.PRERENDER_WORKERS) || availableParallelism(), 4));
const shares: Group[][] = Array.from({ length: workers }, () => []);
groups.forEach((group, index) => shares[index % workers]!.push(group));

const cacheDir = join(root, '.cache', `prerender-${basename(distDir)}`);
const results = await Promise.all(
  shares.map(
    (share) =>
      new Promise<WorkerResult>((done, reject) => {
        const input: WorkerInput = { bundle: renderer.bundle, distDir, base, origin, template, cacheDir, full, groups: share };
        const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: input });
        worker.once('message', done);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`a prerender worker exited with ${code}`)));
      }),
  ),
);

const total = { rendered: 0, kept: 0, failures: [] as WorkerResult['failures'], written: [] as WorkerResult['written'] };
for (const result of results) {
  total.rendered += result.rendered;
  total.kept += result.kept;
  total.failures.push(...result.failures);
  total.written.push(...result.written);
}
const sitemaps = writeSiteIndexes(distDir, total.written, origin, base);

for (const failure of total.failures) console.warn(`prerender: not written: ${failure.path}: ${failure.reason}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `prerender: ${total.written.length} pages (${total.rendered} rendered, ${total.kept} unchanged), ` +
    `${total.failures.length} not written, in ${seconds} s with ${workers} workers, peak memory ${peakMb} MB; ${sitemaps.join(', ')}, robots.txt`,
);
