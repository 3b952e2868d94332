import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useShortcuts } from '../../../lib/use-shortcuts';
import { searchAhead, warmUpSearch } from '../hooks/use-search';
import { capQuery, changed, MAX_QUERY_LENGTH, readSearchState, searchQueryString } from '../url-state';

// Short enough to feel instant, long enough not to search after every keystroke of a word typed
// letter by letter. Input that arrives whole (an IME commit, a paste) is searched at once.
const DEBOUNCE_MS = 100;

/** True when the change added several characters at once: finished input, not one keystroke of more to come. */
const arrivedWhole = (before: string, after: string) => after.length - before.length >= 2;

/**
 * The site-wide search box: typing shows results at /search as you go (the URL holds the query, so
 * back and forward work); `/` focuses it from anywhere but a text field.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === paths.search.path;
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : null;
  const [value, setValue] = useState(urlQuery ?? '');
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sent = useRef(urlQuery);
  // The first change after focusing adds a history entry; the rest of that typing replaces it.
  const pushNext = useRef(true);

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

  useEffect(() => () => clearTimeout(timer.current), []);

  // The debounced send runs after later renders: it must see the URL as it is then, not as it was.
  const current = useRef(params);
  const searchShown = useRef(onSearchPage);
  useEffect(() => {
    current.current = onSearchPage ? params : new URLSearchParams();
    searchShown.current = onSearchPage;
  }, [onSearchPage, params]);

  const send = (typed: string) => {
    clearTimeout(timer.current);
    // maxLength already stops typing and pasting at the cap; this also covers text set by script.
    const q = capQuery(typed);
    if (q === sent.current) return;
    const state = changed(readSearchState(current.current), { q });
    sent.current = q;
    if (!searchShown.current) searchAhead(state);
    // The router writes history only when a navigation completes: while the first one (loading the
    // search page) is still on its way, the next keystroke must push too, or its replace would
    // overwrite the page the reader came from.
    void navigate(paths.search.href(searchQueryString(state)), { replace: !pushNext.current && searchShown.current });
    pushNext.current = false;
  };

  const atCap = value.length >= MAX_QUERY_LENGTH;
  return (
    <form
      role="search"
      className="min-w-0 flex-1 sm:max-w-72"
      onSubmit={(event) => {
        event.preventDefault();
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
        data-testid="search-input"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={atCap ? 'site-search-cap' : undefined}
        placeholder="搜索全部报纸　按 / 键"
        autoComplete="off"
        enterKeyHint="search"
        className="w-full rounded border border-stone-300 bg-stone-50 px-3 py-1.5 text-sm placeholder:text-stone-400 focus:border-red-800 focus:bg-white focus:outline-2 focus:outline-red-800/30"
        onFocus={() => {
          pushNext.current = true;
          warmUpSearch();
        }}
        onChange={(event) => {
          const q = event.target.value;
          setValue(q);
          clearTimeout(timer.current);
          // Mid-composition the box holds pinyin, not what the reader will search: wait for the commit.
          if ((event.nativeEvent as InputEvent).isComposing) return;
          if (arrivedWhole(value, q)) send(q);
          else timer.current = setTimeout(() => send(q), DEBOUNCE_MS);
        }}
        onCompositionEnd={(event) => send(event.currentTarget.value)}
      />
      {atCap && (
        <p id="site-search-cap" role="status" className="mt-1 text-xs text-red-800">
          搜索词最多 {MAX_QUERY_LENGTH} 字
        </p>
      )}
    </form>
  );
}
