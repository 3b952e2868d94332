import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesOf, contentHash, nameHash } from '../schema/content-hash';
import { SCHEMA_VERSION } from '../schema/issue';
import { manifestSchema } from '../schema/manifest';
import { ArchiveUpdatedError, DamagedDataError, DataError, fetchData, fetchJson, NotFoundError, setEntryHash } from './fetch-json';

const respond = (body: string, init: ResponseInit = {}) =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' }, ...init })));

/** A server: path → body (missing paths are 404); records each request's cache mode. */
function serve(files: Record<string, string>) {
  const calls: { url: string; cache?: RequestCache }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, cache: init?.cache });
      const body = files[url];
      return body === undefined ? new Response('', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  const manifest = { schemaVersion: SCHEMA_VERSION, issues: [], years: [], entities: 'entities/list.0123abcd.json', search: 'search/manifest.0123abcd.json' };

  it('returns data that matches the schema', async () => {
    respond(JSON.stringify(manifest));
    await expect(fetchJson('data/manifest.json', manifestSchema)).resolves.toEqual(manifest);
  });

  // zod/mini has no messages of its own: without the locale in schema/zod.ts this says only "Invalid input".
  it('names the file, the field and what was expected when data breaks the contract', async () => {
    respond(JSON.stringify({ ...manifest, schemaVersion: 999 }));
    const error = await fetchJson('data/manifest.json', manifestSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(`数据有误（data/manifest.json）：schemaVersion：Invalid input: expected ${SCHEMA_VERSION}`);
  });

  it('treats a 404 and an HTML fallback page as missing, and bad JSON as a data error', async () => {
    respond('', { status: 404 });
    await expect(fetchJson('data/x.json', manifestSchema)).rejects.toBeInstanceOf(NotFoundError);
    respond('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    await expect(fetchJson('data/x.json', manifestSchema)).rejects.toBeInstanceOf(NotFoundError);
    respond('{"schemaVersion":');
    await expect(fetchJson('data/x.json', manifestSchema)).rejects.toThrow('不是有效的 JSON');
  });
});

describe('content-named files', () => {
  const body = '{"a":1}';
  const url = `/data/issues/2020-11-05.${nameHash(body)}.json`;

  it('returns bytes that match the hash in the name', async () => {
    serve({ [url]: body });
    expect(await fetchData(url)).toEqual(bytesOf(body));
  });

  it('refuses one changed byte as damaged, and refetches past the HTTP cache on retry', async () => {
    const calls = serve({ [url]: '{"a":2}' });
    const error = await fetchData(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedDataError);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toContain('数据已损坏');
    const retry = serve({ [url]: body });
    expect(await fetchData(url)).toEqual(bytesOf(body));
    expect(calls[0]!.cache).toBeUndefined();
    expect(retry[0]!.cache).toBe('reload');
    // Once good bytes came, later fetches use the cache again.
    const later = serve({ [url]: body });
    await fetchData(url);
    expect(later[0]!.cache).toBeUndefined();
  });

  it('calls a missing file a new deploy when manifest.json changed, and a missing file when it did not', async () => {
    const loaded = '{"old":true}';
    setEntryHash(contentHash(bytesOf(loaded)));
    const calls = serve({ '/data/manifest.json': '{"new":true}' });
    await expect(fetchData(url)).rejects.toBeInstanceOf(ArchiveUpdatedError);
    expect(calls.at(-1)).toEqual({ url: '/data/manifest.json', cache: 'no-cache' });
    serve({ '/data/manifest.json': loaded });
    const error = await fetchData(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).not.toBeInstanceOf(ArchiveUpdatedError);
    expect(error).not.toBeInstanceOf(NotFoundError);
  });
});
