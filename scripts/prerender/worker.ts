/**
 * Renders (or takes from the cache) a share of the groups and writes their pages into the site:
 * one per core, each with its own query client, so the pages of one issue parse its file once.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { paths } from '../../src/config/paths.ts';
import type { Group } from './groups.ts';
import { pageDocument, pageFile, type PageParts } from './document.ts';
import { keepDocument, placeDocument, readCached, writeCached, type CachedGroup } from './cache.ts';
import { serveDataFiles } from './data-fetch.ts';
import type { PageHead, Renderer, WorkerInput, WorkerResult } from './protocol.ts';

const input = workerData as WorkerInput;
// React runs in its production build: worker-entry.mjs sets NODE_ENV before this file is imported.
// The data files a page's render fetched (the first page of a group that needs each): preloaded by
// that page's HTML, since its hydration will fetch them too (an entity's earlier years, the archive's year).
const fetched = new Set<string>();
// Not manifest.json: every page asks for it, and index.html's inline script fetches it for the reading pages.
globalThis.fetch = serveDataFiles(input.distDir, input.base, (path) => !path.endsWith('/manifest.json') && fetched.add(path));
const server = (await import(pathToFileURL(input.bundle).href)) as Renderer;
const queryClient = server.createQueryClient();
const pageUrl = (path: string) => new URL(path, input.origin).href;
const render = server.createRenderer(queryClient, pageUrl);

const result: WorkerResult = { rendered: 0, kept: 0, failures: [], written: [] };

/** Writes a rendered page into the cache and links it into the site. */
function writePage(page: PageParts): CachedGroup['pages'][number] {
  const file = pageFile(page.path, input.base);
  keepDocument(input.cacheDir, file, pageDocument(input.template, page));
  placeDocument(input.cacheDir, file, input.distDir);
  return { path: page.path, file };
}

/** One page (`path` as the router sees it, without the base): its markup and head, or a failure. */
async function renderPage(group: Group, path: string, preload: string[]): Promise<PageParts | undefined> {
  const address = input.base + path.slice(1);
  fetched.clear();
  const rendered = await render(address);
  if (!rendered.ok) {
    result.failures.push({ group: group.id, path: address, reason: rendered.reason });
    return undefined;
  }
  let head: PageHead;
  try {
    head = server.pageHead(queryClient, path, input.origin);
  } catch (error) {
    result.failures.push({ group: group.id, path: address, reason: String(error) });
    return undefined;
  }
  return { path: address, head, html: rendered.html, preload: [...new Set([...preload.map((file) => input.base + file), ...fetched])] };
}

async function renderGroup(group: Group): Promise<PageParts[] | undefined> {
  if (group.kind === 'page') {
    const page = await renderPage(group, group.path, group.preload);
    return page && [page];
  }
  if (group.kind === 'entity') {
    const path = group.type === 'person' ? paths.person.href(group.entityId) : paths.place.href(group.entityId);
    const page = await renderPage(group, path, group.preload);
    return page && [page];
  }
  const front = await renderPage(group, paths.issue.href(group.issueId), group.preload);
  if (!front) return undefined;
  const pages = [front];
  for (const articleId of server.articleIds(queryClient, group.issueId)) {
    const page = await renderPage(group, paths.article.href(group.issueId, articleId), group.preload);
    // A page that failed is left out (and said); its issue's other pages are still written.
    if (page) pages.push(page);
  }
  return pages;
}

/** Done with a group: the next ones need other files (3,600 issues would not fit), and a failed file is not theirs. */
function forget(group: Group): void {
  if (group.kind === 'issue') queryClient.removeQueries({ queryKey: ['issues', group.issueId] });
  if (group.kind === 'entity') queryClient.removeQueries({ queryKey: ['entities', group.type, group.entityId] });
  // What failed to load is asked again by the next page that needs it, not reported as its failure.
  queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });
}

for (const group of input.groups) {
  const lastmod = group.kind === 'issue' ? group.issueId.slice(0, 10) : undefined;
  const kept = input.full ? undefined : readCached(input.cacheDir, group.id, group.key);
  if (kept) {
    for (const page of kept) placeDocument(input.cacheDir, page.file, input.distDir);
    result.kept += kept.length;
    result.written.push(...kept.map((page) => ({ path: page.path, lastmod })));
    continue;
  }
  const failuresBefore = result.failures.length;
  let rendered: PageParts[] | undefined;
  try {
    rendered = await renderGroup(group);
  } finally {
    forget(group);
  }
  const pages = (rendered ?? []).map(writePage);
  result.rendered += pages.length;
  result.written.push(...pages.map((page) => ({ path: page.path, lastmod })));
  // Only a whole group is kept: one that failed somewhere is tried again next build.
  if (result.failures.length === failuresBefore) writeCached(input.cacheDir, group.id, { key: group.key, pages });
}

parentPort?.postMessage(result);
