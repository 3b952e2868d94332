import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { entityListQueryOptions } from '../../features/entities/api/get-entity-list';
import { useNavigate, useSearchParams } from 'react-router';
import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { SearchView } from '../../features/search/components/search-view';
import type { ResultView } from '../../features/search/engine/answer';
import { useSearch, useShownState } from '../../features/search/hooks/use-search';
import { MAX_QUERY_LENGTH, readSearchState, searchQueryString, type SearchState } from '../../features/search/url-state';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../../config/paths';
import { holdCjkFonts } from '../fonts';

/** `/search?q=…`: the URL is the whole state, so links, reloads and back/forward all restore it. */
export default function SearchRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // A query typed here is shown with its answer a moment before its address is written.
  const state = useShownState(useMemo(() => readSearchState(params), [params]));
  const result = useSearch(state);
  // Pinyin for the filter groups' own boxes: the entity list has it (and is small and cached); until
  // it arrives, or if it fails, the boxes match characters only. Asked for once the first answer is
  // in: on a cold search its download, check and redraw would share the main thread with that answer.
  const [answered, setAnswered] = useState(false);
  if (!answered && result.status !== 'loading') setAnswered(true);
  const { data: entityList } = useQuery({ ...entityListQueryOptions(), enabled: answered });
  const pinyinByName = useMemo(() => new Map(entityList?.entities.map((e) => [e.name, e.pinyin] as const)), [entityList]);
  const pinyinOf = useCallback((name: string) => pinyinByName.get(name), [pinyinByName]);
  // The first answer before the web font: on a slow line they would share it (fonts.ts).
  const [releaseFonts] = useState(() => {
    let release = () => {};
    holdCjkFonts(new Promise<void>((resolve) => (release = resolve)));
    return release;
  });
  useEffect(() => {
    if (result.status !== 'loading') releaseFonts();
  }, [result.status, releaseFonts]);
  const q = state.q.trim();
  useDocumentTitle(q ? `${q} · 搜索 · ${SITE_NAME}` : `搜索 · ${SITE_NAME}`, result.status !== 'loading');
  // The same functions from render to render, so the filters are not drawn again while the next query is on its way.
  const hrefFor = useCallback((next: SearchState) => paths.search.href(searchQueryString(next)), []);
  const go = useCallback((next: SearchState) => void navigate(hrefFor(next)), [navigate, hrefFor]);
  // The same function from render to render, so the list of results is not drawn again while the
  // next query is on its way (features/search's ResultList is memoised).
  const renderActions = useCallback(
    (r: ResultView) => <BookmarkToggle compact target={{ kind: 'article', issueId: r.issueId, articleId: r.articleId, title: r.title.text, date: r.date }} />,
    [],
  );
  // A hand-made or old URL with a query over the cap: the state already holds the cut query; the
  // address follows, so what the reader reloads or shares is what was searched.
  const tooLong = (params.get('q') ?? '').length > MAX_QUERY_LENGTH;
  useEffect(() => {
    if (tooLong) void navigate(paths.search.href(searchQueryString(state)), { replace: true });
  }, [tooLong, state, navigate]);
  return (
    <SearchView
      state={state}
      result={result}
      hrefFor={hrefFor}
      go={go}
      pinyinOf={pinyinOf}
      renderActions={renderActions}
    />
  );
}
