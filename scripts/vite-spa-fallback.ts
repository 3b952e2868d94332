import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Static hosts that cannot rewrite every path to index.html (GitHub Pages, and any host that
 * serves a custom 404.html) still open deep links like /search?q=… if 404.html is the app itself:
 * the router reads the URL and renders the page; only the HTTP status says 404. The prerender
 * (scripts/prerender/) keeps this shell as 200.html too, once index.html has become the front page.
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

/**
 * `vite preview` answers an address with no page of its own (/search, /bookmarks, a page the
 * prerender could not write) with the app shell, 200.html, as a host's SPA rewrite would, rather
 * than with index.html, which is now the front page's HTML. Prerendered pages (x.html) and files
 * are served as they are.
 */
export function previewShellFallback(): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'preview-shell-fallback',
    configResolved(config) {
      outDir = config.build.outDir;
      base = config.base;
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const accept = req.headers.accept ?? '';
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !accept.includes('text/html') || !req.url?.startsWith(base)) return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url, 'http://preview.invalid').pathname).slice(base.length - 1);
        } catch {
          return next();
        }
        const isFile = (file: string) => statSync(join(outDir, file), { throwIfNoEntry: false })?.isFile() === true;
        const page = `${path.replace(/\/+$/, '')}.html`;
        if (path === '/' || isFile(path) || isFile(join(path, 'index.html'))) return next();
        // `/issues/x/` as `/issues/x`: the page, not the front page vite would fall back to.
        if (isFile(page)) req.url = encodeURI(`${base}${page.slice(1)}`);
        else if (existsSync(join(outDir, '200.html'))) req.url = `${base}200.html`;
        next();
      });
    },
  };
}
