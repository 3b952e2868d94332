/**
 * Issues → the search files (see schema/search-data.ts): a positional index of every pair of
 * characters in every article, cut into chunks by key, a table of the articles, and a small entry
 * manifest. Pure: returns contents, writes nothing.
 *
 * Why this shape: a query downloads only the chunks holding its keys, whatever the archive's size,
 * and positions answer it exactly without the articles' text (a phrase is its keys at consecutive
 * positions). The text is fetched only for the page of results shown, from the issue files.
 */
import { nameSyllables } from './name-pinyin.ts';
import { SCHEMA_VERSION, type Issue } from '../../schema/issue.ts';
import { SEARCH_INDEX_VERSION, indexedText, keyAt, searchFieldsOf, type IndexedText, type SearchDocFields } from '../../schema/search.ts';
import { nameHash } from '../../schema/content-hash.ts';
import { decodeChunk, decodePostings, encodeChunk, writePostings } from '../../schema/search-postings.ts';
import { VarintWriter } from '../../schema/varint.ts';
import { KeyTable } from './key-table.ts';
import { chunkEntryOf, searchDocsSchema, searchFiles, searchManifestSchema, type PersonEntry, type SearchDocs, type SearchManifest } from '../../schema/search-data.ts';
import { decodeTable, encodeTable, rowOf, toRefs, type TableRows } from '../../schema/search-table.ts';
import { buildSuggestions, type EntityForSuggest } from './build-suggest.ts';

/** A chunk is closed once its postings pass this size: small enough that a query's download stays small. */
export const CHUNK_BYTES = 48 * 1024;

export interface SearchFile {
  /** Relative to the data folder. */
  path: string;
  content: string | Uint8Array;
}

/** Issues newest first (ties by id), the order articles are numbered in. */
export function newestFirst(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

/** Assigns each distinct key (an entity id or a name) a small number, in order of first use. */
class Dictionary<T> {
  readonly items: T[] = [];
  private readonly ids = new Map<string, number>();
  id(key: string, item: T): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.items.push(item) - 1));
    return id;
  }
}

/** One article as the index sees it: its searchable fields and their folded, indexed text. */
export interface IndexedArticle {
  fields: SearchDocFields;
  indexed: IndexedText;
}

/** Every article of the issues, in order, ready to index (folding is done once, here). */
export function indexArticles(issues: readonly Issue[]): IndexedArticle[] {
  return issues.flatMap((issue) =>
    issue.articles.map((article) => {
      const fields = searchFieldsOf(article);
      return { fields, indexed: indexedText(fields) };
    }),
  );
}

/** The article table: docs.json's strings and docs.bin's rows, before encoding. */
export interface ArticleTable {
  docs: SearchDocs;
  rows: TableRows;
}

/** The article table: issues, field bounds, and the entities and byline names of every article. */
export function buildDocs(issues: readonly Issue[], articles = indexArticles(issues)): ArticleTable {
  const people = new Dictionary<[string, string]>();
  const places = new Dictionary<[string, string]>();
  const names = new Dictionary<string>();
  const docs: SearchDocs = { schemaVersion: SCHEMA_VERSION, indexVersion: SEARCH_INDEX_VERSION, issues: [], entities: { people: people.items, places: places.items, names: names.items } };
  const bounds: number[] = [];
  const rows: Record<'people' | 'places' | 'names', number[][]> = { people: [], places: [], names: [] };
  let id = 0;
  for (const issue of issues) {
    docs.issues.push([issue.id, issue.date, issue.articles.length]);
    for (const article of issue.articles) {
      const { fields, indexed } = articles[id++]!;
      bounds.push(indexed.titleEnd, indexed.headingEnd, indexed.text.length);
      const ofType = (type: 'person' | 'place', dict: Dictionary<[string, string]>) => [
        ...new Set(article.mentions.filter((m) => m.type === type).map((m) => dict.id(m.entityId, [m.entityId, m.name]))),
      ];
      rows.people.push(ofType('person', people));
      rows.places.push(ofType('place', places));
      rows.names.push(fields.names.map((name) => names.id(name, name)));
    }
  }
  return { docs, rows: { bounds: Int32Array.from(bounds), people: toRefs(rows.people), places: toRefs(rows.places), names: toRefs(rows.names) } };
}

/** A growable Int32Array. */
class IntList {
  items = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}

/**
 * Every key of every article with its positions, keys ascending; article ids are their order in
 * `texts`. Built as a counting sort over typed arrays (10 years of text are ~25 M keys): number the
 * keys, count them, lay every occurrence out grouped by key, then encode each key's run.
 */
