/**
 * CLI: seeds/ → public/data/. Every *.txt in the seeds folder is one printed issue.
 *   npm run build:data [-- --seeds DIR --out DIR --no-cache --check --allow-empty --timings]
 * A file that cannot be read (empty, binary, undecodable, undatable) is reported on stderr by name
 * and reason; all other files are still built and written, and the exit status is then 1.
 * The build writes into a staging folder beside --out and swaps it in whole when done (supervise.ts,
 * publish.ts): Ctrl-C or a failure leaves the previous output as it was. A build with no issue at
 * all is not published unless --allow-empty.
 * --check builds into a staging folder too, compares it with --out (without any cache) and removes
 * it: exit 1 and a list of stale, missing and extra files if they differ.
 * --timings prints each stage's time and memory on stderr.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { entityDetailSchema, entityIndexSchema, entityListSchema } from '../schema/entities.ts';
import { entityArticlesYearSchema } from '../schema/entity-articles.ts';
import { issueSchema } from '../schema/issue.ts';
import { nameHash } from '../schema/content-hash.ts';
import { dataFiles } from '../schema/paths.ts';
import { isSearchManifest } from '../schema/search-data.ts';
import { entityFiles, linkList, linkYears } from './steps/entity-files.ts';
import { extractEntities } from './steps/extract-entities.ts';
import { workerTagging } from './entities/tag-texts.ts';
import { buildManifest } from './steps/build-manifest.ts';
import { assemble, type DatedIssue } from './assemble.ts';
import { compareDirs, describeDiff } from './compare-dirs.ts';
import { loadOverrides } from './overrides.ts';
import { passProgress, progress } from './progress.ts';
import { readSeed, seedCache } from './read-seeds.ts';
import { listSeeds } from './seed-files.ts';
import { stageTimes } from './stages.ts';
import { STAGING_ENV, finishBuild, superviseBuild } from './supervise.ts';
import { buildSearchFiles } from './steps/build-index.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data' },
    'no-cache': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'allow-empty': { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
  },
});
const seedsDir = resolve(values.seeds!);
const targetDir = resolve(values.out!);
// This process is either the supervisor (which never returns from here) or the build writing into staging.
const outDir =
  process.env[STAGING_ENV] ??
  (await superviseBuild({ target: targetDir, check: values.check!, allowEmpty: values['allow-empty']!, manifestFile: dataFiles.manifest }));
const stages = stageTimes();
// The tagger's worker thread starts now: it loads its model while the issues are parsed.
const tagging = workerTagging();
const problems: string[] = [];
const report = (file: string, reason: string) => {
  problems.push(file);
  console.error(`error: ${file}: ${reason}`);
};

if (!existsSync(seedsDir)) {
  console.error(`error: seeds folder not found: ${seedsDir}`);
  process.exit(2);
}
// Entries that are not regular files (folders, FIFOs, broken or looping links) are reported and skipped.
const { files, skipped } = listSeeds(seedsDir);
skipped.forEach((s) => report(s.file, s.reason));
const loaded = loadOverrides(seedsDir, [...files, ...skipped.map((s) => s.file)]);
if (loaded.error) report('issues.json', loaded.error);
loaded.warnings.forEach((w) => console.error(`warning: issues.json: ${w}`));
const { overrides } = loaded;
const dated: DatedIssue[] = [];
// Unchanged files are not parsed again: the cache is keyed by content and by the parser's code.
// --check never trusts a cache: a stale entry on one machine must not pass what a clean clone fails.
const cache = seedCache(join(process.cwd(), '.cache', 'parsed'), !values['no-cache'] && !values.check);
const bar = progress('parsing issues', files.length);

files.forEach((file, n) => {
  const result = readSeed(seedsDir, file, overrides, cache);
  bar.tick(n + 1);
  if (!result.ok) return report(file, result.reason);
  result.warnings.forEach((w) => console.error(`warning: ${file}: ${w}`));
  dated.push(result.issue);
});
bar.done();

stages.lap('parse');

/** Writes files under outDir, with progress; `fileOf` runs one item at a time so contents are never all in memory. */
function writeEach<T>(label: string, items: readonly T[], fileOf: (item: T) => { path: string; content: string | Uint8Array }) {
  const writing = progress(label, items.length);
  items.forEach((item, n) => {
    const { path, content } = fileOf(item);
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
    writing.tick(n + 1);
  });
  writing.done();
}

