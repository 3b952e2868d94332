import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppProvider, firstPageLoaded } from './app/provider';
import { preloadSearchPage } from './app/router';
import { reloadOnStaleChunks } from './app/reload-once';
import { startOffline } from './app/pwa/start';
import { roomToPreload, whenPageSettled } from './app/page-settled';
import { preloadSearch } from './features/search/components/search-box';
import { isPrerenderedFor } from './app/prerendered';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before the first lazy route can fail: a tab open across a deploy reloads once to get the new code.
reloadOnStaleChunks();

const app = (how: 'hydrated' | 'rendered') => (
  <StrictMode>
    <AppProvider how={how} />
  </StrictMode>
);

const rendered = container.dataset.prerendered;
if (rendered === undefined) {
  // The app shell (a page that is not prerendered, or the dev server): React renders it all.
  createRoot(container).render(app('rendered'));
} else {
  // The page's HTML is on screen already (scripts/prerender/): it stays as it is until the router has
  // the data it was rendered with, then React takes it over. A transition, so hydrating a long
  // article yields to the reader's input instead of blocking it.
  void firstPageLoaded().then(({ failed }) => {
    if (!failed && isPrerenderedFor(rendered, location)) startTransition(() => void hydrateRoot(container, app('hydrated')));
    // Another page's HTML (a host's fallback), a query the HTML does not show (?hl= marks, filters),
    // or data that failed since the build: replaced in one step by what the app renders now.
    else createRoot(container).render(app('rendered'));
  });
}

// Installable and offline: the service worker registers once the page is idle and the reader has
// left it alone for a few seconds (app/pwa/start.ts).
startOffline();
// The search worker's code, not its index, and the search page's code, once the page is idle: a
// first search waits for neither their download nor their start (docs/search.md, "Cold at 10 years").
whenPageSettled(() => {
  if (!roomToPreload()) return;
  preloadSearch();
  preloadSearchPage();
}, 5000);
