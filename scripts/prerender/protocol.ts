/** What the prerender's main thread and its workers (worker.ts) pass each other. */
import type { Group } from './groups.ts';

/** The server bundle (src/entry-server.tsx, built by Vite in SSR mode). */
export type Renderer = typeof import('../../src/entry-server.tsx');

/** The tags a page's <head> carries, as HTML. */
export type PageHead = string;

export interface WorkerInput {
  /** The server bundle's entry file. */
  bundle: string;
  distDir: string;
  /** The site's base path (`/` or `/archive/`). */
  base: string;
  /** Where the site is served (SITE_URL): canonical links and addresses are made from it. */
  origin: string;
  /** The built index.html. */
  template: string;
  cacheDir: string;
  /** Render every group, ignoring the cache. */
  full: boolean;
  groups: Group[];
}

export interface WorkerResult {
  rendered: number;
  kept: number;
  failures: { group: string; path: string; reason: string }[];
  /** Every page written, for the sitemap; `lastmod` is the date for issue and article pages. */
  written: { path: string; lastmod?: string }[];
}
