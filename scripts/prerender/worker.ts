/**
 * Renders (or takes from the cache) a share of the groups and writes their pages into the site:
 * one per core, each with its own query client, so the pages of one issue parse its file once.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { paths } from '../../src/config/paths.ts';
import type { Group } from './groups.ts';
import { pageDocument, pageFile, type PageParts } from './document.ts';
import { readCached, writeCached } from './cache.ts';
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

function writePage(page: PageParts, lastmod?: string): void {
  const file = join(input.distDir, pageFile(page.path, input.base));
  mkdirSync(dirname(file), { recursive: true });
  // Aside, then renamed: a reader (or an interrupted build) never sees half a page.
  writeFileSync(`${file}.tmp`, pageDocument(input.template, page));
  renameSync(`${file}.tmp`, file);
  result.written.push({ path: page.path, lastmod });
}

/** One page: its markup and head, or a failure recorded under its path. */
async function renderPage(group: Group, path: string, preload: string[]): Promise<PageParts | undefined> {
  const rendered = await render(path);
  if (!rendered.ok) {
    result.failures.push({ group: group.id, path, reason: rendered.reason });
    return undefined;
  }
  const head: PageHead = server.pageHead(queryClient, path, pageUrl(path));
  return { path: input.base + path.slice(1), head, html: rendered.html, preload: preload.map((file) => input.base + file) };
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
  const failuresBefore = result.failures.length;
  let pages = input.full ? undefined : readCached(input.cacheDir, group.id, group.key);
  if (pages) result.kept += pages.length;
  else {
    pages = (await renderGroup(group)) ?? [];
    result.rendered += pages.length;
    // Only a whole group is kept: one that failed somewhere is tried again next build.
    if (result.failures.length === failuresBefore) writeCached(input.cacheDir, group.id, { key: group.key, pages });
  }
  const lastmod = group.kind === 'issue' ? group.issueId.slice(0, 10) : undefined;
  for (const page of pages) writePage(page, lastmod);
}

parentPort?.postMessage(result);
