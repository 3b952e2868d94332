// Absolute addresses of the site's pages, for canonical links, Open Graph, JSON-LD and the sitemap.

/**
 * Characters that may not appear raw in a URL: encoded as encodeURIComponent would (UTF-8), so a path
 * already made by paths.ts (which encodes every id) is unchanged, and a raw Chinese path comes out the
 * same. Braces stay, for the JSON-LD search template ({search_term_string}); paths.ts encodes any brace
 * in an id.
 */
const UNSAFE = /[^\x21-\x7e]|["<>\\^`|]/gu;

/** The deployment's base path, `/` or `/a/b/`, from Vite's `base` in any spelling (`a/b`, `/a/b`). */
function normalBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `origin` + `base` + `path` (site-relative, starting with /), as one absolute URL. */
export function siteUrl(path: string, origin: string, base = '/'): string {
  if (!path.startsWith('/')) throw new Error(`siteUrl: a site-relative path starts with "/", got "${path}"`);
  const encoded = path.replace(UNSAFE, (ch) => encodeURIComponent(ch));
  return `${origin.replace(/\/+$/, '')}${normalBase(base)}${encoded.slice(1)}`;
}
