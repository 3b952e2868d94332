import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../../../lib/fetch-json';
import { entityQueryOptions, entityYearQueryOptions } from './get-entity';

// import.meta.env.BASE_URL is Vite's; vitest sets it to '/'.
const run = async (options: { queryFn?: unknown }) => (options.queryFn as () => Promise<unknown>)();

describe('entity ids that could never name one of our files', () => {
  const fetchSpy = vi.fn(async (_url: string) => new Response('{}', { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchSpy);
  afterEach(() => fetchSpy.mockClear());
  afterAll(() => vi.unstubAllGlobals());

  it.each(['', '.', '..', '../list', 'a/b', 'a\\b', '..\\list'])('%j is not found, without a request', async (id) => {
    await expect(run(entityQueryOptions('person', id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(run(entityYearQueryOptions('person', id, 2020))).rejects.toBeInstanceOf(NotFoundError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([Number.NaN, 2020.5, -1])('year %s is not found, without a request', async (year) => {
    await expect(run(entityYearQueryOptions('place', '株洲市', year))).rejects.toBeInstanceOf(NotFoundError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('asks for a name, even one with dots inside, percent-encoded', async () => {
    await run(entityYearQueryOptions('place', '株洲市', 2020)).catch(() => undefined);
    await run(entityQueryOptions('person', 'A.B')).catch(() => undefined);
    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual([
      `/data/entities/place/${encodeURIComponent('株洲市')}/2020.json`,
      '/data/entities/person/A.B.json',
    ]);
  });
});
