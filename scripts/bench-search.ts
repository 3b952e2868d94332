/**
 * npm run bench:search [-- --years 1,10 --dense 1,10 --dir /tmp/zzd-search-bench --fresh --no-browser]
 * Search figures for the seeds and for synthetic archives of N years: index build time, index
 * bytes (raw and gzipped) and file counts, what a cold query downloads, and query latency
 * (median/p95, a whole answer: hits, facets, one page of results) beside a plain `includes` scan
 * over the same text, whose answers must be identical (exactness); then, in Chromium, the time from
 * typing to the first results in a fresh page (scripts/search-browser.ts), and the within-a-frame
 * figures: warm commit → count + first result, keystroke → suggestions, cold first results from the
 * front page with their download by kind (scripts/search-frame.ts). Prints figures only.
 * Synthetic archives are generated and built under --dir and kept for reuse; --dense years are
 * also built as dense archives (synth --dense: the same stories every day, search's worst case).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { SCHEMA_VERSION, issueSchema, type Issue } from '../src/schema/issue.ts';
import { entityDetailSchema, entityListSchema } from '../src/schema/entities.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';
import type { EntityForSuggest } from '../src/pipeline/steps/build-suggest.ts';
import { foldedFields, searchFieldsOf } from '../src/schema/search.ts';
import { isSearchManifest, searchManifestSchema } from '../src/schema/search-data.ts';
import { containsAll, parseQuery } from '../src/schema/search-query.ts';
import { buildSearchFiles, newestFirst } from '../src/pipeline/steps/build-index.ts';
import { inMemorySearch } from '../src/features/search/engine/in-memory.ts';
import { SearchBrowserBench } from './search-browser.ts';
import { quantile } from './stats.ts';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '1,10' },
    dense: { type: 'string', default: '1,10' },
    dir: { type: 'string', default: '/tmp/zzd-search-bench' },
    fresh: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
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
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const gz = (content: string | Uint8Array) => gzipSync(content).length;
// A collection before each heap reading, so it counts what the engine keeps, not garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** The people and places of a built archive as the suggestions take them: list, and aliases from each page's file. */
function builtEntities(dir: string): EntityForSuggest[] {
  const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown;
  const list = entityListSchema.parse(read(manifestSchema.parse(read(dataFiles.manifest)).entities));
  return list.entities.map((e) => ({ ...e, aliases: entityDetailSchema.parse(read(dataFiles.entity(e.type, e.id, e.hash))).aliases }));
}

/** Queries of each kind, taken from the data so they exist in any archive. */
function querySet(issues: Issue[], people: { name: string }[]): [string, string][] {
  const articles = issues.flatMap((i) => i.articles);
  const count = <T>(items: T[]) => {
    const counts = new Map<T, number>();
    items.forEach((x) => counts.set(x, (counts.get(x) ?? 0) + 1));
    return [...counts].sort((a, b) => b[1] - a[1]).map(([x]) => x);
  };
  const places = count(articles.flatMap((a) => a.mentions.filter((m) => m.type === 'place').map((m) => m.name)));
  const titles = articles.slice(0, 400).map((a) => a.title);
  const words = count(titles.flatMap((t) => t.match(/\p{Script=Han}{2}/gu) ?? []));
  const chars = count(titles.flatMap((t) => t.match(/\p{Script=Han}/gu) ?? []));
  const latin = count(articles.slice(0, 400).flatMap((a) => a.paragraphs.flatMap((p) => p.text.match(/[A-Za-z][A-Za-z0-9]+|\d+[A-Za-z]+/g) ?? [])));
  const names = people.map((p) => p.name);
  const phrase = titles.find((t) => t.length > 8)?.slice(2, 8);
  const q = (kind: string, list: (string | undefined)[]) => list.filter((x): x is string => !!x).map((x): [string, string] => [kind, x]);
  return [
    ...q('name', names.slice(0, 3)),
    ...q('place', places.slice(0, 2)),
    ...q('2-char word', words.slice(0, 3)),
    ...q('Latin', latin.slice(0, 2)),
    ...q('1 char', chars.slice(0, 1)),
    ...q('multi-term', [names[0] && words[0] && `${names[0]} ${words[0]}`]),
    ...q('phrase', [phrase && `"${phrase}"`]),
  ];
}

