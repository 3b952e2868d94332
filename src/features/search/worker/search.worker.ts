/**
 * Search off the main thread. The manifest and the article table are fetched when the reader heads
 * for the search box; a query then fetches only the index chunks holding its keys, finds
 * every hit from the postings, and fetches the issue files of just the page of results shown.
 * What was fetched stays for the next query (up to a bound: postings-store.ts, issue-texts.ts), so
 * refining a query is a warm search.
 */
import { ArchiveUpdatedError, fetchJson, NotFoundError, setEntryHash, siteUrl } from '../../../lib/fetch-json';
import { dataPaths } from '../../../schema/paths';
import { searchableIssueSchema, searchDocsSchema, searchManifestSchema, searchPaths, type SearchManifest } from '../../../schema/search-data';
import { parseQuery, type QueryTerm } from '../../../schema/search-query';
import { resultViews, summarize, withFacets } from '../engine/answer';
import { filtersNeedRefs } from '../engine/results';
import { readyFromTop } from '../engine/ready-from-top';
import { issueTextLoader } from '../engine/issue-texts';
import { docTable, withRefs, type DocTable } from '../engine/doc-table';
import { findHits, type Hit } from '../engine/hits';
import { PostingsStore } from '../engine/postings-store';
import type { ArchiveMessage, SearchRequest, SearchResponse, SuggestFileRequest, SuggestFileResponse, WarmUpRequest } from './protocol';
import { warmUp } from './warm-up';
import { suggestFileSchema } from '../../../schema/search-suggest';
import { browsesByFilter, capQuery } from '../url-state';
import { fetchBytes, fetchIndexJson, freshInit } from './fetch-bytes';
import { archiveFromPage } from './archive';
import { settledAll } from '../../../lib/settled-all';

// The DOM typings describe `self` as a window; in a worker, postMessage takes just the message.
const scope = self as unknown as {
  postMessage(message: SearchResponse | SuggestFileResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest | SuggestFileRequest | ArchiveMessage | WarmUpRequest>) => void): void;
};
const archive = archiveFromPage();

/**
 * A cached download that is forgotten when it fails, so the next query (or retry) tries again,
 * past the HTTP cache (`fresh`), whose copy may be the damaged one.
 */
function once<T>(load: (fresh: boolean) => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failed = false;
  return () => {
    if (!pending) {
      pending = load(failed);
      pending.then(
        () => (failed = false),
        () => {
          pending = undefined;
          failed = true;
        },
      );
    }
    return pending;
  };
}

const manifest = once(async (fresh) => fetchIndexJson(siteUrl(searchPaths.named((await archive.get()).search)), searchManifestSchema, fresh));
// The table's files are named in the search manifest: they load as soon as it is in, beside the chunks.
const table = once(async (fresh) => {
  const m = await manifest();
  const [docs, rows] = await settledAll([fetchIndexJson(siteUrl(searchPaths.named(m.docs)), searchDocsSchema, fresh), fetchBytes(siteUrl(searchPaths.named(m.table)), fresh)]);
  return docTable(docs, rows);
});
// The articles' people, places and byline names: asked for by the facets once the first screenful is
// out, or at once by a filter on them; ~4 times the size of the rest of the table at ten years.
const refTable = once(async (fresh) => {
  const m = await manifest();
  const [t, refs] = await settledAll([table(), fetchBytes(siteUrl(searchPaths.named(m.refs)), fresh)]);
  return withRefs(t, refs);
});
const stores = new WeakMap<SearchManifest, PostingsStore>();
const storeOf = (m: SearchManifest) => {
  let store = stores.get(m);
  if (!store) {
    const loadChunk = (n: number, fresh: boolean) => fetchBytes(siteUrl(searchPaths.chunk(n, m.chunks[n]![2])), fresh);
    stores.set(m, (store = new PostingsStore(m, loadChunk, async () => (await table()).bounds)));
  }
  return store;
};

// The text of the results shown, from the issue files; bounded, and fetched afresh after a failure.
const loadText = issueTextLoader(async (issueId, fresh) => {
  const hash = (await archive.get()).issueHash(issueId);
  // The index and the manifest come from one deploy: an issue missing from it is a stale index.
  if (!hash) throw new NotFoundError(`${dataPaths.manifest}#${issueId}`);
  return fetchJson(siteUrl(dataPaths.issue(issueId, hash)), searchableIssueSchema, freshInit(fresh));
});

// The hits of the last query, while they are found and after: changing filters, sort or page does
// not search again, and a request that repeats one still under way waits for it.
let lastHits: { key: string; found: Promise<{ table: DocTable; hits: Hit[] }> } | undefined;
let latest = 0;
/** Results shown before the rest of the page: about what fits on a phone screen. */
const FIRST_RESULTS = 5;

