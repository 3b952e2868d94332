/** A route's full address (with the deployment's base path), for citations and shared links. */
export function absoluteUrl(href: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(`${base}${href}`, window.location.origin).href;
}
