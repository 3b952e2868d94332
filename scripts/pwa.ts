import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable, offline app (vite-plugin-pwa, Workbox): the web app manifest and dist/sw.js, built
 * from src/app/sw/sw.ts with the list of files to precache: the app shell (HTML, JS, CSS), the
 * fonts and the icons. Not the data (public/data is copied into dist/data): those files are cached
 * as they are read or kept, by the worker's own rules. Registration is the app's (app/pwa).
 */
export function pwa(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app/sw',
    filename: 'sw.ts',
    injectRegister: false,
    manifestFilename: 'app.webmanifest',
    manifest: {
      name: '株洲日报数字档案',
      short_name: '株洲日报',
      description: '阅读、检索、引用株洲日报；收藏和保存的报纸可离线阅读。',
      lang: 'zh-CN',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      theme_color: '#9f0712',
      background_color: '#fafaf9',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      globPatterns: ['**/*.{html,js,css,woff2,png,webmanifest}'],
      // 404.html is a copy of the app for hosts without a rewrite; data files have their own rules.
      globIgnores: ['data/**', '404.html', 'sw.js'],
      // index.html is the app shell while this list is made; the prerender then writes the front
      // page over it and keeps the shell as 200.html (a byte copy): precached under that name.
      manifestTransforms: [
        (entries) => ({ manifest: entries.map((entry) => (entry.url === 'index.html' ? { ...entry, url: '200.html' } : entry)), warnings: [] }),
      ],
      // The CJK font slices are small, the largest script chunks a few hundred kB.
      maximumFileSizeToCacheInBytes: 2_000_000,
    },
    devOptions: { enabled: false },
  });
}
