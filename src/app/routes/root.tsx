import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../../lib/use-document-title';
import { PageLoading } from './route-states';
import { SearchBox } from '../../features/search/components/search-box';
import { BookmarksLink } from '../../features/bookmarks/components/bookmarks-link';
import { RecoveryBanner } from '../../features/bookmarks/components/recovery-banner';
import { ShortcutsHelp } from '../../features/reader/components/shortcuts-help';
import { ThemeToggle } from '../../components/ui/theme-toggle';
import { SiteNav } from './site-nav';
import { UpdateBanner } from '../pwa/update-banner';
import { KeepBookmarksOffline } from '../pwa/keep-bookmarks';

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
      <header className="border-b border-stone-300 bg-white" data-print="hide">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm">
          <Link to={paths.home.href()} className="shrink-0 font-bold text-red-900 hover:underline">
            {SITE_NAME}
          </Link>
          <SiteNav />
          {/* Its own row on phones, so the box is wide enough to type in. */}
          <div className="order-last flex basis-full sm:order-none sm:flex-1 sm:basis-auto sm:justify-end">
            <SearchBox />
          </div>
          <div className="ml-auto flex items-center gap-3 sm:ml-0">
            <BookmarksLink />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <RecoveryBanner />
      {/* At least a screen tall, so the footer starts below the fold and never jumps when a page's
          content replaces the loading spinner. */}
      <main id="main" tabIndex={-1} aria-busy={navigating} className="min-h-screen focus:outline-none">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="mx-auto mt-16 max-w-6xl border-t border-stone-300 px-4 py-6 text-sm" data-print="hide">
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <ShortcutsHelp />
          <Link to={paths.offline.href()} className="text-stone-600 underline-offset-4 hover:text-red-800 hover:underline">
            离线阅读
          </Link>
        </div>
      </footer>
      <KeepBookmarksOffline />
      <UpdateBanner />
      <ScrollRestoration />
    </div>
  );
}
