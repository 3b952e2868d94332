import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../../../lib/fetch-json';
import { entityQueryOptions, entityYearQueryOptions } from './get-entity';

// import.meta.env.BASE_URL is Vite's; vitest sets it to '/'.
// The entity list an entity's file is looked up in (it records the file's hash).
const client = { ensureQueryData: async () => ({ entities: [{ type: 'person', id: 'A.B', hash: '0123abcd' }] }) };
const run = async (options: { queryFn?: unknown }) => (options.queryFn as (context: unknown) => Promise<unknown>)({ client });
const year = (y: number) => ({ year: y, count: 1, hash: '89abcdef' });

describe('entity ids that could never name one of our files', () => {
  const fetchSpy = vi.fn(async (_url: string) => new Response('{}', { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchSpy);
  afterEach(() => fetchSpy.mockClear());
  afterAll(() => vi.unstubAllGlobals());

  it.each(['', '.', '..', '../list', 'a/b', 'a\\b', '..\\list'])('%j is not found, without a request', async (id) => {
    await expect(run(entityQueryOptions('person', id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(run(entityYearQueryOptions({ type: 'person', id }, year(2020)))).rejects.toBeInstanceOf(NotFoundError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([Number.NaN, 2020.5, -1])('year %s is not found, without a request', async (y) => {
    await expect(run(entityYearQueryOptions({ type: 'place', id: '株洲市' }, year(y)))).rejects.toBeInstanceOf(NotFoundError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('asks for a name, even one with dots inside, percent-encoded', async () => {
    await run(entityYearQueryOptions({ type: 'place', id: '株洲市' }, year(2020))).catch(() => undefined);
    await run(entityQueryOptions('person', 'A.B')).catch(() => undefined);
    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual([
      `/data/entities/place/${encodeURIComponent('株洲市')}/2020.89abcdef.json`,
      '/data/entities/person/A.B.0123abcd.json',
    ]);
  });
});
