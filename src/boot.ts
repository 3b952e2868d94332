/**
 * The page's entry, and all of it that runs before the first paint. A prerendered page (its HTML
 * already holds the text: scripts/prerender/) is painted first and the app starts right after, so
 * neither its download (~150 kB gzipped) nor its start-up delays the news on a slow phone or line.
 * The app shell (search, bookmarks, the dev server) has nothing to paint yet: the app starts at once.
 */
// The page's stylesheet (with the Latin font slices, app/fonts.ts) is linked by index.html itself:
// a prerendered page needs it to paint, before any of the app's code.
import './index.css';
import '@fontsource/noto-serif-sc/latin-400.css';
import '@fontsource/noto-serif-sc/latin-700.css';

const start = () =>
  void import('./main').catch((error: unknown) => {
    // The page's own HTML stays readable; a reload tries again (a stale tab after a deploy).
    console.error('The app could not start:', error);
  });

/** Calls `then` once the page's text has been painted (first-contentful-paint), or after `atMost` ms. */
function afterFirstContentfulPaint(then: () => void, atMost: number): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    then();
  };
  try {
    // A paint before the text shows (fonts in their short block period) is not the one: wait for
    // the contentful one, else the app's start-up (a long task) would hold the text back.
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      // In the task after the paint, not in the paint's own.
      setTimeout(go);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the time limit decides.
  }
  // A background tab does not paint at all: it starts anyway.
  setTimeout(go, atMost);
}

if (document.getElementById('root')?.dataset.prerendered !== undefined) afterFirstContentfulPaint(start, 1500);
else start();
