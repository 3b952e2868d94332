import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
// From react-router/dom, which has ReactDOM's flushSync: the search box draws its own writes at once.
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '../lib/query-client';
import { loadCjkFonts } from './fonts';
import { createAppRouter } from './router';

// Created once at module load: the router starts its loaders as soon as it exists.
const router = createAppRouter(queryClient);

// The CJK fonts wait until the first page is on screen (its data in, or failed): see fonts.ts.
// React renders the page in tasks of its own after the router is ready, so the fonts start once
// the browser is idle, which comes after that render has been painted (at most 2 s later).
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);
// And only once the page's own text has been painted (a largest-contentful-paint inside <main>): a
// font request started before that paint is counted on its path (Lighthouse's simulated LCP then
// took the 67 kB slice list and the slices with it, 3.0 s instead of 2.6 s, whenever the idle
// callback came first). At most 3 s later without that signal (no LCP API, an error page).
function afterContentPaint(task: () => void): void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    whenIdle(task);
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => (e as LargestContentfulPaint).element?.closest('main'))) go();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No LCP entries in this browser: the timeout decides.
  }
  setTimeout(go, 3000);
}
const stopWaiting = router.subscribe((state) => {
  if (!state.initialized) return;
  stopWaiting();
  afterContentPaint(loadCjkFonts);
});

/**
 * Resolves once the router has run the first page's loaders (and loaded its lazy route): a
 * prerendered page is hydrated only then, with every query it rendered with in the cache, so the
 * first client render is the server's HTML exactly. Whether that first load failed is returned.
 */
export function firstPageLoaded(): Promise<{ failed: boolean }> {
  const settled = () => ({ failed: router.state.errors !== null });
  if (router.state.initialized) return Promise.resolve(settled());
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve(settled());
    });
  });
}

/**
 * Says on <html data-app> how the page came to life once React has committed it: `hydrated` (the
 * prerendered HTML taken over as it was) or `rendered` (drawn by the app). For tests and for anyone
 * asking why a page looks as it does.
 */
function LifeMark({ how }: { how: 'hydrated' | 'rendered' }) {
  useEffect(() => {
    document.documentElement.dataset.app = how;
  }, [how]);
  return null;
}

export function AppProvider({ how = 'rendered' }: { how?: 'hydrated' | 'rendered' }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <LifeMark how={how} />
    </QueryClientProvider>
  );
}
