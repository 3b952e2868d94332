/**
 * npm run bench:reader: the initial JavaScript of the built app (DIST_DIR, default dist/), per file
 * and in total, gzipped at zlib's default level as a server would send it. Builds nothing; run after
 * `vite build`. Exits 1 when the total is over the reader's budget, so a heavy import is caught early.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { initialJs } from './initial-js.ts';

/** The acceptance criterion "initial JS ≤ 150 KB gzipped", in bytes (kB as Vite prints them). */
const INITIAL_JS_BUDGET = 150_000;

const dist = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No built app in ${dist}: run \`vite build\` first (or set DIST_DIR).`);
  process.exit(1);
}

const files = initialJs(dist);
const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
console.table(files.map((f) => ({ file: f.file, raw: kb(f.bytes), gzip: kb(f.gzipBytes) })));
const total = files.reduce((n, f) => n + f.gzipBytes, 0);
const verdict = total <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
console.log(`initial JS: ${files.length} file(s), ${total} bytes gzipped (${kb(total)}), ${verdict} the ${kb(INITIAL_JS_BUDGET)} budget`);
if (total > INITIAL_JS_BUDGET) process.exit(1);