// People and places: the whole archive is one corpus, so extraction runs once over all issues.
const entityBars = passProgress('people and places');
// The tagger works in its worker thread while the rules run here.
const extracted = extractEntities(assemble(dated).issues, entityBars.tick, tagging);
entityBars.done();
const issues = extracted.issues.map((i) => issueSchema.parse(i));
stages.lap('entities');
// Every file but manifest.json is named by its content's hash, and the file that refers to it
// records that name: leaves are written first, the files naming them next, manifest.json last.
const hashes = new Map<string, string>();
/** Hashes `content`, remembers the hash under `key` and returns the file to write. */
const named = (key: string, pathOf: (hash: string) => string, content: string) => {
  const hash = nameHash(content);
  hashes.set(key, hash);
  return { path: pathOf(hash), content };
};
const { manifest, years } = buildManifest(issues);
writeEach('writing issues', issues, (issue) => named(`issue:${issue.id}`, (h) => dataFiles.issue(issue.id, h), JSON.stringify(issue)));
writeEach('writing manifest', years, (year) => named(`year:${year.year}`, (h) => dataFiles.manifestYear(year.year, h), JSON.stringify(year)));
stages.lap('issue files');
// Entities: one list for the lists and hover cards, one file per entity for its page, one per
// entity and earlier year for its longer article lists.
const { list: entityList, details: entityDetails, years: entityYears } = entityFiles(issues, entityIndexSchema.parse(extracted.index));
const entityKey = (type: string, id: string, year?: number) => `entity:${type}:${id}:${year ?? ''}`;
const entityHash = (type: string, id: string, year?: number) => hashes.get(entityKey(type, id, year))!;
writeEach('writing entity years', entityYears, (y) =>
  named(entityKey(y.type, y.id, y.year), (h) => dataFiles.entityYear(y.type, y.id, y.year, h), JSON.stringify(entityArticlesYearSchema.parse(y))),
);
writeEach('writing entities', entityDetails, (d) =>
  named(entityKey(d.type, d.id), (h) => dataFiles.entity(d.type, d.id, h), JSON.stringify(entityDetailSchema.parse(linkYears(d, entityHash)))),
);
const listFile = named('entities', dataFiles.entityList, JSON.stringify(entityListSchema.parse(linkList(entityList, entityHash))));
mkdirSync(dirname(join(outDir, listFile.path)), { recursive: true }); // no entity folder yet when no issue was built
writeFileSync(join(outDir, listFile.path), listFile.content);
stages.lap('entity files');
// The search index (chunks, article table, manifest), named by content already.
// The suggestions name every person and place with its aliases (from the index) and article count (from the list).
const aliasesOf = new Map(extracted.index.entities.map((e) => [`${e.type}:${e.id}`, e.aliases]));
const searchFileList = buildSearchFiles(
  issues,
  entityList.entities.map((e) => ({ type: e.type, id: e.id, name: e.name, articleCount: e.articleCount, aliases: aliasesOf.get(`${e.type}:${e.id}`) ?? [] })),
);
stages.lap('search index');
writeEach('writing search index', searchFileList, (file) => file);
stages.lap('search files');
const entry = manifest({
  issueHash: (id) => hashes.get(`issue:${id}`)!,
  yearFile: (year) => dataFiles.manifestYear(year, hashes.get(`year:${year}`)!),
  entities: listFile.path,
  search: searchFileList.find((f) => isSearchManifest(f.path))!.path,
});
writeFileSync(join(outDir, dataFiles.manifest), JSON.stringify(entry));

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
  `built ${issues.length} issue(s) into ${values.check ? `a temporary folder to check ${targetDir}` : targetDir}: ${totals.articles} articles, ${totals.photos} photo items, ` +
    `${totals.derived} derived titles, duplicates removed: ${totals.dupArticles} articles, ${totals.dupParagraphs} paragraphs; ` +
    `${extracted.index.entities.filter((e) => e.type === 'person').length} people, ` +
    `${extracted.index.entities.filter((e) => e.type === 'place').length} places`,
);
if (values.timings) stages.lines().forEach((line) => console.error(line));
let failed = problems.length > 0;
if (problems.length) console.error(`${problems.length} file(s) failed: ${problems.join(', ')}`);
if (values.check) {
  const lines = describeDiff(compareDirs(outDir, targetDir));
  if (lines.length) {
    failed = true;
    lines.forEach((line) => console.error(line));
    console.error(`${targetDir} is out of date: run npm run build:data`);
  } else console.log(`${targetDir} is up to date`);
}
await finishBuild(issues.length, failed ? 1 : 0);
