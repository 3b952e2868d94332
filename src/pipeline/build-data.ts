/**
 * CLI: seeds/ → public/data/. Every *.txt in the seeds folder is one printed issue.
 *   npm run build:data [-- --seeds DIR --out DIR --no-cache]
 * A file that cannot be read (empty, binary, undecodable, undatable) is reported on stderr by name
 * and reason; all other files are still built and written, and the exit status is then 1.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { entityDetailSchema, entityIndexSchema, entityListSchema } from '../schema/entities.ts';
import { issueSchema } from '../schema/issue.ts';
import { dataFiles } from '../schema/paths.ts';
import { entityFiles } from './steps/entity-files.ts';
import { extractEntities } from './steps/extract-entities.ts';
import { buildManifest } from './steps/build-manifest.ts';
import { assemble, type DatedIssue } from './assemble.ts';
import { parseOverrides, type Overrides } from './overrides.ts';
import { parseCache } from './parse-cache.ts';
import { progress } from './progress.ts';
import { readSeed, seedFiles, type ParsedSeed } from './read-seeds.ts';
import { buildSearchFiles } from './steps/build-index.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out!);
const problems: string[] = [];
const report = (file: string, reason: string) => {
  problems.push(file);
  console.error(`error: ${file}: ${reason}`);
};

function loadOverrides(): Overrides {
  const path = join(seedsDir, 'issues.json');
  if (!existsSync(path)) return {};
  const parsed = parseOverrides(readFileSync(path, 'utf8'));
  if (parsed.ok) return parsed.value;
  report('issues.json', `ignored: ${parsed.reason}`);
  return {};
}

if (!existsSync(seedsDir)) {
  console.error(`error: seeds folder not found: ${seedsDir}`);
  process.exit(2);
}
const overrides = loadOverrides();
const files = seedFiles(seedsDir);
const dated: DatedIssue[] = [];
// Unchanged files are not parsed again: the cache is keyed by content and by the parser's code.
const cache = parseCache<ParsedSeed>(join(process.cwd(), '.cache', 'parsed'), !values['no-cache']);
const bar = progress('parsing issues', files.length);

files.forEach((file, n) => {
  const result = readSeed(seedsDir, file, overrides, cache);
  bar.tick(n + 1);
  if (!result.ok) return report(file, result.reason);
  result.warnings.forEach((w) => console.error(`warning: ${file}: ${w}`));
  dated.push(result.issue);
});
bar.done();

// People and places: the whole archive is one corpus, so extraction runs once over all issues.
const extracted = extractEntities(assemble(dated).issues);
const issues = extracted.issues.map((i) => issueSchema.parse(i));
// Issue files of seeds that are gone must not linger: the folder is rewritten as a whole.
rmSync(join(outDir, 'issues'), { recursive: true, force: true });
mkdirSync(join(outDir, 'issues'), { recursive: true });
for (const issue of issues) writeFileSync(join(outDir, dataFiles.issue(issue.id)), JSON.stringify(issue));
// The entry file stays small; each year's detail goes to its own volume, rewritten whole like issues/.
const { manifest, years } = buildManifest(issues);
rmSync(join(outDir, 'manifest'), { recursive: true, force: true });
mkdirSync(join(outDir, 'manifest'), { recursive: true });
for (const year of years) writeFileSync(join(outDir, dataFiles.manifestYear(year.year)), JSON.stringify(year));
writeFileSync(join(outDir, dataFiles.manifest), JSON.stringify(manifest));
// Entities: one list for the lists and hover cards, one file per entity for its page.
rmSync(join(outDir, 'entities'), { recursive: true, force: true });
const { list: entityList, details: entityDetails } = entityFiles(issues, entityIndexSchema.parse(extracted.index));
for (const type of ['person', 'place']) mkdirSync(join(outDir, 'entities', type), { recursive: true });
writeFileSync(join(outDir, dataFiles.entityList), JSON.stringify(entityListSchema.parse(entityList)));
for (const d of entityDetails) writeFileSync(join(outDir, dataFiles.entity(d.type, d.id)), JSON.stringify(entityDetailSchema.parse(d)));
// Search shards per year plus their manifest; the folder is rewritten whole, like issues/.
rmSync(join(outDir, 'search'), { recursive: true, force: true });
mkdirSync(join(outDir, 'search'), { recursive: true });
for (const file of buildSearchFiles(issues)) writeFileSync(join(outDir, file.path), file.content);

const totals = dated.reduce(
  (t, d) => ({
    articles: t.articles + d.parsed.stats.articles,
    photos: t.photos + d.parsed.stats.photos,
    derived: t.derived + d.parsed.stats.derivedTitles,
    dupArticles: t.dupArticles + d.parsed.stats.duplicateArticles,
    dupParagraphs: t.dupParagraphs + d.parsed.stats.duplicateParagraphs,
  }),
  { articles: 0, photos: 0, derived: 0, dupArticles: 0, dupParagraphs: 0 },
);
console.log(
  `built ${issues.length} issue(s) into ${outDir}: ${totals.articles} articles, ${totals.photos} photo items, ` +
    `${totals.derived} derived titles, duplicates removed: ${totals.dupArticles} articles, ${totals.dupParagraphs} paragraphs; ` +
    `${extracted.index.entities.filter((e) => e.type === 'person').length} people, ` +
    `${extracted.index.entities.filter((e) => e.type === 'place').length} places`,
);
if (problems.length) {
  console.error(`${problems.length} file(s) failed: ${problems.join(', ')}`);
  process.exit(1);
}
