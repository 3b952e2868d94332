// Where the site is published. Canonical links, Open Graph URLs, JSON-LD and the sitemap need
// absolute addresses, which only the build can know: the prerender script reads SITE_URL from its
// environment and passes the origin on. The browser bundle never reads it (a page knows its own
// address: app/absolute-url.ts).

/** What `vite preview` serves (`npm start`), used when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * The origin (`https://example.org`, no trailing slash) of SITE_URL's value, or of the default when
 * it is unset or blank. Anything but an http(s) origin is an error that says what was given: a path
 * belongs in Vite's `base`, which the build applies to every address itself.
 */
export function siteOrigin(siteUrl: string | undefined): string {
  const value = siteUrl?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https, got "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an origin only (scheme, host, port), got "${value}": set a sub-path with Vite's base`);
  }
  return url.origin;
}
