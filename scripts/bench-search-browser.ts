/**
 * tsx scripts/bench-search-browser.ts --data DIR [--port 4199] [--queries a,b] [--runs 5] [--frame [--cold-only]]
 * Search in Chromium against a built app whose data/ is DIR (e.g. a synthetic archive built by
 * `npm run bench:search`, which runs the same measurement): what the front page downloads of the
 * search index, and per query the time from typing to the first results and to the whole page in a
 * fresh page. Figures only. Bytes are as served by `vite preview` (uncompressed); bench:search gives gzip sizes.
 */
import { parseArgs } from 'node:util';
import { SearchBrowserBench } from './search-browser.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '4199' },
    queries: { type: 'string' },
    runs: { type: 'string', default: '5' },
    /** Only the within-a-frame figures (warm commit, keystroke → suggestions, cold by kind). */
    frame: { type: 'boolean', default: false },
    /** With --frame: the cold runs only (from the front page), not the warm and keystroke figures. */
    'cold-only': { type: 'boolean', default: false },
  },
});
if (!values.data) throw new Error('usage: tsx scripts/bench-search-browser.ts --data DIR');
const bench = new SearchBrowserBench(Number(values.port));
try {
  if (!values.frame) await bench.measure(values.data, values.queries?.split(','), Number(values.runs));
  await bench.frame(values.data, Number(values.runs), values['cold-only']);
} finally {
  await bench.close();
}
