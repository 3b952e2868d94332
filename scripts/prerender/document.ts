/**
 * A prerendered page's HTML: the built index.html (the app shell, with its scripts, styles and font
 * preloads) with the page's own head and its rendered body put in. Pure string work, checked so that
 * a template that changed shape fails loudly instead of writing pages without content.
 */
import { escapeHtml } from '../../src/app/seo/head-tags.ts';

const TITLE = /<title>[^<]*<\/title>\s*/;
const DESCRIPTION = /<meta name="description" content="[^"]*" \/>\s*/;
const ROOT = '<div id="root"></div>';


/** Throws unless `template` has what pageDocument replaces. */
export function checkTemplate(template: string): void {
  for (const [what, found] of [
    ['<title>', TITLE.test(template)],
    ['<meta name="description">', DESCRIPTION.test(template)],
    [ROOT, template.includes(ROOT)],
    ['</head>', template.includes('</head>')],
  ] as const) {
    if (!found) throw new Error(`index.html has no ${what}: cannot put prerendered pages into it`);
  }
}

export interface PageParts {
  /** The page's address as the browser shows it (base path included, percent-encoded). */
  path: string;
  /** <title>, description, canonical, Open Graph and JSON-LD, ready to insert. */
  head: string;
  /** The app's markup inside #root. */
  html: string;
  /** Data files the app will fetch to hydrate this page (site-absolute URLs), fetched beside the JS. */
  preload: readonly string[];
}

/**
 * Where a page's HTML goes: `/issues/2020-11-05` → issues/2020-11-05.html, which GitHub Pages,
 * Netlify, Cloudflare Pages and `vite preview` all serve at the address without `.html` and without
 * a redirect to a trailing slash (a folder's index.html would get one); `/` → index.html.
 */
export function pageFile(path: string, base: string): string {
  const relative = decodeURIComponent(path.slice(base.length)).replace(/\/+$/, '');
  return relative === '' ? 'index.html' : `${relative}.html`;
}

export function pageDocument(template: string, page: PageParts): string {
  const preloads = page.preload.map((href) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(href)}">`).join('');
  // Replacement functions, not strings: `$&` or `$1` in an article's text must stay text.
  return template
    .replace(TITLE, () => page.head)
    .replace(DESCRIPTION, () => '')
    .replace('</head>', () => `${preloads}</head>`)
    .replace(ROOT, () => `<div id="root" data-prerendered="${escapeHtml(page.path)}">${page.html}</div>`);
}
