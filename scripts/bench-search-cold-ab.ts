/**
 * tsx scripts/bench-search-cold-ab.ts --data DIR --dists A,B[,…] [--runs 3] [--port 4261]
 * Cold first results (search-frame.ts's measureCold: a fresh front page, commit + Enter) of two or
 * more built apps side by side, served with the same data folder on port, port + 10, …, the builds
 * alternating run by run (and which goes first), so a shared machine's load falls on each alike.
 * Build each with `DIST_DIR=/tmp/x npx vite build`. Prints median / p95 per build and the load.
 */
import { parseArgs } from 'node:util';
import { rmSync, symlinkSync, readFileSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { frameQueries, measureCold } from './search-frame.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';
import { searchManifestSchema } from '../src/schema/search-data.ts';
import { suggestFileSchema } from '../src/schema/search-suggest.ts';
import { quantile } from './stats.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string', default: '4261' }, runs: { type: 'string', default: '3' }, dists: { type: 'string' } } });
const data = values.data!;
const dists = values.dists!.split(',');
const servers = [];
for (const [i, dist] of dists.entries()) {
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  symlinkSync(resolve(data), join(dist, 'data'));
  servers.push(await startPreview(dist, Number(values.port) + i * 10));
}
const entry = manifestSchema.parse(JSON.parse(readFileSync(join(data, dataFiles.manifest), 'utf8')));
const search = searchManifestSchema.parse(JSON.parse(readFileSync(join(data, entry.search), 'utf8')));
const { queries } = frameQueries(suggestFileSchema.parse(JSON.parse(readFileSync(join(data, search.suggest), 'utf8'))));
const qs = queries.filter((_, i) => i % Math.ceil(queries.length / 8) === 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const times: number[][] = dists.map(() => []);
const loads: number[] = [];
try {
  for (let run = 0; run < Number(values.runs); run++)
    for (const q of qs)
      for (let k = 0; k < dists.length; k++) {
        const i = (k + run) % dists.length; // alternate which build goes first
        const { first } = await measureCold(browser, `http://localhost:${Number(values.port) + i * 10}`, q);
        times[i]!.push(first);
        loads.push(loadavg()[0]!);
      }
} finally {
  await browser.close();
  for (const s of servers) await s.stop();
  // The link must not outlive the run: a later `vite build` into the same folder would write the
  // app's own data through it, into the archive measured here.
  for (const dist of dists) unlinkSync(join(dist, 'data'));
}
for (const [i, dist] of dists.entries()) {
  const t = times[i]!.sort((a, b) => a - b);
  console.log(`${dist}: median ${quantile(t, 0.5).toFixed(0)} ms, p95 ${quantile(t, 0.95).toFixed(0)} ms, mean ${(t.reduce((a, b) => a + b, 0) / t.length).toFixed(0)} (${t.length} runs)`);
}
loads.sort((a, b) => a - b);
console.log(`load average (1 min) during: ${loads[0]!.toFixed(1)}–${loads.at(-1)!.toFixed(1)}, median ${quantile(loads, 0.5).toFixed(1)}`);