async function bench(label: string, seedsDir: string, outDir: string) {
  console.log(`\n## ${label}`);
  // Data built by an older pipeline (another schema version) is built again, not misread.
  const manifestPath = join(outDir, 'manifest.json');
  const current = existsSync(manifestPath) && (JSON.parse(readFileSync(manifestPath, 'utf8')) as { schemaVersion?: unknown }).schemaVersion === SCHEMA_VERSION;
  if (!current) rmSync(outDir, { recursive: true, force: true });
  const pipeline = current ? 'reused' : `${tsx('src/pipeline/build-data.ts', ['--seeds', seedsDir, '--out', outDir]).toFixed(1)} s`;
  const issues = newestFirst(readdirSync(join(outDir, 'issues')).map((f) => issueSchema.parse(JSON.parse(readFileSync(join(outDir, 'issues', f), 'utf8')))));
  let t = performance.now();
  const files = buildSearchFiles(issues, builtEntities(outDir));
  const buildMs = performance.now() - t;
  rmSync(join(outDir, 'search'), { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
    writeFileSync(join(outDir, file.path), file.content);
  }
  // The archive's manifest names the search index's entry: a rebuilt index (another format) has another.
  const archive = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  writeFileSync(manifestPath, JSON.stringify({ ...archive, search: files.find((f) => isSearchManifest(f.path))!.path }));
  const chunkFiles = files.filter((f) => f.path.startsWith('search/chunks/'));
  const raw = files.reduce((n, f) => n + f.content.length, 0);
  const gzipped = files.reduce((n, f) => n + gz(f.content), 0);
  const sizeOf = (path: string) => files.find((f) => f.path === path)!.content;
  const entryFile = files.find((f) => isSearchManifest(f.path))!.path;
  const { docs: docsFile, table: tableFile, refs: refsFile, suggest: suggestFile } = searchManifestSchema.parse(JSON.parse(String(sizeOf(entryFile))));
  // What every cold query downloads besides its chunks: the manifest and the article table's three
  // files (refs.bin after the first screenful, for the facets; counted all the same).
  const tableGz = gz(sizeOf(docsFile)) + gz(sizeOf(tableFile)) + gz(sizeOf(refsFile));
  const entryGz = gz(sizeOf(entryFile)) + tableGz;
  console.log(`issues ${issues.length}, articles ${issues.reduce((n, i) => n + i.articles.length, 0)}; build:data ${pipeline}; search index build ${ms(buildMs)}`);
  console.log(`index: ${files.length} files (${chunkFiles.length} chunks), ${mb(raw)} raw, ${mb(gzipped)} gzipped; manifest ${kb(gz(sizeOf(entryFile)))} gz, article table ${kb(tableGz)} gz (docs.json ${kb(gz(sizeOf(docsFile)))} + docs.bin ${kb(gz(sizeOf(tableFile)))} + refs.bin ${kb(gz(sizeOf(refsFile)))})`);
  console.log(`  suggestions (loaded on the box's first focus): ${kb(sizeOf(suggestFile).length)} raw, ${kb(gz(sizeOf(suggestFile)))} gz`);
  const chunkGz = chunkFiles.map((f) => gz(f.content));
  const sortedChunks = [...chunkGz].sort((a, b) => a - b);
  console.log(`  chunk gz: median ${kb(quantile(sortedChunks, 0.5))}, largest ${kb(sortedChunks.at(-1) ?? 0)}`);

  const issueGz = new Map<string, number>();
  const issueBytes = (id: string) => issueGz.get(id) ?? issueGz.set(id, gz(JSON.stringify(issues.find((i) => i.id === id)))).get(id)!;
  const foldedArticles = issues.flatMap((i) => i.articles.map((a) => foldedFields(searchFieldsOf(a))));
  const heapBefore = heapUsed();
  const warmIndex = inMemorySearch(files, issues);
  let heapWarm = 0;
  const latencies: number[] = [];
  const scans: number[] = [];
  const colds: number[] = [];
  /** Index bytes alone (entry files + chunks, no issue files) of names and 2–4-character words. */
  const indexColds: number[] = [];
  let exact = true;
  console.log('  query                           hits | cold: download   time | warm: median     p95 | includes scan');
  for (const [kind, q] of querySet(issues, warmIndex.manifest.people)) {
    const terms = parseQuery(q);
    const request = { terms, q, filters: {}, sort: 'relevance' as const, page: 1 };
    // Cold: a fresh engine, counting what it would download: entry files, chunks, the page's issues.
    const chunks = new Set<number>();
    const texts = new Set<string>();
    t = performance.now();
    const cold = inMemorySearch(files, issues, (n) => chunks.add(n), (id) => texts.add(id));
    const coldAnswer = await cold.answer(request);
    const coldMs = performance.now() - t;
    const download = entryGz + [...chunks].reduce((n, c) => n + chunkGz[c]!, 0) + [...texts].reduce((n, id) => n + issueBytes(id), 0);
    colds.push(download);
    if (kind === 'name' || kind === 'place' || kind === '2-char word') indexColds.push(entryGz + [...chunks].reduce((n, c) => n + chunkGz[c]!, 0));
    const runs: number[] = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      await warmIndex.answer(request);
      runs.push(performance.now() - t);
    }
    t = performance.now();
    const truth = foldedArticles.flatMap((folded, i) => (containsAll(folded, terms) ? [i] : []));
    scans.push(performance.now() - t);
    const found = (await warmIndex.hits(terms)).map((h) => h.doc);
    heapWarm = Math.max(heapWarm, heapUsed() - heapBefore);
    const same = JSON.stringify(found) === JSON.stringify(truth);
    exact &&= same;
    runs.sort((a, b) => a - b);
    latencies.push(...runs);
    console.log(
      `  ${`${kind}: ${q}`.padEnd(30)} ${String(coldAnswer.total).padStart(6)} | ${kb(download).padStart(8)} ${ms(coldMs).padStart(9)} | ${ms(quantile(runs, 0.5)).padStart(9)} ${ms(quantile(runs, 0.95)).padStart(9)} | ${ms(scans.at(-1)!)}${same ? '' : ` MISMATCH (${truth.length})`}`,
    );
  }
  latencies.sort((a, b) => a - b);
  scans.sort((a, b) => a - b);
  colds.sort((a, b) => a - b);
  indexColds.sort((a, b) => a - b);
  console.log(`cold query download (gz): median ${kb(quantile(colds, 0.5))}, largest ${kb(colds.at(-1) ?? 0)}; index alone for names, places and 2–4-character words: median ${kb(quantile(indexColds, 0.5))}, largest ${kb(indexColds.at(-1) ?? 0)}`);
  console.log(`warm answer latency, all queries: median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}; includes scan median ${ms(quantile(scans, 0.5))}`);
  console.log(`engine heap (article table, chunks and postings kept, largest after a query): ${mb(heapWarm)}`);
  console.log(`exactness vs includes scan: ${exact ? 'identical answers (recall 100%, precision 100%)' : 'MISMATCH'}`);
  await browser?.measure(outDir);
  await browser?.frame(outDir);
}

