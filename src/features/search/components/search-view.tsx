import { Spinner } from '../../../components/ui/spinner';
import { useFollowLinks } from '../../../components/ui/plain-link';
import { useScrollRestoredWhen } from '../../../lib/page-memory';
import { memo, useMemo, type ReactNode } from 'react';
import type { ResultView, SearchAnswer } from '../engine/answer';
import type { SearchResult } from '../hooks/use-search';
import type { SearchState } from '../url-state';
import { changed, MAX_QUERY_LENGTH } from '../url-state';
import { ActiveFilters } from './active-filters';
import { FilterSheet } from './filter-sheet';
import { ResultItem, UnreadableItem } from './result-item';
import { ResultPager } from './result-pager';
import { SearchFilters } from './search-filters';
import { NoResults, PinyinSuggestions, SearchError, SearchTips } from './search-messages';

type SearchViewProps = {
  state: SearchState;
  result: SearchResult;
  hrefFor: (state: SearchState) => string;
  go: (state: SearchState) => void;
  /** Extra controls per result (the app passes a bookmark toggle); features stay independent. */
  renderActions?: (result: ResultView) => ReactNode;
  /** The pinyin of a person's or place's name (from the entity list, which the app passes in). */
  pinyinOf?: (name: string) => string | undefined;
};

type ResultsProps = SearchViewProps & { answer: SearchAnswer };

type ResultListProps = { results: SearchAnswer['results']; onRetry: () => void; renderActions?: (result: ResultView) => ReactNode };

/**
 * The results, drawn again only when they change: while the next query is on its
 * way, the page re-renders for its heading and status, and twenty results would cost a frame.
 */
const ResultList = memo(function ResultList({ results, onRetry, renderActions }: ResultListProps) {
  return (
    <ol data-testid="search-results">
      {results.map((r, i) =>
        // Checked here, not with the engine's isReadable: the engine stays out of the page's code.
        'unreadable' in r ? (
          <UnreadableItem key={`${r.issueId}#${i}`} result={r} onRetry={onRetry} />
        ) : (
          <ResultItem key={`${r.issueId}/${r.articleId}`} result={r} actions={renderActions?.(r)} />
        ),
      )}
    </ol>
  );
});

function Results({ state, result, answer, hrefFor, go, renderActions, pinyinOf }: ResultsProps) {
  const { status, terms, facetsFor = state } = result;
  // Drawn for the query their counts belong to, and only again when they change: while the next
  // query is on its way (typing), and until its facets are counted, the filters stay as they are. A
  // filter chosen for the same query shows as chosen at once.
  const filtersFor = facetsFor.q === state.q ? state : facetsFor;
  const filtered = Object.values(state.filters).some(Boolean);
  const { from, to, ...others } = state.filters;
  // The date range counts once, as its chip does.
  const activeCount = (from || to ? 1 : 0) + Object.values(others).filter(Boolean).length;
  const filters = useMemo(
    () => <SearchFilters state={filtersFor} facets={answer.facets} hrefFor={hrefFor} go={go} pinyinOf={pinyinOf} />,
    [filtersFor, answer.facets, hrefFor, go, pinyinOf],
  );
  return (
    <div className="mt-4 md:grid md:grid-cols-[1fr_12rem] md:gap-8" aria-busy={status !== 'done'}>
      <section aria-label="搜索结果" className="min-w-0">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-stone-800 pb-2 text-sm text-stone-600">
          <p aria-live="polite" className="mr-auto">
            找到 <strong data-testid="result-count" className="text-base text-stone-900">{answer.total}</strong> 篇文章
          </p>
          <FilterSheet active={activeCount} total={answer.total}>
            {filters}
          </FilterSheet>
          <label className="flex items-center gap-2">
            排序
            <select
              value={state.sort}
              onChange={(event) => go(changed(state, { sort: event.target.value === 'date' ? 'date' : 'relevance' }))}
              className="rounded border border-stone-300 bg-white px-2 py-1 text-stone-900"
            >
              <option value="relevance">相关度</option>
              <option value="date">日期（新→旧）</option>
            </select>
          </label>
        </div>
        <ActiveFilters state={state} facets={answer.facets} hrefFor={hrefFor} />
        {status === 'done' && answer.total === 0 ? (
          <NoResults terms={terms} filtered={filtered} unfilteredTotal={answer.unfilteredTotal} clearFiltersHref={hrefFor(changed(state, { filters: {} }))} />
        ) : (
          // Dimmed around the list, not on it: the list itself need not be drawn again for that. Only
          // after 150 ms: a warm answer comes well before, and the dimming would cost a repaint of
          // every result in between (and flicker).
          <div className={status === 'loading' ? 'opacity-60 transition-opacity delay-150' : undefined}>
            <ResultList results={answer.results} onRetry={result.retry} renderActions={renderActions} />
          </div>
        )}
        <ResultPager page={answer.page} pages={answer.pages} hrefFor={(page) => hrefFor({ ...state, page })} />
      </section>
      {/* On phones the same filters open from the top, in FilterSheet. */}
      <aside aria-label="筛选" className="hidden md:block md:pt-1">
        {filters}
      </aside>
    </div>
  );
}

/** The search page: count and sort, filters with counts, results with highlights, paging. */
export function SearchView(props: SearchViewProps) {
  const { state, result, hrefFor } = props;
  const { status, answer } = result;
  // Results come from the worker after the page is drawn: Back scrolls to the result opened once they are in.
  useScrollRestoredWhen(status === 'done' || status === 'error' || status === 'idle');
  // Results, filters and pages are PlainLinks (drawn again only when they change): their clicks are
  // followed here; each link keeps its own keyboard behaviour (Enter clicks it).
  const followLinks = useFollowLinks();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8" onClick={followLinks}>
      <h1 className="text-2xl font-bold break-words">{state.q.trim() ? `搜索：${state.q.trim()}` : '搜索'}</h1>
      {state.q.length >= MAX_QUERY_LENGTH && (
        <p role="status" data-testid="query-cap-note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm">
          搜索词最多 {MAX_QUERY_LENGTH} 字：只搜索了前 {MAX_QUERY_LENGTH} 字。
        </p>
      )}
      {answer && <PinyinSuggestions people={answer.suggestions} hrefFor={(q) => hrefFor(changed(state, { q }))} />}
      {status === 'idle' && <SearchTips />}
      {status === 'error' && <SearchError error={result.error} updated={result.errorKind === 'updated'} onRetry={result.retry} />}
      {status === 'loading' && !answer && <Spinner label="正在载入检索索引…" />}
      {status !== 'idle' && status !== 'error' && answer && <Results {...props} answer={answer} />}
    </div>
  );
}
