import { renderedPageUrl } from '../lib/page-url';

/** A route's full address (with the deployment's base path), for citations and shared links. */
export function absoluteUrl(href: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  // At build time (prerendering) the page's address is set for it (lib/page-url.ts); the origin of that.
  const origin = typeof window === 'undefined' ? new URL(renderedPageUrl() || 'http://localhost').origin : window.location.origin;
  return new URL(`${base}${href}`, origin).href;
}
