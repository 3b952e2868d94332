import { SCHEMA_VERSION } from '../schema/issue';

// The caches the service worker (src/app/sw/sw.ts) and the page share. Each name carries the data's
// schema version: an app never reads data of another version from them, and a new version's
// worker deletes the old ones when it takes over.

const version = `v${SCHEMA_VERSION}`;

/** Every cache of ours starts with this; the service worker removes ours that are not current. */
export const CACHE_PREFIX = 'zzrb-';

/** Data files as they are read (manifest.json, issues, entities, search index): kept while there is room. */
export const dataCache = `${CACHE_PREFIX}data-${version}`;

/** Issue files kept on purpose: those of bookmarks (kept in step with them) and those saved by hand. */
export const keptCaches = {
  bookmarks: `${CACHE_PREFIX}kept-bookmarks-${version}`,
  saved: `${CACHE_PREFIX}kept-saved-${version}`,
} as const;

/** Prerendered pages as they are visited, so a reload offline shows the page before any script. */
export const pagesCache = `${CACHE_PREFIX}pages-${version}`;

export const currentCaches: readonly string[] = [dataCache, keptCaches.bookmarks, keptCaches.saved, pagesCache];
