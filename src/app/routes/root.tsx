import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { paths } from '../paths';
import { SITE_NAME } from '../../lib/use-document-title';
import { PageLoading } from './route-states';

/** The frame around every page: skip link, site bar, and the single <main>. */
export function RootLayout() {
  const navigating = useNavigation().state === 'loading';
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        跳到正文
      </a>
      {/* A thin bar while the next page's data loads, so a click never looks ignored. */}
      <div
        aria-hidden="true"
        className={`fixed inset-x-0 top-0 h-0.5 bg-red-800 transition-opacity ${navigating ? 'animate-pulse opacity-100' : 'opacity-0'}`}
      />
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto max-w-3xl px-4 py-2 text-sm">
          <Link to={paths.home.href()} className="font-bold text-red-900 hover:underline">
            {SITE_NAME}
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigating} className="focus:outline-none">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <ScrollRestoration />
    </div>
  );
}
