import { dataCache, keptCaches } from '../../lib/offline-caches';

// Issue files kept on this device on purpose, in the caches the service worker reads from
// (src/app/sw/data-route.ts answers a content-named file from any of our caches).

export type KeptReason = keyof typeof keptCaches;
export type KeptFile = { url: string; issueId: string; bytes: number; reason: KeptReason };

export { canKeep } from './can-keep';

/** The issue id in an issue file's URL (…/data/issues/<id>.<hash>.json). */
export function issueIdOf(url: string): string | undefined {
  return /\/data\/issues\/(\d{4}-\d{2}-\d{2}(?:-\d+)?)\.[0-9a-f]+\.json$/.exec(new URL(url, 'http://x').pathname)?.[1];
}

/** Fetches `url` into `cache` unless it is there; a failed download (offline) leaves it out. */
async function add(cache: Cache, url: string): Promise<boolean> {
  if (await cache.match(url)) return true;
  const response = await fetch(url, { headers: { Accept: 'application/json' } }).catch(() => undefined);
  if (!response?.ok || response.headers.get('content-type')?.includes('text/html')) return false;
  await cache.put(url, response);
  return true;
}

/** Keeps exactly the issue files of the bookmarks (adds new ones, lets go of those no longer bookmarked). */
export async function syncBookmarked(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(keptCaches.bookmarks);
  const wanted = new Set(urls);
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  for (const url of wanted) await add(cache, url);
}

/** "保存以离线阅读": keeps one issue's file; false when it could not be downloaded. */
export async function saveIssue(url: string): Promise<boolean> {
  return add(await caches.open(keptCaches.saved), url);
}

export async function removeSaved(url: string): Promise<void> {
  await (await caches.open(keptCaches.saved)).delete(url);
}

export async function isSaved(url: string): Promise<boolean> {
  return Boolean(await (await caches.open(keptCaches.saved)).match(url));
}

async function sizeOf(response: Response | undefined): Promise<number> {
  return response ? (await response.blob()).size : 0;
}

/** Every kept issue file, with its size and why it is kept. */
export async function listKept(): Promise<KeptFile[]> {
  const files: KeptFile[] = [];
  for (const reason of Object.keys(keptCaches) as KeptReason[]) {
    const cache = await caches.open(keptCaches[reason]);
    for (const request of await cache.keys()) {
      const issueId = issueIdOf(request.url);
      if (issueId) files.push({ url: request.url, issueId, bytes: await sizeOf(await cache.match(request)), reason });
    }
  }
  return files;
}

/** The files cached as they were read: how many and how large. */
export async function readCacheSummary(): Promise<{ files: number; bytes: number }> {
  const cache = await caches.open(dataCache);
  const requests = await cache.keys();
  let bytes = 0;
  for (const request of requests) bytes += await sizeOf(await cache.match(request));
  return { files: requests.length, bytes };
}

/** Empties the cache of files read (kept ones stay). */
export async function clearReadCache(): Promise<void> {
  await caches.delete(dataCache);
}

/** The browser's figure for this site's storage: used and available, in bytes (undefined if unknown). */
export async function storageEstimate(): Promise<{ usage?: number; quota?: number }> {
  return navigator.storage?.estimate ? navigator.storage.estimate() : {};
}

/** 1234567 → "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}
