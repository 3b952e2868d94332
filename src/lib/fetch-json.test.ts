import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../schema/issue';
import { manifestSchema } from '../schema/manifest';
import { DataError, fetchJson, NotFoundError } from './fetch-json';

const respond = (body: string, init: ResponseInit = {}) =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' }, ...init })));

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('returns data that matches the schema', async () => {
    const manifest = { schemaVersion: SCHEMA_VERSION, issues: [], years: [] };
    respond(JSON.stringify(manifest));
    await expect(fetchJson('data/manifest.json', manifestSchema)).resolves.toEqual(manifest);
  });

  // zod/mini has no messages of its own: without the locale in schema/zod.ts this says only "Invalid input".
  it('names the file, the field and what was expected when data breaks the contract', async () => {
    respond(JSON.stringify({ schemaVersion: 999, issues: [], years: [] }));
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
