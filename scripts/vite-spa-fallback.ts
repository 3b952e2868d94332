import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Static hosts that cannot rewrite every path to index.html (GitHub Pages, and any host that
 * serves a custom 404.html) still open deep links like /people/张三 if 404.html is the app itself:
 * the router reads the URL and renders the page; only the HTTP status says 404.
 */
export function spaFallbackPage(): Plugin {
  return {
    name: 'spa-fallback-404',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (dir && existsSync(join(dir, 'index.html'))) copyFileSync(join(dir, 'index.html'), join(dir, '404.html'));
    },
  };
}
