import { describe, expect, it } from 'vitest';
import { article, issue } from '../../../../tests/fixtures/issues.ts';
import { buildSearchFiles } from '../../../pipeline/steps/build-index.ts';
import { parseQuery } from '../../../schema/search-query.ts';
import type { SearchableIssue } from '../../../schema/search-data.ts';
import { isReadable, resultViews, summarize, type ResultRow } from './answer.ts';
import { inMemorySearch } from './in-memory.ts';
import { issueTextLoader } from './issue-texts.ts';
import { readyFromTop } from './ready-from-top.ts';

// Three issues, one result each; newest first by date, so by date the top result is 2021-01-03's.
const issues = ['2021-01-03', '2021-01-02', '2021-01-01'].map((d) => issue(d, [article(`a${d}`, `株洲${d}`, '株洲日报讯。')]));
const search = inMemorySearch(buildSearchFiles(issues), issues);

/** The page of results by date, each view fetching its issue file through a real loader whose files arrive when `arrive` says. */
async function pageWithHeldFiles() {
  const held = new Map<string, () => void>();
  const loadText = issueTextLoader(
    (id) =>
      new Promise<SearchableIssue>((resolve) => {
        held.set(id, () => resolve(issues.find((i) => i.id === id)!));
      }),
  );
  const terms = parseQuery('株洲');
  const { items } = summarize(search.table, await search.hits(terms), { terms, q: '株洲', filters: {}, sort: 'date', page: 1 }, search.manifest.people);
  const views = resultViews(search.table, items, terms, loadText);
  let top: ResultRow[] | undefined;
  void readyFromTop(views).then((rows) => (top = rows));
  const arrive = async (id: string) => {
    held.get(id)!();
    // Long enough for the loader, the view and readyFromTop to run their continuations.
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return { views, arrive, top: () => top, ids: (rows: ResultRow[] | undefined) => rows?.map((r) => (isReadable(r) ? r.articleId : r.unreadable)) };
}

describe('readyFromTop', () => {
  it("answers with the top result as soon as its issue file is in, before the others' files", async () => {
    const page = await pageWithHeldFiles();
    expect(page.views).toHaveLength(3);
    await page.arrive('2021-01-02');
    expect(page.top()).toBeUndefined(); // the second result is ready, but not the first
    await page.arrive('2021-01-03');
    expect(page.ids(page.top())).toEqual(['a2021-01-03', 'a2021-01-02']);
    await page.arrive('2021-01-01');
    expect(page.ids(await Promise.all(page.views))).toEqual(['a2021-01-03', 'a2021-01-02', 'a2021-01-01']);
  });

  it('never includes a result after one still on its way', async () => {
    const page = await pageWithHeldFiles();
    await page.arrive('2021-01-01');
    await page.arrive('2021-01-03');
    expect(page.ids(page.top())).toEqual(['a2021-01-03']);
  });

  it('is empty for no results', async () => {
    expect(await readyFromTop([])).toEqual([]);
  });
});
