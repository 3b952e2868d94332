import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { RootLayout } from './routes/root';
import { RouteError, PageLoading } from './routes/route-states';
import { AppError } from './routes/app-error';
import HomeRoute, { homeLoader } from './routes/home';
import IssueRoute, { issueLoader } from './routes/issue';
import { NotFoundPage } from './routes/not-found';
import { dropTypedAddress } from '../features/search/typed-address';

const searchPage = () => import('./routes/search');

/**
 * The search page's code, fetched and run while the page is idle (main.tsx): a first search from
 * another page then does not wait for ~10 kB of route chunks, nor run them, while its index
 * downloads and its first answer is drawn. The router's `lazy` gets the same module, already in.
 */
export function preloadSearchPage(): void {
  searchPage().catch(() => {}); // a failure is the router's to report, when the reader searches
}

/** Every route, for the browser's router and for the build's static rendering (entry-server.tsx). */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.home.path,
      Component: RootLayout,
      // Only for failures of the frame itself: every page's own failures stay inside the frame (below).
      ErrorBoundary: AppError,
      children: [
        {
          // Pathless so that errors, 404s and the first load render inside the layout's <main>.
          id: 'pages',
          ErrorBoundary: RouteError,
          HydrateFallback: PageLoading,
          children: [
            { index: true, loader: homeLoader(queryClient), Component: HomeRoute },
            { path: paths.issue.path, loader: issueLoader(queryClient), Component: IssueRoute },
            // Lazy (~4.7 kB gz): the front page does not need it; an article opened first (prerendered)
            // loads it with the app; followed from the front page, it comes with the click (a few kB).
            {
              path: paths.article.path,
              lazy: () => import('./routes/article').then((m) => ({ loader: m.articleLoader(queryClient), Component: m.default })),
            },
            // Lazy: MiniSearch and the character tables load only when someone searches (or the page is idle: preloadSearchPage).
            { path: paths.search.path, lazy: () => searchPage().then((m) => ({ Component: m.default })) },
            // Lazy: the bookmarks list, the archive and the people/places pages are not needed to read today's paper.
            {
              path: paths.bookmarks.path,
              lazy: () => import('./routes/bookmarks').then((m) => ({ loader: m.bookmarksLoader(queryClient), Component: m.default })),
            },
            {
              path: paths.offline.path,
              lazy: () => import('./routes/offline').then((m) => ({ loader: m.offlineLoader(queryClient), Component: m.default })),
            },
            {
              path: paths.archive.path,
              lazy: () => import('./routes/archive').then((m) => ({ loader: m.archiveLoader(queryClient), Component: m.default })),
            },
            {
              path: paths.people.path,
              lazy: () => import('./routes/entity-list').then((m) => ({ loader: m.entityListLoader(queryClient), Component: m.PeopleRoute })),
            },
            {
              path: paths.places.path,
              lazy: () => import('./routes/entity-list').then((m) => ({ loader: m.entityListLoader(queryClient), Component: m.PlacesRoute })),
            },
            {
              path: paths.person.path,
              lazy: () => import('./routes/entity').then((m) => ({ loader: m.entityLoader(queryClient, 'person'), Component: m.PersonRoute })),
            },
            {
              path: paths.place.path,
              lazy: () => import('./routes/entity').then((m) => ({ loader: m.entityLoader(queryClient, 'place'), Component: m.PlaceRoute })),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(appRoutes(queryClient), { basename: import.meta.env.BASE_URL });
  // A query typed on the results page writes its address a frame after its answer: any navigation
  // that starts or lands before then (the reader went elsewhere) drops it (features/search/typed-address.ts).
  let location = router.state.location;
  router.subscribe((state) => {
    if (state.navigation.state === 'idle' && state.location === location) return;
    location = state.location;
    dropTypedAddress();
  });
  return router;
}
