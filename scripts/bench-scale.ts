/**
 * The pipeline and its output at three sizes: the seed issues, 1 year and 10 years of synthetic
 * daily issues (npm run synth). Prints build time, peak memory, output bytes and file counts, and
 * the bytes the front page and the archive download (gzipped), side by side; then each stage's
 * time and memory (build:data --timings). Always a full build (--no-cache).
 *   npm run bench:scale [-- --years 1,10]
 * Synthetic seeds are reused from /tmp/synth<N> when present (that is where build-scale.sh and the
 * README put them), else generated into it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

const results = [measure('seeds', join(root, 'seeds'))];
for (const years of values.years!.split(',').map(Number)) {
  const dir = `/tmp/synth${years}`;
  if (!existsSync(dir)) execFileSync(process.execPath, [...tsx, join(root, 'src/pipeline/synth.ts'), '--years', String(years), '--out', dir], { stdio: 'inherit', cwd: root });
  results.push(measure(`${years}y`, dir));
}
console.table(results.map((r) => r.row));
for (const r of results) console.log(`\n${r.row.label}: stages\n${r.stages.join('\n')}`);
