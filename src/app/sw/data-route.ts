import { hashInName } from '../../schema/content-hash';
import { SCHEMA_VERSION } from '../../schema/issue';
import { dataCache } from '../../lib/offline-caches';

/** A file of the archive's data: `<base>data/…` on this site. */
export const isDataUrl = (url: URL, base: string, origin: string): boolean => url.origin === origin && url.pathname.startsWith(`${base}data/`);

/** What a file that is not here offline answers: the same network error a fetch without a worker gets. */
const unavailable = () => Response.error();

const usable = (response: Response) => response.ok && !response.headers.get('content-type')?.includes('text/html');

/**
 * manifest.json, the entry that names every other file: from the network while there is one (so a
 * new deploy is seen at once), else the copy kept. A manifest of another schema version belongs to
 * a newer app than this worker's: this app keeps reading its own copy, the worker looks for its
 * successor (the page then offers "有新版本，刷新"), and no page ever mixes the two.
 */
async function manifest(request: Request, registration: ServiceWorkerRegistration, keep: Keep): Promise<Response> {
  const cache = await caches.open(dataCache);
  const key = new URL(request.url).pathname;
  let response: Response;
  try {
    response = await fetch(request);
  } catch {
    return (await cache.match(key)) ?? unavailable();
  }
  if (!usable(response)) return response;
  const version = await response
    .clone()
    .json()
    .then((body: { schemaVersion?: unknown }) => body.schemaVersion)
    .catch(() => undefined);
  if (version === SCHEMA_VERSION) {
    keep(cache.put(key, response.clone()));
    return response;
  }
  void registration.update().catch(() => undefined);
  return (await cache.match(key)) ?? response;
}

/**
 * A content-named file never changes: any cached copy (read before, kept with a bookmark or saved)
 * is it. A retry after damage asks past caches (`cache: 'reload'`, see lib/fetch-json.ts), so it
 * goes to the network and replaces the copy.
 */
async function named(request: Request, keep: Keep): Promise<Response> {
  const fresh = request.cache === 'reload' || request.cache === 'no-cache';
  if (!fresh) {
    const cached = await caches.match(request.url, { ignoreVary: true });
    if (cached) return cached;
  }
  let response: Response;
  try {
    response = await fetch(request);
  } catch {
    return (fresh && (await caches.match(request.url, { ignoreVary: true }))) || unavailable();
  }
  if (usable(response)) {
    const copy = response.clone();
    keep(caches.open(dataCache).then((cache) => cache.put(request.url, copy)));
  }
  return response;
}

/**
 * Work that goes on after the response is given (the fetch event's waitUntil): the copy kept for
 * offline reading is written while the page already reads the file — writing a 200 KB index chunk
 * into Cache Storage first held its response back by tens of ms.
 */
export type Keep = (work: Promise<void>) => void;

/** Answers a request for a data file; files that are neither the entry nor content-named pass through. */
export function handleData(request: Request, base: string, registration: ServiceWorkerRegistration, keep: Keep): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (path === `${base}data/manifest.json`) return manifest(request, registration, keep);
  if (hashInName(path)) return named(request, keep);
  return fetch(request);
}
