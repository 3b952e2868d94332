import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { previewShellFallback, spaFallbackPage } from './scripts/vite-spa-fallback.ts';
import { cspHeaders } from './scripts/csp.ts';
import { previewHeaders } from './scripts/headers-file.ts';
import { pwa } from './scripts/pwa.ts';

/** Fontsource lists a woff fallback beside each woff2; every browser that runs this app (ES2022
 * modules) reads woff2, so the fallback only doubled the font CSS. And the Latin slices' display. */
function woff2Only(): Plugin {
  return {
    name: 'woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/][^?]*\.css(\?|$)/.test(id)) return;
      const woff2 = code.replace(/,\s*url\([^)]+\.woff\)\s*format\(['"]woff['"]\)/g, '');
      // The Latin slices (fonts.ts): a page's HTML is prerendered and painted before they arrive;
      // swapping them in later would reflow every line (digits and Latin change width). Optional:
      // used if in by first paint (they are preloaded, and cached after the first visit), else the
      // fallback stays for this page view and nothing moves.
      return /[\\/]latin(?:-ext)?-\d+\.css/.test(id) ? woff2.replace(/font-display:\s*swap/g, 'font-display: optional') : woff2;
    },
  };
}

/** Preloads the Latin font slices (see src/app/fonts.ts): fetched beside the JS rather than after it. */
function preloadLatinFonts(): Plugin {
  let base = '/';
  return {
    name: 'preload-latin-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(_html, ctx) {
      return Object.keys(ctx.bundle ?? {})
        .filter((file) => /noto-serif-sc-latin-\d+-normal-[\w-]+\.woff2$/.test(file))
        .map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  // The SSR build (`--ssr src/entry-server.tsx`) is the renderer the prerender script runs at build
  // time: it needs the app's transforms only, none of the plugins that write the site's files.
  plugins: isSsrBuild
    ? [react(), tailwindcss(), woff2Only()]
    : [react(), tailwindcss(), woff2Only(), preloadLatinFonts(), spaFallbackPage(), previewShellFallback(), cspHeaders(), previewHeaders(), pwa()],
  // DIST_DIR lets parallel test runs (or a 10-year build) keep their own output folder.
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    // The renderer needs no copy of public/ (the data alone is hundreds of MB at ten years).
    copyPublicDir: !isSsrBuild,
    // Font slices under 4 KB would be inlined as data: URLs, which the Content-Security-Policy's
    // font-src 'self' blocks (scripts/csp.ts); as files they are also cached apart from the code.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    rolldownOptions: {
      output: {
        // Every page needs these: one file, loaded with the entry. Left to itself the bundler split
        // them into five small shared chunks once lazy chunks (cite, offline) shared them too, and
        // each is another request on the first page's critical path (Lighthouse LCP +0.2–0.4 s).
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](?:react|react-dom|scheduler|react-router|zod|@tanstack)[\\/]/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // e2e/ belongs to Playwright; vitest must never collect it.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    environment: 'node',
  },
}));
