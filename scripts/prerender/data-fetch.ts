/**
 * The app's data requests, answered from the built site's files: the server bundle's loaders call
 * fetch() exactly as in the browser (hash checks and schemas included), and get the bytes the site
 * will serve. Anything outside the data folder, or missing, is a 404 as a static host would answer.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

/** `onFetch` hears every data URL asked for (its path, as the browser will ask for it). */
export function serveDataFiles(distDir: string, base: string, onFetch: (path: string) => void = () => {}): typeof fetch {
  const dataRoot = join(distDir, 'data') + sep;
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://prerender.invalid');
    const file = normalize(join(distDir, decodeURIComponent(url.pathname.slice(base.length - 1))));
    if (!file.startsWith(dataRoot)) return new Response('not a data file', { status: 404 });
    onFetch(url.pathname);
    try {
      return new Response(await readFile(file), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('missing', { status: 404 });
    }
  };
}
