/**
 * Where the site is served, for what must be absolute: canonical links, Open Graph, the sitemap.
 * Set SITE_URL when building for a deployment; the default is `npm start`'s preview server.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** SITE_URL's origin (build time, Node only). */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL ?? DEFAULT_SITE_URL;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`SITE_URL is not a URL: ${value}`);
  }
}