const browser = values['no-browser'] ? undefined : new SearchBrowserBench(Number(process.env.E2E_PORT ?? 4199));

// The seeds are small: always built afresh, so the figures follow any change to the pipeline.
rmSync(join(benchDir, 'seeds-data'), { recursive: true, force: true });
await bench('seeds', join(root, 'seeds'), join(benchDir, 'seeds-data'));
const sizes = (list: string) => list.split(',').map(Number).filter((n) => n > 0);
const archives = [...sizes(values.years!).map((years) => ({ years, dense: false })), ...sizes(values.dense!).map((years) => ({ years, dense: true }))];
for (const { years, dense } of archives) {
  const synthDir = join(benchDir, `synth-${years}y${dense ? '-dense' : ''}`);
  if (values.fresh) [synthDir, `${synthDir}-data`].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  if (!existsSync(synthDir)) {
    const took = tsx('src/pipeline/synth.ts', ['--years', String(years), '--out', synthDir, ...(dense ? ['--dense'] : [])]);
    console.log(`\n(synth ${years} year(s)${dense ? ', dense' : ''}: ${took.toFixed(1)} s)`);
  }
  await bench(`synthetic, ${years} year(s)${dense ? ', dense (the same stories every day)' : ''}`, synthDir, join(benchDir, `${synthDir.split('/').at(-1)}-data`));
}
await browser?.close();
