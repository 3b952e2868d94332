/**
 * The pipeline and its output at three sizes: the seed issues, 1 year and 10 years of synthetic
 * daily issues (npm run synth). Prints build time, peak memory, output bytes and file counts, and
 * the bytes the front page and the archive download (gzipped), side by side; then each stage's
 * time and memory (build:data --timings). Always a full build (--no-cache). Then the prerender of
 * each size's pages (scripts/prerender/) into a built app: a full render, then an unchanged
 * rebuild, with their time, peak memory and what the HTML weighs.
 *   npm run bench:scale [-- --years 1,10]
 * Synthetic seeds are reused from /tmp/synth<N> when present (that is where build-scale.sh and the
 * README put them), else generated into it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/pipeline/compare-dirs.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';

const { values } = parseArgs({ options: { years: { type: 'string', default: '1,10' } } });
const root = join(import.meta.dirname, '..');
const tsx = ['--import', 'tsx'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function measure(label: string, seeds: string) {
  const out = `/tmp/bench-scale-out-${label}`;
  // GNU time reports the peak resident memory of the whole build process.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...tsx, join(root, 'src/pipeline/build-data.ts'), '--seeds', seeds, '--out', out, '--no-cache', '--timings'], {
    encoding: 'utf8',
    cwd: root,
  });
  const lines = run.stderr.trim().split('\n');
  const [seconds, peakKb] = lines.at(-1)!.split(' ').map(Number);
  const stages = lines.filter((l) => /^\S.*\s[\d.]+ s(\s|$)/.test(l));
  const files = listFiles(out);
  const size = (f: string) => statSync(join(out, f)).size;
  const gz = (f: string) => gzipSync(readFileSync(join(out, f))).length;
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, dataFiles.manifest), 'utf8')));
  const latest = dataFiles.issue(manifest.issues[0]!.id, manifest.issues[0]!.hash);
  const inDir = (dir: string) => files.filter((f) => f.startsWith(`${dir}/`));
  return {
    row: {
      label,
      issues: readdirSync(join(out, 'issues')).length,
      build: `${seconds!.toFixed(1)} s`,
      peak: `${((peakKb ?? 0) / 1024).toFixed(0)} MB`,
      files: files.length,
      output: mb(files.reduce((n, f) => n + size(f), 0)),
      issuesDir: mb(inDir('issues').reduce((n, f) => n + size(f), 0)),
      entitiesDir: mb(inDir('entities').reduce((n, f) => n + size(f), 0)),
      searchDir: mb(inDir('search').reduce((n, f) => n + size(f), 0)),
      manifestGz: kb(gz(dataFiles.manifest)),
      frontPageGz: kb(gz(dataFiles.manifest) + gz(latest)),
      archiveGz: kb(gz(dataFiles.manifest) + gz(manifest.years[0]!.file)),
      status: run.status === 0 ? 'ok' : `exit ${run.status}`,
    },
    stages,
  };
}

/** One prerender run into `dist`: its own summary line, wall time and peak memory (GNU time). */
function prerender(dist: string, full: boolean) {
  const args = [...tsx, join(root, 'scripts/prerender/index.ts'), '--dist', dist, ...(full ? ['--full'] : [])];
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', cwd: root });
  const [seconds, peakKb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const summary = /prerender: (\d+) pages \((\d+) rendered, (\d+) unchanged\), (\d+) not written/.exec(run.stdout);
  if (run.status !== 0 || !summary) throw new Error(`prerender of ${dist} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds: seconds!, peakMb: (peakKb ?? 0) / 1024, pages: Number(summary[1]), rendered: Number(summary[2]), failed: Number(summary[4]) };
}

/** Every .html file under `dir` but the data: count and bytes. */
function htmlWeight(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.html') || name.startsWith('data/')) continue;
    files++;
    bytes += statSync(join(dir, name)).size;
  }
  return { files, bytes };
}

/** The app built once (its code does not depend on the data), then each size's data prerendered into a copy. */
function measurePrerender(label: string, data: string) {
  const dist = `/tmp/bench-scale-dist-${label}`;
  rmSync(dist, { recursive: true, force: true });
  cpSync(appBuild, dist, { recursive: true });
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  // Hard links: the ten years' data is over a gigabyte, and the prerender only reads it.
  execFileSync('cp', ['-al', data, join(dist, 'data')]);
  const full = prerender(dist, true);
  const unchanged = prerender(dist, false);
  const weight = htmlWeight(dist);
  return {
    label,
    pages: full.pages,
    'not written': full.failed,
    'full render': `${full.seconds.toFixed(1)} s`,
    'ms/page': ((full.seconds * 1000) / Math.max(1, full.pages)).toFixed(2),
    'full peak': `${full.peakMb.toFixed(0)} MB`,
    'unchanged rebuild': `${unchanged.seconds.toFixed(1)} s (${unchanged.rendered} rendered)`,
    'unchanged peak': `${unchanged.peakMb.toFixed(0)} MB`,
    html: mb(weight.bytes),
    'per page': kb(weight.bytes / Math.max(1, weight.files)),
  };
}

const results = [{ ...measure('seeds', join(root, 'seeds')), data: '/tmp/bench-scale-out-seeds' }];
for (const years of values.years!.split(',').map(Number)) {
  const dir = `/tmp/synth${years}`;
  if (!existsSync(dir)) execFileSync(process.execPath, [...tsx, join(root, 'src/pipeline/synth.ts'), '--years', String(years), '--out', dir], { stdio: 'inherit', cwd: root });
  results.push({ ...measure(`${years}y`, dir), data: `/tmp/bench-scale-out-${years}y` });
}
console.table(results.map((r) => r.row));
for (const r of results) console.log(`\n${r.row.label}: stages\n${r.stages.join('\n')}`);

const appBuild = '/tmp/bench-scale-app';
execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', appBuild, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
console.log('\nprerender (2 cores: one worker each):');
console.table(results.map((r) => measurePrerender(r.row.label, r.data)));
