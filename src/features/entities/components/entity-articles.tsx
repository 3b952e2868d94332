import { useQueries } from '@tanstack/react-query';
import { useRememberedCount, useScrollRestoredWhen } from '../../../lib/page-memory';
import type { EntityDetail } from '../../../schema/entities';
import { entityYearQueryOptions } from '../api/get-entity';
import { ENTITY_PAGE, yearsToCover } from '../pages';
import { EntityArticleItem } from './entity-article-item';

// A page of rows renders at once (the route's loader fetched the years it needs); the next page on
// demand, fetching an earlier year's file when the page reaches into it.
const PAGE = ENTITY_PAGE;

/** Every article naming the entity, newest first, with the sentences around each mention. */
export function EntityArticles({ entity }: { entity: EntityDetail }) {
  const [shown, setShown] = useRememberedCount('shown', PAGE);
  const wanted = yearsToCover(entity.articles.length, entity.earlierYears, shown);
  const years = useQueries({
    queries: entity.earlierYears.slice(0, wanted).map((y) => entityYearQueryOptions(entity, y)),
  });
  // Rows in order: the newest year's, then each earlier year's, up to the first still on its way.
  const rows = [...entity.articles];
  const pending = years.find((q) => !q.data);
  for (const q of years) {
    if (!q.data) break;
    rows.push(...q.data.articles);
  }
  const visible = rows.slice(0, shown);
  // Back from an article: the list as long as it was (its earlier years back from the cache), then the scroll.
  useScrollRestoredWhen(!pending);
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title" className="text-xl font-bold">相关报道（{entity.articleCount}）</h2>
      <ol className="mt-3 divide-y divide-stone-300" data-testid="entity-articles">
        {visible.map((article) => (
          <EntityArticleItem key={`${article.issueId}/${article.articleId}`} article={article} />
        ))}
      </ol>
      {pending?.isError ? (
        <div role="alert" className="mt-4 text-stone-700">
          <p>更早的报道加载失败：{pending.error.message}</p>
          <button type="button" onClick={() => void pending.refetch()} className="mt-2 rounded border border-stone-400 px-4 py-1.5 text-sm hover:bg-stone-100">
            重试
          </button>
        </div>
      ) : pending ? (
        <p role="status" className="mt-4 text-center text-sm text-stone-600">正在加载更早的报道…</p>
      ) : (
        entity.articleCount > visible.length && (
          <button
            type="button"
            onClick={() => setShown((n) => n + PAGE)}
            className="mt-4 w-full rounded border border-stone-400 py-2 text-sm hover:bg-stone-100"
          >
            显示更多（还有 {entity.articleCount - visible.length} 篇）
          </button>
        )
      )}
    </section>
  );
}
