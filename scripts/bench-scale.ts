/**
 * The pipeline and its output at three sizes: the 5 seed issues, 1 year and 10 years of synthetic
 * daily issues (npm run synth). Prints build time, peak memory, output bytes and file counts, and
 * the bytes the front page downloads (manifest + latest issue), side by side.
 *   npm run bench:scale [-- --years 1,10]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { years: { type: 'string', default: '1,10' } } });
const root = join(import.meta.dirname, '..');
const tsx = ['--import', 'tsx'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function gz(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

function measure(label: string, seeds: string) {
  const out = `/tmp/bench-scale-out-${label}`;
  // GNU time reports the peak resident memory of the whole build process.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...tsx, join(root, 'src/pipeline/build-data.ts'), '--seeds', seeds, '--out', out, '--no-cache'], {
    encoding: 'utf8',
    cwd: root,
  });
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const files = walk(out);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const manifest = join(out, 'manifest.json');
  const latestId = (JSON.parse(readFileSync(manifest, 'utf8')) as { issues: { id: string }[] }).issues[0]!.id;
  const latest = join(out, 'issues', `${latestId}.json`);
  return {
    label,
    issues: readdirSync(join(out, 'issues')).length,
    build: `${seconds!.toFixed(1)} s`,
    peak: `${((kb ?? 0) / 1024).toFixed(0)} MB`,
    files: files.length,
    output: `${(bytes / 1e6).toFixed(1)} MB`,
    manifestGz: `${(gz(manifest) / 1024).toFixed(1)} KB`,
    frontPageGz: `${((gz(manifest) + gz(latest)) / 1024).toFixed(1)} KB`,
    status: run.status === 0 ? 'ok' : `exit ${run.status}`,
  };
}

const rows = [measure('seeds', join(root, 'seeds'))];
for (const years of values.years!.split(',').map(Number)) {
  const dir = `/tmp/bench-scale-synth-${years}y`;
  if (!existsSync(dir)) execFileSync(process.execPath, [...tsx, join(root, 'src/pipeline/synth.ts'), '--years', String(years), '--out', dir], { stdio: 'inherit', cwd: root });
  rows.push(measure(`${years}y`, dir));
}
console.table(rows);