export function buildPostings(texts: readonly string[]): [key: number, postings: Uint8Array][] {
  const table = new KeyTable();
  const keys = table.keys;
  const counts = new IntList();
  const occurrences = new IntList(); // term number of each position, article after article
  for (const text of texts) {
    for (let i = 0; i + 1 < text.length; i++) {
      const term = table.id(keyAt(text, i));
      if (term === counts.length) counts.push(0);
      counts.items[term]!++;
      occurrences.push(term);
    }
  }
  const order = keys.map((_, term) => term).sort((a, b) => keys[a]! - keys[b]!);
  const next = new Int32Array(keys.length);
  let offset = 0;
  for (const term of order) {
    next[term] = offset;
    offset += counts.items[term]!;
  }
  const ends = next.slice();
  const docOf = new Int32Array(offset);
  const posOf = new Int32Array(offset);
  let at = 0;
  texts.forEach((text, doc) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const slot = next[occurrences.items[at++]!]!++;
      docOf[slot] = doc;
      posOf[slot] = i;
    }
  });
  // One buffer for every key's postings (77 MB at 10 years): each key gets a slice of it.
  const out = new VarintWriter();
  const ranges = order.map((term): [number, number, number] => {
    const begin = out.length;
    const end = next[term]!;
    let lastDoc = -1;
    for (let s = ends[term]!; s < end; ) {
      const doc = docOf[s]!;
      let e = s;
      while (e < end && docOf[e] === doc) e++;
      writePostings(out, doc - lastDoc, posOf, s, e);
      lastDoc = doc;
      s = e;
    }
    return [keys[term]!, begin, out.length];
  });
  const bytes = out.result();
  return ranges.map(([key, begin, end]) => [key, bytes.subarray(begin, end)]);
}

/** Consecutive keys grouped into chunks of about `CHUNK_BYTES`; a large key gets a chunk to itself. */
export function chunkPostings(postings: [number, Uint8Array][], target = CHUNK_BYTES): [number, Uint8Array][][] {
  const chunks: [number, Uint8Array][][] = [];
  let current: [number, Uint8Array][] = [];
  let size = 0;
  for (const entry of postings) {
    if (current.length > 0 && size + entry[1].length > target) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry[1].length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** People for pinyin suggestions: mentioned people and byline names, most frequent first. */
export function peopleOf({ docs, rows }: ArticleTable): PersonEntry[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.bounds.length / 3; i++) {
    const mentioned = [...rowOf(rows.people, i)].map((p) => docs.entities.people[p]![1]);
    const credited = [...rowOf(rows.names, i)].map((n) => docs.entities.names[n]!);
    for (const name of new Set([...mentioned, ...credited])) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => {
      const syllables = nameSyllables(name, 'person');
      return { name, count, pinyin: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Reads every chunk back as the worker will (size, checksum, directory, keys against the manifest)
 * and the postings of its first key against the table. Not every key's postings: at 10 years that
 * takes 3–9 s, longer than building the index, for a codec the property tests already cover.
 */
function checkChunks(manifest: SearchManifest, chunks: readonly Uint8Array[], bounds: Int32Array): void {
  manifest.chunks.forEach((_, n) => {
    const keys = decodeChunk(chunks[n]!, chunkEntryOf(manifest, n));
    decodePostings(keys.values().next().value!, bounds);
  });
}

/**
 * Every search file for these issues, named by content: the chunks, the article table, the
 * suggestions (of `entities` and the titles), then the manifest that names them.
 */
export function buildSearchFiles(unordered: readonly Issue[], entities: readonly EntityForSuggest[] = []): SearchFile[] {
  const issues = newestFirst(unordered);
  const articles = indexArticles(issues);
  const table = buildDocs(issues, articles);
  const docs = searchDocsSchema.parse(table.docs);
  const grouped = chunkPostings(buildPostings(articles.map((a) => a.indexed.text)));
  const chunks = grouped.map((entries) => encodeChunk(entries));
  const hashes = chunks.map((content) => nameHash(content));
  const files: SearchFile[] = chunks.map((content, n) => ({ path: searchFiles.chunk(n, hashes[n]!), content }));
  const rows = encodeTable(table.rows);
  // Read back as the worker will: the pipeline never writes a table the app would refuse.
  const { people, places, names } = docs.entities;
  const { bounds } = decodeTable(rows, articles.length, { people: people.length, places: places.length, names: names.length });
  const docsText = JSON.stringify(docs);
  const docsFile = searchFiles.docs(nameHash(docsText));
  const tableFile = searchFiles.table(nameHash(rows.bounds));
  const refsFile = searchFiles.refs(nameHash(rows.refs));
  const suggestText = JSON.stringify(buildSuggestions(entities, issues));
  const suggestFile = searchFiles.suggest(nameHash(suggestText));
  files.push({ path: docsFile, content: docsText }, { path: tableFile, content: rows.bounds }, { path: refsFile, content: rows.refs }, { path: suggestFile, content: suggestText });
  const manifest = searchManifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    indexVersion: SEARCH_INDEX_VERSION,
    docCount: articles.length,
    docs: docsFile,
    table: tableFile,
    refs: refsFile,
    suggest: suggestFile,
    chunks: grouped.map((entries, n): [number, number, string] => [entries[0]![0], chunks[n]!.length, hashes[n]!]),
    people: peopleOf(table),
  });
  checkChunks(manifest, chunks, bounds);
  const manifestText = JSON.stringify(manifest);
  files.push({ path: searchFiles.manifest(nameHash(manifestText)), content: manifestText });
  return files;
}
