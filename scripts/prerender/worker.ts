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
// Before React is first imported: its production build, as the site ships.
process.env.NODE_ENV = 'production';
globalThis.fetch = serveDataFiles(input.distDir, input.base);
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
  return { path: address, head, html: rendered.html, preload: preload.map((file) => input.base + file) };
}

async function renderGroup(group: Group): Promise<PageParts[] | undefined> {
  if (group.kind === 'page') {
    const page = await renderPage(group, group.path, group.preload);
    return page && [page];
  }
  if (group.kind === 'entity') {
    const path = group.type === 'person' ? paths.person.href(group.entityId) : paths.place.href(group.entityId);
    const page = await renderPage(group, path, group.preload);
    queryClient.removeQueries({ queryKey: ['entities', group.type, group.entityId] });
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
  // Done with this issue: the next groups need other files, and 3,600 issues would not fit.
  queryClient.removeQueries({ queryKey: ['issues', group.issueId] });
  return pages;
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
  const pages = ((await renderGroup(group)) ?? []).map(writePage);
  result.rendered += pages.length;
  result.written.push(...pages.map((page) => ({ path: page.path, lastmod })));
  // Only a whole group is kept: one that failed somewhere is tried again next build.
  if (result.failures.length === failuresBefore) writeCached(input.cacheDir, group.id, { key: group.key, pages });
}

parentPort?.postMessage(result);
