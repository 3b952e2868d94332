/**
 * npm run bench:search [-- --years 1,10 --dir /tmp/zzd-search-bench --fresh]
 * Search figures for the seeds and for synthetic archives of N years: pipeline and index build time,
 * shard sizes (raw and gzipped), load time, and query latency (median/p95) beside a plain
 * `includes` scan over the same text, whose answers must be identical (exactness). Prints figures
 * only; nothing here is a pass/fail test. Synthetic archives are built under --dir (kept for reuse).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { issueSchema } from '../src/schema/issue.ts';
import { searchManifestSchema, searchShardSchema, type SearchManifest } from '../src/schema/search-data.ts';
import { containsAll, parseQuery } from '../src/schema/search-query.ts';
import { buildSearchFiles } from '../src/pipeline/steps/build-index.ts';
import { loadShard, type LoadedShard } from '../src/features/search/engine/shard.ts';
import { searchShard } from '../src/features/search/engine/search-shard.ts';
import { sortHits } from '../src/features/search/engine/results.ts';

const { values } = parseArgs({
  options: { years: { type: 'string', default: '1,10' }, dir: { type: 'string', default: '/tmp/zzd-search-bench' }, fresh: { type: 'boolean', default: false } },
});
const root = resolve(import.meta.dirname, '..');
const benchDir = resolve(values.dir!);
const tsx = (script: string, args: string[]) => {
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${script} failed:\n${run.stderr}`);
  return (performance.now() - t) / 1000;
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Queries of each kind, taken from the data so they exist in any archive. */
function querySet(shards: LoadedShard[], manifest: SearchManifest): [string, string][] {
  const docs = shards.flatMap((s) => s.docs);
  const places = new Map<string, number>();
  docs.forEach((d) => d.places.forEach(([, name]) => places.set(name, (places.get(name) ?? 0) + 1)));
  const topPlaces = [...places].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  const bigrams = new Map<string, number>();
  docs.slice(0, 400).forEach((d) => (d.title.match(/\p{Script=Han}{2}/gu) ?? []).forEach((w) => bigrams.set(w, (bigrams.get(w) ?? 0) + 1)));
  const words = [...bigrams].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const latin = [...new Set(docs.slice(0, 400).flatMap((d) => d.body.match(/[A-Za-z][A-Za-z0-9]+|\d+[A-Za-z]+/g) ?? []))];
  const names = manifest.people.map((p) => p.name);
  const phrase = docs.find((d) => d.title.length > 8)?.title.slice(2, 8) ?? '株洲';
  return [
    ...names.slice(0, 3).map((n) => ['name', n] as [string, string]),
    ...topPlaces.slice(0, 2).map((p) => ['place', p] as [string, string]),
    ...words.slice(0, 3).map((w) => ['2-char word', w] as [string, string]),
    ...latin.slice(0, 2).map((l) => ['Latin', l] as [string, string]),
    ['1 char', '市'],
    ['multi-term', `${names[0] ?? '株洲'} ${words[0] ?? '发展'}`],
    ['phrase', `"${phrase}"`],
  ];
}

