/**
 * What the header's search box does once the reader heads for it (search-box.tsx loads this on the
 * first pointer over the box or focus): suggestions while typing, and sending the query to the
 * worker and the results page. Kept out of the first page's JavaScript, which only draws the box.
 */
import { useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router';
import { entityHref, paths } from '../../../config/paths';
import { searchAhead, sendFromResultsPage, showAhead } from '../hooks/use-search';
import { preloadSuggestionCode, useSuggestions, warmUpSuggestions } from '../hooks/use-suggestions';
import { capQuery, changed, readSearchState, searchQueryString } from '../url-state';
import { optionId, SuggestionList, type SuggestRow } from './suggestion-list';

export { preloadSearchWorker, warmUpSearch } from '../hooks/search-client';
export { preloadSuggestionCode, warmUpSuggestions };

/** The box's own state between renders, kept by search-box.tsx and read and written here. */
export interface BoxSession {
  /** The query the results page shows or was last sent (null off the search page). */
  sent: string | null;
  /** The first change after focusing adds a history entry; the rest of that typing replaces it. */
  pushNext: boolean;
  /** Sent from another page, the results are on their way: typing meanwhile follows them there. */
  heading: boolean;
  /** The URL's search parameters as they are now (sends run after later renders). */
  params: URLSearchParams;
  onSearchPage: boolean;
  /** How the address of a query typed on the results page, not yet written, will be written. */
  unwritten?: 'push' | 'replace';
}

/** Shows the results for `typed` at /search (from another page: a new history entry). */
export function sendFromBox(box: BoxSession, navigate: NavigateFunction, typed: string): void {
  // maxLength already stops typing and pasting at the cap; this also covers text set by script.
  const q = capQuery(typed);
  if (q === box.sent || (!box.onSearchPage && !q.trim())) return;
  // On the results page, the address as it is now (box.params follows the page's render, which may
  // lag a navigation still being drawn).
  const shown = readSearchState(box.onSearchPage ? new URLSearchParams(window.location.search) : box.params);
  const state = changed(shown, { q });
  const href = paths.search.href(searchQueryString(state));
  box.sent = q;
  if (box.onSearchPage) {
    // The first change after focusing adds a history entry; typing that overtakes it before its
    // address is written must add it still, or it would overwrite the page the reader was on.
    const replace = !box.pushNext && box.unwritten !== 'push';
    box.unwritten = replace ? 'replace' : 'push';
    const base = searchQueryString(shown);
    // The answer is drawn first (with the typed query), the address written after (shown-state.ts);
    // typing that goes on, or the reader going elsewhere meanwhile, drops it (typed-address.ts).
    sendFromResultsPage(
      state,
      () => showAhead(base, state),
      () => {
        box.unwritten = undefined;
        // Drawn at once (not in a transition the next keystroke may overtake): the results page,
        // drawing this address later, would ask again for this query, and that newer request
        // would drop the address of a query typed meanwhile (the box then held more than the
        // address and the results). Drawn at once, the box's location effect also runs before any
        // next keystroke, with this query still the one sent: it never sets the box back to it.
        // This runs after the answer's frame, so the draw waits for no paint.
        void navigate(href, { replace, flushSync: true });
      },
    );
  } else {
    // The worker starts now; the search page adopts this request once it has rendered the new URL.
    searchAhead(state);
    box.heading = true;
    // The router writes history only when a navigation completes: while the first one (loading the
    // search page) is still on its way, the next keystroke must push too, or its replace would
    // overwrite the page the reader came from.
    void navigate(href);
  }
  box.pushNext = false;
}

/** What typing does: on the search page the results follow; elsewhere a finished input is searched ahead, unseen. */
export function typedInBox(box: BoxSession, navigate: NavigateFunction, q: string, whole: boolean): void {
  if (box.onSearchPage || box.heading) sendFromBox(box, navigate, q);
  else if (whole && q.trim()) searchAhead(changed(readSearchState(new URLSearchParams()), { q: capQuery(q) }));
}

/** What the box shows of the dropdown, in its aria attributes (reported only when it changes: few keystrokes do). */
export interface PopupState {
  expanded: boolean;
  activeId?: string;
}

interface PopupProps {
  value: string;
  open: boolean;
  /** Where the box's keydown goes for the arrow keys and Enter on a chosen row; true when handled. */
  keys: RefObject<((event: KeyboardEvent<HTMLInputElement>) => boolean) | null>;
  onState: (state: PopupState) => void;
  onOpen: () => void;
  onClose: () => void;
  /** Searches the full text (the last row). */
  onSearch: (q: string) => void;
  /** Leaves the box before opening a page. */
  onLeave: () => void;
}

/** The dropdown of the box (an ARIA combobox's listbox): people, places, titles, then the full text. */
export function SuggestionPopup({ value, open, keys, onState, onOpen, onClose, onSearch, onLeave }: PopupProps) {
  const navigate = useNavigate();
  const suggestions = useSuggestions(value, open);
  const rows: SuggestRow[] = suggestions ? [...suggestions.items, { kind: 'fulltext', q: value.trim() }] : [];
  const expanded = open && rows.length > 0;
  const [active, setActive] = useState(-1);
  // No row stays chosen once the text changes or the dropdown closes (set while rendering, not after).
  const [seen, setSeen] = useState({ value, open });
  if (seen.value !== value || seen.open !== open) {
    setSeen({ value, open });
    if (seen.value !== value || !open) setActive(-1);
  }

  const choose = (row: SuggestRow) => {
    onClose();
    if (row.kind === 'fulltext') return onSearch(row.q);
    onLeave();
    void navigate(row.kind === 'title' ? paths.article.href(row.issueId, row.articleId) : entityHref(row.kind, row.id));
  };

  useLayoutEffect(() => {
    keys.current = (event) => {
      const step = (by: number) => {
        event.preventDefault();
        onOpen();
        if (rows.length) setActive((i) => ((i + by + 1 + rows.length + 1) % (rows.length + 1)) - 1);
        return true;
      };
      if (event.key === 'ArrowDown') return step(1);
      if (event.key === 'ArrowUp') return step(-1);
      if (event.key === 'Enter' && expanded && active >= 0 && rows[active]) {
        event.preventDefault();
        choose(rows[active]);
        return true;
      }
      return false;
    };
  });

  const activeId = expanded && active >= 0 ? optionId(active) : undefined;
  useLayoutEffect(() => onState({ expanded, ...(activeId && { activeId }) }), [onState, expanded, activeId]);

  return (
    <>
      {expanded && <SuggestionList q={suggestions?.q ?? ''} rows={rows} active={active} onChoose={choose} onHover={setActive} />}
      {/* In place (empty) from the first focus, before there is anything to say, so that it is read out. */}
      <p role="status" className="sr-only">
        {expanded ? `${rows.length - 1} 条建议，上下键选择` : ''}
      </p>
    </>
  );
}
