import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useShortcuts } from '../../../lib/use-shortcuts';
import { MAX_QUERY_LENGTH } from '../query-length';
import type { BoxSession, PopupState } from './search-box-popup';

type Popup = typeof import('./search-box-popup');

/**
 * The rest of the box (suggestions, sending the query) loads when the reader heads for it: the first
 * pointer over it or focus, so it is in before the first keystroke; the first page only draws the box.
 */
let popup: Popup | undefined;
let loading: Promise<Popup> | undefined;
function loadPopup(): Promise<Popup> {
  loading ??= import('./search-box-popup').then(
    (m) => (popup = m),
    (error: unknown) => {
      loading = undefined; // the next focus tries again
      throw error;
    },
  );
  return loading;
}
/** Runs `use` with the module: at once when it is in (no microtask in the way), else once it is. */
function withPopup(use: (m: Popup) => void, failed = () => {}): void {
  if (popup) return use(popup);
  loadPopup().then(use, failed);
}

/**
 * Loads the box's code (with the suggestion engine's) and starts the search worker without its
 * index (search-client's preloadSearchWorker): called once the page is idle (main.tsx, when the
 * line has room for it), so that a first search waits for no script, nor runs one beside it.
 */
export function preloadSearch(): void {
  loadPopup().then((m) => {
    m.preloadSearchWorker();
    m.preloadSuggestionCode();
  }, () => {});
}

/** True when the change added several characters at once: finished input, not one keystroke of more to come. */
const arrivedWhole = (before: string, after: string) => after.length - before.length >= 2;

const CLOSED: PopupState = { expanded: false };

/**
 * The site-wide search box, an ARIA combobox: while the reader types, a dropdown suggests people,
 * places and article titles (MiniSearch, on the page: hooks/use-suggestions.ts), and last "search the full text".
 * Enter (or that row) opens the results at /search; on the search page itself the results follow
 * the typing. Escape closes the dropdown, then leaves the box; it never navigates. `/` focuses it.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname, key: locationKey } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === paths.search.path;
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : null;
  const [value, setValue] = useState(urlQuery ?? '');
  const [open, setOpen] = useState(false);
  const [Loaded, setLoaded] = useState(() => popup);
  const [shown, setShown] = useState(CLOSED);
  const expanded = open && shown.expanded;
  const input = useRef<HTMLInputElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const keys = useRef<((event: KeyboardEvent<HTMLInputElement>) => boolean) | null>(null);
  const box = useRef<BoxSession>({ sent: urlQuery, pushNext: true, heading: false, params, onSearchPage });

  const load = () => {
    if (!Loaded) loadPopup().then((m) => setLoaded(() => m), () => {});
  };
  // Whatever the reader does first (type, commit, press Enter) also brings the rest of the box.
  const withBox = (use: (m: Popup) => void, failed?: () => void) => {
    load();
    withPopup(use, failed);
  };

  // The reader heads for the box: the rest of its code, the search worker and the suggestions start loading.
  const headFor = () =>
    withBox((m) => {
      m.warmUpSearch();
      m.warmUpSuggestions();
    });

  // On a prerendered page the reader may have typed before the app took the box over: what is in
  // the box is kept (React's state said empty), and, if the box still has focus, it suggests.
  // Once, when the box is first drawn by the app.
  useLayoutEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== value) setValue(typed);
    if (document.activeElement !== input.current) return;
    setOpen(true);
    headFor();
  }, []);

  // Back/forward (or a link) changed the query: show it, unless it is what we just sent (the box's
  // own address writes are drawn at once, before another keystroke: search-box-popup.tsx).
  // By the location's key, not the query: back to the query the page still shows (the reader typed
  // on, its address not yet written) is a change too.
  useEffect(() => {
    if (urlQuery !== null && urlQuery !== box.current.sent) setValue(urlQuery);
    box.current.sent = urlQuery;
  }, [urlQuery, locationKey]);

  useEffect(() => {
    box.current.params = onSearchPage ? params : new URLSearchParams();
    box.current.onSearchPage = onSearchPage;
    box.current.heading = false;
    box.current.unwritten = undefined;
  }, [onSearchPage, params, pathname]);

  useShortcuts({
    '/': () => {
      input.current?.focus();
      input.current?.select();
    },
  });

  // Should the rest of the box fail to download, Enter still opens the results page (which says
  // what failed if it cannot load either).
  const send = (q: string) =>
    withBox(
      (m) => m.sendFromBox(box.current, navigate, q),
      () => q.trim() && void navigate(paths.search.href(new URLSearchParams({ q }).toString())),
    );
  const close = () => setOpen(false);
  const onState = useCallback((state: PopupState) => setShown(state), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      // A search input clears itself on Escape (and the query with it): never here.
      event.preventDefault();
      if (expanded) return close();
      const back = cameFrom.current;
      if (back?.isConnected) back.focus();
      else input.current?.blur();
      return;
    }
    keys.current?.(event);
  };

  const atCap = value.length >= MAX_QUERY_LENGTH;
  return (
    <form
      role="search"
      className="relative min-w-0 flex-1 sm:max-w-72"
      onPointerEnter={load}
      onTouchStart={load}
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
        aria-activedescendant={expanded ? shown.activeId : undefined}
        data-testid="search-input"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={atCap ? 'site-search-cap' : undefined}
        placeholder="搜索全部报纸　按 / 键"
        autoComplete="off"
        enterKeyHint="search"
        className="w-full rounded border border-stone-300 bg-stone-50 px-3 py-1.5 text-sm placeholder:text-stone-400 focus:border-red-800 focus:bg-white focus:outline-2 focus:outline-red-800/30"
        onFocus={(event) => {
          box.current.pushNext = true;
          cameFrom.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
          setOpen(true);
          headFor();
        }}
        onBlur={close}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const q = event.target.value;
          const whole = arrivedWhole(value, q);
          setValue(q);
          setOpen(true);
          // Mid-composition the box holds pinyin, not what the reader will search: wait for the commit.
          if (!(event.nativeEvent as InputEvent).isComposing) withBox((m) => m.typedInBox(box.current, navigate, q, whole));
        }}
        onCompositionEnd={(event) => {
          const q = event.currentTarget.value;
          withBox((m) => m.typedInBox(box.current, navigate, q, true));
        }}
      />
      {Loaded && (
        <Loaded.SuggestionPopup
          value={value}
          open={open}
          keys={keys}
          onState={onState}
          onOpen={() => setOpen(true)}
          onClose={close}
          onSearch={send}
          onLeave={() => input.current?.blur()}
        />
      )}
      {atCap && (
        <p id="site-search-cap" role="status" className="mt-1 text-xs text-red-800">
          搜索词最多 {MAX_QUERY_LENGTH} 字
        </p>
      )}
    </form>
  );
}
