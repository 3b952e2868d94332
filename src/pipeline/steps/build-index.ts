/**
 * Issues → the search files: one shard per month (a prebuilt MiniSearch index plus the text store
 * the app needs for the exact check and snippets) and a small manifest listing them newest first,
 * with their sizes, and the people readers may type in pinyin. Pure: returns contents, writes nothing.
 *
 * Why shards by month: one index over ten years is far too big for a browser (~200 MB of JSON).
 * A month of daily front pages is ~0.5 MB gzipped, so the first results need only that download,
 * while older months stream in; total size is no larger than with yearly shards (measured).
 */
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import { SCHEMA_VERSION, type Article, type Issue } from '../../schema/issue.ts';
import { SEARCH_INDEX_VERSION, miniSearchOptions } from '../../schema/search.ts';
import {
  searchFiles,
  searchManifestSchema,
  searchShardSchema,
  type PersonEntry,
  type SearchDoc,
  type SearchManifest,
  type ShardEntry,
} from '../../schema/search-data.ts';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function entities(article: Article, type: 'person' | 'place'): [string, string][] {
  const byId = new Map(article.mentions.filter((m) => m.type === type).map((m) => [m.entityId, m.name]));
  return [...byId];
}

/** The searchable record of one article. */
export function searchDoc(issue: Issue, article: Article): SearchDoc {
  return {
    issueId: issue.id,
    articleId: article.id,
    date: issue.date,
    title: article.title,
    ...(article.kicker ? { kicker: article.kicker } : {}),
    subtitles: article.subtitles,
    names: unique(article.byline.map((c) => c.name)),
    body: article.paragraphs.map((p) => p.text).join('\n'),
    people: entities(article, 'person'),
    places: entities(article, 'place'),
  };
}

/** A month's shard: its docs and their index, docs newest first (the index refers to them by position). */
export function buildShard(period: string, docs: SearchDoc[]) {
  const index = new MiniSearch(miniSearchOptions);
  index.addAll(docs.map((doc, id) => ({ ...doc, id })));
  return searchShardSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    indexVersion: SEARCH_INDEX_VERSION,
    period,
    docs,
    index: index.toJSON(),
  });
}

/** People for pinyin suggestions: mentioned people and byline names, most frequent first. */
export function peopleOf(docs: SearchDoc[]): PersonEntry[] {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const name of unique([...doc.names, ...doc.people.map(([, n]) => n)])) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => {
      const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' });
      return { name, count, pinyin: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export interface SearchFile {
  /** Relative to the data folder. */
  path: string;
  content: string;
}

/** Every search file for these issues: the shards (newest month first), then the manifest. */
export function buildSearchFiles(issues: Issue[]): SearchFile[] {
  const newestFirst = [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const byPeriod = new Map<string, SearchDoc[]>();
  for (const issue of newestFirst) {
    const period = issue.date.slice(0, 7);
    const docs = byPeriod.get(period) ?? [];
    docs.push(...issue.articles.map((article) => searchDoc(issue, article)));
    byPeriod.set(period, docs);
  }
  const files: SearchFile[] = [];
  const shards: ShardEntry[] = [];
  for (const [period, docs] of byPeriod) {
    const content = JSON.stringify(buildShard(period, docs));
    const path = searchFiles.shard(period);
    files.push({ path, content });
    shards.push({
      period,
      file: path,
      docCount: docs.length,
      bytes: Buffer.byteLength(content),
      gzipBytes: gzipSync(content).length,
      firstDate: docs.at(-1)!.date,
      lastDate: docs[0]!.date,
    });
  }
  const manifest: SearchManifest = searchManifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    indexVersion: SEARCH_INDEX_VERSION,
    docCount: shards.reduce((n, s) => n + s.docCount, 0),
    shards,
    people: peopleOf([...byPeriod.values()].flat()),
  });
  files.push({ path: searchFiles.manifest, content: JSON.stringify(manifest) });
  return files;
}