function hitsOf(terms: QueryTerm[]): Promise<{ table: DocTable; hits: Hit[] }> {
  const key = JSON.stringify(terms.map((t) => t.text));
  if (lastHits?.key !== key) {
    // The chunks need only the manifest: they download while the article table still loads.
    const loading = table();
    const found = manifest()
      .then((m) => findHits(storeOf(m), loading, terms))
      .then(async (hits) => ({ table: await loading, hits }));
    const entry = { key, found };
    found.catch(() => lastHits === entry && (lastHits = undefined));
    lastHits = entry;
  }
  return lastHits.found;
}

/** Every article, unscored: what a filter-only search filters (browsesByFilter). */
async function everyArticle(): Promise<{ table: DocTable; hits: Hit[] }> {
  const t = await table();
  return { table: t, hits: Array.from({ length: t.count }, (_, doc) => ({ doc, score: 0 })) };
}

async function run({ id, state }: SearchRequest): Promise<void> {
  const terms = parseQuery(state.q);
  const post = (response: Omit<SearchResponse, 'id' | 'terms'>) => id === latest && scope.postMessage({ id, terms, ...response });
  const browsing = terms.length === 0 && browsesByFilter(state);
  if (terms.length === 0 && !browsing) return void post({ status: 'idle' });
  const found = browsing ? await everyArticle() : await hitsOf(terms);
  const { hits } = found;
  const t = filtersNeedRefs(state.filters) ? await refTable() : found.table;
  if (id !== latest) return; // a newer query took over; what was downloaded stays cached
  const { people } = await manifest();
  const request = { terms, q: state.q, filters: state.filters, sort: state.sort, page: state.page };
  // Count and order first; the facets (over every hit) are counted once the first screenful is out.
  const { answer, items } = summarize(t, hits, request, people);
  // The top result goes out as soon as its issue file is in, with those after it already in; then
  // the first screenful once all its files are. The rest of the page is asked for only then: twenty
  // files arriving at once would each delay the parsing of the first five.
  const views = resultViews(t, items.slice(0, FIRST_RESULTS), terms, loadText);
  // (A view never fails: an issue file that cannot be read makes an 'unreadable' row: resultViews.)
  const top = await readyFromTop(views);
  if (id !== latest) return;
  if (top.length > 0) post({ status: 'partial', answer: { ...answer, results: top } });
  const first = top.length === views.length ? top : await Promise.all(views);
  if (id !== latest) return;
  if (first.length > top.length) post({ status: 'partial', answer: { ...answer, results: first } });
  // The facets' refs (downloaded and decoded here, ~20 ms of work at ten years) only now: earlier,
  // they took a core from the page drawing the first results.
  const [full, rest] = await Promise.all([refTable(), Promise.all(resultViews(t, items.slice(FIRST_RESULTS), terms, loadText))]);
  if (id !== latest) return;
  post({ status: 'done', answer: { ...withFacets(answer, full, hits, state.filters), results: [...first, ...rest] } });
}

// Searches under way: handing the suggestion file to the page (a copy of it, tens of ms for a large
// archive) waits until none is, so that a query committed right after the first focus is not held back.
let searching = 0;
let idle: (() => void)[] = [];
const untilIdle = () => (searching === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)));
async function tracked(work: Promise<void>): Promise<void> {
  searching++;
  try {
    await work;
  } finally {
    searching--;
    if (searching === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    }
  }
}

// The suggestions' own file, checked here and handed to the page, which indexes it and answers each
// keystroke itself (hooks/use-suggestions.ts).
const suggestFile = once(async (fresh) => {
  const m = await manifest();
  return fetchIndexJson(siteUrl(searchPaths.named(m.suggest)), suggestFileSchema, fresh);
});

async function sendSuggestFile(): Promise<void> {
  try {
    const file = await suggestFile();
    await untilIdle();
    scope.postMessage({ suggestFile: file });
  } catch (error) {
    scope.postMessage({ suggestFileError: error instanceof Error ? error.message : String(error) });
  }
}

// The worker starts when the reader focuses the search box: the entry files load while they type.
void manifest().catch(() => {});
void table().catch(() => {});
void suggestFile().catch(() => {});

scope.addEventListener('message', ({ data }) => {
  // Only before any search: a search arriving first runs its code warm enough by itself.
  if ('warmUp' in data) return void (latest === 0 && warmUp());
  if ('suggestFile' in data) return void sendSuggestFile();
  if (!('id' in data)) {
    if ('archive' in data) setEntryHash(data.archive.hash);
    return archive.receive(data);
  }
  // Capped here too: a request from anywhere (an old tab, a hand-made URL) searches at most this much.
  const request = { ...data, state: { ...data.state, q: capQuery(data.state.q) } };
  latest = request.id;
  // Received: the page stops the clock it keeps for a worker that never started (hooks/search-client.ts).
  const terms = parseQuery(request.state.q);
  if (terms.length > 0 || browsesByFilter(request.state)) scope.postMessage({ id: request.id, terms, status: 'loading' });
  tracked(run(request)).catch((error: unknown) => {
    if (request.id !== latest) return;
    const message = error instanceof Error ? error.message : String(error);
    const errorKind = error instanceof ArchiveUpdatedError ? 'updated' : 'other';
    scope.postMessage({ id: request.id, terms, status: 'error', error: message, errorKind });
  });
});
