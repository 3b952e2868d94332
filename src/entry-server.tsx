/**
 * The app rendered to HTML at build time (scripts/prerender/): the same routes, loaders and
 * components as in the browser, through react-router's static handler. Built by Vite in SSR mode so
 * CSS imports, import.meta.env and the lazy routes resolve as they do for the browser.
 */
import { StrictMode, type ReactNode } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { Writable } from 'node:stream';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, matchPath, StaticRouterProvider } from 'react-router';
import { appRoutes } from './app/router';
import { createQueryClient } from './lib/query-client';
import { setRenderedPageUrl } from './lib/page-url';
import { issueQueryOptions } from './features/reader/api/get-issue';
import { paths } from './config/paths';
import { manifestQueryOptions } from './features/reader/api/get-manifest';
import { entityListQueryOptions } from './features/entities/api/get-entity-list';
import { entityQueryOptions } from './features/entities/api/get-entity';
import { headTags } from './app/seo/head-tags';
import { archiveMeta, articleMeta, entityListMeta, entityMeta, homeMeta, issueMeta, type PageMeta } from './app/seo/page-meta';
import type { Manifest } from './schema/manifest';
import type { Issue } from './schema/issue';
import type { EntityDetail, EntityList } from './schema/entities';

export { createQueryClient };

export type RenderResult =
  | { ok: true; html: string }
  /** Not written: why (a loader's error, a 404, a redirect, a part that failed to render). */
  | { ok: false; reason: string };

/** An error for the build's log: name, message and where it was thrown (the stack's first frame). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const where = error.stack?.split('\n')[1]?.trim();
  return `${error.name}: ${error.message}${where ? ` (${where})` : ''}`;
}

/**
 * Why a render left a boundary to the browser: renderToString swallows the error, so the page is
 * rendered again through the streaming renderer, which reports it. Only on this failure path.
 */
function whyIncomplete(element: ReactNode): Promise<string> {
  return new Promise((resolve) => {
    const errors: unknown[] = [];
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const stream = renderToPipeableStream(element, {
      onError: (error) => void errors.push(error),
      onAllReady: () => {
        stream.pipe(sink);
        resolve(errors.length > 0 ? describe(errors[0]) : 'part of the page suspended while rendering');
      },
      onShellError: (error) => resolve(describe(error)),
    });
  });
}

/**
 * Renders pages with one query client, so the pages of one issue parse its file once. `pageUrl`
 * gives the address a path will be served at (what a page that prints its own address shows).
 */
export function createRenderer(queryClient: QueryClient, pageUrl: (path: string) => string) {
  const handler = createStaticHandler(appRoutes(queryClient), { basename: import.meta.env.BASE_URL });
  return async function render(path: string): Promise<RenderResult> {
    const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
    if (context instanceof Response) return { ok: false, reason: `answered with HTTP ${context.status} (${context.headers.get('Location') ?? 'no location'})` };
    if (context.errors) return { ok: false, reason: describe(Object.values(context.errors)[0]) };
    if (context.statusCode !== 200) return { ok: false, reason: `HTTP ${context.statusCode}` };
    const router = createStaticRouter(handler.dataRoutes, context);
    setRenderedPageUrl(pageUrl(path));
    const element = (
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </StrictMode>
    );
    const html = renderToString(element);
    // A boundary that failed or suspended is left to the browser (`<!--$!-->`): the page is not whole.
    if (html.includes('<!--$!-->')) return { ok: false, reason: await whyIncomplete(element) };
    // Data a part of the page shows an error for (an entity's earlier year): not a page to publish.
    const failed = queryClient.getQueryCache().findAll({ predicate: (query) => query.state.status === 'error' })[0];
    if (failed) return { ok: false, reason: `${JSON.stringify(failed.queryKey)}: ${describe(failed.state.error)}` };
    return { ok: true, html };
  };
}

/** The article ids of an issue the renderer has loaded (its front page rendered), in printed order. */
export function articleIds(queryClient: QueryClient, issueId: string): string[] {
  return queryClient.getQueryData(issueQueryOptions(issueId).queryKey)?.articles.map((article) => article.id) ?? [];
}

/**
 * The <head> tags of a rendered page (title, description, canonical, Open Graph, JSON-LD), from the
 * data it rendered with (in the query client): the same titles and descriptions the page sets in
 * the browser (app/seo), so nothing changes when it hydrates.
 */
export function pageHead(queryClient: QueryClient, path: string, origin: string): string {
  return headTags(pageMeta(queryClient, path), origin, import.meta.env.BASE_URL);
}

function pageMeta(queryClient: QueryClient, path: string): PageMeta {
  const data = <T,>(key: readonly unknown[]) => queryClient.getQueryData<T>(key);
  const manifest = data<Manifest>(manifestQueryOptions().queryKey);
  const issue = (id: string) => data<Issue>(issueQueryOptions(id).queryKey);
  const article = matchPath(paths.article.path, path);
  const shown = article && issue(article.params.issueId ?? '');
  if (article && shown) {
    const found = shown.articles.find((candidate) => candidate.id === article.params.articleId);
    if (found) return articleMeta(shown, found);
  }
  const issuePage = matchPath(paths.issue.path, path);
  const front = issuePage && issue(issuePage.params.issueId ?? '');
  if (front) return issueMeta(front);
  if (path === paths.home.href()) return homeMeta(manifest?.issues[0] && issue(manifest.issues[0].id));
  if (path === paths.archive.href()) return archiveMeta(manifest);
  const list = data<EntityList>(entityListQueryOptions().queryKey);
  if (path === paths.people.href() || path === paths.places.href()) {
    const type = path === paths.people.href() ? 'person' : 'place';
    return entityListMeta(type, list?.entities.filter((entity) => entity.type === type).length);
  }
  for (const [type, pattern] of [
    ['person', paths.person.path],
    ['place', paths.place.path],
  ] as const) {
    const entity = matchPath(pattern, path);
    // matchPath leaves the address's escapes in (the router's own matching decodes them first).
    const detail = entity && data<EntityDetail>(entityQueryOptions(type, decodeURIComponent(entity.params.entityId ?? '')).queryKey);
    if (detail) return entityMeta(detail);
  }
  throw new Error(`no head for ${path}: its data is not loaded`);
}
