/**
 * Search off the main thread: downloads and parses the shards a query needs (newest month first,
 * one at a time), answers from those loaded so far, and posts an update as they arrive, so typing
 * never waits for a shard to parse. Shards stay loaded for the next query.
 */
import { fetchJson, siteUrl } from '../../../lib/fetch-json';
import { parseQuery } from '../../../schema/search-query';
import { searchManifestSchema, searchPaths, searchShardSchema, type SearchManifest, type ShardEntry } from '../../../schema/search-data';
import { answer } from '../engine/answer';
import type { SearchFilters } from '../engine/results';
import { loadShard, type LoadedShard } from '../engine/shard';
import type { SearchRequest, SearchResponse } from './protocol';

// The DOM typings describe `self` as a window; in a worker, postMessage takes just the message.
const scope = self as unknown as { postMessage(message: SearchResponse): void; addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void };

let manifest: Promise<SearchManifest> | undefined;
const shards = new Map<string, Promise<LoadedShard>>();
let latest = 0;
// Updates while shards stream in are spaced out: each one sorts and counts every hit so far.
const UPDATE_EVERY_MS = 120;

const overlaps = (entry: ShardEntry, { from, to }: SearchFilters) => (!from || entry.lastDate >= from) && (!to || entry.firstDate <= to);

// A failed download is forgotten at once, so the next query (or the retry button) tries it again.
function shard(entry: ShardEntry): Promise<LoadedShard> {
  let loading = shards.get(entry.file);
  if (!loading) {
    loading = fetchJson(siteUrl(searchPaths.shard(entry.file)), searchShardSchema).then(loadShard);
    loading.catch(() => shards.delete(entry.file));
    shards.set(entry.file, loading);
  }
  return loading;
}

function searchManifest(): Promise<SearchManifest> {
  if (!manifest) {
    manifest = fetchJson(siteUrl(searchPaths.manifest), searchManifestSchema);
    manifest.catch(() => (manifest = undefined));
  }
  return manifest;
}

async function run({ id, state }: SearchRequest): Promise<void> {
  const terms = parseQuery(state.q);
  const post = (response: Omit<SearchResponse, 'id' | 'terms'>) => id === latest && scope.postMessage({ id, terms, ...response });
  if (terms.length === 0) return void post({ status: 'idle', progress: { loaded: 0, needed: 0 } });
  const { shards: entries, people } = await searchManifest();
  const wanted = entries.filter((entry) => overlaps(entry, state.filters));
  const loaded: LoadedShard[] = [];
  const request = { terms, q: state.q, filters: state.filters, sort: state.sort, page: state.page };
  let lastPost = 0;
  for (const entry of wanted) {
    loaded.push(await shard(entry));
    if (id !== latest) return; // a newer query took over; the shards loaded so far stay cached
    const done = loaded.length === wanted.length;
    if (!done && performance.now() - lastPost < UPDATE_EVERY_MS) continue;
    lastPost = performance.now();
    post({ status: done ? 'done' : 'partial', progress: { loaded: loaded.length, needed: wanted.length }, answer: answer(loaded, request, people) });
  }
  if (wanted.length === 0) post({ status: 'done', progress: { loaded: 0, needed: 0 }, answer: answer([], request, people) });
}

// Started when the reader focuses the search box: the manifest (a few KB) is ready by the first query.
void searchManifest().catch(() => {});

scope.addEventListener('message', (event) => {
  latest = event.data.id;
  run(event.data).catch((error: unknown) => {
    if (event.data.id !== latest) return;
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: event.data.id, terms: parseQuery(event.data.state.q), status: 'error', error: message, progress: { loaded: 0, needed: 0 } });
  });
});