function bench(label: string, seedsDir: string, outDir: string) {
  console.log(`\n## ${label}`);
  // The whole pipeline runs once per archive (it is slow at 10 years); the search step always reruns here.
  const pipeline = existsSync(join(outDir, 'issues')) ? 'reused' : `${tsx('src/pipeline/build-data.ts', ['--seeds', seedsDir, '--out', outDir]).toFixed(1)} s`;
  const issues = readdirSync(join(outDir, 'issues')).map((f) => issueSchema.parse(JSON.parse(readFileSync(join(outDir, 'issues', f), 'utf8'))));
  let t = performance.now();
  const files = buildSearchFiles(issues);
  const buildMs = performance.now() - t;
  rmSync(join(outDir, 'search'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'search'), { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.path), file.content);
  const manifest = searchManifestSchema.parse(JSON.parse(readFileSync(join(outDir, 'search/manifest.json'), 'utf8')));
  const raw = manifest.shards.reduce((n, s) => n + s.bytes, 0);
  const gz = manifest.shards.reduce((n, s) => n + s.gzipBytes, 0);
  console.log(`issues ${issues.length}, articles ${manifest.docCount}; build:data ${pipeline} (all steps); search index build ${ms(buildMs)}`);
  console.log(`shards ${manifest.shards.length} + manifest (${mb(readFileSync(join(outDir, 'search/manifest.json')).length)}): ${mb(raw)} raw, ${mb(gz)} gzipped; newest shard ${mb(manifest.shards[0]?.gzipBytes ?? 0)} gzipped (first results need only it)`);
  const sizes = manifest.shards.map((s) => s.gzipBytes).sort((a, b) => a - b);
  console.log(`  per shard (gz): smallest ${mb(sizes[0] ?? 0)}, median ${mb(quantile(sizes, 0.5))}, largest ${mb(sizes.at(-1) ?? 0)}`);

  const heapBefore = process.memoryUsage().heapUsed;
  const loadTimes: number[] = [];
  const shards = manifest.shards.map((entry) => {
    t = performance.now();
    const shard = loadShard(searchShardSchema.parse(JSON.parse(readFileSync(join(outDir, entry.file), 'utf8'))));
    loadTimes.push(performance.now() - t);
    return shard;
  });
  const heap = process.memoryUsage().heapUsed - heapBefore;
  console.log(`load (parse + zod + MiniSearch.loadJS + fold): newest shard ${ms(loadTimes[0] ?? 0)}, all ${ms(loadTimes.reduce((a, b) => a + b, 0))}; heap +${mb(Math.max(0, heap))}`);

  const all = shards.flatMap((s) => s.docs.map((doc, i) => ({ doc, folded: s.folded[i]! })));
  const latencies: number[] = [];
  const scans: number[] = [];
  let exact = true;
  console.log('  query                          hits   median     p95   | includes scan');
  for (const [kind, q] of querySet(shards, manifest)) {
    const terms = parseQuery(q);
    const runs: number[] = [];
    let hits = 0;
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      hits = sortHits(shards.flatMap((s) => searchShard(s, terms)), 'relevance').length;
      runs.push(performance.now() - t);
    }
    t = performance.now();
    const truth = all.filter((d) => containsAll(d.folded, terms)).length;
    scans.push(performance.now() - t);
    exact &&= truth === hits;
    runs.sort((a, b) => a - b);
    latencies.push(...runs);
    console.log(`  ${`${kind}: ${q}`.padEnd(30)} ${String(hits).padStart(5)} ${ms(quantile(runs, 0.5)).padStart(9)} ${ms(quantile(runs, 0.95)).padStart(9)} | ${ms(scans.at(-1)!)}${truth === hits ? '' : ` MISMATCH (${truth})`}`);
  }
  latencies.sort((a, b) => a - b);
  scans.sort((a, b) => a - b);
  console.log(`warm query latency, all queries: median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}; includes scan median ${ms(quantile(scans, 0.5))}`);
  console.log(`exactness vs includes scan: ${exact ? 'identical answers (recall 100%, precision 100%)' : 'MISMATCH'}`);
}

// The seeds are small: always built afresh, so the figures follow any change to the pipeline.
rmSync(join(benchDir, 'seeds-data'), { recursive: true, force: true });
bench('seeds', join(root, 'seeds'), join(benchDir, 'seeds-data'));
for (const years of values.years!.split(',').map(Number).filter((n) => n > 0)) {
  const synthDir = join(benchDir, `synth-${years}y`);
  if (values.fresh) [synthDir, `${synthDir}-data`].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  if (!existsSync(synthDir)) console.log(`\n(synth ${years} year(s): ${tsx('src/pipeline/synth.ts', ['--years', String(years), '--out', synthDir]).toFixed(1)} s)`);
  bench(`synthetic, ${years} year(s)`, synthDir, join(benchDir, `synth-${years}y-data`));
}
