import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { paths } from './paths';
import { RootLayout } from './routes/root';
import { RouteError, PageLoading } from './routes/route-states';
import HomeRoute, { homeLoader } from './routes/home';
import IssueRoute, { issueLoader } from './routes/issue';
import ArticleRoute, { articleLoader } from './routes/article';
import { NotFoundPage } from './routes/not-found';

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(
    [
      {
        path: paths.home.path,
        Component: RootLayout,
        children: [
          {
            // Pathless so that errors, 404s and the first load render inside the layout's <main>.
            id: 'pages',
            ErrorBoundary: RouteError,
            HydrateFallback: PageLoading,
            children: [
              { index: true, loader: homeLoader(queryClient), Component: HomeRoute },
              { path: paths.issue.path, loader: issueLoader(queryClient), Component: IssueRoute },
              { path: paths.article.path, loader: articleLoader(queryClient), Component: ArticleRoute },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL },
  );
}
