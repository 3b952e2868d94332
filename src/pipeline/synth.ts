/**
 * CLI: a synthetic archive for measuring the pipeline and search at scale.
 *   npm run synth -- --years N --out DIR [--seeds seeds] [--start 2016-01-01] [--dense]
 * Writes one raw issue per day (DIR/<date>.txt, the seed format) by recombining the seeds' articles
 * and paragraphs. Deterministic: the same arguments always give the same files. Event dates and
 * years in the reused text are moved to the day before the issue (datelines kept), and every issue
 * is parsed back to check the pipeline dates it right. --dense draws every issue from the same
 * dozen stories (densePool), so most index keys occur in most issues: search's worst case.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseIssue } from './steps/build-issue.ts';
import { decodeSeed } from './steps/decode.ts';
import { composeIssue, densePool, type SourceArticle } from './synth-compose.ts';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '1' },
    out: { type: 'string' },
    seeds: { type: 'string', default: 'seeds' },
    start: { type: 'string', default: '2016-01-01' },
    dense: { type: 'boolean', default: false },
  },
});
const years = Number(values.years);
if (!values.out || !Number.isInteger(years) || years < 1 || !/^\d{4}-\d{2}-\d{2}$/.test(values.start!)) {
  console.error('usage: npm run synth -- --years N --out DIR [--seeds DIR] [--start YYYY-MM-DD] [--dense]');
  process.exit(2);
}
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out);

const allArticles: SourceArticle[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((file) => {
    const decoded = decodeSeed(readFileSync(join(seedsDir, file)));
    if (!decoded.ok) return [];
    const parsed = parseIssue(decoded.text);
    const year = Number(parsed.date.date?.slice(0, 4));
    return Number.isFinite(year) ? parsed.articles.map((article) => ({ article, year })) : [];
  });
const pool = values.dense ? densePool(allArticles) : allArticles;
if (pool.length === 0) {
  console.error(`error: no usable articles in ${seedsDir}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const start = new Date(`${values.start}T00:00:00Z`);
const end = new Date(start);
end.setUTCFullYear(end.getUTCFullYear() + years);
let written = 0;
const misdated: string[] = [];
const began = performance.now();
for (let day = start; day < end; day = new Date(day.getTime() + 86_400_000)) {
  const date = day.toISOString().slice(0, 10);
  // A few attempts with other draws, for the rare mix the date inference would read differently.
  let text = '';
  let ok = false;
  for (let attempt = 0; attempt < 8 && !ok; attempt++) {
    text = composeIssue(pool, date, attempt);
    ok = parseIssue(text).date.date === date;
  }
  if (!ok) misdated.push(date);
  writeFileSync(join(outDir, `${date}.txt`), text);
  written++;
  if (process.stderr.isTTY && written % 100 === 0) process.stderr.write(`\r${written} issues…`);
}
if (process.stderr.isTTY) process.stderr.write('\r');
console.log(`wrote ${written} issues (${values.start} – ${end.toISOString().slice(0, 10)}, exclusive) to ${outDir} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
if (misdated.length) {
  console.error(`warning: ${misdated.length} issue(s) the pipeline would date differently: ${misdated.slice(0, 5).join(', ')}…`);
}
