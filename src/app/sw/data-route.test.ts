import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../schema/issue';
import { dataCache } from '../../lib/offline-caches';
import { handleData } from './data-route';

// The worker's data rules against an in-memory Cache API and a scripted network (Node has Request
// and Response; it has no caches).

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(key: string | Request) {
    return this.entries.get(typeof key === 'string' ? new URL(key, 'http://site').href : key.url)?.clone();
  }
  async put(key: string | Request, response: Response) {
    this.entries.set(typeof key === 'string' ? new URL(key, 'http://site').href : key.url, response);
  }
}

const stores = new Map<string, MemoryCache>();
const open = (name: string) => {
  if (!stores.has(name)) stores.set(name, new MemoryCache());
  return stores.get(name)!;
};
const registration = { update: vi.fn(async () => undefined) } as unknown as ServiceWorkerRegistration;
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const manifestUrl = 'http://site/data/manifest.json';
const issueUrl = 'http://site/data/issues/2020-09-05.abcd1234.json';

beforeEach(() => {
  stores.clear();
  vi.stubGlobal('caches', {
    open: async (name: string) => open(name),
    match: async (key: string) => {
      for (const cache of stores.values()) {
        const hit = await cache.match(key);
        if (hit) return hit;
      }
      return undefined;
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// The copies the worker keeps after answering (the fetch event's waitUntil), awaited before the next step.
let kept: Promise<void>[] = [];
async function handle(request: Request): Promise<Response> {
  const response = await handleData(request, '/', registration, (work) => void kept.push(work));
  await Promise.all(kept);
  kept = [];
  return response;
}

describe('manifest.json', () => {
  it('comes from the network and is kept; offline, the kept copy answers', async () => {
    vi.stubGlobal('fetch', async () => json({ schemaVersion: SCHEMA_VERSION, n: 1 }));
    expect(await (await handle(new Request(manifestUrl))).json()).toEqual({ schemaVersion: SCHEMA_VERSION, n: 1 });
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await (await handle(new Request(manifestUrl))).json()).toEqual({ schemaVersion: SCHEMA_VERSION, n: 1 });
  });

  it('of another schema version is not given to this app while it has its own, and the worker looks for its successor', async () => {
    vi.stubGlobal('fetch', async () => json({ schemaVersion: SCHEMA_VERSION, n: 1 }));
    await handle(new Request(manifestUrl));
    vi.stubGlobal('fetch', async () => json({ schemaVersion: SCHEMA_VERSION + 1, n: 2 }));
    expect(await (await handle(new Request(manifestUrl))).json()).toEqual({ schemaVersion: SCHEMA_VERSION, n: 1 });
    expect(registration.update).toHaveBeenCalled();
    // Never stored: the kept copy is still this version's.
    expect(await (await open(dataCache).match('/data/manifest.json'))!.json()).toEqual({ schemaVersion: SCHEMA_VERSION, n: 1 });
  });

  it('offline with nothing kept is a network error, as without a worker (the page says it needs the network)', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await handle(new Request(manifestUrl))).type).toBe('error');
  });
});

describe('content-named files', () => {
  it('are read once from the network, then from the cache, also offline', async () => {
    const network = vi.fn(async () => json({ id: '2020-09-05' }));
    vi.stubGlobal('fetch', network);
    await handle(new Request(issueUrl));
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await (await handle(new Request(issueUrl))).json()).toEqual({ id: '2020-09-05' });
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('a retry after damage (cache: reload) goes to the network and replaces the copy', async () => {
    vi.stubGlobal('fetch', async () => json({ bad: true }));
    await handle(new Request(issueUrl));
    vi.stubGlobal('fetch', async () => json({ good: true }));
    expect(await (await handle(new Request(issueUrl, { cache: 'reload' }))).json()).toEqual({ good: true });
    expect(await (await handle(new Request(issueUrl))).json()).toEqual({ good: true });
  });

  it('are answered before their copy is written: the write goes on after the response', async () => {
    vi.stubGlobal('fetch', async () => json({ id: '2020-09-05' }));
    let write!: () => void;
    const written = new Promise<void>((resolve) => (write = resolve));
    vi.spyOn(MemoryCache.prototype, 'put').mockImplementation(async function (this: MemoryCache, key, response) {
      await written;
      this.entries.set(typeof key === 'string' ? key : key.url, response);
    });
    const later: Promise<void>[] = [];
    const response = await handleData(new Request(issueUrl), '/', registration, (work) => void later.push(work));
    expect(await response.json()).toEqual({ id: '2020-09-05' });
    expect(later).toHaveLength(1);
    expect(open(dataCache).entries.size).toBe(0);
    write();
    await Promise.all(later);
    expect(open(dataCache).entries.size).toBe(1);
  });

  it('an HTML fallback page or an error status is never kept', async () => {
    vi.stubGlobal('fetch', async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await handle(new Request(issueUrl));
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    await handle(new Request(issueUrl));
    expect(open(dataCache).entries.size).toBe(0);
  });
});
