import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { entityHref, paths } from '../../../config/paths';
import { useShortcuts } from '../../../lib/use-shortcuts';
import { searchAhead, warmUpSearch } from '../hooks/use-search';
import { useSuggestions } from '../hooks/use-suggestions';
import { capQuery, changed, MAX_QUERY_LENGTH, readSearchState, searchQueryString } from '../url-state';
import { optionId, SuggestionList, type SuggestRow } from './suggestion-list';

/** True when the change added several characters at once: finished input, not one keystroke of more to come. */
const arrivedWhole = (before: string, after: string) => after.length - before.length >= 2;

/**
 * The site-wide search box, an ARIA combobox: while the reader types, a dropdown suggests people,
 * places and article titles (MiniSearch in the search worker), and last "search the full text".
 * Enter (or that row) opens the results at /search; on the search page itself the results follow
 * the typing. Escape closes the dropdown, then leaves the box; it never navigates. `/` focuses it.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === paths.search.path;
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : null;
  const [value, setValue] = useState(urlQuery ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const sent = useRef(urlQuery);
  // The first change after focusing adds a history entry; the rest of that typing replaces it.
  const pushNext = useRef(true);
  const suggestions = useSuggestions(value, open);
  const rows: SuggestRow[] = suggestions ? [...suggestions.items, { kind: 'fulltext', q: value.trim() }] : [];
  const expanded = open && rows.length > 0;

  // Back/forward (or a link) changed the query: show it, unless it is what we just sent.
  useEffect(() => {
    if (urlQuery !== null && urlQuery !== sent.current) setValue(urlQuery);
    sent.current = urlQuery;
  }, [urlQuery]);

  useShortcuts({
    '/': () => {
      input.current?.focus();
      input.current?.select();
    },
  });

  // Sends run after later renders: they must see the URL as it is then, not as it was.
  const current = useRef(params);
  const searchShown = useRef(onSearchPage);
  // Sent from another page, the results are on their way: typing meanwhile follows them there.
  const heading = useRef(false);
  useEffect(() => {
    current.current = onSearchPage ? params : new URLSearchParams();
    searchShown.current = onSearchPage;
    heading.current = false;
  }, [onSearchPage, params, pathname]);

  /** Shows the results for `typed` at /search (from another page: a new history entry). */
  const send = (typed: string) => {
    // maxLength already stops typing and pasting at the cap; this also covers text set by script.
    const q = capQuery(typed);
    if (q === sent.current || (!searchShown.current && !q.trim())) return;
    const state = changed(readSearchState(current.current), { q });
    sent.current = q;
    // The worker starts now; the search page adopts this request once it has rendered the new URL.
    searchAhead(state);
    if (!searchShown.current) heading.current = true;
    // The router writes history only when a navigation completes: while the first one (loading the
    // search page) is still on its way, the next keystroke must push too, or its replace would
    // overwrite the page the reader came from.
    void navigate(paths.search.href(searchQueryString(state)), { replace: !pushNext.current && searchShown.current });
    pushNext.current = false;
  };

  /** What typing does: on the search page the results follow; elsewhere a finished input is searched ahead, unseen. */
  const typed = (q: string, whole: boolean) => {
    if (searchShown.current || heading.current) send(q);
    else if (whole && q.trim()) searchAhead(changed(readSearchState(new URLSearchParams()), { q: capQuery(q) }));
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (row: SuggestRow) => {
    close();
    if (row.kind === 'fulltext') return send(row.q);
    input.current?.blur();
    void navigate(row.kind === 'title' ? paths.article.href(row.issueId, row.articleId) : entityHref(row.kind, row.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const step = (by: number) => {
      event.preventDefault();
      setOpen(true);
      if (rows.length) setActive((i) => (i + by + 1 + rows.length + 1) % (rows.length + 1) - 1);
    };
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Enter' && expanded && active >= 0 && rows[active]) {
      event.preventDefault();
      choose(rows[active]);
    } else if (event.key === 'Escape') {
      // A search input clears itself on Escape (and the query with it): never here.
      event.preventDefault();
      if (expanded) return close();
      const back = cameFrom.current;
      if (back?.isConnected) back.focus();
      else input.current?.blur();
    }
  };

  const atCap = value.length >= MAX_QUERY_LENGTH;
  return (
    <form
      role="search"
      className="relative min-w-0 flex-1 sm:max-w-72"
      onSubmit={(event) => {
        event.preventDefault();
        close();
        send(value);
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        搜索报纸
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls="site-search-list"
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        data-testid="search-input"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={atCap ? 'site-search-cap' : undefined}
        placeholder="搜索全部报纸　按 / 键"
        autoComplete="off"
        enterKeyHint="search"
        className="w-full rounded border border-stone-300 bg-stone-50 px-3 py-1.5 text-sm placeholder:text-stone-400 focus:border-red-800 focus:bg-white focus:outline-2 focus:outline-red-800/30"
        onFocus={(event) => {
          pushNext.current = true;
          cameFrom.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
          setOpen(true);
          warmUpSearch();
        }}
        onBlur={close}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const q = event.target.value;
          setValue(q);
          setOpen(true);
          setActive(-1);
          // Mid-composition the box holds pinyin, not what the reader will search: wait for the commit.
          if (!(event.nativeEvent as InputEvent).isComposing) typed(q, arrivedWhole(value, q));
        }}
        onCompositionEnd={(event) => typed(event.currentTarget.value, true)}
      />
      {expanded && <SuggestionList q={suggestions?.q ?? ''} rows={rows} active={active} onChoose={choose} onHover={setActive} />}
      <p role="status" className="sr-only">
        {expanded ? `${rows.length - 1} 条建议，上下键选择` : ''}
      </p>
      {atCap && (
        <p id="site-search-cap" role="status" className="mt-1 text-xs text-red-800">
          搜索词最多 {MAX_QUERY_LENGTH} 字
        </p>
      )}
    </form>
  );
}
