/** `/issues/a/` and `/issues/a`, `%E4` and `%e4` or 习: one address for the router, so one here too. */
const normalise = (path: string) => {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: compared as it is.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
};

/**
 * Whether the HTML on screen, prerendered for the address `rendered`, is what the app renders at
 * `location`: the same path and no query (the prerendered pages are the ones without one).
 */
export function isPrerenderedFor(rendered: string, location: Pick<Location, 'pathname' | 'search'>): boolean {
  return location.search === '' && normalise(rendered) === normalise(location.pathname);
}
